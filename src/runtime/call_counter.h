#ifndef ESA_CALL_COUNTER_H
#define ESA_CALL_COUNTER_H

#include <time.h>
#include "php.h"
#include "store/findings.h"

/*
 * Run-time evidence: which call sites of ext/sockets functions really run.
 *
 * Every function of the sockets module gets its handler wrapped at startup
 * (the original is kept in the function's reserved slot); the wrapper counts
 * the call against the nearest user frame, then calls the original. No other
 * function is touched, so they pay nothing. A site matching a compile-time
 * finding adds to that finding's `calls`; a site that matches none (`$f()`,
 * call_user_func($name)) becomes a finding of form `dynamic`.
 *
 * A call site is a calling opline of a live op_array and the function it
 * calls. Each op_array that calls a socket function gets a map, one slot per
 * opline, holding the finding that opline's calls are counted against. Maps
 * are request memory, filed by the address of the op_array's opcodes (found
 * in constant time: the last one used, else a hash lookup), so a call costs
 * the same whatever the number of sites; the op_array destructor drops its
 * map: no identity outlives its op_array (an eval, a file compiled again,
 * land where a freed one was). No op_array extension slot (run-time cache
 * slot): on PHP 8.2 and 8.3 reserving one makes every request set up a
 * run-time cache for every internal function, about 8 % of a small request.
 *
 * pcntl_fork() and its kin are wrapped too: a child goes on with the request,
 * but counts from zero, so the calls its parent made are logged by the parent
 * only. (A fork made by C code in the middle of a request is not seen.)
 */

/* The call counter's state, per process (per thread under ZTS): ESA_G(calls). */
typedef struct {
	/* The site maps of the op_arrays that called a socket function in this
	 * request, by their opcodes (request memory). */
	HashTable *site_maps;
	/* The map found last, and the opcodes it belongs to: a loop calling from
	 * one op_array finds its map without a lookup. */
	const void *last_site_opcodes;
	void *last_site_map;
	/* The findings whose sites ran since their counts were last logged, each
	 * with its count then (persistent), and when the first of those calls came. */
	HashTable *unlogged_sites;
	struct timespec unlogged_since;
	/* When counts were last logged (monotonic ns). */
	uint64_t logged_ns;
} esa_call_state;

/* After every module's startup; slot is the reserved resource slot (-1: none). */
void esa_call_counter_startup(int slot);
void esa_call_counter_shutdown(void);
/* Whether the socket functions are wrapped (ext/sockets is loaded): set at startup. */
bool esa_call_counter_installed(void);
/* Whether calls are counted now: wrapped, and extsockets_audit.enabled and
 * count_calls on. The settings are read at each call, not at startup: an FPM
 * pool's php_admin_value applies in its workers, after startup. */
bool esa_call_counter_active(void);

/* The sites that ran since their counts were last logged, each with its count
 * since then; esa_call_counter_sites_logged() starts the next interval. */
typedef void (*esa_call_site_visitor)(const esa_finding *finding, uint64_t calls, void *ctx);
void esa_call_counter_each_unlogged_site(esa_call_site_visitor visit, void *ctx);
static zend_always_inline bool esa_call_state_has_unlogged_sites(const esa_call_state *calls)
{
	return calls->unlogged_sites != NULL;
}
/* When the first of those calls was counted (or the process forked). */
const struct timespec *esa_call_counter_unlogged_since(void);
void esa_call_counter_sites_logged(void);
/* Frees the sites a state holds for logging: the state of any thread, for
 * GSHUTDOWN, which may run for a thread other than the current one. */
void esa_call_state_free_unlogged(esa_call_state *calls);
/* Forgets what refers to the store's items (the store is about to be emptied). */
void esa_call_counter_store_reset(void);
/* At the very end of the request (post-deactivate): frees this request's
 * state, if it has any (most requests call no socket function). */
void esa_call_counter_request_end(void);
static zend_always_inline bool esa_call_state_in_request(const esa_call_state *calls)
{
	return calls->site_maps != NULL || calls->last_site_opcodes != NULL;
}

/* The zend_extension's op_array destructor: the op_array's sites end with it. */
void esa_call_counter_op_array_dtor(zend_op_array *op_array);

#endif
