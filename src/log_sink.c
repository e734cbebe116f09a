/* The audit log: one record per finding, as JSON Lines or text, appended to a
 * file that many processes share, or sent to syslog. */

#include <errno.h>
#include <inttypes.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/types.h>
#ifndef PHP_WIN32
# include <unistd.h>
# include <sys/socket.h>
# include <sys/uio.h>
# include <sys/un.h>
#endif

#include "php.h"
#include "php_globals.h"
#include "SAPI.h"
#include "ext/json/php_json.h"
#include "ext/standard/base64.h"
#include "ext/standard/info.h"
#include "zend_smart_str.h"

#include "php_extsockets_audit.h"
#include "log_sink.h"

#ifndef O_NOFOLLOW
# define O_NOFOLLOW 0
#endif
#ifndef O_CLOEXEC
# define O_CLOEXEC 0
#endif
#ifndef O_NOCTTY
# define O_NOCTTY 0
#endif
#ifndef PIPE_BUF
# define PIPE_BUF 512
#endif
#ifndef LOG_WARNING
# define LOG_WARNING 4
#endif
#ifndef LOG_INFO
# define LOG_INFO 6
#endif

/* Largest write(): a batch of whole lines, or one line if it is longer. Writes
 * with O_APPEND to a local file are not interleaved with other writers' at any
 * size; the limit bounds what a short write (a full disk) can cut. */
#define ESA_LOG_CHUNK (64 * 1024)
/* Largest backlog held while the log cannot be written; records beyond it are dropped. */
#define ESA_LOG_HOLD_MAX (1024 * 1024)
/* Readable paths and names; bytes that are not UTF-8 become U+FFFD, and the
 * exact bytes go to <field>_b64. Control characters are always escaped: the
 * C0 ones by the encoder, the others by esa_log_append_escaped(). */
#define ESA_LOG_JSON_OPTIONS \
	(PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_INVALID_UTF8_SUBSTITUTE)

static void esa_log_close(esa_log_sink *sink)
{
	if (sink->fd >= 0) {
		close(sink->fd);
	}
	sink->fd = -1;
	sink->torn = false;
}

void esa_log_sink_init(esa_log_sink *sink)
{
	memset(sink, 0, sizeof(*sink));
	sink->fd = -1;
}

static void esa_log_forget_configuration(esa_log_sink *sink)
{
	esa_log_close(sink);
	if (sink->path) {
		pefree(sink->path, 1);
	}
	if (sink->setting) {
		pefree(sink->setting, 1);
	}
	sink->path = sink->setting = NULL;
	sink->target = ESA_LOG_OFF;
	sink->configured = false;
}

bool esa_log_setting_valid(const char *value, size_t len)
{
	if (len == 0 || strcmp(value, "syslog") == 0) {
		return true;
	}
	if (strlen(value) != len) {
		return false;
	}
	if (strncmp(value, "syslog:", sizeof("syslog:") - 1) == 0) {
		value += sizeof("syslog:") - 1;
	}
	/* Relative paths would depend on each SAPI's working directory. */
	return value[0] == '/' && value[1] != '\0';
}

static void esa_log_configure(esa_log_sink *sink, const char *setting, bool text)
{
	esa_log_forget_configuration(sink);
	sink->configured = true;
	sink->setting = pestrdup(setting, 1);
	sink->text = text;
	if (setting[0] == '\0' || !esa_log_setting_valid(setting, strlen(setting))) {
		return;
	}
	if (strcmp(setting, "syslog") == 0) {
		sink->target = ESA_LOG_SYSLOG;
		sink->path = pestrdup("/dev/log", 1);
	} else if (strncmp(setting, "syslog:", sizeof("syslog:") - 1) == 0) {
		sink->target = ESA_LOG_SYSLOG;
		sink->path = pestrdup(setting + sizeof("syslog:") - 1, 1);
	} else {
		sink->target = ESA_LOG_FILE;
		sink->path = pestrdup(setting, 1);
	}
}

/* A forked child (FPM worker, php -S worker, pcntl_fork) shares the parent's
 * descriptor, which O_APPEND makes safe, but not its backlog: written by both,
 * held-back records would appear twice. Its warnings and counters are its own. */
