/* Module glue: ini, globals, startup/shutdown, phpinfo and the userland functions. */

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <inttypes.h>

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"

#include "php_extsockets_audit.h"
#include "extsockets_audit_arginfo.h"
#include "src/runtime/call_counter.h"
#include "src/pipeline/compile_hooks.h"
#include "src/engine_extension.h"
#include "src/sinks/log_sink.h"
#include "src/pipeline/scan.h"
#include "src/pipeline/prefilter.h"
#include "src/symbols/symbols.h"

ZEND_DECLARE_MODULE_GLOBALS(extsockets_audit)

#ifndef LOG_WARNING
# define LOG_WARNING 4
#endif

/* An invalid value is refused with a warning at startup, leaving the log off:
 * a relative path would be relative to each SAPI's own working directory. */
static ZEND_INI_MH(esa_on_update_log)
{
	if (!esa_log_setting_valid(ZSTR_VAL(new_value), ZSTR_LEN(new_value))) {
		zend_error(E_WARNING, "extsockets_audit.log must be empty, \"syslog\", \"syslog:/path/to/socket\" "
			"or an absolute file path, not \"%s\"; the audit log is off", ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(esa_on_update_log_format)
{
	if (!zend_string_equals_literal_ci(new_value, "json") && !zend_string_equals_literal_ci(new_value, "text")) {
		zend_error(E_WARNING, "extsockets_audit.log_format must be \"json\" or \"text\", not \"%s\"; using json",
			ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* A host name for the log's records; empty: the system's host name. */
static ZEND_INI_MH(esa_on_update_host)
{
	if (ZSTR_LEN(new_value) > ESA_LOG_HOST_MAX || strlen(ZSTR_VAL(new_value)) != ZSTR_LEN(new_value)) {
		zend_error(E_WARNING, "extsockets_audit.host must be at most %d bytes long; "
			"records name the system's host name", ESA_LOG_HOST_MAX);
		return FAILURE;
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

/* PHP 8.0 may lack it. */
#ifndef ZEND_INI_GET_BASE
# ifndef ZTS
#  define ZEND_INI_GET_BASE() ((char *) mh_arg2)
# else
#  define ZEND_INI_GET_BASE() ((char *) ts_resource(*((int *) mh_arg2)))
# endif
#endif

/* Also the limit of this thread's store, which reads no ini itself. */
static ZEND_INI_MH(esa_on_update_max_findings)
{
	char *end = NULL;
	zend_long value = ZSTR_LEN(new_value) ? ZEND_STRTOL(ZSTR_VAL(new_value), &end, 10) : 0;
	if (!end || *end != '\0' || value < 1 || value > ESA_MAX_FINDINGS_MAX) {
		zend_error(E_WARNING, "extsockets_audit.max_findings must be a whole number from 1 to %d, not \"%s\"; ignored",
			ESA_MAX_FINDINGS_MAX, ZSTR_VAL(new_value));
		return FAILURE;
	}
	if (OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage) != SUCCESS) {
		return FAILURE;
	}
	((zend_extsockets_audit_globals *) ZEND_INI_GET_BASE())->store.limit = (uint32_t) value;
	return SUCCESS;
}

static ZEND_INI_MH(esa_on_update_calls_log_interval)
{
	char *end = NULL;
	zend_long value = ZSTR_LEN(new_value) ? ZEND_STRTOL(ZSTR_VAL(new_value), &end, 10) : -1;
	if (!end || *end != '\0' || value < 0 || value > 86400) {
		zend_error(E_WARNING, "extsockets_audit.calls_log_interval must be a whole number of seconds from 0 to 86400, not \"%s\"; ignored",
			ZSTR_VAL(new_value));
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

PHP_INI_BEGIN()
	/* PHP_INI_SYSTEM: audited code must not be able to switch the audit off,
	 * nor point the log anywhere else. */
	STD_PHP_INI_BOOLEAN("extsockets_audit.enabled", "1", PHP_INI_SYSTEM, OnUpdateBool,
		enabled, zend_extsockets_audit_globals, extsockets_audit_globals)
	STD_PHP_INI_BOOLEAN("extsockets_audit.count_calls", "1", PHP_INI_SYSTEM, OnUpdateBool,
		count_calls, zend_extsockets_audit_globals, extsockets_audit_globals)
	STD_PHP_INI_ENTRY("extsockets_audit.log", "", PHP_INI_SYSTEM, esa_on_update_log,
		log_setting, zend_extsockets_audit_globals, extsockets_audit_globals)
	STD_PHP_INI_ENTRY("extsockets_audit.log_format", "json", PHP_INI_SYSTEM, esa_on_update_log_format,
		log_format, zend_extsockets_audit_globals, extsockets_audit_globals)
	/* The host that log records name (key "host"); empty: the system's host name,
	 * read once at startup. */
	STD_PHP_INI_ENTRY("extsockets_audit.host", "", PHP_INI_SYSTEM, esa_on_update_host,
		host_setting, zend_extsockets_audit_globals, extsockets_audit_globals)
	/* Per process: memory grows by a few hundred bytes per distinct finding up to it. */
	STD_PHP_INI_ENTRY("extsockets_audit.max_findings", "10000", PHP_INI_SYSTEM, esa_on_update_max_findings,
		max_findings, zend_extsockets_audit_globals, extsockets_audit_globals)
	/* Call counts are logged per process at most this often (seconds), and when
	 * it ends; 0: at the end of every request, with the request's uri. */
	STD_PHP_INI_ENTRY("extsockets_audit.calls_log_interval", "60", PHP_INI_SYSTEM, esa_on_update_calls_log_interval,
		calls_log_interval, zend_extsockets_audit_globals, extsockets_audit_globals)
PHP_INI_END()

typedef struct {
	const char *since;      /* NULL: per request (calls_log_interval=0), with its uri */
} esa_call_record_ctx;

static void esa_log_call_site(const esa_finding *finding, uint64_t calls, void *ctx)
{
	const esa_call_record_ctx *c = ctx;
	zval record;
	esa_log_record_init(&record, finding, c->since == NULL);
	add_assoc_long(&record, "calls", (zend_long) calls);
	if (c->since) {
		add_assoc_string(&record, "since", (char *) c->since);
	}
	esa_log_queue(&record);
	zval_ptr_dtor(&record);
}

/*
 * One record per call site that ran since the counts were last logged, with
 * its count since then: at the end of a request once calls_log_interval
 * seconds have passed since the last time (at every request end when it is 0),
 * before a reset forgets the sites (force), and when the process ends (force).
 * So the volume grows with sites, processes and time, not with requests.
 */
static void esa_log_call_counts(bool force)
{
	esa_call_record_ctx ctx;
	char since[64];
	uint64_t now;
	if (!esa_call_state_has_unlogged_sites(&ESA_G(calls))) {
		return;
	}
	now = esa_log_monotonic_ns();
	if (!force && ESA_G(calls_log_interval) > 0
			&& now - ESA_G(calls).logged_ns < (uint64_t) ESA_G(calls_log_interval) * 1000000000u) {
		return;
	}
	if (esa_log_enabled()) {
		ctx.since = NULL;
		if (ESA_G(calls_log_interval) > 0) {
			esa_log_format_time(esa_call_counter_unlogged_since(), since, sizeof(since));
			ctx.since = since;
		}
		esa_call_counter_each_unlogged_site(esa_log_call_site, &ctx);
	}
	esa_call_counter_sites_logged();
	ESA_G(calls).logged_ns = now;
}

/* A "dropped" record: how many new findings the full store refused since start
 * or reset. Written when it refuses the first, then at request end (and before
 * a reset) if it refused more since the last record: at most one per request. */
static void esa_log_dropped(void)
{
	const esa_store *store = &ESA_G(store);
	zval record;
	if (store->dropped == ESA_G(dropped_logged)) {
		return;
	}
	ESA_G(dropped_logged) = store->dropped;
	if (!esa_log_enabled()) {
		return;
	}
	esa_log_record_init_event(&record, "dropped");
	add_assoc_long(&record, "dropped", (zend_long) store->dropped);
	add_assoc_long(&record, "max_findings", (zend_long) store->limit);
	esa_log_queue(&record);
	zval_ptr_dtor(&record);
	esa_log_flush();
}

/* The store has just refused its first finding since start or reset. */
static void esa_store_full(const esa_store *store)
{
	if (!ESA_G(full_reported)) {
		char *message;
		ESA_G(full_reported) = true;
		spprintf(&message, 0, "PHP Warning:  extsockets_audit: %u findings recorded, the limit of "
			"extsockets_audit.max_findings: new findings are counted as dropped, not recorded, until "
			"extsockets_audit_reset() (this process reports this once; see php --ri extsockets_audit)", store->count);
		php_log_err_with_severity(message, LOG_WARNING);
		efree(message);
	}
	esa_log_dropped();
}

ZEND_FUNCTION(extsockets_audit_usage)
{
	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, ESA_G(store).count);
	esa_store_to_array(&ESA_G(store), return_value, esa_call_counter_active());
}

ZEND_FUNCTION(extsockets_audit_reset)
{
	ZEND_PARSE_PARAMETERS_NONE();
	(void) return_value;
	esa_log_call_counts(true);
	esa_log_dropped();
	/* Everything goes, the deduplication keys included: a finding recorded
	 * again after the reset is logged again. */
	esa_call_counter_store_reset();
	esa_store_reset(&ESA_G(store));
	ESA_G(dropped_logged) = 0;
}

ZEND_FUNCTION(extsockets_audit_stats)
{
	const esa_store *store = &ESA_G(store);
	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 4);
	add_assoc_long(return_value, "findings", (zend_long) store->count);
	add_assoc_long(return_value, "max_findings", (zend_long) store->limit);
	add_assoc_long(return_value, "dropped", (zend_long) store->dropped);
	add_assoc_long(return_value, "memory", (zend_long) esa_store_memory(store));
}

ZEND_FUNCTION(extsockets_audit_scan_file)
{
	zend_string *path;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(path)
	ZEND_PARSE_PARAMETERS_END();
	esa_scan_file(path, return_value);
}

ZEND_FUNCTION(extsockets_audit_scan_string)
{
	zend_string *code;
	zend_string *name = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	if (name) {
		zend_string_addref(name);
	} else {
		name = zend_string_init("string", sizeof("string") - 1, 0);
	}
	esa_scan_string(code, name, return_value);
	zend_string_release(name);
}

static PHP_GINIT_FUNCTION(extsockets_audit)
{
#if defined(COMPILE_DL_EXTSOCKETS_AUDIT) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(extsockets_audit_globals, 0, sizeof(*extsockets_audit_globals));
	esa_store_init(&extsockets_audit_globals->store);
	/* The first interval of call counts starts now. */
	extsockets_audit_globals->calls.logged_ns = esa_log_monotonic_ns();
	extsockets_audit_globals->store.on_added = esa_log_findings_added;
	extsockets_audit_globals->store.on_full = esa_store_full;
	esa_log_sink_init(&extsockets_audit_globals->log_sink);
}

static PHP_GSHUTDOWN_FUNCTION(extsockets_audit)
{
	esa_log_sink_destroy(&extsockets_audit_globals->log_sink);
	esa_call_state_free_unlogged(&extsockets_audit_globals->calls);
	esa_store_destroy(&extsockets_audit_globals->store);
	esa_list_free(&extsockets_audit_globals->compile.pending);
}

static PHP_MINIT_FUNCTION(extsockets_audit)
{
	REGISTER_INI_ENTRIES();
	/* Installed here, before opcache's post-startup hook wraps ours: we see
	 * each cache miss (and preloading) before any optimisation. */
	esa_compile_hooks_install();
	esa_log_startup();
	esa_prefilter_startup();
	esa_engine_extension_register();
	(void) type;
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(extsockets_audit)
{
	/* The counts not logged yet (an interval under way): the process ends.
	 * Under ZTS only the main thread gets here; another thread's unlogged
	 * counts end with it (GSHUTDOWN cannot build records). */
	esa_log_call_counts(true);
	esa_log_flush();
	esa_call_counter_shutdown();
	esa_compile_hooks_uninstall();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(extsockets_audit)
{
	(void) type;
	(void) module_number;
#if defined(COMPILE_DL_EXTSOCKETS_AUDIT) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	ESA_G(phase) = ESA_PHASE_REQUEST;
	/* Auditing switched off after startup (an FPM pool's php_admin_value, applied
	 * in the worker): the process keeps nothing, not even what it inherited
	 * from the master (the findings of preloaded files). */
	if (UNEXPECTED(!ESA_G(enabled)) && UNEXPECTED(ESA_G(store).count)) {
		esa_call_counter_store_reset();
		esa_store_reset(&ESA_G(store));
	}
	return SUCCESS;
}

/*
 * The end of the request is not our RSHUTDOWN: modules shut their request
 * down one after another, and user code still runs in some of them after ours
 * (ext/session's save handlers), and in zend_deactivate() after all of them
 * (user stream wrappers of resources left open). php_request_shutdown() calls
 * the post-deactivate functions after both, while request memory is still
 * there (the memory manager shuts down after them) and before the SAPI forgets
 * the request (its uri). From here on no user code can run.
 */
static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(extsockets_audit)
{
	ESA_G(phase) = ESA_PHASE_REQUEST_END;
	/* Each step asked inline first: most requests have nothing for any. */
	if (esa_call_state_has_unlogged_sites(&ESA_G(calls))) {
		esa_log_call_counts(false);
	}
	esa_log_dropped();
	if (esa_call_state_in_request(&ESA_G(calls))) {
		esa_call_counter_request_end();
	}
	/* Writes what was queued, and retries what a failing log held back. */
	if (esa_log_sink_has_backlog(&ESA_G(log_sink))) {
		esa_log_request_shutdown();
	}
	ESA_G(phase) = ESA_PHASE_IDLE;
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(extsockets_audit)
{
	char buf[32];
	php_info_print_table_start();
	php_info_print_table_row(2, "extsockets_audit support", "enabled");
	php_info_print_table_row(2, "Version", PHP_EXTSOCKETS_AUDIT_VERSION);
	php_info_print_table_row(2, "Auditing compiled code", ESA_G(enabled) ? "yes" : "no");
	php_info_print_table_row(2, "Counting calls of ext/sockets functions", esa_call_counter_active() ? "yes"
		: !esa_call_counter_installed() ? "no (ext/sockets is not loaded)" : "no (switched off)");
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_FUNCTION));
	php_info_print_table_row(2, "Symbol table: functions", buf);
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_CONSTANT));
	php_info_print_table_row(2, "Symbol table: constants", buf);
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_CLASS));
	php_info_print_table_row(2, "Symbol table: classes", buf);
	snprintf(buf, sizeof(buf), "%u", ESA_G(store).count);
	php_info_print_table_row(2, "Findings recorded", buf);
	snprintf(buf, sizeof(buf), "%" PRIu64, ESA_G(store).dropped);
	php_info_print_table_row(2, "Findings dropped at the limit", buf);
	snprintf(buf, sizeof(buf), "%zu bytes", esa_store_memory(&ESA_G(store)));
	php_info_print_table_row(2, "Findings memory", buf);
	snprintf(buf, sizeof(buf), "%u", ESA_G(compile).cache_restores);
	php_info_print_table_row(2, "Scripts restored from the code cache", buf);
	esa_log_info();
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

zend_module_entry extsockets_audit_module_entry = {
	STANDARD_MODULE_HEADER,
	"extsockets_audit",
	ext_functions,
	PHP_MINIT(extsockets_audit),
	PHP_MSHUTDOWN(extsockets_audit),
	PHP_RINIT(extsockets_audit),
	NULL, /* no RSHUTDOWN: see the post-deactivate function */
	PHP_MINFO(extsockets_audit),
	PHP_EXTSOCKETS_AUDIT_VERSION,
	PHP_MODULE_GLOBALS(extsockets_audit),
	PHP_GINIT(extsockets_audit),
	PHP_GSHUTDOWN(extsockets_audit),
	ZEND_MODULE_POST_ZEND_DEACTIVATE_N(extsockets_audit),
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_EXTSOCKETS_AUDIT
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(extsockets_audit)
#endif
