#ifndef ESA_FINDINGS_H
#define ESA_FINDINGS_H

#include "php.h"
#include "symbols/symbols.h"

/* How the code referred to the symbol. Keep in step with esa_form_names[]. */
typedef enum {
	ESA_FORM_CALL = 0,          /* socket_x(), \socket_x(), call through a same-name import */
	ESA_FORM_NS_FALLBACK,       /* unqualified in a namespace, resolved by the global fallback */
	ESA_FORM_ALIAS,             /* through `use function/const ... as other` */
	ESA_FORM_FIRST_CLASS_CALLABLE, /* socket_x(...) */
	ESA_FORM_CALLABLE_STRING,   /* 'socket_x' where PHP takes a callable or a function name */
	ESA_FORM_PROBE,             /* function_exists, is_callable, defined, extension_loaded, ... */
	ESA_FORM_LOOKUP,            /* constant('AF_X') */
	ESA_FORM_IMPORT,            /* the `use` statement itself */
	ESA_FORM_FETCH,             /* a constant read in code */
	ESA_FORM_CONST_EXPR,        /* a constant inside a constant expression */
	ESA_FORM_TYPE,              /* parameter, return, property or class-constant type */
	ESA_FORM_INSTANCEOF,
	ESA_FORM_NEW,
	ESA_FORM_CATCH,
	ESA_FORM_CLASS_NAME,        /* Socket::class */
	ESA_FORM_STATIC,            /* Socket::X, Socket::f(), Socket::$p */
	ESA_FORM_EXTENDS,
	ESA_FORM_IMPLEMENTS,
	ESA_FORM_ATTRIBUTE,
	ESA_FORM_DYNAMIC,           /* a call seen only at run time ($f(), call_user_func($name)) */
	ESA_FORM_COUNT
} esa_form;

/* What becomes of a use without ext/sockets (README, "Impact"). Keep in step
 * with esa_impact_names[]. */
typedef enum {
	ESA_IMPACT_BREAKS = 0,  /* fails: a call, a constant read, new Socket, ... */
	ESA_IMPACT_GUARDED,     /* would fail, but runs only after a check succeeded */
	ESA_IMPACT_HARMLESS,    /* works: a type, instanceof, an import, a probe, a polyfilled symbol */
	ESA_IMPACT_COUNT
} esa_impact;

typedef struct {
	zend_string *file;     /* owned reference */
	zend_string *scope;    /* owned reference */
	const esa_symbol *symbol;
	uint32_t line;
	uint32_t order;        /* position in walk order, to keep sorting stable */
	uint8_t kind;
	uint8_t form;
	uint8_t impact;        /* esa_impact, decided by the walker */
} esa_finding;

/* A growable array of findings; the pending findings of nested compiles are
 * stacked in one of these, each compile owning the tail from its mark on. */
typedef struct {
	esa_finding *items;
	uint32_t count;
	uint32_t capacity;
} esa_finding_list;

/* Told of the findings a commit has just added to the store (the audit log). */
typedef void (*esa_store_listener)(const esa_finding *added, uint32_t count);

/* The content hashes (never 0) of the batches of findings committed since
 * start or reset: a cached script's batch seen again (its next include, in this
 * request or a later one) is not unpacked again. An open-addressing set:
 * slots holds mask + 1 hashes (0: empty), at most a quarter of them used, each
 * at its home slot (hash & mask) or after it in the run of used slots that
 * follows, so that a warm request finds nearly every batch in one of the first
 * three slots it looks at. Nothing is ever removed but all at once, which
 * keeps every run unbroken. */
typedef struct esa_batch_set {
	uint64_t *slots;    /* esa_batch_set_none until the first batch */
	size_t mask;        /* a size_t: the inline lookup indexes with it as it is */
	uint32_t count;
} esa_batch_set;
extern uint64_t *const esa_batch_set_none;

/* The findings of this process since start or reset: persistent memory, so that
 * they outlive requests (FPM workers, preloading before the first request).
 * It holds at most `limit` of them (extsockets_audit.max_findings): a new
 * finding beyond that is counted in `dropped` and leaves nothing behind, so
 * that everything it holds, its deduplication keys and names included, is
 * bounded by the limit. A reset frees it all. */
