#include "php.h"
#include "zend_extensions.h"

#include "php_extsockets_audit.h"
#include "runtime/call_counter.h"
#include "symbols/symbols.h"

/* Process-wide, written at startup and shutdown only. */
static int esa_slot = -1;
static bool esa_counting;
static zend_module_entry *esa_sockets_module;

/* Oplines per chunk of a site map: a map holds a pointer per chunk, and only
 * chunks with a calling opline are allocated. */
#define ESA_SITE_CHUNK 32
/* A slot whose calls match no finding (and so are not counted). */
#define ESA_NO_SITE UINT32_MAX

typedef struct {
	const zend_function *callee;  /* NULL: no call seen from this opline yet */
	uint32_t index;               /* into ESA_G(store).items, or ESA_NO_SITE */
} esa_site_slot;

/* The sites of one op_array (of all copies sharing its opcodes: closures). */
typedef struct {
	uint32_t last;                /* the op_array's opline count */
	esa_site_slot *chunks[1];     /* (last + ESA_SITE_CHUNK - 1) / ESA_SITE_CHUNK of them */
} esa_site_map;

/* The scope as the walker names it (esa_scope_name()): an op_array's names are
 * already qualified; an anonymous class is class@anonymous. */
static zend_string *esa_frame_scope(const zend_op_array *op)
{
	zend_string *anonymous = NULL, *scope;
	const zend_string *class_name = NULL;
	if (op->function_name && op->scope) {
		class_name = op->scope->name;
		if (op->scope->ce_flags & ZEND_ACC_ANON_CLASS) {
			class_name = anonymous = zend_string_init("class@anonymous", sizeof("class@anonymous") - 1, 0);
		}
	}
	scope = esa_scope_name((op->fn_flags & ZEND_ACC_CLOSURE) != 0, NULL, class_name, NULL, op->function_name);
	if (anonymous) {
		zend_string_release(anonymous);
	}
	return scope;
}

/* The finding a call at this line runs through, made a `dynamic` one when the
 * compiler saw none there; -1 when there is none to count against. */
static int64_t esa_resolve_site(const zend_op_array *op, const zend_function *callee, uint32_t line)
{
	const esa_symbol *symbol = esa_symbol_function(ZSTR_VAL(callee->common.function_name), ZSTR_LEN(callee->common.function_name));
	esa_store *store = &ESA_G(store);
	int64_t index;

	if (!symbol || !op->filename) {
		return -1;
	}
	index = esa_store_find_call_site(store, op->filename, line, symbol);
	if (index < 0) {
		esa_finding_list *pending = &ESA_G(compile).pending;
		uint32_t mark = pending->count, before = store->count;
		esa_finding f;
		f.file = zend_string_copy(op->filename);
		f.scope = esa_frame_scope(op);
		f.symbol = symbol;
		f.line = line;
		f.order = 0;
		f.kind = ESA_KIND_FUNCTION;
		f.form = ESA_FORM_DYNAMIC;
		f.impact = ESA_IMPACT_BREAKS; /* no guard is seen at run time */
		esa_list_push(pending, &f);
		esa_store_commit(store, pending, mark);
		esa_list_truncate(pending, mark);
		index = store->count > before ? (int64_t) before : esa_store_find_call_site(store, op->filename, line, symbol);
	}
	return index;
}

static void esa_site_map_dtor(zval *zv)
{
	esa_site_map *map = Z_PTR_P(zv);
	for (uint32_t i = 0; i < (map->last + ESA_SITE_CHUNK - 1) / ESA_SITE_CHUNK; i++) {
		if (map->chunks[i]) {
			efree(map->chunks[i]);
		}
	}
	efree(map);
}

