#ifndef ESA_GROWABLE_H
#define ESA_GROWABLE_H

#include "php.h"

/*
 * The one growable array of the module (the walker's stack and namespace
 * fallbacks, the finding lists, the store): items holds count items of
 * item_size bytes in room for *capacity. Returns items with room for one more,
 * doubling the room (first items at first), in request memory or, when
 * persistent, in the process's. The size is computed with an overflow check.
 */
static zend_always_inline void *esa_grow(void *items, uint32_t count, uint32_t *capacity, size_t item_size,
	uint32_t first, bool persistent)
{
	if (EXPECTED(count < *capacity)) {
		return items;
	}
	*capacity = *capacity ? *capacity * 2 : first;
	return safe_perealloc(items, *capacity, item_size, 0, persistent);
}

#endif
