#include "php.h"
#include "zend_compile.h"
#include "zend_language_scanner.h"

#include "php_extsockets_audit.h"
#include "compile_hooks.h"
#include "ast_walker.h"

/* Process-wide hook chain: written at startup and shutdown only. */
static zend_op_array *(*esa_prev_compile_file)(zend_file_handle *file_handle, int type);
#if PHP_VERSION_ID >= 80200
static zend_op_array *(*esa_prev_compile_string)(zend_string *source, const char *filename, zend_compile_position position);
#elif PHP_VERSION_ID >= 80100
static zend_op_array *(*esa_prev_compile_string)(zend_string *source, const char *filename);
#else
static zend_op_array *(*esa_prev_compile_string)(zval *source, char *filename);
#endif
static zend_ast_process_t esa_prev_ast_process;
static bool esa_compile_hooks_installed;

static void esa_commit(uint32_t mark)
{
	esa_list_sort_unique(&ESA_G(pending), mark);
	esa_store_commit(&ESA_G(store), &ESA_G(pending), mark);
	esa_list_truncate(&ESA_G(pending), mark);
}

static void esa_ast_process(zend_ast *ast)
{
	bool scanning = ESA_G(scanning);
	if (scanning || (esa_compile_hooks_installed && ESA_G(enabled))) {
		esa_walk_input input;
		uint32_t mark = ESA_G(pending).count;
		input.file = CG(compiled_filename);
		input.isolated = scanning;
		input.source = (const char *) LANG_SCNG(yy_start);
		input.source_len = input.source ? (size_t) (LANG_SCNG(yy_limit) - LANG_SCNG(yy_start)) : 0;
		if (scanning) {
			/* zend_compile() made this op_array just before calling us; a scan
			 * that bails out later must free it. */
			ESA_G(scan_op_array) = CG(active_op_array);
			ESA_G(scan_walked) = true;
		}
		esa_walk_ast(ast, &input, &ESA_G(pending));
		if (!scanning && ESA_G(compile_depth) == 0) {
			/* A compile that did not pass through our hooks: nobody will commit it later. */
			esa_commit(mark);
		}
	}
	if (esa_prev_ast_process) {
		esa_prev_ast_process(ast);
	}
}

/* The AST hook files findings as pending; they are recorded only once the
 * compile succeeds, and dropped when it fails or bails out. */
#define ESA_AUDITED_COMPILE(call) do { \
		uint32_t mark = ESA_G(pending).count; \
		uint32_t depth = ESA_G(compile_depth); \
		ESA_G(compile_depth) = depth + 1; \
		zend_try { \
			op_array = (call); \
		} zend_catch { \
			ESA_G(compile_depth) = depth; \
			esa_list_truncate(&ESA_G(pending), mark); \
			zend_bailout(); \
		} zend_end_try(); \
		ESA_G(compile_depth) = depth; \
		if (op_array) { \
			esa_commit(mark); \
		} else { \
			esa_list_truncate(&ESA_G(pending), mark); \
		} \
	} while (0)

static zend_op_array *esa_compile_file(zend_file_handle *file_handle, int type)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_file(file_handle, type));
	return op_array;
}

#if PHP_VERSION_ID >= 80200
static zend_op_array *esa_compile_string(zend_string *source, const char *filename, zend_compile_position position)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename, position));
	return op_array;
}
#elif PHP_VERSION_ID >= 80100
static zend_op_array *esa_compile_string(zend_string *source, const char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename));
	return op_array;
}
#else
static zend_op_array *esa_compile_string(zval *source, char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename));
	return op_array;
}
#endif

void esa_compile_hooks_install(bool audit_compiles)
{
	esa_prev_ast_process = zend_ast_process;
	zend_ast_process = esa_ast_process;
	if (audit_compiles) {
		esa_prev_compile_file = zend_compile_file;
		zend_compile_file = esa_compile_file;
		esa_prev_compile_string = zend_compile_string;
		zend_compile_string = esa_compile_string;
		esa_compile_hooks_installed = true;
	}
}

/* Something may have wrapped a hook since: only a hook that is still ours is put back. */
void esa_compile_hooks_uninstall(void)
{
	if (zend_ast_process == esa_ast_process) {
		zend_ast_process = esa_prev_ast_process;
	}
	if (esa_compile_hooks_installed) {
		if (zend_compile_file == esa_compile_file) {
			zend_compile_file = esa_prev_compile_file;
		}
		if (zend_compile_string == esa_compile_string) {
			zend_compile_string = esa_prev_compile_string;
		}
		esa_compile_hooks_installed = false;
	}
}
