#ifndef ESA_PRELOAD_RELAY_H
#define ESA_PRELOAD_RELAY_H

#include "store/findings.h"

/*
 * opcache preloads in a child process when PHP starts as root (it switches to
 * opcache.preload_user there), so the findings of every preloaded file would
 * die with that child. While opcache starts up, each committed compile is also
 * packed into a shared anonymous mapping that the fork shares; the parent
 * unpacks it afterwards. Only when opcache.preload is set; POSIX only.
 */
void esa_preload_relay_open(void);
/* Packs findings [mark, count) of one compile when the relay is open. True
 * when this process is the preloading child: the parent records (and logs)
 * them when it closes the relay, so the child must not record them itself. */
bool esa_preload_relay_record(const esa_finding_list *list, uint32_t mark);
/* Appends what the relay holds to list and closes it; returns how many findings it appended. */
uint32_t esa_preload_relay_close(esa_finding_list *list);

#endif
