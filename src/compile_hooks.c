#include "php.h"
#include "zend_compile.h"
#include "zend_language_scanner.h"

#include "php_extsockets_audit.h"
#include "compile_hooks.h"
#include "ast_walker.h"
#include "script_findings.h"
#include "preload_relay.h"

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
/* Set when a code cache wrapped our compile hook: it stores compiled scripts
 * and serves later includes without calling us, so the findings of each
 * compiled file travel with it, and a second hook outside the cache unpacks them. */
static zend_op_array *(*esa_prev_outer_compile_file)(zend_file_handle *file_handle, int type);
static bool esa_findings_travel;
static int esa_findings_slot;

/* Records the pending findings from mark on; with travel_with, they also go
 * with that freshly compiled op_array into the code cache. */
static void esa_commit(uint32_t mark, zend_op_array *travel_with)
{
	if (ESA_G(pending).count == mark) {
		return; /* nearly every compile: nothing to record, attach or relay */
	}
	esa_list_sort_unique(&ESA_G(pending), mark);
	if (travel_with) {
		esa_script_findings_attach(travel_with, &ESA_G(pending), mark);
	}
	esa_preload_relay_record(&ESA_G(pending), mark);
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
			esa_commit(mark, NULL);
		}
	}
	if (esa_prev_ast_process) {
		esa_prev_ast_process(ast);
	}
}

/* The AST hook files findings as pending; they are recorded only once the
 * compile succeeds, and dropped when it fails or bails out. */
#define ESA_AUDITED_COMPILE(call, may_be_cached) do { \
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
		ESA_G(compiles)++; \
		if (op_array) { \
			esa_commit(mark, (may_be_cached) && esa_findings_travel ? op_array : NULL); \
		} else { \
			esa_list_truncate(&ESA_G(pending), mark); \
		} \
	} while (0)

static zend_op_array *esa_compile_file(zend_file_handle *file_handle, int type)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_file(file_handle, type), true);
	return op_array;
}

#if PHP_VERSION_ID >= 80200
static zend_op_array *esa_compile_string(zend_string *source, const char *filename, zend_compile_position position)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename, position), false);
	return op_array;
}
#elif PHP_VERSION_ID >= 80100
static zend_op_array *esa_compile_string(zend_string *source, const char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename), false);
	return op_array;
}
#else
static zend_op_array *esa_compile_string(zval *source, char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename), false);
	return op_array;
}
#endif

static zend_never_inline void esa_restore_cached_findings(const zend_op_array *op_array)
{
	uint32_t mark = ESA_G(pending).count;
	if (esa_script_findings_unpack(op_array, &ESA_G(pending))) {
		ESA_G(cache_restores)++;
		esa_commit(mark, NULL);
	}
}

/* Outside the code cache: a compile that did not reach our inner hook was
 * served from the cache, and its findings come with the cached script. This
 * runs for every include, hit or miss: a script without findings (most) costs
 * one load of its slot. */
static zend_op_array *esa_outer_compile_file(zend_file_handle *file_handle, int type)
{
	uint32_t compiles = ESA_G(compiles);
	zend_op_array *op_array = esa_prev_outer_compile_file(file_handle, type);
	if (UNEXPECTED(op_array && op_array->reserved[esa_findings_slot]) && ESA_G(compiles) == compiles) {
		esa_restore_cached_findings(op_array);
	}
	return op_array;
}

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

void esa_compile_hooks_before_cache_startup(void)
{
	if (esa_compile_hooks_installed) {
		esa_preload_relay_open();
	}
}

bool esa_compile_hooks_post_startup(int slot)
{
	uint32_t mark = ESA_G(pending).count;
	if (esa_preload_relay_close(&ESA_G(pending))) {
		esa_commit(mark, NULL);
	}
	if (esa_compile_hooks_installed && slot >= 0 && zend_compile_file != esa_compile_file) {
		esa_findings_slot = slot;
		esa_findings_travel = true;
		esa_prev_outer_compile_file = zend_compile_file;
		zend_compile_file = esa_outer_compile_file;
	}
	return esa_findings_travel;
}

/* Something may have wrapped a hook since: only a hook that is still ours is put back. */
void esa_compile_hooks_uninstall(void)
{
	if (esa_findings_travel && zend_compile_file == esa_outer_compile_file) {
		zend_compile_file = esa_prev_outer_compile_file;
	}
	esa_findings_travel = false;
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
