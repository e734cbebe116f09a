#include "php.h"
#include "zend_extensions.h"

#include "ext/standard/md5.h"

#include "opcache/findings_blob.h"

typedef struct {
	uint32_t line;
	uint32_t scope_off;  /* into the string area, like symbol_off */
	uint32_t scope_len;
	uint32_t symbol_off;
	uint8_t symbol_len;  /* the longest symbol name has 31 bytes */
	uint8_t kind;
	uint8_t form;
	uint8_t impact;
} esa_blob_entry;

/* Written once at startup. -1 when every reserved slot was taken. */
int esa_script_findings_slot = -1;
size_t esa_script_findings_slot_offset;

void esa_script_findings_startup(int slot)
{
	esa_script_findings_slot = slot;
	esa_script_findings_slot_offset = slot < 0 ? 0 : XtOffsetOf(zend_op_array, reserved) + sizeof(void *) * (size_t) slot;
}

static zend_always_inline char *esa_string_area(esa_blob_header *blob)
{
	return (char *) (blob + 1) + sizeof(esa_blob_entry) * blob->count;
}

size_t esa_findings_packed_size(const esa_finding_list *list, uint32_t mark)
{
	const esa_finding *items = list->items + mark;
	const zend_string *prev_scope = NULL;
	uint32_t count = list->count - mark;
	size_t strings;

	if (count == 0) {
		return 0;
	}
	strings = ZSTR_LEN(items[0].file);
	for (uint32_t i = 0; i < count; i++) {
		if (items[i].scope != prev_scope) {
			strings += ZSTR_LEN(items[i].scope);
			prev_scope = items[i].scope;
		}
		strings += items[i].symbol->name_len;
	}
	return ZEND_MM_ALIGNED_SIZE_EX(sizeof(esa_blob_header) + sizeof(esa_blob_entry) * count + strings, 8);
}

void esa_findings_pack(const esa_finding_list *list, uint32_t mark, void *dest, size_t size)
{
	const esa_finding *items = list->items + mark;
	const zend_string *file = items[0].file, *prev_scope = NULL;
	esa_blob_header *blob = dest;
	esa_blob_entry *entry = (esa_blob_entry *) (blob + 1);
	uint32_t scope_off = 0, scope_len = 0;
	char *area, *pos;

	blob->magic = ESA_BLOB_MAGIC;
	blob->size = (uint32_t) size;
	blob->count = list->count - mark;
	blob->file_len = (uint32_t) ZSTR_LEN(file);
	area = esa_string_area(blob);
	memcpy(area, ZSTR_VAL(file), ZSTR_LEN(file));
	pos = area + ZSTR_LEN(file);
	for (uint32_t i = 0; i < blob->count; i++, entry++) {
		const esa_finding *f = &items[i];
		if (f->scope != prev_scope) {
			scope_off = (uint32_t) (pos - area);
			scope_len = (uint32_t) ZSTR_LEN(f->scope);
			memcpy(pos, ZSTR_VAL(f->scope), scope_len);
			pos += scope_len;
			prev_scope = f->scope;
		}
		entry->line = f->line;
		entry->scope_off = scope_off;
		entry->scope_len = scope_len;
		entry->symbol_off = (uint32_t) (pos - area);
		entry->symbol_len = (uint8_t) f->symbol->name_len;
		entry->kind = f->kind;
		entry->form = f->form;
		entry->impact = f->impact;
		memcpy(pos, f->symbol->name, f->symbol->name_len);
		pos += f->symbol->name_len;
	}
	memset(pos, 0, (char *) blob + size - pos);
	{
		PHP_MD5_CTX md5;
		unsigned char digest[16];
		PHP_MD5Init(&md5);
		PHP_MD5Update(&md5, blob + 1, size - sizeof(esa_blob_header));
		PHP_MD5Final(digest, &md5);
		memcpy(&blob->hash, digest, sizeof(blob->hash));
		if (!blob->hash) {
			blob->hash = 1; /* 0 means none */
		}
	}
}

uint64_t esa_script_findings_attach(zend_op_array *op_array, const esa_finding_list *list, uint32_t mark)
{
	size_t size;
	esa_blob_header *blob;
	if (esa_script_findings_slot < 0 || op_array->reserved[esa_script_findings_slot] || !(size = esa_findings_packed_size(list, mark)) || size > UINT32_MAX) {
		return 0;
	}
	blob = emalloc(size);
	esa_findings_pack(list, mark, blob, size);
	op_array->reserved[esa_script_findings_slot] = blob;
	return blob->hash;
}

