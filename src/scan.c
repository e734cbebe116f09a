#include "php.h"
#include "zend_compile.h"
#include "zend_exceptions.h"
#include "zend_language_scanner.h"
#include "ext/spl/spl_exceptions.h"

#include "php_extsockets_audit.h"
#include "scan.h"
#include "engine_extension.h"

/*
 * A scan compiles code for its AST and its compile errors only, so that it
 * must leave the process as it found it:
 *  - functions and classes go into scratch tables, never the process's own;
 *  - the core compile_file()/compile_string() are called, not the hooks, so
 *    opcache neither serves nor stores the result;
 *  - a fatal compile error does not reach php_error_cb() (which would mark all
 *    objects destructed and end the request): our error callback takes it and
 *    bails out to the scan, which restores the compiler and throws CompileError.
 */

#if PHP_VERSION_ID >= 80100
typedef void (*esa_error_cb_t)(int type, zend_string *error_filename, const uint32_t error_lineno, zend_string *message);
#else
typedef void (*esa_error_cb_t)(int type, const char *error_filename, const uint32_t error_lineno, zend_string *message);
#endif

/* Process-wide hook chain: written at startup and shutdown only. */
static esa_error_cb_t esa_prev_error_cb;

#if PHP_VERSION_ID >= 80100
static void esa_error_cb(int type, zend_string *error_filename, const uint32_t error_lineno, zend_string *message)
#else
static void esa_error_cb(int type, const char *error_filename, const uint32_t error_lineno, zend_string *message)
#endif
{
	if (!ESA_G(scanning)) {
		esa_prev_error_cb(type, error_filename, error_lineno, message);
		return;
	}
	/* Warnings and deprecations of scanned code are not the caller's business. */
	if ((type & E_FATAL_ERRORS) && !(type & E_DONT_BAIL)) {
		if (!ESA_G(scan_error_message)) {
			ESA_G(scan_error_type) = type & E_ALL;
			/* zend_error_va_list() formatted this message for us and would release it
			 * after the callback returns; the bailout skips that, so we keep its reference. */
			ESA_G(scan_error_message) = message;
#if PHP_VERSION_ID >= 80100
			ESA_G(scan_error_file) = error_filename ? zend_string_copy(error_filename) : NULL;
#else
			ESA_G(scan_error_file) = error_filename ? zend_string_init(error_filename, strlen(error_filename), 0) : NULL;
#endif
			ESA_G(scan_error_line) = error_lineno;
		}
		/* zend_bailout() forgets the class the compiler was in: the scan must free it. */
		ESA_G(scan_active_class) = CG(active_class_entry);
		zend_bailout();
	}
}

/* Every op_array a scan creates, so that a scan that bails out can free the
 * functions and methods the compiler had not registered anywhere yet. */
void esa_scan_track_op_array(zend_op_array *op_array)
{
	if (!ESA_G(scanning)) {
		return;
	}
	if (ESA_G(scan_op_array_count) == ESA_G(scan_op_array_capacity)) {
		ESA_G(scan_op_array_capacity) = ESA_G(scan_op_array_capacity) ? ESA_G(scan_op_array_capacity) * 2 : 16;
		ESA_G(scan_op_arrays) = erealloc(ESA_G(scan_op_arrays), sizeof(zend_op_array *) * ESA_G(scan_op_array_capacity));
	}
	ESA_G(scan_op_arrays)[ESA_G(scan_op_array_count)++] = op_array;
}

void esa_scan_startup(void)
{
	esa_prev_error_cb = zend_error_cb;
	zend_error_cb = esa_error_cb;
}

void esa_scan_shutdown(void)
{
	if (zend_error_cb == esa_error_cb) {
		zend_error_cb = esa_prev_error_cb;
	}
}

/* The compiler state a bailout in mid-compile leaves behind, and that the
 * request-ending path would otherwise reset. */
