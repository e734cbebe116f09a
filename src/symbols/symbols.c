#include <string.h>
#include <strings.h>

#include "php.h"

#include "symbols/symbols.h"
#include "symbols/symbols_table.h"

static const esa_symbol esa_extension_symbol = {ESA_KIND_EXTENSION, "sockets", 7, "", "", ""};

/* Every ext/sockets function is named socket_*: one compare rejects almost every call. */
#define ESA_FUNCTION_PREFIX "socket_"
#define ESA_FUNCTION_PREFIX_LEN (sizeof(ESA_FUNCTION_PREFIX) - 1)

static int esa_compare(const char *a, size_t a_len, const char *b, size_t b_len, int fold_case)
{
	size_t n = a_len < b_len ? a_len : b_len;
	int r = fold_case ? strncasecmp(a, b, n) : memcmp(a, b, n);
	if (r != 0) {
		return r;
	}
	return a_len < b_len ? -1 : (a_len > b_len ? 1 : 0);
}

/* The generated arrays are sorted by lowercase name (functions, classes) or by
 * byte value (constants), which is the order esa_compare() walks. */
static const esa_symbol *esa_bsearch(const esa_symbol *table, size_t count, const char *name, size_t len, int fold_case)
{
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = esa_compare(name, len, table[mid].name, table[mid].name_len, fold_case);
		if (r == 0) {
			return &table[mid];
		}
		if (r < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return NULL;
}

const esa_symbol *esa_symbol_function(const char *name, size_t len)
{
	if (len <= ESA_FUNCTION_PREFIX_LEN || strncasecmp(name, ESA_FUNCTION_PREFIX, ESA_FUNCTION_PREFIX_LEN) != 0) {
		return NULL;
	}
	return esa_bsearch(esa_function_symbols, ESA_FUNCTION_SYMBOLS_COUNT, name, len, 1);
}

const esa_symbol *esa_symbol_constant(const char *name, size_t len)
{
	/* All ext/sockets constants are upper case: a lowercase first byte (true,
	 * false, null, most user constants) needs no search. */
	unsigned second;
	const uint16_t *range;
	if (len < ESA_CONSTANT_MIN_LEN || len > ESA_CONSTANT_MAX_LEN || name[0] < 'A' || name[0] > 'Z') {
		return NULL;
	}
	second = (name[1] >= 'A' && name[1] <= 'Z') ? (unsigned) (name[1] - 'A') : 26;
	range = esa_constant_ranges[(name[0] - 'A') * 27 + second];
	return esa_bsearch(esa_constant_symbols + range[0], range[1] - range[0], name, len, 0);
}

const esa_symbol *esa_symbol_class(const char *name, size_t len)
{
	return esa_bsearch(esa_class_symbols, ESA_CLASS_SYMBOLS_COUNT, name, len, 1);
}

const esa_symbol *esa_symbol_extension(const char *name, size_t len)
{
	return (len == esa_extension_symbol.name_len && strncasecmp(name, esa_extension_symbol.name, len) == 0)
		? &esa_extension_symbol : NULL;
}

const esa_untyped_callable *esa_untyped_callables(const char *lcname, size_t len, uint32_t *count)
{
	uint32_t lo = 0, hi = ESA_UNTYPED_CALLABLE_PARAMS_COUNT;
	/* The first row of that name, by binary search; its rows follow it. */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const esa_untyped_callable *row = &esa_untyped_callable_params[mid];
		size_t n = row->function_len < len ? row->function_len : len;
		int cmp = memcmp(row->function, lcname, n);
		if (cmp < 0 || (cmp == 0 && row->function_len < len)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	*count = 0;
	while (lo + *count < ESA_UNTYPED_CALLABLE_PARAMS_COUNT
			&& esa_untyped_callable_params[lo + *count].function_len == len
			&& memcmp(esa_untyped_callable_params[lo + *count].function, lcname, len) == 0) {
		(*count)++;
	}
	return *count ? &esa_untyped_callable_params[lo] : NULL;
}

uint32_t esa_symbol_count(esa_kind kind)
{
	switch (kind) {
		case ESA_KIND_FUNCTION: return ESA_FUNCTION_SYMBOLS_COUNT;
		case ESA_KIND_CONSTANT: return ESA_CONSTANT_SYMBOLS_COUNT;
		case ESA_KIND_CLASS: return ESA_CLASS_SYMBOLS_COUNT;
		case ESA_KIND_EXTENSION: return 1;
	}
	return 0;
}

const char *esa_kind_name(esa_kind kind)
{
	switch (kind) {
		case ESA_KIND_FUNCTION: return "function";
		case ESA_KIND_CONSTANT: return "constant";
		case ESA_KIND_CLASS: return "class";
		case ESA_KIND_EXTENSION: return "extension";
	}
	return "unknown";
}
