/*
 * Benchmark helper (bench/ only, never shipped): compiles files the way
 * `include` does, through the zend_compile_file hook chain (so through
 * extsockets_audit's hooks when it is loaded), without executing them.
 *
 * Each file gets scratch function and class tables, so thousands of files that
 * declare the same names compile in one process, and ZEND_COMPILE_WITHOUT_EXECUTION
 * keeps the compiler from binding classes into the process, exactly as
 * opcache_compile_file() does. The compile work is otherwise the default one.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif
#include <malloc.h>

#include "php.h"
#include "zend_compile.h"

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_esa_bench_compile_files, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, paths, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_esa_bench_malloc_in_use, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

static bool esa_bench_compile_one(zend_string *path)
{
	zend_file_handle handle;
	HashTable functions, classes;
	HashTable *saved_functions = CG(function_table), *saved_classes = CG(class_table);
	uint32_t saved_options = CG(compiler_options);
	zend_op_array *op_array;

	zend_hash_init(&functions, 8, NULL, ZEND_FUNCTION_DTOR, 0);
	zend_hash_init(&classes, 8, NULL, ZEND_CLASS_DTOR, 0);
	CG(function_table) = &functions;
	CG(class_table) = &classes;
	CG(compiler_options) |= ZEND_COMPILE_WITHOUT_EXECUTION;

	zend_stream_init_filename_ex(&handle, path);
	/* A compile error bails out of the whole run: the corpus holds only files that compile. */
	op_array = zend_compile_file(&handle, ZEND_INCLUDE);
	zend_destroy_file_handle(&handle);

	CG(function_table) = saved_functions;
	CG(class_table) = saved_classes;
	CG(compiler_options) = saved_options;
	if (op_array) {
		destroy_op_array(op_array);
		efree(op_array);
	}
	zend_hash_destroy(&functions);
	zend_hash_destroy(&classes);
	return op_array != NULL;
}

/* Compiles each path once; returns how many compiled. */
ZEND_FUNCTION(esa_bench_compile_files)
{
	HashTable *paths;
	zval *path;
	zend_long compiled = 0;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(paths)
	ZEND_PARSE_PARAMETERS_END();

	ZEND_HASH_FOREACH_VAL(paths, path) {
		if (Z_TYPE_P(path) != IS_STRING) {
			zend_argument_type_error(1, "must hold only strings");
			RETURN_THROWS();
		}
		if (esa_bench_compile_one(Z_STR_P(path))) {
			compiled++;
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	RETURN_LONG(compiled);
}

/* Bytes the C allocator has handed out and not got back (the findings store is
 * persistent memory: malloc, not the request heap). */
ZEND_FUNCTION(esa_bench_malloc_in_use)
{
	ZEND_PARSE_PARAMETERS_NONE();
	struct mallinfo2 mi = mallinfo2();
	RETURN_LONG((zend_long) (mi.uordblks + mi.hblkhd));
}

static const zend_function_entry esa_bench_functions[] = {
	ZEND_FE(esa_bench_compile_files, arginfo_esa_bench_compile_files)
	ZEND_FE(esa_bench_malloc_in_use, arginfo_esa_bench_malloc_in_use)
	ZEND_FE_END
};

zend_module_entry esa_bench_module_entry = {
	STANDARD_MODULE_HEADER,
	"esa_bench",
	esa_bench_functions,
	NULL, NULL, NULL, NULL, NULL,
	"1.0",
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_ESA_BENCH
ZEND_GET_MODULE(esa_bench)
#endif
