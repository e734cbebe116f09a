/*
 * The zend_extension half of the module. A plain module cannot see op_arrays
 * being built, destroyed or stored by opcache, nor run after opcache has
 * installed its compile hook; a zend_extension registered from MINIT can:
 *  - op_array_ctor: the scan functions track what a bailed-out compile built;
 *  - op_array_dtor / persist_calc / persist: findings travel with cached scripts;
 *  - startup: its post-startup callback runs after opcache's has wrapped our
 *    compile hook, the one moment a hook can be put around the cache, and
 *    after every module has registered its functions (call counting);
 *  - a reserved resource slot, in op_arrays and internal functions alike.
 */
#include "php.h"
#include "zend_extensions.h"

#include "php_extsockets_audit.h"
#include "engine_extension.h"
#include "call_counter.h"
#include "compile_hooks.h"
#include "scan.h"
#include "script_findings.h"

/* Process-wide, written at startup only. */
static zend_result (*esa_prev_post_startup)(void);
static int esa_resource_slot = -1;

static zend_result esa_post_startup(void)
{
	esa_compile_hooks_before_cache_startup();
	if (esa_prev_post_startup) {
		zend_result (*prev)(void) = esa_prev_post_startup;
		esa_prev_post_startup = NULL;
		if (prev() != SUCCESS) {
			return FAILURE;
		}
	}
	esa_compile_hooks_post_startup(esa_resource_slot);
	esa_call_counter_startup(esa_resource_slot, ESA_G(enabled) && ESA_G(count_calls));
	return SUCCESS;
}

static int esa_engine_startup(zend_extension *extension)
{
	(void) extension;
	esa_prev_post_startup = zend_post_startup_cb;
	zend_post_startup_cb = esa_post_startup;
	return SUCCESS;
}

static void esa_op_array_ctor(zend_op_array *op_array)
{
	esa_scan_track_op_array(op_array);
}

static zend_extension esa_zend_extension = {
	"extsockets_audit",
	PHP_EXTSOCKETS_AUDIT_VERSION,
	"the extsockets_audit contributors",
	NULL, /* URL */
	"Copyright (c) the extsockets_audit contributors", /* `php -v` prints it, as for every zend_extension with a startup */
	esa_engine_startup,
	NULL, /* shutdown */
	NULL, /* activate */
	NULL, /* deactivate */
	NULL, /* message_handler */
	NULL, /* op_array_handler */
	NULL, /* statement_handler */
	NULL, /* fcall_begin_handler */
	NULL, /* fcall_end_handler */
	esa_op_array_ctor,
	esa_script_findings_dtor,
	NULL, /* api_no_check */
	NULL, /* build_id_check */
	esa_script_findings_persist_calc,
	esa_script_findings_persist,
	NULL, NULL, NULL, NULL, /* reserved5..8 */
	NULL, /* handle */
	-1    /* resource_number */
};

void esa_engine_extension_register(void)
{
	esa_resource_slot = zend_get_resource_handle("extsockets_audit");
	esa_script_findings_startup(esa_resource_slot);
	zend_register_extension(&esa_zend_extension, NULL);
}
