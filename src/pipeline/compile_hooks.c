#include "php.h"
#include "zend_compile.h"
#include "zend_language_scanner.h"

#include "php_extsockets_audit.h"
#include "pipeline/compile_hooks.h"
#include "pipeline/ast_walker.h"
#include "opcache/findings_blob.h"
#include "opcache/preload_relay.h"

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

/* Records the pending findings from mark on; with travel_with, they also go
 * with that freshly compiled op_array into the code cache. A process where
 * extsockets_audit.enabled is off (an FPM pool's php_admin_value) records
 * nothing, but a script it compiles into a cache that processes of other pools
 * share still takes its findings along. A preloading child's findings go to
 * the parent through the relay, which records and logs them once.
 * batch is the content hash of a cached script's findings being restored (0:
 * none); a compile's own is that of the block it attaches. The batch is noted
 * as committed (the cache hands the script back through our outer hook, now
 * and at later includes), whether the store took all of it or not: its limit
 * does not change in a process (PHP_INI_SYSTEM), so what a full store refused
 * now it would refuse at every include; it is counted as dropped once, and a
 * reset, which forgets the batches, lets it come again.
 * A bailout on the way (memory_limit) leaves no pending finding behind: they
 * hold request memory, which is gone after it. */
static void esa_commit_pending(uint32_t mark, zend_op_array *travel_with, uint64_t batch)
{
	esa_list_sort_unique(&ESA_G(compile).pending, mark);
	if (travel_with) {
		batch = esa_script_findings_attach(travel_with, &ESA_G(compile).pending, mark);
	}
	if (ESA_G(enabled) && !esa_preload_relay_record(&ESA_G(compile).pending, mark)) {
		esa_store_commit(&ESA_G(store), &ESA_G(compile).pending, mark);
		esa_store_batch_committed(&ESA_G(store), batch);
	}
}

/* Runs stmt; a bailout in it (memory_limit) first drops the pending findings
 * from mark on, then goes on: they hold request memory, and the request ends. */
#define ESA_DROP_PENDING_ON_BAILOUT(mark, stmt) do { \
		zend_try { \
			stmt; \
		} zend_catch { \
			esa_list_truncate(&ESA_G(compile).pending, (mark)); \
			zend_bailout(); \
		} zend_end_try(); \
	} while (0)

static void esa_commit(uint32_t mark, zend_op_array *travel_with, uint64_t batch)
{
	if (ESA_G(compile).pending.count == mark) {
		return; /* nearly every compile: nothing to record, attach or relay */
	}
	ESA_DROP_PENDING_ON_BAILOUT(mark, esa_commit_pending(mark, travel_with, batch));
	esa_list_truncate(&ESA_G(compile).pending, mark);
}

/*
 * Compiles nest: user code runs inside a compile (a stream wrapper reading the
 * file, an error handler for a compile-time diagnostic, a destructor) and may
 * compile other files and strings, which may do the same, to any depth. So
 * the state of each compile that passes through our hooks is a frame on the C
 * stack, linked to the frame of the compile it runs inside of:
 *  - its mark: its findings are ESA_G(compile).pending from there on, above those of
 *    the compiles it runs inside of and below those of the ones it runs;
 *  - whether its AST has come yet: the first AST while it is the innermost
 *    frame is its own (the compiles it runs before its parse have their own
 *    frames); any later one is a compile that bypassed our hooks, recorded at once.
 * A frame is popped on every way out, a bailout included (each frame catches
 * it, pops itself and passes it on), so that a fatal error at any depth leaves
 * no frame behind for the code that runs after it (shutdown functions).
 */
typedef struct esa_compile_frame {
	struct esa_compile_frame *outer;
	uint32_t mark;
	bool ast_walked;
	bool audited;       /* its AST is walked (see ESA_AUDITED_COMPILE) */
} esa_compile_frame;

/* The AST hook's work, out of line: the hook itself only asks whether there is
 * any (a compile through our hooks, or the audit on). */