/* The map of the op_array's sites in this request, made on its first call. */
static esa_site_map *esa_site_map_of(const zend_op_array *op)
{
	HashTable *maps = ESA_G(calls).site_maps;
	esa_site_map *map;
	uint32_t chunks;

	if (!maps) {
		ALLOC_HASHTABLE(maps);
		zend_hash_init(maps, 8, NULL, esa_site_map_dtor, 0);
		ESA_G(calls).site_maps = maps;
	}
	/* Copies of one op_array (closures bound to another scope have run-time
	 * caches of their own) share its opcodes, and so one map. */
	map = zend_hash_index_find_ptr(maps, (zend_ulong) (uintptr_t) op->opcodes);
	if (!map) {
		chunks = (op->last + ESA_SITE_CHUNK - 1) / ESA_SITE_CHUNK;
		map = ecalloc(1, sizeof(esa_site_map) + sizeof(esa_site_slot *) * (chunks ? chunks - 1 : 0));
		map->last = op->last;
		zend_hash_index_add_new_ptr(maps, (zend_ulong) (uintptr_t) op->opcodes, map);
	}
	ESA_G(calls).last_site_opcodes = op->opcodes;
	ESA_G(calls).last_site_map = map;
	return map;
}

/* The map of the op_array's sites, if it has one: the last one found, or a
 * lookup by the address of its opcodes (constant time, whatever the number of maps). */
static zend_always_inline const esa_site_map *esa_site_map_find(const zend_op_array *op)
{
	esa_site_map *map;
	if (EXPECTED(ESA_G(calls).last_site_opcodes == op->opcodes)) {
		return ESA_G(calls).last_site_map;
	}
	if (!ESA_G(calls).site_maps || !(map = zend_hash_index_find_ptr(ESA_G(calls).site_maps, (zend_ulong) (uintptr_t) op->opcodes))) {
		return NULL;
	}
	ESA_G(calls).last_site_opcodes = op->opcodes;
	ESA_G(calls).last_site_map = map;
	return map;
}

/* The first call of a site since its count was last logged: its count so far
 * is where the next record's count starts from. Persistent memory: counts are
 * logged over an interval that spans requests. */
static void esa_unlogged_site_add(uint32_t index)
{
	HashTable *sites = ESA_G(calls).unlogged_sites;
	zval start;
	if (!sites) {
		sites = pemalloc(sizeof(HashTable), 1);
		zend_hash_init(sites, 8, NULL, NULL, 1);
		ESA_G(calls).unlogged_sites = sites;
		clock_gettime(CLOCK_REALTIME, &ESA_G(calls).unlogged_since);
	}
	ZVAL_LONG(&start, (zend_long) ESA_G(store).calls[index]);
	zend_hash_index_add(sites, index, &start);
}

/* A call whose site is not in its slot yet (a first call, another callee from
 * the same opline), or from an op_array without a map yet. */
static zend_never_inline void esa_count_call_slow(const zend_execute_data *caller, const zend_function *callee)
{
	const zend_op_array *op = &caller->func->op_array;
	esa_site_slot *slot = NULL;
	uint32_t line = op->line_start;
	int64_t index;

	if (caller->opline && caller->opline >= op->opcodes && caller->opline < op->opcodes + op->last) {
		esa_site_map *map = esa_site_map_of(op);
		uint32_t at = (uint32_t) (caller->opline - op->opcodes);
		esa_site_slot **chunk = &map->chunks[at / ESA_SITE_CHUNK];
		if (!*chunk) {
			*chunk = ecalloc(ESA_SITE_CHUNK, sizeof(esa_site_slot));
		}
		slot = &(*chunk)[at % ESA_SITE_CHUNK];
		line = caller->opline->lineno;
	}
	if (slot && slot->callee == callee) {
		index = slot->index != ESA_NO_SITE ? (int64_t) slot->index : -1;
	} else {
		index = esa_resolve_site(op, callee, line);
		if (slot) {
			slot->callee = callee;
			slot->index = index >= 0 ? (uint32_t) index : ESA_NO_SITE;
		}
	}
	if (index < 0 || (uint32_t) index >= ESA_G(store).count) {
		return;
	}
	esa_store_add_calls(&ESA_G(store), (uint32_t) index, 0); /* makes the counters */
	if (!ESA_G(calls).unlogged_sites || !zend_hash_index_exists(ESA_G(calls).unlogged_sites, (zend_ulong) index)) {
		esa_unlogged_site_add((uint32_t) index);
	}
	ESA_G(store).calls[index]++;
}

