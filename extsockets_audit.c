/* Module glue: ini, globals, startup/shutdown, phpinfo and the userland functions. */

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"

#include "php_extsockets_audit.h"
#include "extsockets_audit_arginfo.h"
#include "src/call_counter.h"
#include "src/compile_hooks.h"
#include "src/engine_extension.h"
#include "src/log_sink.h"
#include "src/scan.h"
#include "src/symbols.h"

ZEND_DECLARE_MODULE_GLOBALS(extsockets_audit)

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
PHP_INI_END()

static void esa_log_call_site(const esa_finding *finding, uint64_t calls, void *ctx)
{
	zval record;
	(void) ctx;
	esa_log_record_init(&record, finding);
	add_assoc_long(&record, "calls", (zend_long) calls);
	esa_log_queue(&record);
	zval_ptr_dtor(&record);
}

/* One record per call site that ran in this request, with its count: queued
 * at request end (or before a reset forgets the sites), not per call. */
static void esa_log_call_counts(void)
{
	if (esa_call_counter_request_has_sites() && esa_log_enabled()) {
		esa_call_counter_each_request_site(esa_log_call_site, NULL);
	}
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
	esa_log_call_counts();
	/* The log keeps what it has written: a finding recorded again after the
	 * reset is not logged again by this process. */
	esa_log_store_reset(&ESA_G(store));
	esa_call_counter_store_reset();
	esa_store_reset(&ESA_G(store));
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
	extsockets_audit_globals->store.on_added = esa_log_findings_added;
	esa_log_sink_init(&extsockets_audit_globals->log_sink);
}

static PHP_GSHUTDOWN_FUNCTION(extsockets_audit)
{
	esa_log_sink_destroy(&extsockets_audit_globals->log_sink);
	esa_store_destroy(&extsockets_audit_globals->store);
	esa_list_free(&extsockets_audit_globals->pending);
}

static PHP_MINIT_FUNCTION(extsockets_audit)
{
	REGISTER_INI_ENTRIES();
	/* Installed here, before opcache's post-startup hook wraps ours: we see
	 * each cache miss (and preloading) before any optimisation. */
	esa_compile_hooks_install(ESA_G(enabled));
	esa_scan_startup();
	esa_prefilter_startup();
	esa_engine_extension_register();
	esa_call_counter_minit(type, ESA_G(enabled) && ESA_G(count_calls));
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(extsockets_audit)
{
	esa_call_counter_shutdown();
	esa_scan_shutdown();
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
	esa_log_call_counts();
	esa_call_counter_request_end();
	/* Writes what was queued, and retries what a failing log held back. */
	esa_log_request_shutdown();
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
		: !ESA_G(enabled) || !ESA_G(count_calls) ? "no (switched off)" : "no (ext/sockets is not loaded)");
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_FUNCTION));
	php_info_print_table_row(2, "Symbol table: functions", buf);
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_CONSTANT));
	php_info_print_table_row(2, "Symbol table: constants", buf);
	snprintf(buf, sizeof(buf), "%u", esa_symbol_count(ESA_KIND_CLASS));
	php_info_print_table_row(2, "Symbol table: classes", buf);
	snprintf(buf, sizeof(buf), "%u", ESA_G(store).count);
	php_info_print_table_row(2, "Findings recorded", buf);
	snprintf(buf, sizeof(buf), "%u", ESA_G(cache_restores));
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
