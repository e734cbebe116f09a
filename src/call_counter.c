#include "php.h"
#include "zend_smart_str.h"

#include "php_extsockets_audit.h"
#include "call_counter.h"
#include "symbols.h"

/* Process-wide, written at startup and shutdown only. */
static int esa_slot = -1;
static bool esa_counting;
static zend_module_entry *esa_sockets_module;

typedef struct {
	const zend_op *opcodes;      /* of the calling op_array: shared by every copy of a closure */
	const zend_function *callee;
	const zend_string *file;     /* tells apart an op_array freed and another made at its address */
	uint32_t line;
} esa_site_key;

typedef struct _esa_request_site {
	uint32_t index;              /* into ESA_G(store).items */
	uint64_t calls;              /* in this request */
} esa_request_site;

/* The scope as the walker names it: `{main}`, `{closure}`, `Ns\f`, `Ns\C::m`, `class@anonymous::m`. */
static zend_string *esa_frame_scope(const zend_op_array *op)
{
	if (!op->function_name) {
		return zend_string_init("{main}", sizeof("{main}") - 1, 0);
	}
	if (op->fn_flags & ZEND_ACC_CLOSURE) {
		return zend_string_init("{closure}", sizeof("{closure}") - 1, 0);
	}
	if (!op->scope) {
		return zend_string_copy(op->function_name);
	}
	if (op->scope->ce_flags & ZEND_ACC_ANON_CLASS) {
		return zend_string_concat2("class@anonymous::", sizeof("class@anonymous::") - 1,
			ZSTR_VAL(op->function_name), ZSTR_LEN(op->function_name));
	}
	return zend_string_concat3(ZSTR_VAL(op->scope->name), ZSTR_LEN(op->scope->name), "::", 2,
		ZSTR_VAL(op->function_name), ZSTR_LEN(op->function_name));
}

/* First call of a site in this request: the finding it runs through, made a
 * `dynamic` one when the compiler saw none there. */
static int64_t esa_resolve_site(const zend_execute_data *caller, const zend_function *callee, uint32_t line)
{
	const zend_op_array *op = &caller->func->op_array;
	const esa_symbol *symbol = esa_symbol_function(ZSTR_VAL(callee->common.function_name), ZSTR_LEN(callee->common.function_name));
	esa_store *store = &ESA_G(store);
	int64_t index;

	if (!symbol || !op->filename) {
		return -1;
	}
	index = esa_store_find_call_site(store, op->filename, line, symbol);
	if (index < 0) {
		esa_finding_list *pending = &ESA_G(pending);
		uint32_t mark = pending->count, before = store->count;
		esa_finding f;
		f.file = zend_string_copy(op->filename);
		f.scope = esa_frame_scope(op);
		f.symbol = symbol;
		f.line = line;
		f.order = 0;
		f.kind = ESA_KIND_FUNCTION;
		f.form = ESA_FORM_DYNAMIC;
		esa_list_push(pending, &f);
		esa_store_commit(store, pending, mark);
		esa_list_truncate(pending, mark);
		index = store->count > before ? (int64_t) before : esa_store_find_call_site(store, op->filename, line, symbol);
	}
	return index;
}