static void esa_log_adopt(esa_log_sink *sink)
{
	pid_t pid = getpid();
	if (sink->pid == pid) {
		return;
	}
	if (sink->pid != 0) {
		sink->pending_len = 0;
		sink->pending_records = 0;
		sink->warned = sink->failing = sink->attempted = false;
		sink->written = sink->dropped = 0;
		sink->last_errno = 0;
	}
	sink->pid = pid;
}

/* The sink of this process, configured from the ini on first use, and again
 * if the setting changed since (an FPM pool's php_admin_value, applied in a
 * worker forked from a master that had already used the log). */
static esa_log_sink *esa_sink(void)
{
	esa_log_sink *sink = &ESA_G(log_sink);
	const char *setting = ESA_G(log_setting) ? ESA_G(log_setting) : "";
	bool text = ESA_G(log_format) && strcasecmp(ESA_G(log_format), "text") == 0;
	esa_log_adopt(sink);
	if (!sink->configured || text != sink->text || strcmp(setting, sink->setting) != 0) {
		esa_log_configure(sink, setting, text);
	}
	return sink;
}

bool esa_log_enabled(void)
{
	return esa_sink()->target != ESA_LOG_OFF;
}

static void esa_log_timestamp(char *out, size_t size)
{
	struct timespec now;
	struct tm tm;
	time_t seconds;
	clock_gettime(CLOCK_REALTIME, &now);
	seconds = now.tv_sec;
	gmtime_r(&seconds, &tm);
	snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
		tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long) (now.tv_nsec / 1000));
}

/* PHP's own encoder, without leaving a trace in the audited program's json_last_error(). */
static bool esa_json_encode(smart_str *out, zval *value, int options)
{
	php_json_error_code saved = JSON_G(error_code);
	bool ok = php_json_encode_ex(out, value, options, 8) == SUCCESS;
	JSON_G(error_code) = saved;
	return ok;
}

/* Valid UTF-8 as PHP's JSON encoder sees it: the encoder itself is asked. */
static bool esa_is_utf8(const char *s, size_t len)
{
	size_t i;
	smart_str scratch = {0};
	zval value;
	bool ok;
	for (i = 0; i < len && !(s[i] & 0x80); i++);
	if (i == len) {
		return true;
	}
	ZVAL_STRINGL(&value, s, len);
	ok = esa_json_encode(&scratch, &value, 0);
	smart_str_free(&scratch);
	zval_ptr_dtor(&value);
	return ok;
}

/* A string field, and its exact bytes in <key>_b64 when they are not UTF-8
 * (the field then carries U+FFFD in their place). */
static void esa_record_add_string(zval *record, zval *raw, const char *key, const char *s, size_t len)
{
	add_assoc_stringl(record, key, s, len);
	if (!esa_is_utf8(s, len)) {
		char b64_key[32];
		snprintf(b64_key, sizeof(b64_key), "%s_b64", key);
		add_assoc_str(raw, b64_key, php_base64_encode((const unsigned char *) s, len));
	}
}

void esa_log_record_init(zval *record, const esa_finding *f)
{
	char ts[64];
	zval raw;
	const char *uri = SG(request_info).request_uri;
	const char *script = SG(request_info).path_translated;

	array_init_size(record, 16);
	array_init(&raw);
	esa_log_timestamp(ts, sizeof(ts));
	add_assoc_string(record, "ts", ts);
	add_assoc_long(record, "pid", (zend_long) getpid());
	add_assoc_string(record, "sapi", sapi_module.name ? sapi_module.name : "");
	esa_record_add_string(record, &raw, "file", ZSTR_VAL(f->file), ZSTR_LEN(f->file));
	add_assoc_long(record, "line", (zend_long) f->line);
	esa_record_add_string(record, &raw, "scope", ZSTR_VAL(f->scope), ZSTR_LEN(f->scope));
	add_assoc_string(record, "kind", esa_kind_name((esa_kind) f->kind));
	add_assoc_stringl(record, "symbol", f->symbol->name, f->symbol->name_len);
	add_assoc_string(record, "form", esa_form_name((esa_form) f->form));
	/* Web SAPIs name the request; the query string is left out, as it may carry secrets. */
	if (uri && *uri) {
		esa_record_add_string(record, &raw, "uri", uri, strcspn(uri, "?"));
	} else if (script && *script) {
		esa_record_add_string(record, &raw, "script", script, strlen(script));
	}
	zend_hash_merge(Z_ARRVAL_P(record), Z_ARRVAL(raw), zval_add_ref, 1);
	zval_ptr_dtor(&raw);
}

