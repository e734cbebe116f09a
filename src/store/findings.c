#include "php.h"
#include "zend_sort.h"
#include "zend_smart_str.h"

#include "store/findings.h"
#include "store/growable.h"

static const uint64_t esa_batch_set_empty_slot = 0;

static const char *const esa_form_names[ESA_FORM_COUNT] = {
	"call", "ns-fallback", "alias", "first-class-callable", "callable-string", "probe", "lookup",
	"import", "fetch", "const-expr", "type", "instanceof", "new", "catch", "class-name", "static",
	"extends", "implements", "attribute", "dynamic",
};

const char *esa_form_name(esa_form form)
{
	return form < ESA_FORM_COUNT ? esa_form_names[form] : "unknown";
}

static const char *const esa_impact_names[ESA_IMPACT_COUNT] = {"breaks", "guarded", "harmless"};

const char *esa_impact_name(esa_impact impact)
{
	return impact < ESA_IMPACT_COUNT ? esa_impact_names[impact] : "unknown";
}

static bool esa_finding_equal(const esa_finding *a, const esa_finding *b)
{
	return a->line == b->line && a->kind == b->kind && a->form == b->form && a->impact == b->impact && a->symbol == b->symbol
		&& zend_string_equals(a->scope, b->scope) && zend_string_equals(a->file, b->file);
}

static void esa_finding_release(esa_finding *f)
{
	zend_string_release(f->file);
	zend_string_release(f->scope);
}

/* ns\name, or name without a namespace. */
static void esa_scope_append(smart_str *s, const zend_string *ns, const zend_string *name)
{
	if (ns) {
		smart_str_append(s, ns);
		smart_str_appendc(s, '\\');
	}
	smart_str_append(s, name);
}

zend_string *esa_scope_name(bool closure, const zend_string *class_ns, const zend_string *class_name,
	const zend_string *func_ns, const zend_string *func_name)
{
	smart_str s = {0};
	if (closure) {
		return zend_string_init("{closure}", sizeof("{closure}") - 1, 0);
	}
	if (!func_name && !class_name) {
		return zend_string_init("{main}", sizeof("{main}") - 1, 0);
	}
	if (!class_name) {
		esa_scope_append(&s, func_ns, func_name);
	} else {
		esa_scope_append(&s, class_ns, class_name);
		if (func_name) {
			smart_str_appends(&s, "::");
			smart_str_append(&s, func_name);
		}
	}
	return smart_str_extract(&s);
}

void esa_list_push(esa_finding_list *list, const esa_finding *f)
{
	list->items = esa_grow(list->items, list->count, &list->capacity, sizeof(esa_finding), 16, true);
	list->items[list->count++] = *f;
}

/* A list emptied after a big compile gives its buffer back: the pending list
 * lives as long as the process, and one compile may leave it any size. */
#define ESA_LIST_KEEP 256

void esa_list_truncate(esa_finding_list *list, uint32_t mark)
{
	while (list->count > mark) {
		esa_finding_release(&list->items[--list->count]);
	}
	if (mark == 0 && list->capacity > ESA_LIST_KEEP) {
		pefree(list->items, 1);
		list->items = NULL;
		list->capacity = 0;
	}
}

void esa_list_free(esa_finding_list *list)
{
	esa_list_truncate(list, 0);
	if (list->items) {
		pefree(list->items, 1);
	}
	list->items = NULL;
	list->capacity = 0;
}

static int esa_finding_compare(const void *a, const void *b)
{
	const esa_finding *fa = a, *fb = b;
	if (fa->line != fb->line) {
		return fa->line < fb->line ? -1 : 1;
	}
	return fa->order < fb->order ? -1 : (fa->order > fb->order ? 1 : 0);
}

static void esa_finding_swap(void *a, void *b)
{
	esa_finding tmp = *(esa_finding *) a;
	*(esa_finding *) a = *(esa_finding *) b;
	*(esa_finding *) b = tmp;
}