static void esa_request_site_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static void esa_count_call(const zend_execute_data *call)
{
	const zend_execute_data *caller = call->prev_execute_data;
	esa_site_key key;
	esa_request_site *site;
	esa_call_site_cache_entry *cached;
	HashTable *sites;

	/* array_map('socket_close', ...) runs it from an internal frame: the site is the user code that called that. */
	while (caller && (!caller->func || !ZEND_USER_CODE(caller->func->type))) {
		caller = caller->prev_execute_data;
	}
	if (!caller) {
		return; /* no user code on the stack: a shutdown function or a destructor run by PHP itself */
	}
	/* A loop calls from the same opline again and again: a small direct-mapped
	 * cache answers before the hash is computed. */
	cached = &ESA_G(call_site_cache)[((uintptr_t) caller->opline >> 5) % ESA_CALL_SITE_CACHE_SIZE];
	if (cached->opline == caller->opline && cached->callee == call->func && cached->file == caller->func->op_array.filename
			&& cached->site) {
		cached->site->calls++;
		esa_store_add_calls(&ESA_G(store), cached->site->index, 1);
		return;
	}
	memset(&key, 0, sizeof(key));
	key.opcodes = caller->func->op_array.opcodes;
	key.callee = call->func;
	key.file = caller->func->op_array.filename;
	key.line = caller->opline ? caller->opline->lineno : caller->func->op_array.line_start;

	sites = ESA_G(call_sites);
	if (!sites) {
		ALLOC_HASHTABLE(sites);
		zend_hash_init(sites, 8, NULL, esa_request_site_dtor, 0);
		ESA_G(call_sites) = sites;
	}
	site = zend_hash_str_find_ptr(sites, (const char *) &key, sizeof(key));
	if (!site) {
		int64_t index = esa_resolve_site(caller, call->func, key.line);
		if (index < 0) {
			return;
		}
		site = zend_hash_str_add_mem(sites, (const char *) &key, sizeof(key), &(esa_request_site) {(uint32_t) index, 0}, sizeof(esa_request_site));
	}
	cached->opline = caller->opline;
	cached->callee = call->func;
	cached->file = key.file;
	cached->site = site;
	site->calls++;
	esa_store_add_calls(&ESA_G(store), site->index, 1);
}

static ZEND_NAMED_FUNCTION(esa_counted_handler)
{
	zif_handler original = (zif_handler) execute_data->func->internal_function.reserved[esa_slot];
	esa_count_call(execute_data);
	original(execute_data, return_value);
}

void esa_call_counter_startup(int slot, bool enabled)
{
	zend_function *fn;
	if (!enabled || slot < 0
			|| !(esa_sockets_module = zend_hash_str_find_ptr(&module_registry, "sockets", sizeof("sockets") - 1))) {
		return;
	}
	esa_slot = slot;
	ZEND_HASH_FOREACH_PTR(CG(function_table), fn) {
		if (fn->type == ZEND_INTERNAL_FUNCTION && fn->internal_function.module == esa_sockets_module
				&& fn->internal_function.handler != esa_counted_handler) {
			fn->internal_function.reserved[esa_slot] = (void *) fn->internal_function.handler;
			fn->internal_function.handler = esa_counted_handler;
		}
	} ZEND_HASH_FOREACH_END();
	esa_counting = true;
}

void esa_call_counter_shutdown(void)
{
	zend_function *fn;
	if (!esa_counting) {
		return;
	}
	ZEND_HASH_FOREACH_PTR(CG(function_table), fn) {
		if (fn->type == ZEND_INTERNAL_FUNCTION && fn->internal_function.handler == esa_counted_handler) {
			fn->internal_function.handler = (zif_handler) fn->internal_function.reserved[esa_slot];
			fn->internal_function.reserved[esa_slot] = NULL;
		}
	} ZEND_HASH_FOREACH_END();
	esa_counting = false;
}

bool esa_call_counter_active(void)
{
	return esa_counting;
}

void esa_call_counter_each_request_site(esa_call_site_visitor visit, void *ctx)
{
	esa_request_site *site;
	if (!ESA_G(call_sites)) {
		return;
	}
	ZEND_HASH_FOREACH_PTR(ESA_G(call_sites), site) {
		if (site->index < ESA_G(store).count) {
			visit(&ESA_G(store).items[site->index], site->calls, ctx);
		}
	} ZEND_HASH_FOREACH_END();
}

void esa_call_counter_request_reset(void)
{
	/* The cache only ever points into call_sites: without one it is still clear. */
	if (ESA_G(call_sites)) {
		memset(ESA_G(call_site_cache), 0, sizeof(ESA_G(call_site_cache)));
		zend_hash_destroy(ESA_G(call_sites));
		FREE_HASHTABLE(ESA_G(call_sites));
		ESA_G(call_sites) = NULL;
	}
}
