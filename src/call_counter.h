#ifndef ESA_CALL_COUNTER_H
#define ESA_CALL_COUNTER_H

#include "php.h"

/*
 * Run-time evidence: which call sites of ext/sockets functions really run.
 *
 * Every function of the sockets module gets its handler wrapped at startup
 * (the original is kept in the function's reserved slot); the wrapper counts
 * the call against the nearest user frame, then calls the original. No other
 * function is touched, so they pay nothing. A site matching a compile-time
 * finding adds to that finding's `calls`; a site that matches none (`$f()`,
 * call_user_func($name)) becomes a finding of form `dynamic`.
 */

#define ESA_CALL_SITE_CACHE_SIZE 64

/* The last site seen at a calling opline (see esa_count_call()). */
typedef struct {
	const zend_op *opline;
	const zend_function *callee;
	const zend_string *file;
	struct _esa_request_site *site;
} esa_call_site_cache_entry;

/* After every module's startup; slot is the reserved resource slot (-1: none). */
void esa_call_counter_startup(int slot, bool enabled);
void esa_call_counter_shutdown(void);
/* Whether calls are being counted in this process. */
bool esa_call_counter_active(void);

/* The sites counted in this request, each with its count in this request. */
typedef void (*esa_call_site_visitor)(const esa_finding *finding, uint64_t calls, void *ctx);
void esa_call_counter_each_request_site(esa_call_site_visitor visit, void *ctx);
/* Forgets this request's sites (at request end, and when the store is reset). */
void esa_call_counter_request_reset(void);

#endif