void esa_list_sort_unique(esa_finding_list *list, uint32_t mark)
{
	uint32_t n = list->count - mark, kept = 0;
	esa_finding *items = list->items + mark;
	if (n < 2) {
		return;
	}
	zend_sort(items, n, sizeof(esa_finding), esa_finding_compare, esa_finding_swap);
	for (uint32_t i = 0; i < n; i++) {
		bool duplicate = false;
		/* Equal findings share a line, and the sort put each line's findings together. */
		for (uint32_t j = kept; j > 0 && items[j - 1].line == items[i].line; j--) {
			if (esa_finding_equal(&items[j - 1], &items[i])) {
				duplicate = true;
				break;
			}
		}
		if (duplicate) {
			esa_finding_release(&items[i]);
		} else {
			items[kept++] = items[i];
		}
	}
	list->count = mark + kept;
}

static void esa_finding_to_array(const esa_finding *f, zval *row)
{
	array_init_size(row, 7);
	add_assoc_str(row, "file", zend_string_copy(f->file));
	add_assoc_long(row, "line", (zend_long) f->line);
	add_assoc_str(row, "scope", zend_string_copy(f->scope));
	add_assoc_string(row, "kind", esa_kind_name((esa_kind) f->kind));
	add_assoc_stringl(row, "symbol", f->symbol->name, f->symbol->name_len);
	add_assoc_string(row, "form", esa_form_name((esa_form) f->form));
	add_assoc_string(row, "impact", esa_impact_name((esa_impact) f->impact));
}

/* Rows are built from request memory: persistent store strings are copied,
 * never handed to userland, so a reset cannot free a string a script still holds. */
static void esa_finding_to_request_array(const esa_finding *f, zval *row)
{
	esa_finding copy = *f;
	copy.file = zend_string_init(ZSTR_VAL(f->file), ZSTR_LEN(f->file), 0);
	copy.scope = zend_string_init(ZSTR_VAL(f->scope), ZSTR_LEN(f->scope), 0);
	esa_finding_to_array(&copy, row);
	zend_string_release(copy.file);
	zend_string_release(copy.scope);
}

void esa_list_to_array(const esa_finding_list *list, uint32_t mark, zval *array)
{
	for (uint32_t i = mark; i < list->count; i++) {
		zval row;
		esa_finding_to_array(&list->items[i], &row);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(array), &row);
	}
}

static void esa_persistent_string_dtor(zval *zv)
{
	zend_string_release((zend_string *) Z_PTR_P(zv));
}

/* What an empty set's slots point to: one empty slot, never written (the
 * first insert allocates), so that a lookup needs no test for "none yet". */
uint64_t *const esa_batch_set_none = (uint64_t *) &esa_batch_set_empty_slot;

static void esa_batch_set_init(esa_batch_set *set)
{
	set->slots = esa_batch_set_none;
	set->mask = 0;
	set->count = 0;
}

static void esa_batch_set_free(esa_batch_set *set)
{
	if (set->slots != esa_batch_set_none) {
		pefree(set->slots, 1);
	}
	esa_batch_set_init(set);
}

void esa_store_init(esa_store *store)
{
	store->items = NULL;
	store->count = store->capacity = 0;
	store->limit = ESA_MAX_FINDINGS_DEFAULT;
	store->dropped = 0;
	store->on_added = NULL;
	store->on_full = NULL;
	zend_hash_init(&store->strings, 64, NULL, esa_persistent_string_dtor, 1);
	zend_hash_init(&store->seen, 64, NULL, NULL, 1);
	store->calls = NULL;
	zend_hash_init(&store->sites, 0, NULL, NULL, 1);
	store->site_indexed = 0;
	esa_batch_set_init(&store->batches);
}

void esa_store_destroy(esa_store *store)
{
	if (store->items) {
		pefree(store->items, 1);
	}
	store->items = NULL;
	store->count = store->capacity = 0;
	if (store->calls) {
		pefree(store->calls, 1);
	}
	store->calls = NULL;
	zend_hash_destroy(&store->sites);
	esa_batch_set_free(&store->batches);
	/* The items only borrow their strings from this table. */
	zend_hash_destroy(&store->seen);
	zend_hash_destroy(&store->strings);
}

