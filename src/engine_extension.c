/*
 * The zend_extension half of the module. A plain module cannot see op_arrays
 * being built, destroyed or stored by opcache, nor run after opcache has
 * installed its compile hook; a zend_extension registered from MINIT can:
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
#include "runtime/call_counter.h"
#include "pipeline/compile_hooks.h"
#include "opcache/findings_blob.h"

/* Process-wide, written at startup only. */
static zend_result (*esa_prev_post_startup)(void);
static int esa_resource_slot = -1;
/* Our entry in the engine's list of zend_extensions (a copy of esa_zend_extension). */
static zend_extension *esa_registered;
/* Who needs the op_array destructor: findings travelling with cached scripts,
 * call counting (site maps end with their op_array). */
static bool esa_dtor_findings;
static bool esa_dtor_calls;

/*
 * The engine calls op_array callbacks through one flag per kind of callback
 * (zend_extension_flags): once any zend_extension has one, init_op_array() or
 * destroy_op_array() walks the whole list of zend_extensions for every
 * op_array of every compile, about 13 instructions each, whoever needs them.
 * We need them only at some moments, so the flags say so only then:
 *  - the persist callbacks, only when findings travel with cached scripts,
 *    known after opcache's startup (esa_post_startup());
 *  - the destructor, only then or when calls are counted.
 * A flag that another zend_extension needs for itself is never cleared.
 */
static bool esa_has_callback(const zend_extension *ext, uint32_t flag)
{
	switch (flag) {
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_CTOR: return ext->op_array_ctor != NULL;
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_DTOR: return ext->op_array_dtor != NULL;
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST_CALC: return ext->op_array_persist_calc != NULL;
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST: return ext->op_array_persist != NULL;
	}
	return true;
}

static bool esa_others_have(uint32_t flag)
{
	zend_llist_position pos;
	for (zend_extension *ext = zend_llist_get_first_ex(&zend_extensions, &pos); ext;
			ext = zend_llist_get_next_ex(&zend_extensions, &pos)) {
		if (ext != esa_registered && esa_has_callback(ext, flag)) {
			return true;
		}
	}
	return false;
}

/* Startup only: our callback of that kind is never called again. */
static void esa_drop_callback(uint32_t flag)
{
	switch (flag) {
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_DTOR: esa_registered->op_array_dtor = NULL; break;
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST_CALC: esa_registered->op_array_persist_calc = NULL; break;
		case ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST: esa_registered->op_array_persist = NULL; break;
	}
	if (!esa_others_have(flag)) {
		zend_extension_flags &= ~flag;
	}
}

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
	esa_dtor_findings = esa_compile_hooks_post_startup(esa_resource_slot);
	esa_call_counter_startup(esa_resource_slot);
	esa_dtor_calls = esa_call_counter_installed();
	if (!esa_dtor_findings && esa_registered) {
		/* No code cache stores our findings: nothing is ever attached to an op_array. */
		esa_drop_callback(ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST_CALC);
		esa_drop_callback(ZEND_EXTENSIONS_HAVE_OP_ARRAY_PERSIST);
		if (!esa_dtor_calls) {
			esa_drop_callback(ZEND_EXTENSIONS_HAVE_OP_ARRAY_DTOR);
		}
	}
	return SUCCESS;
}

static int esa_engine_startup(zend_extension *extension)
{
	esa_registered = extension;
	esa_prev_post_startup = zend_post_startup_cb;
	zend_post_startup_cb = esa_post_startup;
	return SUCCESS;
}

static void esa_op_array_dtor(zend_op_array *op_array)
{
	if (esa_dtor_findings) {
		esa_script_findings_dtor(op_array);
	}
	if (esa_dtor_calls) {
		esa_call_counter_op_array_dtor(op_array);
	}
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
	NULL, /* op_array_ctor */
	esa_op_array_dtor,
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
#if PHP_VERSION_ID >= 80100
	esa_resource_slot = zend_get_resource_handle("extsockets_audit");
#else
	esa_resource_slot = zend_get_resource_handle(&esa_zend_extension);
#endif
	esa_script_findings_startup(esa_resource_slot);
	zend_register_extension(&esa_zend_extension, NULL);
}
