#ifndef PHP_EXTSOCKETS_AUDIT_H
#define PHP_EXTSOCKETS_AUDIT_H

extern zend_module_entry extsockets_audit_module_entry;
#define phpext_extsockets_audit_ptr &extsockets_audit_module_entry

/* The one place the version is written; package.xml and the tests check against it. */
#define PHP_EXTSOCKETS_AUDIT_VERSION "0.1.0"

/* For data the hot paths read that other files define: known to be in this
 * module, so read straight, not through the global offset table (a
 * definition is hidden already: -fvisibility=hidden). */
#if defined(__GNUC__) && !defined(_WIN32)
# define ESA_HIDDEN __attribute__((visibility("hidden")))
#else
# define ESA_HIDDEN
#endif

#include "src/store/findings.h"
#include "src/sinks/log_sink.h"
#include "src/runtime/call_counter.h"
#include "src/pipeline/compile_hooks.h"

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

/* The module's globals: its settings and phase, and one state struct per
 * component, each declared in that component's header. */
ZEND_BEGIN_MODULE_GLOBALS(extsockets_audit)
	/* Settings (ini). */
	bool enabled;
	bool count_calls;
	char *log_setting;  /* extsockets_audit.log */
	char *log_format;   /* extsockets_audit.log_format */
	char *host_setting; /* extsockets_audit.host: empty for the system's host name */
	zend_long max_findings; /* extsockets_audit.max_findings, also the store's limit */
	zend_long calls_log_interval; /* extsockets_audit.calls_log_interval */
	/* Where this process (thread) is in the module's life (see esa_phase). */
	esa_phase phase;
	/* Findings of this process, kept across requests (findings.h); the
	 * dropped count as the audit log last reported it, and whether PHP's
	 * error log was told the store filled up (once per process). */
	esa_store store;
	uint64_t dropped_logged;
	bool full_reported;
	esa_compile_state compile; /* compile_hooks.h */
	esa_call_state calls;      /* call_counter.h */
	esa_log_sink log_sink;     /* log_sink.h */
ZEND_END_MODULE_GLOBALS(extsockets_audit)

#ifdef ZTS
extern ESA_HIDDEN ts_rsrc_id extsockets_audit_globals_id;
#else
extern ESA_HIDDEN zend_extsockets_audit_globals extsockets_audit_globals;
#endif
#define ESA_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(extsockets_audit, v)

#if defined(ZTS) && defined(COMPILE_DL_EXTSOCKETS_AUDIT)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