void esa_store_reset(esa_store *store)
{
	esa_store_listener listener = store->on_added;
	void (*on_full)(const esa_store *) = store->on_full;
	uint32_t limit = store->limit;
	esa_store_destroy(store);
	esa_store_init(store);
	store->on_added = listener;
	store->on_full = on_full;
	store->limit = limit;
}

static size_t esa_string_memory(const zend_string *s)
{
	return ZSTR_IS_INTERNED(s) ? 0 : _ZSTR_STRUCT_SIZE(ZSTR_LEN(s));
}

/* A table's buckets and hash, and its keys; with_strings: its values are zend_strings. */
static size_t esa_table_memory(const HashTable *table, bool with_strings)
{
	HashTable *ht = (HashTable *) table;
	zend_string *key;
	zval *value;
	size_t bytes;
	if (HT_FLAGS(ht) & HASH_FLAG_UNINITIALIZED) {
		return 0;
	}
	bytes = HT_SIZE(ht);
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, value) {
		if (key) {
			bytes += esa_string_memory(key);
		}
		if (with_strings) {
			bytes += esa_string_memory((const zend_string *) Z_PTR_P(value));
		}
	} ZEND_HASH_FOREACH_END();
	return bytes;
}

size_t esa_store_memory(const esa_store *store)
{
	size_t bytes = sizeof(esa_finding) * store->capacity;
	if (store->calls) {
		bytes += sizeof(uint64_t) * store->capacity;
	}
	return bytes + esa_table_memory(&store->strings, true) + esa_table_memory(&store->seen, false)
		+ esa_table_memory(&store->sites, false) + (store->batches.slots == esa_batch_set_none ? 0 : sizeof(uint64_t) * (store->batches.mask + 1));
}

static void esa_batch_set_insert(esa_batch_set *set, uint64_t hash)
{
	size_t i = (size_t) hash & set->mask;
	while (set->slots[i]) {
		if (set->slots[i] == hash) {
			return;
		}
		i = (i + 1) & set->mask;
	}
	set->slots[i] = hash;
	set->count++;
}

void esa_store_batch_committed(esa_store *store, uint64_t hash)
{
	esa_batch_set *set = &store->batches;
	if (!hash) {
		return;
	}
	/* Bounded like the findings: past the limit it starts over, and a batch
	 * seen again is merely unpacked again (its findings deduplicate). */
	if (set->count && set->count >= store->limit) {
		memset(set->slots, 0, sizeof(uint64_t) * (set->mask + 1));
		set->count = 0;
	}
	if ((size_t) (set->count + 1) * 4 > set->mask + 1) {
		esa_batch_set grown;
		size_t i;
		grown.mask = set->slots == esa_batch_set_none ? 255 : set->mask * 2 + 1;
		grown.slots = safe_pemalloc(grown.mask + 1, sizeof(uint64_t), 0, 1);
		memset(grown.slots, 0, sizeof(uint64_t) * (grown.mask + 1));
		grown.count = 0;
		for (i = 0; set->slots != esa_batch_set_none && i <= set->mask; i++) {
			if (set->slots[i]) {
				esa_batch_set_insert(&grown, set->slots[i]);
			}
		}
		esa_batch_set_free(set);
		*set = grown;
	}
	esa_batch_set_insert(set, hash);
}

static zend_string *esa_store_string(esa_store *store, zend_string *s)
{
	zend_string *copy = zend_hash_str_find_ptr(&store->strings, ZSTR_VAL(s), ZSTR_LEN(s));
	if (!copy) {
		copy = zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), 1);
		zend_hash_str_add_new_ptr(&store->strings, ZSTR_VAL(s), ZSTR_LEN(s), copy);
	}
	return copy;
}

/* Strings are interned in the store, so a finding is identified by pointers. */
typedef struct {
	const zend_string *file;
	const zend_string *scope;
	const esa_symbol *symbol;
	uint32_t line;
	uint8_t kind;
	uint8_t form;
	uint8_t impact;
} esa_store_key;