static const esa_symbol *esa_symbol_by_kind(uint8_t kind, const char *name, size_t len)
{
	switch (kind) {
		case ESA_KIND_FUNCTION: return esa_symbol_function(name, len);
		case ESA_KIND_CONSTANT: return esa_symbol_constant(name, len);
		case ESA_KIND_CLASS: return esa_symbol_class(name, len);
		case ESA_KIND_EXTENSION: return esa_symbol_extension(name, len);
	}
	return NULL;
}

bool esa_script_findings_unpack(const zend_op_array *op_array, esa_finding_list *list)
{
	const esa_blob_header *blob = esa_script_findings_block(op_array);
	return blob && esa_findings_unpack(blob, blob->size, list) > 0;
}

/* The block comes from shared memory or a file another process wrote: every
 * offset is checked before it is followed. */
size_t esa_findings_unpack(const void *packed, size_t avail, esa_finding_list *list)
{
	const esa_blob_header *blob = packed;
	const esa_blob_entry *entry;
	const char *area;
	size_t area_len;
	zend_string *file, *scope = NULL;
	uint32_t scope_off = 0, scope_len = 0;

	if (avail < sizeof(esa_blob_header) || blob->magic != ESA_BLOB_MAGIC || blob->size < sizeof(esa_blob_header)
			|| blob->size > avail || blob->count > (blob->size - sizeof(esa_blob_header)) / sizeof(esa_blob_entry)) {
		return 0;
	}
	entry = (const esa_blob_entry *) (blob + 1);
	area = (const char *) (entry + blob->count);
	area_len = (const char *) blob + blob->size - area;
	if (blob->file_len > area_len) {
		return 0;
	}
	file = zend_string_init(area, blob->file_len, 0);
	for (uint32_t i = 0; i < blob->count; i++, entry++) {
		const esa_symbol *symbol;
		esa_finding f;
		if (entry->scope_off > area_len || entry->scope_len > area_len - entry->scope_off
				|| entry->symbol_off > area_len || entry->symbol_len > area_len - entry->symbol_off
				|| entry->form >= ESA_FORM_COUNT || entry->impact >= ESA_IMPACT_COUNT
				|| !(symbol = esa_symbol_by_kind(entry->kind, area + entry->symbol_off, entry->symbol_len))) {
			continue;
		}
		if (!scope || entry->scope_off != scope_off || entry->scope_len != scope_len) {
			if (scope) {
				zend_string_release(scope);
			}
			scope_off = entry->scope_off;
			scope_len = entry->scope_len;
			scope = zend_string_init(area + scope_off, scope_len, 0);
		}
		f.file = zend_string_copy(file);
		f.scope = zend_string_copy(scope);
		f.symbol = symbol;
		f.line = entry->line;
		f.order = i;
		f.kind = (uint8_t) symbol->kind;
		f.form = entry->form;
		f.impact = entry->impact;
		esa_list_push(list, &f);
	}
	if (scope) {
		zend_string_release(scope);
	}
	zend_string_release(file);
	return blob->size;
}

size_t esa_script_findings_persist_calc(zend_op_array *op_array)
{
	const void *value = esa_script_findings_slot >= 0 ? op_array->reserved[esa_script_findings_slot] : NULL;
	return value && !esa_script_findings_is_offset(value) ? ((const esa_blob_header *) value)->size : 0;
}

/* Called by opcache after the op_array's opcodes were moved into the script's
 * memory; mem follows them in the same block. For every op_array opcache
 * stores, and almost none holds a block: the check needs no stack frame. */
static zend_never_inline size_t esa_script_findings_persist_block(zend_op_array *op_array, void *mem, esa_blob_header *blob)
{
	size_t size;
	if (esa_script_findings_is_offset(blob)) {
		/* Moved again: the offset would point into the old block. */
		op_array->reserved[esa_script_findings_slot] = NULL;
		return 0;
	}
	size = blob->size;
	memcpy(mem, blob, size);
	efree(blob);
	op_array->reserved[esa_script_findings_slot] = (char *) mem > (char *) op_array->opcodes
		? (void *) ((((uintptr_t) ((char *) mem - (char *) op_array->opcodes)) << 1) | 1)
		: NULL;
	return size;
}

size_t esa_script_findings_persist(zend_op_array *op_array, void *mem)
{
	esa_blob_header *blob = esa_script_findings_slot >= 0 ? op_array->reserved[esa_script_findings_slot] : NULL;
	return blob ? esa_script_findings_persist_block(op_array, mem, blob) : 0;
}

void esa_script_findings_dtor(zend_op_array *op_array)
{
	void *value = esa_script_findings_slot >= 0 ? op_array->reserved[esa_script_findings_slot] : NULL;
	if (value && !esa_script_findings_is_offset(value)) {
		efree(value);
		op_array->reserved[esa_script_findings_slot] = NULL;
	}
}