static void esa_count_call(const zend_execute_data *call)
{
	const zend_execute_data *caller = call->prev_execute_data;
	const zend_op_array *op;

	/* array_map('socket_close', ...) runs it from an internal frame: the site is
	 * the user code that called that. (A trampoline, the stand-in for __call(),
	 * is user code by type, but has no run-time cache of its own.) */
	while (caller && (!caller->func || !ZEND_USER_CODE(caller->func->type)
			|| (caller->func->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE))) {
		caller = caller->prev_execute_data;
	}
	if (!caller) {
		return; /* no user code on the stack: a shutdown function or a destructor run by PHP itself */
	}
	/* Read at each call: an FPM pool may switch either off (or on) in its workers. */
	if (UNEXPECTED(!ESA_G(enabled)) || UNEXPECTED(!ESA_G(count_calls))) {
		return;
	}
	/* Outside a request nothing may be kept in request memory; no user code
	 * runs there, so this is a guard, not a case. */
	if (UNEXPECTED(ESA_G(phase) != ESA_PHASE_REQUEST)) {
		return;
	}
	op = &caller->func->op_array;
	{
		const esa_site_map *map = esa_site_map_find(op);
		/* Unsigned: an opline before the opcodes is as far out as one after. */
		uintptr_t at = (uintptr_t) (caller->opline - op->opcodes);
		if (EXPECTED(map != NULL) && EXPECTED(at < map->last) && EXPECTED(map->chunks[at / ESA_SITE_CHUNK] != NULL)) {
			const esa_site_slot *slot = &map->chunks[at / ESA_SITE_CHUNK][at % ESA_SITE_CHUNK];
			if (EXPECTED(slot->callee == call->func)) {
				uint64_t *calls = ESA_G(store).calls;
				if (EXPECTED(slot->index < ESA_G(store).count) && EXPECTED(calls != NULL)) {
					calls[slot->index]++;
				}
				return;
			}
		}
	}
	esa_count_call_slow(caller, call->func);
}

static ZEND_NAMED_FUNCTION(esa_counted_handler)
{
	zif_handler original = (zif_handler) execute_data->func->internal_function.reserved[esa_slot];
	esa_count_call(execute_data);
	original(execute_data, return_value);
}

/* A process forked by PHP code (pcntl_fork() and its kin): the child goes on
 * with the request, but its counts are its own. It keeps the findings (they
 * were logged by the parent) and the sites (their op_arrays are the same). */
static void esa_call_counter_forked(void)
{
	esa_store *store = &ESA_G(store);
	zval *start;
	if (store->calls) {
		memset(store->calls, 0, sizeof(uint64_t) * store->count);
	}
	if (ESA_G(calls).unlogged_sites) {
		ZEND_HASH_FOREACH_VAL(ESA_G(calls).unlogged_sites, start) {
			ZVAL_LONG(start, 0);
		} ZEND_HASH_FOREACH_END();
		clock_gettime(CLOCK_REALTIME, &ESA_G(calls).unlogged_since);
	}
}

static ZEND_NAMED_FUNCTION(esa_fork_handler)
{
	zif_handler original = (zif_handler) execute_data->func->internal_function.reserved[esa_slot];
	original(execute_data, return_value);
	if (Z_TYPE_P(return_value) == IS_LONG && Z_LVAL_P(return_value) == 0) {
		esa_call_counter_forked();
	}
}

/* The functions that fork the process and return in the child with 0. */
static const char *const esa_fork_functions[] = {"pcntl_fork", "pcntl_rfork", "pcntl_forkx"};

static void esa_wrap(zend_function *fn, zif_handler wrapper)
{
	if (fn->type == ZEND_INTERNAL_FUNCTION && fn->internal_function.handler != wrapper) {
		fn->internal_function.reserved[esa_slot] = (void *) fn->internal_function.handler;
		fn->internal_function.handler = wrapper;
	}
}

void esa_call_counter_startup(int slot)
{
	zend_function *fn;
	if (slot < 0
			|| !(esa_sockets_module = zend_hash_str_find_ptr(&module_registry, "sockets", sizeof("sockets") - 1))) {
		return;
	}
	esa_slot = slot;
	ZEND_HASH_FOREACH_PTR(CG(function_table), fn) {
		if (fn->type == ZEND_INTERNAL_FUNCTION && fn->internal_function.module == esa_sockets_module) {
			esa_wrap(fn, esa_counted_handler);
		}
	} ZEND_HASH_FOREACH_END();
	for (size_t i = 0; i < sizeof(esa_fork_functions) / sizeof(esa_fork_functions[0]); i++) {
		fn = zend_hash_str_find_ptr(CG(function_table), esa_fork_functions[i], strlen(esa_fork_functions[i]));
		if (fn) {
			esa_wrap(fn, esa_fork_handler);
		}
	}
	esa_counting = true;
}