/* Text values that read unambiguously without quotes; anything else is written
 * as a JSON string, by the same encoder as the JSON format. */
static bool esa_text_is_bare(const char *s, size_t len)
{
	if (len == 0) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| c == '_' || c == '.' || c == '/' || c == ':' || c == '-' || c == '+' || c == '@')) {
			return false;
		}
	}
	return true;
}

/* key=value pairs in the record's order (logfmt). */
static bool esa_log_encode_text(smart_str *out, zval *record)
{
	zend_string *key;
	zval *value;
	bool first = true;
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(record), key, value) {
		if (!key) {
			continue;
		}
		if (!first) {
			smart_str_appendc(out, ' ');
		}
		first = false;
		smart_str_append(out, key);
		smart_str_appendc(out, '=');
		if (Z_TYPE_P(value) == IS_STRING && esa_text_is_bare(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
			smart_str_append(out, Z_STR_P(value));
		} else if (!esa_json_encode(out, value, ESA_LOG_JSON_OPTIONS)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The length of the UTF-8 sequence at s if it is a character PHP's encoder
 * leaves as it is but a log must not carry raw, 0 otherwise: DEL and the C1
 * controls (U+007F-U+009F, NEL U+0085 among them), the line and paragraph
 * separators (U+2028, U+2029) and the bidirectional controls (U+061C, U+200E,
 * U+200F, U+202A-U+202E, U+2066-U+2069), which reorder what a terminal or an
 * editor shows. The C0 controls are escaped by the encoder itself. */
static size_t esa_log_hidden_char(const unsigned char *s, size_t left, unsigned *cp)
{
	if (s[0] == 0x7f) {
		*cp = 0x7f;
		return 1;
	}
	if (left >= 2 && (s[1] & 0xc0) == 0x80 && (s[0] == 0xc2 || s[0] == 0xd8)) {
		*cp = ((unsigned) (s[0] & 0x1f) << 6) | (s[1] & 0x3f);
		return *cp <= 0x9f || *cp == 0x61c ? 2 : 0;
	}
	if (left >= 3 && s[0] == 0xe2 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		*cp = ((unsigned) (s[0] & 0x0f) << 12) | ((unsigned) (s[1] & 0x3f) << 6) | (s[2] & 0x3f);
		return *cp == 0x200e || *cp == 0x200f || (*cp >= 0x2028 && *cp <= 0x202e)
			|| (*cp >= 0x2066 && *cp <= 0x2069) ? 3 : 0;
	}
	return 0;
}

/* Appends an encoded record with those characters written as \uXXXX. Both
 * formats write every non-ASCII byte inside a JSON string (keys and bare text
 * values are ASCII), so an escape there reads back as the same character. */
static void esa_log_append_escaped(smart_str *out, const char *encoded, size_t len)
{
	const unsigned char *s = (const unsigned char *) encoded;
	size_t done = 0;
	for (size_t i = 0; i < len; ) {
		unsigned cp;
		size_t n = s[i] == 0x7f || s[i] == 0xc2 || s[i] == 0xd8 || s[i] == 0xe2
			? esa_log_hidden_char(s + i, len - i, &cp) : 0;
		if (n == 0) {
			i++;
			continue;
		}
		smart_str_appendl(out, encoded + done, i - done);
		{
			static const char hex[] = "0123456789abcdef";
			char escape[6] = {'\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15], hex[cp & 15]};
			smart_str_appendl(out, escape, sizeof(escape));
		}
		i += n;
		done = i;
	}
	smart_str_appendl(out, encoded + done, len - done);
}

/* A record as one line, without its line break, in the configured format. */
static bool esa_log_encode(const esa_log_sink *sink, zval *record, smart_str *out)
{
	smart_str raw = {0};
	bool ok = sink->text ? esa_log_encode_text(&raw, record) : esa_json_encode(&raw, record, ESA_LOG_JSON_OPTIONS);
	if (ok && raw.s) {
		esa_log_append_escaped(out, ZSTR_VAL(raw.s), ZSTR_LEN(raw.s));
	}
	smart_str_free(&raw);
	return ok && out->s;
}

static void esa_log_failed(esa_log_sink *sink, int err, const char *what, bool quiet)
{
	sink->failing = true;
	sink->last_errno = err;
	strlcpy(sink->last_what, what, sizeof(sink->last_what));
	if (sink->warned || quiet) {
		return;
	}
	sink->warned = true;
	{
		char *message;
		const char *reason = err == ELOOP && strcmp(what, "open") == 0
			? "the path is a symbolic link, which the audit log does not follow" : strerror(err);
		spprintf(&message, 0, "PHP Warning:  extsockets_audit: cannot %s%s the audit log %s%s: %s; "
			"findings are still recorded, and held back until the log can be written again "
			"(this process reports no further failures; see php --ri extsockets_audit)",
			what, sink->target == ESA_LOG_SYSLOG ? " to" : "", sink->target == ESA_LOG_SYSLOG ? "syslog " : "",
			sink->path, reason);
		php_log_err_with_severity(message, LOG_WARNING);
		efree(message);
	}
}

static bool esa_log_open_file(esa_log_sink *sink, bool quiet)
{
	struct stat st;
	int fd, flags;
	if (sink->fd >= 0) {
		/* Rotated by rename, or removed: the path no longer leads to our file. */
		if (lstat(sink->path, &st) == 0 && st.st_dev == sink->dev && st.st_ino == sink->ino) {
			return true;
		}
		esa_log_close(sink);
	}
	/* O_NOFOLLOW: a symbolic link planted at the log's name is never written
	 * through. O_NONBLOCK: opening a FIFO without a reader fails instead of waiting. */
	fd = open(sink->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, 0640);
	if (fd < 0) {
		esa_log_failed(sink, errno, "open", quiet);
		return false;
	}
	if (fstat(fd, &st) != 0 || (flags = fcntl(fd, F_GETFL)) < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
		int err = errno;
		close(fd);
		esa_log_failed(sink, err, "open", quiet);
		return false;
	}
	sink->fd = fd;
	sink->dev = st.st_dev;
	sink->ino = st.st_ino;
	sink->fd_is_fifo = S_ISFIFO(st.st_mode);
	return true;
}

static size_t esa_count_lines(const char *s, size_t len)
{
	size_t n = 0;
	const char *end = s + len;
	while ((s = memchr(s, '\n', (size_t) (end - s))) != NULL) {
		n++;
		s++;
	}
	return n;
}

/* Drops the first `done` bytes (whole lines) of the backlog. */
static void esa_log_consume(esa_log_sink *sink, size_t done, bool written)
{
	size_t lines;
	if (done == 0) {
		return;
	}
	lines = esa_count_lines(sink->pending, done);
	if (written) {
		sink->written += lines;
	} else {
		sink->dropped += lines;
	}
	sink->pending_records -= (uint32_t) lines;
	sink->pending_len -= done;
	memmove(sink->pending, sink->pending + done, sink->pending_len);
}

/* The end of the next write: whole lines, at most `limit` bytes unless one line is longer. */
static size_t esa_chunk_end(const char *buf, size_t off, size_t len, size_t limit)
{
	size_t end = off + limit;
	const char *nl;
	if (end >= len) {
		return len;
	}
	for (size_t i = end; i > off; i--) {
		if (buf[i - 1] == '\n') {
			return i;
		}
	}
	nl = memchr(buf + end, '\n', len - end);
	return nl ? (size_t) (nl - buf) + 1 : len;
}

static ssize_t esa_write(int fd, const char *buf, size_t len)
{
	ssize_t n;
	do {
		n = write(fd, buf, len);
	} while (n < 0 && errno == EINTR);
	return n;
}

static void esa_log_write_file(esa_log_sink *sink, bool quiet)
{
	size_t off = 0;
	if (!esa_log_open_file(sink, quiet)) {
		return;
	}
	if (sink->torn) {
		/* Ends the partial line a short write left, so that it spoils no other record. */
		if (esa_write(sink->fd, "\n", 1) != 1) {
			esa_log_failed(sink, errno ? errno : ENOSPC, "write", quiet);
			return;
		}
		sink->torn = false;
	}
	while (off < sink->pending_len) {
		size_t end = esa_chunk_end(sink->pending, off, sink->pending_len, sink->fd_is_fifo ? PIPE_BUF : ESA_LOG_CHUNK);
		ssize_t n;
		errno = 0;
		n = esa_write(sink->fd, sink->pending + off, end - off);
		if (n < 0) {
			esa_log_failed(sink, errno, "write", quiet);
			break;
		}
		if ((size_t) n < end - off) {
			/* The lines before the cut are in the file; the cut one is written
			 * again, whole, after a line break. */
			size_t cut = off + (size_t) n, line = cut;
			while (line > off && sink->pending[line - 1] != '\n') {
				line--;
			}
			sink->torn = line < cut;
			off = line;
			esa_log_failed(sink, errno ? errno : ENOSPC, "write", quiet);
			break;
		}
		off = end;
	}
	if (off == sink->pending_len) {
		sink->failing = false;
	}
	esa_log_consume(sink, off, true);
}

#ifndef PHP_WIN32
static bool esa_log_connect(esa_log_sink *sink, bool quiet)
{
	struct sockaddr_un addr;
	static const int types[] = {SOCK_DGRAM, SOCK_STREAM};
	int err = 0;
	if (sink->fd >= 0) {
		return true;
	}
	if (strlen(sink->path) >= sizeof(addr.sun_path)) {
		esa_log_failed(sink, ENAMETOOLONG, "connect", quiet);
		return false;
	}
	memset(&addr, 0, sizeof(addr));
	addr.sun_family = AF_UNIX;
	strcpy(addr.sun_path, sink->path);
	/* Like the C library's syslog(): a datagram socket, or a stream one. */
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		int fd = socket(AF_UNIX, types[i] | SOCK_CLOEXEC, 0);
		if (fd < 0) {
			err = errno;
			break;
		}
		if (connect(fd, (struct sockaddr *) &addr, sizeof(addr)) == 0) {
			sink->fd = fd;
			sink->fd_is_stream = types[i] == SOCK_STREAM;
			return true;
		}
		err = errno;
		close(fd);
		if (err != EPROTOTYPE) {
			break;
		}
	}
	esa_log_failed(sink, err, "connect", quiet);
	return false;
}

/* One message per record: <PRI>Mmm dd hh:mm:ss extsockets_audit[pid]: record.
 * The month comes from a table, not strftime(), whose names follow the locale. */
static int esa_syslog_header(char *out, size_t size)
{
	static const char months[12][4] = {
		"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return snprintf(out, size, "<%d>%s %2d %02d:%02d:%02d extsockets_audit[%ld]: ",
		(int) ((PG(syslog_facility) & ~7) | LOG_INFO), months[tm.tm_mon % 12], tm.tm_mday,
		tm.tm_hour, tm.tm_min, tm.tm_sec, (long) getpid());
}

static void esa_log_send_syslog(esa_log_sink *sink, bool quiet)
{
	char header[96];
	size_t off = 0;
	bool reconnected = false;
	int header_len = esa_syslog_header(header, sizeof(header));
	while (off < sink->pending_len) {
		const char *line = sink->pending + off;
		const char *nl = memchr(line, '\n', sink->pending_len - off);
		size_t len = nl ? (size_t) (nl - line) : sink->pending_len - off;
		struct iovec iov[3];
		struct msghdr msg;
		ssize_t n;
		if (!esa_log_connect(sink, quiet)) {
			break;
		}
		iov[0].iov_base = header;
		iov[0].iov_len = (size_t) header_len;
		iov[1].iov_base = (void *) line;
		iov[1].iov_len = len;
		iov[2].iov_base = (void *) "";
		iov[2].iov_len = 1;
		memset(&msg, 0, sizeof(msg));
		msg.msg_iov = iov;
		msg.msg_iovlen = sink->fd_is_stream ? 3 : 2;
		do {
			n = sendmsg(sink->fd, &msg, MSG_NOSIGNAL);
		} while (n < 0 && errno == EINTR);
		if (n < 0) {
			int err = errno;
			if (err == EMSGSIZE) {
				/* Too long for any datagram: it could never be sent. */
				esa_log_consume(sink, off, true);
				esa_log_consume(sink, len + 1, false);
				off = 0;
				continue;
			}
			esa_log_close(sink);
			/* The syslog daemon restarted: its socket is a new one. */
			if (!reconnected && (err == ECONNREFUSED || err == ENOTCONN || err == ECONNRESET || err == EPIPE)) {
				reconnected = true;
				continue;
			}
			esa_log_failed(sink, err, "send", quiet);
			break;
		}
		off += len + 1;
	}
	if (off >= sink->pending_len) {
		off = sink->pending_len;
		sink->failing = false;
	}
	esa_log_consume(sink, off, true);
}
#endif

static void esa_log_write_out(esa_log_sink *sink, bool quiet)
{
	if (sink->pending_len == 0 || sink->target == ESA_LOG_OFF) {
		return;
	}
	sink->attempted = true;
	esa_log_timestamp(sink->last_time, sizeof(sink->last_time));
	if (sink->target == ESA_LOG_FILE) {
		esa_log_write_file(sink, quiet);
	} else {
#ifndef PHP_WIN32
		esa_log_send_syslog(sink, quiet);
#else
		esa_log_failed(sink, ENOSYS, "connect", quiet);
#endif
	}
}

static void esa_log_append(esa_log_sink *sink, const char *line, size_t len)
{
	if (sink->failing && sink->pending_len + len > ESA_LOG_HOLD_MAX) {
		sink->dropped++;
		return;
	}
	if (sink->pending_len + len > sink->pending_capacity) {
		size_t capacity = sink->pending_capacity ? sink->pending_capacity : 4096;
		while (capacity < sink->pending_len + len) {
			capacity *= 2;
		}
		sink->pending = perealloc(sink->pending, capacity, 1);
		sink->pending_capacity = capacity;
	}
	memcpy(sink->pending + sink->pending_len, line, len);
	sink->pending_len += len;
	sink->pending_records++;
	/* A healthy log takes big batches in slices; a failing one is retried at
	 * the next flush, not on every record. */
	if (!sink->failing && sink->pending_len >= ESA_LOG_CHUNK) {
		esa_log_write_out(sink, false);
	}
}

static void esa_log_queue_in(esa_log_sink *sink, zval *record)
{
	smart_str line = {0};
	if (esa_log_encode(sink, record, &line)) {
		smart_str_appendc(&line, '\n');
		esa_log_append(sink, ZSTR_VAL(line.s), ZSTR_LEN(line.s));
	} else {
		sink->dropped++;
	}
	smart_str_free(&line);
}

void esa_log_queue(zval *record)
{
	esa_log_sink *sink = esa_sink();
	if (sink->target != ESA_LOG_OFF) {
		esa_log_queue_in(sink, record);
	}
}

void esa_log_flush(void)
{
	esa_log_write_out(esa_sink(), false);
}

/* The identity of a finding, as the store sees it, in a key that outlives the store. */
static void esa_log_key(smart_str *key, const esa_finding *f)
{
	size_t len = ZSTR_LEN(f->file);
	smart_str_appendl(key, (const char *) &len, sizeof(len));
	smart_str_append(key, f->file);
	len = ZSTR_LEN(f->scope);
	smart_str_appendl(key, (const char *) &len, sizeof(len));
	smart_str_append(key, f->scope);
	smart_str_appendl(key, (const char *) &f->symbol, sizeof(f->symbol));
	smart_str_appendl(key, (const char *) &f->line, sizeof(f->line));
	smart_str_appendc(key, (char) f->kind);
	smart_str_appendc(key, (char) f->form);
}

void esa_log_findings_added(const esa_finding *items, uint32_t count)
{
	esa_log_sink *sink = esa_sink();
	if (sink->target == ESA_LOG_OFF) {
		return;
	}
	for (uint32_t i = 0; i < count; i++) {
		zval record;
		if (sink->logged) {
			smart_str key = {0};
			bool seen;
			esa_log_key(&key, &items[i]);
			seen = zend_hash_exists(sink->logged, key.s);
			smart_str_free(&key);
			if (seen) {
				continue;
			}
		}
		esa_log_record_init(&record, &items[i]);
		esa_log_queue_in(sink, &record);
		zval_ptr_dtor(&record);
	}
	/* One write per compile: the whole file's findings in one batch. */
	esa_log_write_out(sink, false);
}

void esa_log_store_reset(const esa_store *store)
{
	esa_log_sink *sink = esa_sink();
	if (sink->target == ESA_LOG_OFF || store->count == 0) {
		return;
	}
	if (!sink->logged) {
		sink->logged = pemalloc(sizeof(HashTable), 1);
		zend_hash_init(sink->logged, store->count, NULL, NULL, 1);
	}
	for (uint32_t i = 0; i < store->count; i++) {
		smart_str key = {0};
		esa_log_key(&key, &store->items[i]);
		smart_str_0(&key);
		zend_hash_str_add_empty_element(sink->logged, ZSTR_VAL(key.s), ZSTR_LEN(key.s));
		smart_str_free(&key);
	}
}

void esa_log_sink_destroy(esa_log_sink *sink)
{
	if (sink->pid == getpid() && sink->pending_len > 0 && sink->path) {
		esa_log_write_out(sink, true);
	}
	esa_log_forget_configuration(sink);
	if (sink->pending) {
		pefree(sink->pending, 1);
	}
	if (sink->logged) {
		zend_hash_destroy(sink->logged);
		pefree(sink->logged, 1);
	}
	esa_log_sink_init(sink);
}

/* Whether the path or socket can be opened now, for php --ri, which writes
 * nothing itself. access() answers for the real user (php --ri is run by hand);
 * a full disk shows only when writing. */
static void esa_log_probe(const esa_log_sink *sink, char *out, size_t size)
{
	struct stat st;
	if (sink->target == ESA_LOG_SYSLOG) {
#ifndef PHP_WIN32
		int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
		struct sockaddr_un addr;
		memset(&addr, 0, sizeof(addr));
		addr.sun_family = AF_UNIX;
		strlcpy(addr.sun_path, sink->path, sizeof(addr.sun_path));
		if (fd >= 0 && (connect(fd, (struct sockaddr *) &addr, sizeof(addr)) == 0 || errno == EPROTOTYPE)) {
			snprintf(out, size, "accepts connections");
		} else {
			snprintf(out, size, "cannot connect: %s", strerror(errno));
		}
		if (fd >= 0) {
			close(fd);
		}
#else
		snprintf(out, size, "cannot connect: not supported on this platform");
#endif
		return;
	}
	if (lstat(sink->path, &st) == 0) {
		if (S_ISLNK(st.st_mode)) {
			snprintf(out, size, "not writable: the path is a symbolic link, which the audit log does not follow");
		} else if (S_ISDIR(st.st_mode)) {
			snprintf(out, size, "not writable: %s", strerror(EISDIR));
		} else if (access(sink->path, W_OK) == 0) {
			snprintf(out, size, "writable");
		} else {
			snprintf(out, size, "not writable: %s", strerror(errno));
		}
	} else if (errno == ENOENT) {
		char dir[PATH_MAX];
		char *slash;
		strlcpy(dir, sink->path, sizeof(dir));
		slash = strrchr(dir, '/');
		if (slash == dir) {
			slash[1] = '\0';
		} else if (slash) {
			*slash = '\0';
		}
		if (access(dir, W_OK | X_OK) == 0) {
			snprintf(out, size, "writable (it will be created)");
		} else {
			snprintf(out, size, "not writable: %s: %s", dir, strerror(errno));
		}
	} else {
		snprintf(out, size, "not writable: %s", strerror(errno));
	}
}

void esa_log_info(void)
{
	esa_log_sink *sink = esa_sink();
	char buf[512];
	const char *format = sink->text ? "text" : "json";
	if (sink->target == ESA_LOG_OFF) {
		php_info_print_table_row(2, "Audit log", "off");
		return;
	}
	snprintf(buf, sizeof(buf), "%s%s (%s)", sink->target == ESA_LOG_SYSLOG ? "syslog " : "", sink->path, format);
	php_info_print_table_row(2, "Audit log", buf);
	if (!sink->attempted) {
		snprintf(buf, sizeof(buf), "none in this process");
	} else if (sink->failing) {
		snprintf(buf, sizeof(buf), "failed at %s: %s: %s", sink->last_time, sink->last_what,
			sink->last_errno == ELOOP && strcmp(sink->last_what, "open") == 0
				? "the path is a symbolic link, which the audit log does not follow" : strerror(sink->last_errno));
	} else {
		snprintf(buf, sizeof(buf), "ok at %s", sink->last_time);
	}
	php_info_print_table_row(2, "Audit log last write", buf);
	esa_log_probe(sink, buf, sizeof(buf));
	php_info_print_table_row(2, "Audit log path check", buf);
	snprintf(buf, sizeof(buf), "%" PRIu64 " written, %" PRIu32 " held back, %" PRIu64 " dropped",
		sink->written, sink->pending_records, sink->dropped);
	php_info_print_table_row(2, "Audit log records", buf);
}

void esa_log_request_shutdown(void)
{
	/* Retries what a failing log held back, even if no new finding comes. */
	if (ESA_G(log_sink).pending_len > 0) {
		esa_log_flush();
	}
}
