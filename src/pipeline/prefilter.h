#ifndef ESA_PREFILTER_H
#define ESA_PREFILTER_H

#include <stddef.h>
#include <stdbool.h>

/* False only when no name and no string literal the lexer and parser build from
 * text can be any symbol of the table: then its syntax tree needs no walk. */
bool esa_prefilter_may_name(const char *text, size_t len);
/* Picks the scan this CPU can run (MINIT); its name, for phpinfo and tests. */
const char *esa_prefilter_startup(void);

#endif