void esa_call_counter_shutdown(void)
{
	zend_function *fn;
	if (!esa_counting) {
		return;
	}
	ZEND_HASH_FOREACH_PTR(CG(function_table), fn) {
		if (fn->type == ZEND_INTERNAL_FUNCTION
				&& (fn->internal_function.handler == esa_counted_handler || fn->internal_function.handler == esa_fork_handler)) {
			fn->internal_function.handler = (zif_handler) fn->internal_function.reserved[esa_slot];
			fn->internal_function.reserved[esa_slot] = NULL;
		}
	} ZEND_HASH_FOREACH_END();
	esa_counting = false;
}

bool esa_call_counter_installed(void)
{
	return esa_counting;
}

bool esa_call_counter_active(void)
{
	return esa_counting && ESA_G(enabled) && ESA_G(count_calls);
}

void esa_call_counter_each_unlogged_site(esa_call_site_visitor visit, void *ctx)
{
	const esa_store *store = &ESA_G(store);
	zend_ulong index;
	zval *start;
	if (!ESA_G(calls).unlogged_sites || !store->calls) {
		return;
	}
	ZEND_HASH_FOREACH_NUM_KEY_VAL(ESA_G(calls).unlogged_sites, index, start) {
		if (index < store->count && store->calls[index] > (uint64_t) Z_LVAL_P(start)) {
			visit(&store->items[index], store->calls[index] - (uint64_t) Z_LVAL_P(start), ctx);
		}
	} ZEND_HASH_FOREACH_END();
}

const struct timespec *esa_call_counter_unlogged_since(void)
{
	return &ESA_G(calls).unlogged_since;
}

void esa_call_state_free_unlogged(esa_call_state *calls)
{
	if (calls->unlogged_sites) {
		zend_hash_destroy(calls->unlogged_sites);
		pefree(calls->unlogged_sites, 1);
		calls->unlogged_sites = NULL;
	}
}

void esa_call_counter_sites_logged(void)
{
	esa_call_state_free_unlogged(&ESA_G(calls));
}

void esa_call_counter_store_reset(void)
{
	esa_site_map *map;
	esa_call_counter_sites_logged();
	/* The maps stay (their op_arrays are alive); their slots name items
	 * of the store, which is emptied: every site is looked up again. */
	if (ESA_G(calls).site_maps) {
		ZEND_HASH_FOREACH_PTR(ESA_G(calls).site_maps, map) {
			for (uint32_t i = 0; i < (map->last + ESA_SITE_CHUNK - 1) / ESA_SITE_CHUNK; i++) {
				if (map->chunks[i]) {
					memset(map->chunks[i], 0, sizeof(esa_site_slot) * ESA_SITE_CHUNK);
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
}

void esa_call_counter_request_end(void)
{
	/* Maps are request memory: every op_array starts afresh in the next request. */
	if (ESA_G(calls).site_maps) {
		zend_hash_destroy(ESA_G(calls).site_maps);
		FREE_HASHTABLE(ESA_G(calls).site_maps);
		ESA_G(calls).site_maps = NULL;
	}
	ESA_G(calls).last_site_opcodes = NULL;
	ESA_G(calls).last_site_map = NULL;
}

void esa_call_counter_op_array_dtor(zend_op_array *op_array)
{
	/* Its opcodes are freed: whatever is built at their address next is
	 * another op_array, with sites of its own. */
	if (ESA_G(calls).site_maps) {
		zend_hash_index_del(ESA_G(calls).site_maps, (zend_ulong) (uintptr_t) op_array->opcodes);
	}
	if (ESA_G(calls).last_site_opcodes == op_array->opcodes) {
		ESA_G(calls).last_site_opcodes = NULL;
		ESA_G(calls).last_site_map = NULL;
	}
}
