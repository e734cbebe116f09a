#ifndef ESA_SCRIPT_FINDINGS_H
#define ESA_SCRIPT_FINDINGS_H

#include "php.h"
#include "php_extsockets_audit.h"
#include "store/findings.h"

/*
 * Findings that travel with a compiled script through opcache.
 *
 * opcache calls our compile hook only on a cache miss, so a process that
 * loads a script from shared memory or from the file cache never walks its
 * AST. The findings of each compiled file are therefore packed into one flat,
 * pointer-free block hung on the main op_array's reserved slot; opcache copies
 * it into the cached script through the zend_extension persist callbacks, and
 * a cache hit unpacks it again.
 *
 * The slot holds either a request-owned block (before opcache persisted it) or,
 * once persisted, the block's offset from the op_array's opcodes, tagged in the
 * low bit: an offset stays true when the file cache writes the script out and
 * loads it at another address, where an absolute pointer would not.
 */

/* A flat, pointer-free copy of findings [mark, count) of one compile (one file):
 * its size (0 for none), the packing into size bytes at dest, and the
 * unpacking of one packed block (at most avail bytes) onto list, which
 * returns the block's size, or 0 when it is not a valid block. */
size_t esa_findings_packed_size(const esa_finding_list *list, uint32_t mark);
void esa_findings_pack(const esa_finding_list *list, uint32_t mark, void *dest, size_t size);
size_t esa_findings_unpack(const void *packed, size_t avail, esa_finding_list *list);

/* The op_array reserved slot to use (-1: none); startup only. */
void esa_script_findings_startup(int slot);

/* Hangs findings [mark, count) of list on a freshly compiled main op_array;
 * returns the block's content hash, 0 when nothing was hung. */
uint64_t esa_script_findings_attach(zend_op_array *op_array, const esa_finding_list *list, uint32_t mark);

/* "ESA3": bump the digit whenever the layout below changes, so that a file
 * cache written by an older build is read as carrying nothing. */
#define ESA_BLOB_MAGIC 0x33415345u

typedef struct {
	uint32_t magic;
	uint32_t size;       /* of the whole block, header included */
	uint32_t count;      /* entries after the header */
	uint32_t file_len;   /* the file name opens the string area */
	uint64_t hash;       /* of everything after the header (MD5's first 8 bytes): the batch's identity */
} esa_blob_header;

/* The reserved slot (-1: none), and where it lies in an op_array; written at startup only. */
extern ESA_HIDDEN int esa_script_findings_slot;
extern ESA_HIDDEN size_t esa_script_findings_slot_offset;

/* The slot's value, when there is a slot: one load where the index takes two. */
static zend_always_inline const void *esa_script_findings_slot_value(const zend_op_array *op_array)
{
	return *(const void *const *) ((const char *) op_array + esa_script_findings_slot_offset);
}

/* The block a main op_array carries, or NULL: before opcache persisted it the
 * slot holds the request-owned block itself; after, its offset from the
 * opcodes, tagged in the low bit (see above). */
static zend_always_inline bool esa_script_findings_is_offset(const void *slot_value)
{
	return ((uintptr_t) slot_value & 1) != 0;
}

/* The block of a slot's value that is not NULL. */
static zend_always_inline const esa_blob_header *esa_script_findings_block_of(const zend_op_array *op_array,
	const void *value)
{
	return esa_script_findings_is_offset(value)
		? (const esa_blob_header *) ((const char *) op_array->opcodes + ((uintptr_t) value >> 1))
		: (const esa_blob_header *) value;
}

static zend_always_inline const esa_blob_header *esa_script_findings_block(const zend_op_array *op_array)
{
	const void *value;
	if (esa_script_findings_slot < 0 || !(value = op_array->reserved[esa_script_findings_slot])) {
		return NULL;
	}
	return esa_script_findings_block_of(op_array, value);
}

/* The identity of the findings a block carries (a hash of their packed form:
 * equal for equal findings), 0 when it is no block of this build's layout. */
static zend_always_inline uint64_t esa_script_findings_block_hash(const esa_blob_header *blob)
{
	return blob->magic == ESA_BLOB_MAGIC ? blob->hash : 0;
}

/* The identity of the findings a cached main op_array carries, 0 when it carries none. */
static zend_always_inline uint64_t esa_script_findings_hash(const zend_op_array *op_array)
{
	const esa_blob_header *blob = esa_script_findings_block(op_array);
	return blob ? esa_script_findings_block_hash(blob) : 0;
}
/* Appends the findings a cached main op_array carries to list; false when it carries none. */
bool esa_script_findings_unpack(const zend_op_array *op_array, esa_finding_list *list);

/* zend_extension callbacks. */
size_t esa_script_findings_persist_calc(zend_op_array *op_array);
size_t esa_script_findings_persist(zend_op_array *op_array, void *mem);
void esa_script_findings_dtor(zend_op_array *op_array);

#endif
