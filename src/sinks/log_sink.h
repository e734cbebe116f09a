#ifndef ESA_LOG_SINK_H
#define ESA_LOG_SINK_H

#include <sys/types.h>
#include <time.h>

#include "php.h"
#include "store/findings.h"

/* Where extsockets_audit.log sends records. */
typedef enum {
	ESA_LOG_OFF = 0,
	ESA_LOG_FILE,
	ESA_LOG_SYSLOG
} esa_log_target;

/* The state of one process's (one thread's, under ZTS) audit log. Records are
 * encoded as soon as they are queued, into a buffer of whole lines that is
 * written out in as few write() calls as possible; while the log cannot be
 * written the buffer holds them back, up to a limit. */
typedef struct {
	bool configured;        /* target, path and format read from the ini */
	esa_log_target target;
	bool text;              /* extsockets_audit.log_format=text */
	char *setting;          /* persistent copy of extsockets_audit.log as configured */
	char *path;             /* the file, or the syslog socket */

	int fd;                 /* the log file or the syslog socket; -1 when closed */
	bool fd_is_regular;     /* a regular file, not a character device */
	bool fd_is_stream;      /* a SOCK_STREAM syslog socket: messages end with NUL */
	size_t syslog_max;      /* largest syslog message, header included; 0 until connected */
	dev_t dev;              /* of the open file, to notice rotation by rename or removal */
	ino_t ino;
	uint64_t checked_ns;    /* monotonic time the path was last compared with the open file */
	bool stale;             /* the path names another file, which cannot be opened: */
	int stale_errno;        /* the records go on into the file it named before */
	const char *stale_kind;
	uint32_t reopen_failures;
	pid_t pid;              /* the process this state belongs to: a fork starts afresh */

	char *pending;          /* whole lines, persistent memory */
	size_t pending_len;
	size_t pending_capacity;
	uint32_t pending_records;

	/* A message a stream socket took only part of: the rest is sent before any other. */
	char *stream_msg;
	size_t stream_len;
	size_t stream_sent;
	size_t stream_capacity;

	bool torn;              /* a short write left part of a line at the end of the file */
	bool warned;            /* this process has reported a failure */
	bool failing;           /* the last attempt failed */
	int last_errno;
	char last_what[16];     /* the call that failed: open, write, connect, send */
	const char *last_kind;  /* what the path is, when the log refused it (a FIFO, a socket) */
	char last_time[40];     /* when the last attempt was made, RFC 3339 */
	bool attempted;
	uint64_t written;
	uint64_t dropped;
	uint64_t truncated;     /* records cut to fit a syslog message */
} esa_log_sink;

/* Longest host name a record carries (extsockets_audit.host, or the system's). */
#define ESA_LOG_HOST_MAX 255

/* MINIT: learns the process id, and how to learn it again after a fork, and the
 * system's host name. */
void esa_log_startup(void);
/* The host records name: extsockets_audit.host, or the system's host name read
 * at startup when it is empty (*from_setting, if given, says which). */
const char *esa_log_host(bool *from_setting);
void esa_log_sink_init(esa_log_sink *sink);
/* Makes a last, silent attempt to write what is held back, then frees everything. */
void esa_log_sink_destroy(esa_log_sink *sink);

/* Validates an extsockets_audit.log value: "", "syslog", "syslog:/socket" or an absolute path. */
bool esa_log_setting_valid(const char *value, size_t len);

/* Whether this process writes a log at all. */
bool esa_log_enabled(void);

/* A record from a finding: ts, pid, host, sapi, file, line, scope, kind, symbol, form,
 * uri or script (with_request), and <field>_b64 for a field that is not valid
 * UTF-8. Callers may add fields of their own (strings or integers) before queueing it. */
void esa_log_record_init(zval *record, const esa_finding *f, bool with_request);
/* RFC 3339 in UTC, microseconds: the form of every time in the log. */
void esa_log_format_time(const struct timespec *when, char *out, size_t size);
/* A monotonic clock, in nanoseconds (no system call where the C library has a vDSO). */
uint64_t esa_log_monotonic_ns(void);
/* A record of an event, not a finding: ts, pid, host, sapi, kind, and uri or script;
 * the caller adds its fields. */
void esa_log_record_init_event(zval *record, const char *kind);
/* Encodes the record in the configured format and queues it; the caller still owns it. */
void esa_log_queue(zval *record);
/* Writes every queued record (a batch per write(), whole lines only). */
void esa_log_flush(void);

/* Listener of the findings store: logs the findings it has just recorded. The
 * store deduplicates them, so the log writes each once per process between
 * resets: a finding recorded again after extsockets_audit_reset() is logged again. */
void esa_log_findings_added(const esa_finding *items, uint32_t count);

/* At request end: retries what a failing log held back, if it holds any. */
void esa_log_request_shutdown(void);
static zend_always_inline bool esa_log_sink_has_backlog(const esa_log_sink *sink)
{
	return sink->pending_len > 0 || sink->stream_len > 0;
}

/* phpinfo() rows. */
void esa_log_info(void);

#endif