typedef struct esa_store {
	esa_finding *items;
	uint32_t count;
	uint32_t capacity;
	uint32_t limit;     /* kept across resets */
	uint64_t dropped;   /* new findings refused for the limit since start or reset */
	HashTable strings;  /* persistent copies of file and scope names, shared */
	HashTable seen;     /* dedup keys of the recorded findings */
	/* Run-time calls of each item's call site, parallel to items; NULL until
	 * call counting first needs it. */
	uint64_t *calls;
	/* (file, line, function) of the items a call can run through, indexed
	 * lazily up to site_indexed, for esa_store_find_call_site(). */
	HashTable sites;
	uint32_t site_indexed;
	/* The batches (cached scripts' findings) committed already; at most
	 * `limit` of them, then it starts over. */
	esa_batch_set batches;
	esa_store_listener on_added; /* kept across resets */
	/* Told when a commit refuses the first finding since start or reset; kept across resets. */
	void (*on_full)(const struct esa_store *store);
} esa_store;

/* The default and the largest extsockets_audit.max_findings. */
#define ESA_MAX_FINDINGS_DEFAULT 10000
#define ESA_MAX_FINDINGS_MAX 1000000

const char *esa_form_name(esa_form form);
const char *esa_impact_name(esa_impact impact);

/* A finding's scope, as the walker (from the syntax tree) and the call counter
 * (from a running op_array) both name it: {closure}, {main}, Ns\f, Ns\C::m,
 * Ns\C (a class body), class@anonymous::m, C::$prop::get (a property hook).
 * A namespace (class_ns, func_ns) may be NULL, or already in the name. */
zend_string *esa_scope_name(bool closure, const zend_string *class_ns, const zend_string *class_name,
	const zend_string *func_ns, const zend_string *func_name);

void esa_list_push(esa_finding_list *list, const esa_finding *f);
void esa_list_truncate(esa_finding_list *list, uint32_t mark);
void esa_list_free(esa_finding_list *list);
/* Sorts items [mark, count) by line (stable) and drops exact duplicates. */
void esa_list_sort_unique(esa_finding_list *list, uint32_t mark);
/* Appends items [mark, count) to a PHP array, each as an associative array. */
void esa_list_to_array(const esa_finding_list *list, uint32_t mark, zval *array);

void esa_store_init(esa_store *store);
void esa_store_destroy(esa_store *store);
void esa_store_reset(esa_store *store);
/* Records items [mark, count) that the store does not hold yet, as far as its
 * limit allows, and tells the listener about those, in one call. */
void esa_store_commit(esa_store *store, const esa_finding_list *list, uint32_t mark);
/* Whether the batch of findings with this content hash was committed since
 * start or reset (yes for 0, which no slot holds but every empty one is);
 * esa_store_batch_committed() notes that it was (0: nothing to note). Inline,
 * for every warm include of a script with findings: the set is at most a
 * quarter full, so a run ends at an empty slot within a few; nearly every hash
 * is at its home slot. */
static zend_always_inline bool esa_store_has_batch(const esa_store *store, uint64_t hash)
{
	const uint64_t *slots = store->batches.slots;
	size_t mask = store->batches.mask, i = (size_t) hash & mask;
	/* The first three slots by compares with memory, which keep nothing in a register. */
	if (EXPECTED(slots[i] == hash || slots[(i + 1) & mask] == hash || slots[(i + 2) & mask] == hash)) {
		return true;
	}
	while (slots[i]) {
		i = (i + 1) & mask;
		if (slots[i] == hash) {
			return true;
		}
	}
	return false;
}
void esa_store_batch_committed(esa_store *store, uint64_t hash);
/* The bytes of persistent memory the store holds (its arrays, tables, keys and names). */
size_t esa_store_memory(const esa_store *store);
/* with_calls: each row gets `calls`, the call site's run-time count; else null. */
void esa_store_to_array(const esa_store *store, zval *array, bool with_calls);
/* The item a run-time call at (file, line) of function symbol runs through, or
 * -1: a call, a callable string, an alias... not an import or a probe. */
int64_t esa_store_find_call_site(esa_store *store, zend_string *file, uint32_t line, const esa_symbol *symbol);
/* Adds n run-time calls to item index. */
void esa_store_add_calls(esa_store *store, uint32_t index, uint64_t n);

#endif