typedef struct {
	zend_lex_state lex;
	HashTable *function_table;
	HashTable *class_table;
	uint32_t compiler_options;
	zend_class_entry *active_class_entry;
	zend_op_array *active_op_array;
	bool in_compilation;
	uint32_t extra_fn_flags;
	zend_oparray_context context;
	zend_file_context file_context;
	HashTable *memoized_exprs;
	int memoize_mode;
	int loop_var_top;
	int delayed_oplines_top;
	int short_circuiting_top;
	zval user_error_handler;
	zend_error_handling_t error_handling;
#if PHP_VERSION_ID >= 80100
	bool record_errors;
	uint32_t num_errors;
	zend_error_info **errors;
#endif
	/* What zend_bailout() changes beyond the compiler: left as it sets them,
	 * the rest of the request would run without a stack frame, with the cycle
	 * collector off and as if a fatal error had ended it (generators would
	 * then skip their finally blocks when destroyed). */
	zend_execute_data *current_execute_data;
	bool unclean_shutdown;
	bool gc_protected;
} esa_compiler_state;

static void esa_save_compiler_state(esa_compiler_state *s)
{
	s->function_table = CG(function_table);
	s->class_table = CG(class_table);
	s->compiler_options = CG(compiler_options);
	s->active_class_entry = CG(active_class_entry);
	s->active_op_array = CG(active_op_array);
	s->in_compilation = CG(in_compilation);
	s->extra_fn_flags = CG(extra_fn_flags);
	s->context = CG(context);
	s->file_context = CG(file_context);
	s->memoized_exprs = CG(memoized_exprs);
	s->memoize_mode = CG(memoize_mode);
	s->loop_var_top = CG(loop_var_stack).top;
	s->delayed_oplines_top = CG(delayed_oplines_stack).top;
	s->short_circuiting_top = CG(short_circuiting_opnums).top;
	/* Scanned code must not call back into the caller's error handler. */
	ZVAL_COPY_VALUE(&s->user_error_handler, &EG(user_error_handler));
	ZVAL_UNDEF(&EG(user_error_handler));
	s->error_handling = EG(error_handling);
	EG(error_handling) = EH_NORMAL;
#if PHP_VERSION_ID >= 80100
	/* PHP 8.5's compile_file() records diagnostics and emits them at its end, or
	 * when a fatal one comes; a bailout skips that end and leaves recording on and
	 * the errors listed, to be replayed by the next compile. The scan gets a list
	 * of its own. */
	s->record_errors = EG(record_errors);
	s->num_errors = EG(num_errors);
	s->errors = EG(errors);
	EG(record_errors) = false;
	EG(num_errors) = 0;
	EG(errors) = NULL;
#endif
	s->current_execute_data = EG(current_execute_data);
	s->unclean_shutdown = CG(unclean_shutdown);
	s->gc_protected = gc_protected();
	zend_save_lexical_state(&s->lex);
}

static void esa_free_imports(HashTable **ht)
{
	if (*ht) {
		zend_hash_destroy(*ht);
		FREE_HASHTABLE(*ht);
		*ht = NULL;
	}
}

