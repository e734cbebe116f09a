#include "php.h"
#include "zend_ini.h"

#include "opcache/preload_relay.h"
#include "opcache/findings_blob.h"

#ifndef PHP_WIN32
# include <sys/mman.h>
# include <unistd.h>

/* Reserved, not committed: only the pages written become memory. */
# define ESA_RELAY_SIZE ((size_t) 16 * 1024 * 1024)

typedef struct {
	size_t used;
	uint32_t lost;
	pid_t opener;   /* the process that opened the relay, and will close it */
} esa_relay_header;

/* Process-wide, and only while the engine starts up (before any thread or request). */
static esa_relay_header *esa_relay;

void esa_preload_relay_open(void)
{
	const char *preload = zend_ini_string_ex("opcache.preload", sizeof("opcache.preload") - 1, 0, NULL);
	void *area;
	if (!preload || !*preload) {
		return;
	}
	area = mmap(NULL, ESA_RELAY_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (area == MAP_FAILED) {
		return;
	}
	esa_relay = area;
	esa_relay->used = ZEND_MM_ALIGNED_SIZE_EX(sizeof(esa_relay_header), 8);
	esa_relay->lost = 0;
	esa_relay->opener = getpid();
}

bool esa_preload_relay_record(const esa_finding_list *list, uint32_t mark)
{
	size_t size;
	bool child;
	if (!esa_relay) {
		return false;
	}
	/* One getpid() per compile, and only while opcache starts up with preloading. */
	child = esa_relay->opener != getpid();
	if (!(size = esa_findings_packed_size(list, mark))) {
		return child;
	}
	if (size > UINT32_MAX || size > ESA_RELAY_SIZE - esa_relay->used) {
		esa_relay->lost += list->count - mark;
		return child;
	}
	esa_findings_pack(list, mark, (char *) esa_relay + esa_relay->used, size);
	esa_relay->used += size;
	return child;
}

uint32_t esa_preload_relay_close(esa_finding_list *list)
{
	uint32_t before = list->count;
	size_t pos, used;
	if (!esa_relay) {
		return 0;
	}
	used = esa_relay->used < ESA_RELAY_SIZE ? esa_relay->used : ESA_RELAY_SIZE;
	pos = ZEND_MM_ALIGNED_SIZE_EX(sizeof(esa_relay_header), 8);
	while (pos < used) {
		size_t size = esa_findings_unpack((char *) esa_relay + pos, used - pos, list);
		if (!size) {
			break;
		}
		pos += size;
	}
	if (esa_relay->lost) {
		zend_error(E_WARNING, "extsockets_audit: %u findings of preloaded files did not fit the preload relay and are not recorded", esa_relay->lost);
	}
	munmap(esa_relay, ESA_RELAY_SIZE);
	esa_relay = NULL;
	return list->count - before;
}

#else

void esa_preload_relay_open(void)
{
}

bool esa_preload_relay_record(const esa_finding_list *list, uint32_t mark)
{
	(void) list;
	(void) mark;
	return false;
}

uint32_t esa_preload_relay_close(esa_finding_list *list)
{
	(void) list;
	return 0;
}

#endif
