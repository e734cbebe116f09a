#ifndef PHP_EXTSOCKETS_AUDIT_H
#define PHP_EXTSOCKETS_AUDIT_H

extern zend_module_entry extsockets_audit_module_entry;
#define phpext_extsockets_audit_ptr &extsockets_audit_module_entry

/* The one place the version is written; package.xml and the tests check against it. */
#define PHP_EXTSOCKETS_AUDIT_VERSION "0.1.0"

#include "src/findings.h"
#include "src/log_sink.h"
#include "src/call_counter.h"

/*
 * The life of the module, per process (per thread under ZTS):
 *  STARTUP   MINIT to the first request: settings, compile hooks, the
 *            zend_extension; after every MINIT, its post-startup callback
 *            (opcache wraps our compile hook, preloading runs a request of
 *            its own, then the handlers of ext/sockets are wrapped).
 *  REQUEST   RINIT to our post-deactivate. User code runs in all of it: the
 *            script, shutdown functions, destructors, output handlers, then
 *            the RSHUTDOWN of every module in turn (ext/session runs save
 *            handlers in its own, which may come after ours), then
 *            zend_deactivate() closing resources (user stream wrappers).
 *            Request memory (site maps, request counts) may be used.
 *  REQUEST_END  our post-deactivate, after every RSHUTDOWN and after the
 *            executor is shut down, before the memory manager is: no user
 *            code can run any more. The request's call counts are logged
 *            and its request memory freed.
 *  IDLE      between requests: nothing in request memory is ours.
 * Process-wide state (findings, the log, wrapped handlers) lives in
 * persistent memory from startup to MSHUTDOWN/GSHUTDOWN.
 */
typedef enum {
	ESA_PHASE_STARTUP = 0,
	ESA_PHASE_REQUEST,
	ESA_PHASE_REQUEST_END,
	ESA_PHASE_IDLE
} esa_phase;

ZEND_BEGIN_MODULE_GLOBALS(extsockets_audit)
	bool enabled;
	bool count_calls;
	char *log_setting;  /* extsockets_audit.log */
	char *log_format;   /* extsockets_audit.log_format */
	zend_long max_findings; /* extsockets_audit.max_findings, also the store's limit */
	esa_log_sink log_sink;
	/* Findings of this process, kept across requests. */
	esa_store store;
	/* The store's dropped count as the audit log last reported it. */
	uint64_t dropped_logged;
	/* PHP's error log was told that the store filled up (once per process). */
	bool full_reported;
	/* Findings of the compiles under way; each compile owns the tail from its mark on. */
	esa_finding_list pending;
	/* The innermost compile under way that passed through our hooks (see
	 * compile_hooks.c); nested compiles stack their frames. */
	struct esa_compile_frame *compile_frame;
	/* The code cache lookup under way (its file handle), and whether our
	 * compile hook compiled that handle: a lookup it did not was served from the cache. */
	const zend_file_handle *lookup_handle;
	bool lookup_compiled;
	/* Scripts a code cache served whose findings came with them. */
	uint32_t cache_restores;
	/* Where this process (thread) is in the module's life (see esa_phase). */
	esa_phase phase;
	/* Call counting (call_counter.c): the site maps of the op_arrays that called
	 * a socket function in this request, by their opcodes (request memory); the
	 * findings whose sites ran since their counts were last logged, each with
	 * its count then, and when the first of those calls came (persistent). */
	HashTable *site_maps;
	HashTable *unlogged_sites;
	struct timespec unlogged_since;
	/* extsockets_audit.calls_log_interval, and when counts were last logged (monotonic ns). */
	zend_long calls_log_interval;
	uint64_t calls_logged_ns;
	/* The map found last, and the opcodes it belongs to: a loop calling from
	 * one op_array finds its map without a lookup. */
	const void *last_site_opcodes;
	void *last_site_map;
ZEND_END_MODULE_GLOBALS(extsockets_audit)

ZEND_EXTERN_MODULE_GLOBALS(extsockets_audit)
#define ESA_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(extsockets_audit, v)

#if defined(ZTS) && defined(COMPILE_DL_EXTSOCKETS_AUDIT)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