static bool esa_table_holds(HashTable *table, void *ptr)
{
	void *p;
	ZEND_HASH_FOREACH_PTR(table, p) {
		if (p == ptr) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static void esa_destroy_orphan_class(zend_class_entry *ce, HashTable *classes)
{
	zval zv;
	if (!ce || esa_table_holds(classes, ce)) {
		return;
	}
	ce->function_table.pDestructor = NULL;
	ZVAL_PTR(&zv, ce);
	destroy_zend_class(&zv);
}

/* After a bailout the compiler's C stack is gone, and with it the only links to
 * the function or class it was in the middle of: free every op_array the scan
 * created one by one, and the classes they and the compiler still point at,
 * with the tables' own destructors switched off so nothing is freed twice. */
#if PHP_VERSION_ID >= 80400
/* A property hook that its property already holds goes with its class:
 * destroy_zend_class() frees the hooks of the properties a class declares. */
static bool esa_hook_freed_with_class(const zend_op_array *op_array)
{
	const zend_property_info *prop = op_array->prop_info;
	if (!prop || !prop->hooks) {
		return false;
	}
	for (uint32_t i = 0; i < ZEND_PROPERTY_HOOK_COUNT; i++) {
		if (prop->hooks[i] == (const zend_function *) op_array) {
			return true;
		}
	}
	return false;
}
#endif

static void esa_destroy_scan_artifacts(HashTable *functions, HashTable *classes, zend_class_entry *active_class)
{
	uint32_t n = ESA_G(scan_op_array_count);
	zend_op_array **ops = ESA_G(scan_op_arrays);
	zend_class_entry *ce;
	bool *freed_with_class = ecalloc(n ? n : 1, sizeof(bool));

#if PHP_VERSION_ID >= 80400
	/* Asked before any class goes, while their properties can still be read;
	 * every class the scan built is destroyed below or with the scan's table. */
	for (uint32_t i = 0; i < n; i++) {
		freed_with_class[i] = esa_hook_freed_with_class(ops[i]);
	}
#endif
	functions->pDestructor = NULL;
	ZEND_HASH_FOREACH_PTR(classes, ce) {
		ce->function_table.pDestructor = NULL;
	} ZEND_HASH_FOREACH_END();
	for (uint32_t i = 0; i < n; i++) {
		zend_class_entry *scope = ops[i]->scope;
		for (uint32_t j = 0; j < i && scope; j++) {
			if (ops[j]->scope == scope) {
				scope = NULL; /* already destroyed */
			}
		}
		esa_destroy_orphan_class(scope, classes);
	}
	if (active_class) {
		bool seen = false;
		for (uint32_t i = 0; i < n && !seen; i++) {
			seen = ops[i]->scope == active_class;
		}
		if (!seen) {
			esa_destroy_orphan_class(active_class, classes);
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		zend_op_array *op_array = ops[i];
		if (freed_with_class[i]) {
			continue;
		}
#if PHP_VERSION_ID >= 80100
		/* Its closures are tracked op_arrays of their own. */
		if (op_array->dynamic_func_defs) {
			efree(op_array->dynamic_func_defs);
			op_array->dynamic_func_defs = NULL;
			op_array->num_dynamic_func_defs = 0;
		}
#endif
		destroy_op_array(op_array);
		if (op_array == ESA_G(scan_op_array)) {
			efree(op_array); /* the top-level op_array is on the heap, the others in the arena */
		}
	}
	efree(freed_with_class);
}

/* Counts the places of the tree that hold counted. */
static void esa_note_reference(HashTable *seen, zend_refcounted *counted)
{
	zval *places = zend_hash_index_find(seen, (zend_ulong) (uintptr_t) counted);
	if (places) {
		Z_LVAL_P(places)++;
	} else {
		zval one;
		ZVAL_LONG(&one, 1);
		zend_hash_index_add_new(seen, (zend_ulong) (uintptr_t) counted, &one);
	}
}

/*
 * A compile cut short can leave one string in two places of the tree that
 * zend_ast_destroy() would release twice: PHP 8.4 hands a property hook's name
 * on to the hook's function while the tree still holds it, counted once.
 * Such a string gets the references its places need, so that the tree can be
 * destroyed (and a debug build reports no leak). It walks what zend_ast_destroy() walks,
 * on a heap stack: a left-deep chain may be as long as the source likes.
 */
static void esa_balance_tree_references(zend_ast *root)
{
	HashTable seen;
	zend_ast **stack = NULL;
	uint32_t top = 0, capacity = 0;

	zend_hash_init(&seen, 64, NULL, NULL, 0);
#define ESA_PUSH(node) do { \
		if (top == capacity) { \
			capacity = capacity ? capacity * 2 : 64; \
			stack = erealloc(stack, sizeof(zend_ast *) * capacity); \
		} \
		stack[top++] = (node); \
	} while (0)
	ESA_PUSH(root);
	while (top) {
		zend_ast *ast = stack[--top];
		if (!ast) {
			continue;
		}
		if (ast->kind == ZEND_AST_ZVAL) {
			zval *zv = zend_ast_get_zval(ast);
			if (Z_REFCOUNTED_P(zv)) {
				esa_note_reference(&seen, Z_COUNTED_P(zv));
			}
		} else if (ast->kind == ZEND_AST_CONSTANT) {
			zend_string *name = zend_ast_get_constant_name(ast);
			if (!ZSTR_IS_INTERNED(name)) {
				esa_note_reference(&seen, (zend_refcounted *) name);
			}
		} else if (zend_ast_is_list(ast)) {
			zend_ast_list *list = zend_ast_get_list(ast);
			for (uint32_t i = 0; i < list->children; i++) {
				ESA_PUSH(list->child[i]);
			}
		} else if (ast->kind >= ZEND_AST_FUNC_DECL && ast->kind < ZEND_AST_VAR) {
			zend_ast_decl *decl = (zend_ast_decl *) ast;
			if (decl->name && !ZSTR_IS_INTERNED(decl->name)) {
				esa_note_reference(&seen, (zend_refcounted *) decl->name);
			}
			if (decl->doc_comment && !ZSTR_IS_INTERNED(decl->doc_comment)) {
				esa_note_reference(&seen, (zend_refcounted *) decl->doc_comment);
			}
			for (uint32_t i = 0; i < sizeof(decl->child) / sizeof(decl->child[0]); i++) {
				ESA_PUSH(decl->child[i]);
			}
		} else if (ast->kind >= ZEND_AST_VAR) {
			for (uint32_t i = 0; i < zend_ast_get_num_children(ast); i++) {
				ESA_PUSH(ast->child[i]);
			}
		}
	}
#undef ESA_PUSH
	if (stack) {
		efree(stack);
	}
	/* Only what the tree holds more often than it is counted gets references:
	 * the compiler's own extra references (literals) stay as they are. */
	{
		zend_ulong key;
		zval *places;
		ZEND_HASH_FOREACH_NUM_KEY_VAL(&seen, key, places) {
			zend_refcounted *counted = (zend_refcounted *) (uintptr_t) key;
			if ((zend_long) GC_REFCOUNT(counted) < Z_LVAL_P(places)) {
				GC_SET_REFCOUNT(counted, (uint32_t) Z_LVAL_P(places));
			}
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&seen);
}

/* Frees what a compile that bailed out still held, then puts back the state. */
static void esa_unwind_compiler_state(esa_compiler_state *s)
{
	if (CG(ast) != s->lex.ast && CG(ast)) {
		esa_balance_tree_references(CG(ast));
		zend_ast_destroy(CG(ast));
	}
	if (CG(ast_arena) != s->lex.ast_arena && CG(ast_arena)) {
		zend_arena_destroy(CG(ast_arena));
	}
	CG(ast) = s->lex.ast;
	CG(ast_arena) = s->lex.ast_arena;
	if (ESA_G(scan_walked)) {
		/* zend_compile() had begun the file and op_array contexts right after our AST hook. */
		esa_free_imports(&CG(file_context).imports);
		esa_free_imports(&CG(file_context).imports_function);
		esa_free_imports(&CG(file_context).imports_const);
		if (CG(file_context).current_namespace) {
			zend_string_release(CG(file_context).current_namespace);
		}
		zend_hash_destroy(&CG(file_context).seen_symbols);
		if (CG(context).brk_cont_array) {
			efree(CG(context).brk_cont_array);
		}
		if (CG(context).labels) {
			zend_hash_destroy(CG(context).labels);
			FREE_HASHTABLE(CG(context).labels);
		}
		if (CG(memoized_exprs) != s->memoized_exprs && CG(memoized_exprs)) {
			zend_hash_destroy(CG(memoized_exprs));
			FREE_HASHTABLE(CG(memoized_exprs));
		}
	}
	CG(context) = s->context;
	CG(file_context) = s->file_context;
	CG(memoized_exprs) = s->memoized_exprs;
	CG(memoize_mode) = s->memoize_mode;
	CG(active_class_entry) = s->active_class_entry;
	CG(active_op_array) = s->active_op_array;
	CG(in_compilation) = s->in_compilation;
	CG(extra_fn_flags) = s->extra_fn_flags;
	CG(loop_var_stack).top = s->loop_var_top;
	CG(delayed_oplines_stack).top = s->delayed_oplines_top;
	CG(short_circuiting_opnums).top = s->short_circuiting_top;
}

static void esa_restore_compiler_state(esa_compiler_state *s)
{
	zend_restore_lexical_state(&s->lex);
	CG(function_table) = s->function_table;
	CG(class_table) = s->class_table;
	CG(compiler_options) = s->compiler_options;
	ZVAL_COPY_VALUE(&EG(user_error_handler), &s->user_error_handler);
	EG(error_handling) = s->error_handling;
#if PHP_VERSION_ID >= 80100
	zend_free_recorded_errors();
	EG(record_errors) = s->record_errors;
	EG(num_errors) = s->num_errors;
	EG(errors) = s->errors;
#endif
	EG(current_execute_data) = s->current_execute_data;
	CG(unclean_shutdown) = s->unclean_shutdown;
	gc_protect(s->gc_protected);
}

static void esa_throw_scan_error(void)
{
	zend_string *message = ESA_G(scan_error_message);
	zend_object *ex = zend_throw_exception(zend_ce_compile_error, ZSTR_VAL(message), 0);
	if (ESA_G(scan_error_file)) {
		zval tmp;
		ZVAL_STR(&tmp, ESA_G(scan_error_file));
		zend_update_property_ex(zend_ce_error, ex, ZSTR_KNOWN(ZEND_STR_FILE), &tmp);
		ZVAL_LONG(&tmp, (zend_long) ESA_G(scan_error_line));
		zend_update_property_ex(zend_ce_error, ex, ZSTR_KNOWN(ZEND_STR_LINE), &tmp);
	}
}

static void esa_clear_scan_error(void)
{
	if (ESA_G(scan_error_message)) {
		zend_string_release(ESA_G(scan_error_message));
		ESA_G(scan_error_message) = NULL;
	}
	if (ESA_G(scan_error_file)) {
		zend_string_release(ESA_G(scan_error_file));
		ESA_G(scan_error_file) = NULL;
	}
}

/* The one thing a compile registers in the process itself: __halt_compiler()
 * defines the file's "\0__COMPILER_HALT_OFFSET__\0<file>" constant. */
static void esa_drop_constants_since(uint32_t used_before)
{
	HashTable *constants = EG(zend_constants);
	static const char halt[] = "\0__COMPILER_HALT_OFFSET__";
	for (uint32_t i = used_before; i < constants->nNumUsed; i++) {
		Bucket *b = constants->arData + i;
		if (Z_TYPE(b->val) != IS_UNDEF && b->key && ZSTR_LEN(b->key) > sizeof(halt) - 1
				&& memcmp(ZSTR_VAL(b->key), halt, sizeof(halt) - 1) == 0) {
			zend_hash_del_bucket(constants, b);
		}
	}
}

static void esa_scan(zend_file_handle *file_handle, zval *return_value)
{
	esa_compiler_state saved;
	HashTable functions, classes;
	uint32_t mark = ESA_G(pending).count;
	zend_op_array *volatile op_array = NULL;
	volatile bool bailed_out = false;
	uint32_t constants_used = EG(zend_constants)->nNumUsed;

	if (ESA_G(scanning) || ESA_G(compile_depth)) {
		zend_throw_error(NULL, "extsockets_audit cannot scan while PHP is compiling");
		return;
	}

	esa_save_compiler_state(&saved);
	zend_hash_init(&functions, 8, NULL, ZEND_FUNCTION_DTOR, 0);
	zend_hash_init(&classes, 8, NULL, ZEND_CLASS_DTOR, 0);
	CG(function_table) = &functions;
	CG(class_table) = &classes;
	/* No early binding against the process's classes, no zend_extension op_array handlers. */
	CG(compiler_options) = ZEND_COMPILE_WITHOUT_EXECUTION | ZEND_COMPILE_IGNORE_INTERNAL_CLASSES
		| ZEND_COMPILE_IGNORE_OTHER_FILES | ZEND_COMPILE_IGNORE_INTERNAL_FUNCTIONS;
	esa_engine_extension_watch_op_arrays();
	ESA_G(scanning) = true;
	ESA_G(scan_walked) = false;
	ESA_G(scan_op_array) = NULL;
	ESA_G(scan_active_class) = NULL;

	zend_try {
		op_array = compile_file(file_handle, ZEND_INCLUDE);
	} zend_catch {
		bailed_out = true;
	} zend_end_try();

	ESA_G(scanning) = false;
	if (bailed_out) {
		esa_unwind_compiler_state(&saved);
		esa_destroy_scan_artifacts(&functions, &classes, ESA_G(scan_active_class));
	}
	esa_restore_compiler_state(&saved);
	if (op_array) {
		destroy_op_array(op_array);
		efree(op_array);
	}
	zend_hash_destroy(&functions);
	zend_hash_destroy(&classes);
	esa_drop_constants_since(constants_used);
	ESA_G(scan_op_array) = NULL;
	if (ESA_G(scan_op_arrays)) {
		efree(ESA_G(scan_op_arrays));
		ESA_G(scan_op_arrays) = NULL;
	}
	ESA_G(scan_op_array_count) = ESA_G(scan_op_array_capacity) = 0;

	if (bailed_out || EG(exception) || !op_array) {
		esa_list_truncate(&ESA_G(pending), mark);
		if (!EG(exception)) {
			if (ESA_G(scan_error_message)) {
				esa_throw_scan_error();
			} else {
#if PHP_VERSION_ID >= 80100
				zend_throw_exception_ex(zend_ce_compile_error, 0, "Cannot compile %s", ZSTR_VAL(file_handle->filename));
#else
				zend_throw_exception_ex(zend_ce_compile_error, 0, "Cannot compile %s", file_handle->filename);
#endif
			}
		}
		esa_clear_scan_error();
		return;
	}
	esa_clear_scan_error();

	esa_list_sort_unique(&ESA_G(pending), mark);
	array_init_size(return_value, ESA_G(pending).count - mark);
	esa_list_to_array(&ESA_G(pending), mark, return_value);
	esa_list_truncate(&ESA_G(pending), mark);
}

void esa_scan_file(zend_string *path, zval *return_value)
{
	zend_file_handle file_handle;
	zend_stat_t st;

	if (ZSTR_LEN(path) == 0 || strlen(ZSTR_VAL(path)) != ZSTR_LEN(path)) {
		zend_argument_value_error(1, "must be a non-empty path without NUL bytes");
		return;
	}
	/* Checked first so that a bad path gives one exception, not a stream warning too. */
	if (VCWD_STAT(ZSTR_VAL(path), &st) != 0 || VCWD_ACCESS(ZSTR_VAL(path), R_OK) != 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot open '%s' for scanning: %s", ZSTR_VAL(path), strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot scan '%s': it is a directory", ZSTR_VAL(path));
		return;
	}
#if PHP_VERSION_ID >= 80100
	zend_stream_init_filename_ex(&file_handle, path);
	if (zend_stream_open(&file_handle) == FAILURE) {
#else
	zend_stream_init_filename(&file_handle, ZSTR_VAL(path));
	if (zend_stream_open(ZSTR_VAL(path), &file_handle) == FAILURE) {
#endif
		zend_destroy_file_handle(&file_handle);
		if (!EG(exception)) {
			zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot open '%s' for scanning", ZSTR_VAL(path));
		}
		return;
	}
	if (!file_handle.opened_path) {
		file_handle.opened_path = zend_string_copy(path);
	}
	esa_scan(&file_handle, return_value);
	zend_destroy_file_handle(&file_handle);
}

void esa_scan_string(zend_string *code, zend_string *name, zval *return_value)
{
	zend_file_handle file_handle;
	if (strlen(ZSTR_VAL(name)) != ZSTR_LEN(name)) {
		zend_argument_value_error(2, "must not contain any null bytes");
		return;
	}
	if (ZSTR_LEN(code) == 0) {
		/* compile_string() refuses empty code; an empty file has no findings. */
		array_init(return_value);
		return;
	}
	/* A handle that already holds its buffer is never opened: compile_file() scans it as
	 * it would a file (open tag first), and the handle owns the copy even on bailout. */
#if PHP_VERSION_ID >= 80100
	zend_stream_init_filename_ex(&file_handle, name);
#else
	/* The handle does not own a name before PHP 8.1: the caller's outlives the scan. */
	zend_stream_init_filename(&file_handle, ZSTR_VAL(name));
#endif
	file_handle.buf = emalloc(ZSTR_LEN(code) + ZEND_MMAP_AHEAD);
	memcpy(file_handle.buf, ZSTR_VAL(code), ZSTR_LEN(code));
	memset(file_handle.buf + ZSTR_LEN(code), 0, ZEND_MMAP_AHEAD);
	file_handle.len = ZSTR_LEN(code);
	esa_scan(&file_handle, return_value);
	zend_destroy_file_handle(&file_handle);
}