static zend_never_inline void esa_ast_audit(zend_ast *ast, esa_compile_frame *frame)
{
	bool ours = frame && !frame->ast_walked;
	if (ours) {
		frame->ast_walked = true;
	}
	if (ours ? frame->audited : ESA_G(enabled)) {
		esa_walk_input input;
		uint32_t mark = ESA_G(compile).pending.count;
		input.file = CG(compiled_filename);
		input.isolated = false;
		input.source = (const char *) LANG_SCNG(yy_start);
		input.source_len = input.source ? (size_t) (LANG_SCNG(yy_limit) - LANG_SCNG(yy_start)) : 0;
		if (ours) {
			/* A bailout in the walk is caught by the frame of our hook. */
			esa_walk_ast(ast, &input, &ESA_G(compile).pending);
			return;
		}
		/* A compile that did not pass through our hooks: nobody will commit it
		 * later, and no frame drops its pending findings if the walk bails out. */
		ESA_DROP_PENDING_ON_BAILOUT(mark, esa_walk_ast(ast, &input, &ESA_G(compile).pending));
		esa_commit(mark, NULL, 0);
	}
}

static void esa_ast_process(zend_ast *ast)
{
	esa_compile_frame *frame = ESA_G(compile).frame;
	if (frame || ESA_G(enabled)) {
		esa_ast_audit(ast, frame);
	}
	if (esa_prev_ast_process) {
		esa_prev_ast_process(ast);
	}
}

static zend_always_inline void esa_frame_push(esa_compile_frame *frame, bool audited)
{
	frame->outer = ESA_G(compile).frame;
	frame->mark = ESA_G(compile).pending.count;
	frame->ast_walked = false;
	frame->audited = audited;
	ESA_G(compile).frame = frame;
}

static zend_always_inline void esa_frame_pop(const esa_compile_frame *frame)
{
	ESA_G(compile).frame = frame->outer;
}

/* The AST hook files findings as pending; they are recorded only once the
 * compile succeeds, and dropped when it fails or bails out. Settings are read
 * here, at each compile, never kept from startup: an FPM pool's
 * php_admin_value applies in its workers, after startup. With
 * extsockets_audit.enabled off, a compile is audited only for a shared code
 * cache (see esa_commit()); otherwise its AST is not walked, and a compile
 * that runs inside no other needs no frame either (ESA_NEEDS_FRAME): the AST
 * hook, finding none, asks whether the audit is on (no). So loaded but off,
 * a compile costs two calls and a few tests; the audited path is out of line.
 * Inside another compile it still takes a frame, so that its AST is not taken
 * for the outer one's. */
#define ESA_NEEDS_FRAME(cached) (ESA_G(enabled) || (cached) || ESA_G(compile).frame)

#define ESA_AUDITED_COMPILE(call, cached) do { \
		esa_compile_frame frame; \
		esa_frame_push(&frame, ESA_G(enabled) || (cached)); \
		zend_try { \
			op_array = (call); \
		} zend_catch { \
			esa_frame_pop(&frame); \
			esa_list_truncate(&ESA_G(compile).pending, frame.mark); \
			zend_bailout(); \
		} zend_end_try(); \
		esa_frame_pop(&frame); \
		if (op_array) { \
			esa_commit(frame.mark, (cached) ? op_array : NULL, 0); \
		} else { \
			esa_list_truncate(&ESA_G(compile).pending, frame.mark); \
		} \
	} while (0)

static zend_never_inline zend_op_array *esa_audited_compile_file(zend_file_handle *file_handle, int type, bool cached)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_file(file_handle, type), cached);
	return op_array;
}

static zend_op_array *esa_compile_file(zend_file_handle *file_handle, int type)
{
	bool cached = esa_findings_travel;
	if (!ESA_NEEDS_FRAME(cached)) {
		return esa_prev_compile_file(file_handle, type);
	}
	return esa_audited_compile_file(file_handle, type, cached);
}

/* A string is never cached: its findings stay in this process. */
#if PHP_VERSION_ID >= 80200
static zend_never_inline zend_op_array *esa_audited_compile_string(zend_string *source, const char *filename, zend_compile_position position)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename, position), false);
	return op_array;
}