void esa_store_commit(esa_store *store, const esa_finding_list *list, uint32_t mark)
{
	uint32_t first_added = store->count;
	uint64_t dropped_before = store->dropped;
	for (uint32_t i = mark; i < list->count; i++) {
		const esa_finding *f = &list->items[i];
		esa_store_key key;
		memset(&key, 0, sizeof(key));
		key.symbol = f->symbol;
		key.line = f->line;
		key.kind = f->kind;
		key.form = f->form;
		key.impact = f->impact;
		if (store->count >= store->limit) {
			/* Full: a finding it holds already is no news, and a new one is only
			 * counted. Its names are looked up, not interned: a finding it holds
			 * has them interned already. */
			key.file = zend_hash_str_find_ptr(&store->strings, ZSTR_VAL(f->file), ZSTR_LEN(f->file));
			key.scope = zend_hash_str_find_ptr(&store->strings, ZSTR_VAL(f->scope), ZSTR_LEN(f->scope));
			if (!key.file || !key.scope || !zend_hash_str_exists(&store->seen, (const char *) &key, sizeof(key))) {
				store->dropped++;
			}
			continue;
		}
		key.file = esa_store_string(store, f->file);
		key.scope = esa_store_string(store, f->scope);
		if (!zend_hash_str_add_empty_element(&store->seen, (const char *) &key, sizeof(key))) {
			continue;
		}
		if (store->count == store->capacity) {
			store->items = esa_grow(store->items, store->count, &store->capacity, sizeof(esa_finding), 64, true);
			if (store->calls) {
				/* call counts run parallel to the findings, in the same room */
				store->calls = safe_perealloc(store->calls, store->capacity, sizeof(uint64_t), 0, 1);
			}
		}
		if (store->calls) {
			store->calls[store->count] = 0;
		}
		esa_finding *stored = &store->items[store->count++];
		*stored = *f;
		stored->file = (zend_string *) key.file;
		stored->scope = (zend_string *) key.scope;
		stored->order = store->count;
	}
	if (store->on_added && store->count > first_added) {
		store->on_added(store->items + first_added, store->count - first_added);
	}
	if (store->on_full && dropped_before == 0 && store->dropped > 0) {
		store->on_full(store);
	}
}

void esa_store_to_array(const esa_store *store, zval *array, bool with_calls)
{
	for (uint32_t i = 0; i < store->count; i++) {
		zval row, calls;
		esa_finding_to_request_array(&store->items[i], &row);
		if (with_calls) {
			ZVAL_LONG(&calls, store->calls ? (zend_long) store->calls[i] : 0);
		} else {
			ZVAL_NULL(&calls);
		}
		zend_hash_str_add_new(Z_ARRVAL(row), "calls", sizeof("calls") - 1, &calls);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(array), &row);
	}
}

typedef struct {
	const zend_string *file;   /* interned in store->strings */
	const esa_symbol *symbol;
	uint32_t line;
} esa_site_key;

static bool esa_form_runs(esa_form form)
{
	return form != ESA_FORM_IMPORT && form != ESA_FORM_PROBE;
}

int64_t esa_store_find_call_site(esa_store *store, zend_string *file, uint32_t line, const esa_symbol *symbol)
{
	esa_site_key key;
	zval *found;
	memset(&key, 0, sizeof(key));
	for (; store->site_indexed < store->count; store->site_indexed++) {
		const esa_finding *f = &store->items[store->site_indexed];
		if (f->kind == ESA_KIND_FUNCTION && esa_form_runs((esa_form) f->form)) {
			zval index;
			key.file = f->file;
			key.symbol = f->symbol;
			key.line = f->line;
			ZVAL_LONG(&index, store->site_indexed);
			/* The first of several findings for one site keeps it. */
			zend_hash_str_add(&store->sites, (const char *) &key, sizeof(key), &index);
		}
	}
	key.file = zend_hash_find_ptr(&store->strings, file);
	if (!key.file) {
		return -1;
	}
	key.symbol = symbol;
	key.line = line;
	found = zend_hash_str_find(&store->sites, (const char *) &key, sizeof(key));
	return found ? (int64_t) Z_LVAL_P(found) : -1;
}

void esa_store_add_calls(esa_store *store, uint32_t index, uint64_t n)
{
	if (!store->calls) {
		store->calls = pecalloc(store->capacity, sizeof(uint64_t), 1);
	}
	store->calls[index] += n;
}