static zend_op_array *esa_compile_string(zend_string *source, const char *filename, zend_compile_position position)
{
	if (!ESA_NEEDS_FRAME(false)) {
		return esa_prev_compile_string(source, filename, position);
	}
	return esa_audited_compile_string(source, filename, position);
}
#elif PHP_VERSION_ID >= 80100
static zend_never_inline zend_op_array *esa_audited_compile_string(zend_string *source, const char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename), false);
	return op_array;
}

static zend_op_array *esa_compile_string(zend_string *source, const char *filename)
{
	if (!ESA_NEEDS_FRAME(false)) {
		return esa_prev_compile_string(source, filename);
	}
	return esa_audited_compile_string(source, filename);
}
#else
static zend_never_inline zend_op_array *esa_audited_compile_string(zval *source, char *filename)
{
	zend_op_array *volatile op_array = NULL;
	ESA_AUDITED_COMPILE(esa_prev_compile_string(source, filename), false);
	return op_array;
}

static zend_op_array *esa_compile_string(zval *source, char *filename)
{
	if (!ESA_NEEDS_FRAME(false)) {
		return esa_prev_compile_string(source, filename);
	}
	return esa_audited_compile_string(source, filename);
}
#endif

/* A cached script's findings are unpacked and committed once per process
 * (until a reset); later includes of it, in this request or the next, find its
 * batch among the store's committed ones (the outer hook asks, and calls this
 * only for a batch it did not find there). */
static zend_never_inline void esa_restore_cached_findings(const zend_op_array *op_array)
{
	uint32_t mark = ESA_G(compile).pending.count;
	uint64_t hash = esa_script_findings_hash(op_array);   /* 0: a block of another layout */
	if (!hash) {
		return;
	}
	bool unpacked = false;
	ESA_DROP_PENDING_ON_BAILOUT(mark, unpacked = esa_script_findings_unpack(op_array, &ESA_G(compile).pending));
	if (unpacked) {
		ESA_G(compile).cache_restores++;
		esa_commit(mark, NULL, hash);
	}
}

/* Outside the code cache, for every include, hit or miss: a script the cache
 * served without compiling carries the findings of the compile that stored it,
 * and a script compiled now had its batch committed by our inner hook. Either
 * way the script's batch is committed once per process: a warm include of a
 * script with findings costs the block's hash and one or two compares, one
 * without findings (most) one load of its slot. Nothing is kept across the
 * call, so the user code a lookup may run (an error handler for the warnings
 * opcache.record_warnings replays, a stream wrapper's url_stat()), which may
 * compile and include other files, meets no state of this one. */
static zend_op_array *esa_outer_compile_file(zend_file_handle *file_handle, int type)
{
	zend_op_array *op_array = esa_prev_outer_compile_file(file_handle, type);
	const void *slot_value;
	/* The slot is valid: this hook is installed only with one. The block's
	 * hash is compared before its layout is checked (out of line): only the
	 * hash of a valid block is ever committed, and a block of any layout has
	 * the 8 bytes after the header. Whether the audit is on is asked only when
	 * the batch is not committed (always, where it is off). */
	if (UNEXPECTED(op_array && (slot_value = esa_script_findings_slot_value(op_array)))
			&& !esa_store_has_batch(&ESA_G(store), esa_script_findings_block_of(op_array, slot_value)->hash)
			&& ESA_G(enabled)) {
		esa_restore_cached_findings(op_array);
	}
	return op_array;
}

void esa_compile_hooks_install(void)
{
	esa_prev_ast_process = zend_ast_process;
	zend_ast_process = esa_ast_process;
	esa_prev_compile_file = zend_compile_file;
	zend_compile_file = esa_compile_file;
	esa_prev_compile_string = zend_compile_string;
	zend_compile_string = esa_compile_string;
	esa_compile_hooks_installed = true;
}

void esa_compile_hooks_before_cache_startup(void)
{
	if (esa_compile_hooks_installed) {
		esa_preload_relay_open();
	}
}

bool esa_compile_hooks_post_startup(int slot)
{
	uint32_t mark = ESA_G(compile).pending.count;
	if (esa_preload_relay_close(&ESA_G(compile).pending)) {
		esa_commit(mark, NULL, 0);
	}
	if (esa_compile_hooks_installed && slot >= 0 && zend_compile_file != esa_compile_file) {
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
