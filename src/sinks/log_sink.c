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
# include <pthread.h>
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
#include "sinks/log_sink.h"

#ifndef O_NOFOLLOW
# define O_NOFOLLOW 0
#endif
#ifndef O_CLOEXEC
# define O_CLOEXEC 0
#endif
#ifndef O_NOCTTY
# define O_NOCTTY 0
#endif
#ifndef SOCK_NONBLOCK
# define SOCK_NONBLOCK 0
#endif
#ifndef MSG_DONTWAIT
# define MSG_DONTWAIT 0
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
/* Largest syslog message, header included: rsyslog's default maxMessageSize
 * (it cuts longer ones anywhere, JSON or not), and what every daemon takes;
 * less when the socket's send buffer is smaller (a BSD's 2 KiB datagrams), and
 * halved when a send fails with EMSGSIZE all the same, down to the minimum. */
#define ESA_SYSLOG_MAX 8192
#define ESA_SYSLOG_MIN 1024
/* A string field shorter than this is never cut to make a record fit. */
#define ESA_LOG_CUT_MIN 16
/* How often a process checks that the log's path still names its open file. */
#define ESA_LOG_CHECK_NS 1000000000u
/* Largest backlog held while the log cannot be written; records beyond it are dropped. */
#define ESA_LOG_HOLD_MAX (1024 * 1024)
/* Readable paths and names; bytes that are not UTF-8 become U+FFFD, and the
 * exact bytes go to <field>_b64. Control characters are always escaped: the
 * C0 ones by the encoder, the others by esa_log_append_escaped(). */
#define ESA_LOG_JSON_OPTIONS \
	(PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_INVALID_UTF8_SUBSTITUTE)

/* This process's id, read at startup and again in each child that fork()
 * makes (an at-fork handler, single-threaded there), so that neither a record
 * nor the check for a fork costs a getpid() call. Process-wide; written only
 * at startup and in a fork's child. */
static pid_t esa_pid;

/* The system's host name, read once at startup, for records when
 * extsockets_audit.host is empty: no record costs a system call. Process-wide;
 * written only at startup (a forked child keeps its parent's). */
static char esa_system_host[ESA_LOG_HOST_MAX + 1];

static void esa_log_after_fork(void)
{
	esa_pid = getpid();
}

void esa_log_startup(void)
{
	/* Statics start afresh each time the module is loaded; glibc unregisters
	 * a handler when the library it lives in is unloaded. */
	static bool registered;
	esa_pid = getpid();
	memset(esa_system_host, 0, sizeof(esa_system_host));
#ifndef PHP_WIN32
	/* A name as long as the buffer may come back without its NUL: the last byte stays one. */
	if (gethostname(esa_system_host, sizeof(esa_system_host) - 1) != 0) {
		esa_system_host[0] = '\0';
	}
#else
	{
		DWORD size = (DWORD) sizeof(esa_system_host) - 1;
		if (!GetComputerNameA(esa_system_host, &size)) {
			esa_system_host[0] = '\0';
		}
	}
#endif
#ifndef PHP_WIN32
	if (!registered) {
		registered = pthread_atfork(NULL, NULL, esa_log_after_fork) == 0;
	}
#endif
}

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
	sink->syslog_max = 0;
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
	pid_t pid = esa_pid;
	if (sink->pid == pid) {
		return;
	}
	if (sink->pid != 0) {
		sink->pending_len = 0;
		sink->pending_records = 0;
		/* The parent finishes its own message; a stream shared by two writers
		 * could mix their messages, so the child connects on its own. */
		sink->stream_len = sink->stream_sent = 0;
		if (sink->target == ESA_LOG_SYSLOG && sink->fd_is_stream) {
			esa_log_close(sink);
		}
		sink->warned = sink->failing = sink->attempted = false;
		sink->written = sink->dropped = sink->truncated = 0;
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

const char *esa_log_host(bool *from_setting)
{
	const char *setting = ESA_G(host_setting);
	bool set = setting && *setting;
	if (from_setting) {
		*from_setting = set;
	}
	return set ? setting : esa_system_host;
}

bool esa_log_enabled(void)
{
	return esa_sink()->target != ESA_LOG_OFF;
}

void esa_log_format_time(const struct timespec *when, char *out, size_t size)
{
	struct tm tm;
	time_t seconds = when->tv_sec;
	gmtime_r(&seconds, &tm);
	snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
		tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long) (when->tv_nsec / 1000));
}

static void esa_log_timestamp(char *out, size_t size)
{
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	esa_log_format_time(&now, out, size);
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

/* The fields every record starts with: when, which process on which host. */
static void esa_record_begin(zval *record, zval *raw, uint32_t size)
{
	char ts[64];
	const char *host = esa_log_host(NULL);
	array_init_size(record, size);
	array_init(raw);
	esa_log_timestamp(ts, sizeof(ts));
	add_assoc_string(record, "ts", ts);
	add_assoc_long(record, "pid", (zend_long) esa_pid);
	esa_record_add_string(record, raw, "host", host, strlen(host));
	add_assoc_string(record, "sapi", sapi_module.name ? sapi_module.name : "");
}

/* The fields every record ends with: the request (with_request), then the
 * exact bytes of any field that is not UTF-8. */
static void esa_record_end(zval *record, zval *raw, bool with_request)
{
	const char *uri = SG(request_info).request_uri;
	const char *script = SG(request_info).path_translated;
	/* Web SAPIs name the request; the query string is left out, as it may carry secrets. */
	if (!with_request) {
		/* no request: a count over an interval, or the process ending */
	} else if (uri && *uri) {
		esa_record_add_string(record, raw, "uri", uri, strcspn(uri, "?"));
	} else if (script && *script) {
		esa_record_add_string(record, raw, "script", script, strlen(script));
	}
	zend_hash_merge(Z_ARRVAL_P(record), Z_ARRVAL_P(raw), zval_add_ref, 1);
	zval_ptr_dtor(raw);
}

void esa_log_record_init(zval *record, const esa_finding *f, bool with_request)
{
	zval raw;
	esa_record_begin(record, &raw, 16);
	esa_record_add_string(record, &raw, "file", ZSTR_VAL(f->file), ZSTR_LEN(f->file));
	add_assoc_long(record, "line", (zend_long) f->line);
	esa_record_add_string(record, &raw, "scope", ZSTR_VAL(f->scope), ZSTR_LEN(f->scope));
	add_assoc_string(record, "kind", esa_kind_name((esa_kind) f->kind));
	add_assoc_stringl(record, "symbol", f->symbol->name, f->symbol->name_len);
	add_assoc_string(record, "form", esa_form_name((esa_form) f->form));
	add_assoc_string(record, "impact", esa_impact_name((esa_impact) f->impact));
	esa_record_end(record, &raw, with_request);
}

void esa_log_record_init_event(zval *record, const char *kind)
{
	zval raw;
	esa_record_begin(record, &raw, 8);
	add_assoc_string(record, "kind", kind);
	esa_record_end(record, &raw, true);
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

#ifndef PHP_WIN32
/* PHP's own decoder, which reads up to a NUL: given a copy that ends with one. */
static bool esa_json_decode(zval *out, const char *s, size_t len, zend_long options, zend_long depth)
{
	zend_string *copy = zend_string_init(s, len, 0);
	bool ok = php_json_decode_ex(out, ZSTR_VAL(copy), ZSTR_LEN(copy), options, depth) == SUCCESS;
	zend_string_release(copy);
	return ok;
}

/* key=value pairs back into a record: bare values as strings (an integer
 * written bare reads back as the same digits), quoted ones as JSON strings. */
static bool esa_log_decode_text(const char *s, size_t len, zval *record)
{
	size_t i = 0;
	array_init(record);
	while (i < len) {
		size_t key = i, value;
		zval v;
		while (i < len && s[i] != '=' && s[i] != ' ') {
			i++;
		}
		if (i == len || s[i] != '=' || i == key) {
			return false;
		}
		value = ++i;
		if (i < len && s[i] == '"') {
			for (i++; i < len && s[i] != '"'; i++) {
				if (s[i] == '\\') {
					i++;
				}
			}
			if (i >= len) {
				return false;
			}
			i++;
			if (!esa_json_decode(&v, s + value, i - value, 0, 1) || Z_TYPE(v) != IS_STRING) {
				zval_ptr_dtor(&v);
				return false;
			}
		} else {
			while (i < len && s[i] != ' ') {
				i++;
			}
			ZVAL_STRINGL(&v, s + value, i - value);
		}
		zend_hash_str_update(Z_ARRVAL_P(record), s + key, value - 1 - key, &v);
		if (i < len && s[i++] != ' ') {
			return false;
		}
	}
	return true;
}

/* An encoded line back into the record it was made from. */
static bool esa_log_decode_line(const esa_log_sink *sink, const char *line, size_t len, zval *record)
{
	php_json_error_code saved = JSON_G(error_code);
	bool ok;
	ZVAL_UNDEF(record);
	if (sink->text) {
		ok = esa_log_decode_text(line, len, record);
	} else {
		ok = esa_json_decode(record, line, len, PHP_JSON_OBJECT_AS_ARRAY, 4) && Z_TYPE_P(record) == IS_ARRAY;
	}
	JSON_G(error_code) = saved;
	if (!ok) {
		zval_ptr_dtor(record);
		ZVAL_UNDEF(record);
	}
	return ok;
}

typedef struct {
	zend_string *key;
	zend_string *value;     /* as decoded: valid UTF-8 */
	size_t kept;            /* bytes of it the record keeps */
	size_t encoded;         /* what they take once encoded */
	bool cut;
} esa_log_cut;

/* The length of a string encoded as in a record, quotes left out. */
static size_t esa_log_encoded_len(const char *s, size_t len)
{
	zval value;
	smart_str out = {0};
	size_t encoded = len;
	ZVAL_STRINGL(&value, s, len);
	if (esa_json_encode(&out, &value, ESA_LOG_JSON_OPTIONS) && out.s) {
		smart_str escaped = {0};
		esa_log_append_escaped(&escaped, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
		encoded = escaped.s && ZSTR_LEN(escaped.s) >= 2 ? ZSTR_LEN(escaped.s) - 2 : len;
		smart_str_free(&escaped);
	}
	smart_str_free(&out);
	zval_ptr_dtor(&value);
	return encoded;
}

/* Sets a field to the first `kept` bytes of its value and the marker, and
 * "truncated" to the names of the fields cut so far, in the record's order. */
static void esa_log_cut_field(zval *record, esa_log_cut *fields, uint32_t count, uint32_t which)
{
	esa_log_cut *f = &fields[which];
	smart_str value = {0}, names = {0};
	zval zv;
	smart_str_appendl(&value, ZSTR_VAL(f->value), f->kept);
	smart_str_appends(&value, "\xe2\x80\xa6[truncated ");
	smart_str_append_unsigned(&value, (zend_ulong) (ZSTR_LEN(f->value) - f->kept));
	smart_str_appends(&value, " bytes]");
	smart_str_0(&value);
	ZVAL_STR(&zv, value.s);
	zend_hash_update(Z_ARRVAL_P(record), f->key, &zv);
	f->cut = true;
	for (uint32_t i = 0; i < count; i++) {
		if (fields[i].cut) {
			if (names.s) {
				smart_str_appendc(&names, ',');
			}
			smart_str_append(&names, fields[i].key);
		}
	}
	smart_str_0(&names);
	ZVAL_STR(&zv, names.s);
	zend_hash_str_update(Z_ARRVAL_P(record), "truncated", sizeof("truncated") - 1, &zv);
}

/* The record of an encoded line too long for one syslog message, made to fit
 * `budget` bytes: its longest string fields cut, each at a character boundary
 * (a multiple of 4 for base64), followed by "…[truncated N bytes]" (N bytes of
 * the value as logged left out), and listed in a "truncated" field. Cut in the
 * decoded value, never in an escape. False when even that cannot fit. */
static bool esa_log_bound_line(const esa_log_sink *sink, const char *line, size_t len, size_t budget, smart_str *out)
{
	esa_log_cut fields[32];
	uint32_t count = 0;
	zend_string *key;
	zval record, *value;
	bool ok = false;
	if (!esa_log_decode_line(sink, line, len, &record)) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(record), key, value) {
		if (key && Z_TYPE_P(value) == IS_STRING && count < sizeof(fields) / sizeof(fields[0])) {
			fields[count].key = zend_string_copy(key);
			fields[count].value = zend_string_copy(Z_STR_P(value));
			fields[count].kept = Z_STRLEN_P(value);
			fields[count].encoded = 0;
			fields[count].cut = false;
			count++;
		}
	} ZEND_HASH_FOREACH_END();
	/* Each round cuts the longest fields down to one length, as long as they
	 * can and no shorter than needed, so that what is over (and a margin for
	 * the markers and the "truncated" field) goes; a few rounds at most. */
	for (uint32_t round = 0; round < 64; round++) {
		size_t need, level, low = 0, high = 0;
		bool progress = false;
		smart_str_free(out);
		if (!esa_log_encode(sink, &record, out)) {
			break;
		}
		if (ZSTR_LEN(out->s) <= budget) {
			ok = true;
			break;
		}
		need = ZSTR_LEN(out->s) - budget + 64;
		for (uint32_t i = 0; i < count; i++) {
			if (fields[i].kept >= ESA_LOG_CUT_MIN && fields[i].kept > high) {
				high = fields[i].kept;
			}
			/* A byte of a field takes a byte or more once encoded (an escape, six). */
			fields[i].encoded = fields[i].kept >= ESA_LOG_CUT_MIN
				? esa_log_encoded_len(ZSTR_VAL(fields[i].value), fields[i].kept) : 0;
		}
		/* The highest level that frees what is needed, with each field's bytes
		 * taken at their mean encoded size: a binary search. */
		while (low < high) {
			size_t mid = low + (high - low + 1) / 2, freed = 0;
			for (uint32_t i = 0; i < count; i++) {
				if (fields[i].kept >= ESA_LOG_CUT_MIN && fields[i].kept > mid) {
					freed += (size_t) ((uint64_t) (fields[i].kept - mid) * fields[i].encoded / fields[i].kept);
				}
			}
			if (freed >= need) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		level = low;
		for (uint32_t i = 0; i < count; i++) {
			size_t kept = level;
			if (fields[i].kept < ESA_LOG_CUT_MIN || fields[i].kept <= level) {
				continue;
			}
			while (kept > 0 && (ZSTR_VAL(fields[i].value)[kept] & 0xc0) == 0x80) {
				kept--;
			}
			if (ZSTR_LEN(fields[i].key) > 4 && strcmp(ZSTR_VAL(fields[i].key) + ZSTR_LEN(fields[i].key) - 4, "_b64") == 0) {
				kept -= kept % 4;
			}
			fields[i].kept = kept;
			esa_log_cut_field(&record, fields, count, i);
			progress = true;
		}
		if (!progress) {
			break;
		}
	}
	for (uint32_t i = 0; i < count; i++) {
		zend_string_release(fields[i].key);
		zend_string_release(fields[i].value);
	}
	zval_ptr_dtor(&record);
	if (!ok) {
		smart_str_free(out);
	}
	return ok;
}

#endif

/* Why the log cannot be written, for the warning and php --ri. */
static void esa_log_reason(char *out, size_t size, int err, const char *kind, const char *what)
{
	if (kind) {
		snprintf(out, size, "the path is %s, which the audit log does not write to "
			"(only to a regular file, or a character device such as /dev/null)", kind);
	} else if (err == ELOOP && strcmp(what, "open") == 0) {
		snprintf(out, size, "the path is a symbolic link, which the audit log does not follow");
	} else {
		snprintf(out, size, "%s", strerror(err));
	}
}

/* A failure: the records stay held back; the first one of the process is
 * reported on PHP's error log (not as a PHP error: that would run the
 * application's error handler in the middle of a compile or of request
 * shutdown, and an ErrorException thrown there would change what PHP does). */
static void esa_log_failed_kind(esa_log_sink *sink, int err, const char *kind, const char *what, bool quiet)
{
	sink->failing = true;
	sink->last_errno = err;
	sink->last_kind = kind;
	strlcpy(sink->last_what, what, sizeof(sink->last_what));
	if (sink->warned || quiet) {
		return;
	}
	sink->warned = true;
	{
		char *message;
		char reason[256];
		esa_log_reason(reason, sizeof(reason), err, kind, what);
		spprintf(&message, 0, "PHP Warning:  extsockets_audit: cannot %s%s the audit log %s%s: %s; "
			"findings are still recorded, and held back until the log can be written again "
			"(this process reports no further failures; see php --ri extsockets_audit)",
			what, sink->target == ESA_LOG_SYSLOG ? " to" : "", sink->target == ESA_LOG_SYSLOG ? "syslog " : "",
			sink->path, reason);
		php_log_err_with_severity(message, LOG_WARNING);
		efree(message);
	}
}

static void esa_log_failed(esa_log_sink *sink, int err, const char *what, bool quiet)
{
	esa_log_failed_kind(sink, err, NULL, what, quiet);
}

/* What a path is, when it is something the log refuses to write to: NULL for a
 * regular file or a character device. A FIFO or a socket would make a write
 * wait on whoever reads it (one that never reads hangs every request), a
 * directory cannot be written, and a block device must never be. A character
 * device (/dev/null, /dev/full, a terminal) is written without blocking: the
 * log opens its own description of it with O_NONBLOCK, leaving the flags of
 * the process's own standard streams alone. */
static const char *esa_log_refused_kind(mode_t mode)
{
	if (S_ISREG(mode) || S_ISCHR(mode)) {
		return NULL;
	}
	if (S_ISFIFO(mode)) {
		return "a FIFO (named pipe)";
	}
	if (S_ISSOCK(mode)) {
		return "a socket";
	}
	if (S_ISDIR(mode)) {
		return "a directory";
	}
	if (S_ISBLK(mode)) {
		return "a block device";
	}
	return "not a regular file";
}

/* Opens the path for appending, never waiting: -1 with *err, or *kind for a
 * path that names something the log does not write to. */
static int esa_log_open_path(const esa_log_sink *sink, struct stat *st, int *err, const char **kind)
{
	/* O_NOFOLLOW: a symbolic link planted at the log's name is never written
	 * through. O_NONBLOCK, kept: neither the open nor a write waits (opening a
	 * FIFO without a reader fails with ENXIO, a full terminal gives EAGAIN). */
	int fd = open(sink->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, 0640);
	*kind = NULL;
	if (fd < 0) {
		*err = errno;
		/* ENXIO: a FIFO without a reader, or a socket; named as such. */
		if (*err == ENXIO && lstat(sink->path, st) == 0) {
			*kind = esa_log_refused_kind(st->st_mode);
		}
		return -1;
	}
	if (fstat(fd, st) != 0) {
		*err = errno;
		close(fd);
		return -1;
	}
	if ((*kind = esa_log_refused_kind(st->st_mode)) != NULL) {
		*err = EINVAL;
		close(fd);
		return -1;
	}
	return fd;
}

static void esa_log_adopt_fd(esa_log_sink *sink, int fd, const struct stat *st)
{
	sink->stale = false;
	sink->reopen_failures = 0;
	sink->fd = fd;
	sink->dev = st->st_dev;
	sink->ino = st->st_ino;
	sink->fd_is_regular = S_ISREG(st->st_mode);
}

uint64_t esa_log_monotonic_ns(void)
{
	struct timespec now;
#ifdef CLOCK_MONOTONIC
	if (clock_gettime(CLOCK_MONOTONIC, &now) == 0) {
		return (uint64_t) now.tv_sec * 1000000000u + (uint64_t) now.tv_nsec;
	}
#endif
	return (uint64_t) time(NULL) * 1000000000u;
}

/* The path still names the open file, or it was rotated and cannot be opened
 * anew: records go on into the file it named before, which keeps them as long
 * as it has a name (logrotate's rotated file). Told once, on the second failed
 * check: the first may fall between logrotate's rename and its create. */
static void esa_log_stale(esa_log_sink *sink, int err, const char *kind, bool quiet)
{
	sink->stale = true;
	sink->stale_errno = err;
	sink->stale_kind = kind;
	if (++sink->reopen_failures < 2 || sink->warned || quiet) {
		return;
	}
	sink->warned = true;
	{
		char *message;
		char reason[256];
		esa_log_reason(reason, sizeof(reason), err, kind, "open");
		spprintf(&message, 0, "PHP Warning:  extsockets_audit: the audit log %s was rotated, and this process "
			"cannot open the new file: %s; records go on into the file the path named before, and the path "
			"is tried again every second (this process reports no further failures; see php --ri extsockets_audit)",
			sink->path, reason);
		php_log_err_with_severity(message, LOG_WARNING);
		efree(message);
	}
}

/* The open log, checked against its path at most once a second: logrotate's
 * rename (with create or not) and a removal make the process open the path
 * anew; copytruncate keeps the file, and O_APPEND writes at its new end. */
static bool esa_log_open_file(esa_log_sink *sink, bool quiet)
{
	struct stat st;
	int fd, err = 0;
	const char *kind;
	uint64_t now = esa_log_monotonic_ns();
	if (sink->fd >= 0) {
		if (now - sink->checked_ns < ESA_LOG_CHECK_NS) {
			return true;
		}
		sink->checked_ns = now;
		if (lstat(sink->path, &st) == 0 && st.st_dev == sink->dev && st.st_ino == sink->ino) {
			return true;
		}
		/* Rotated by rename, or removed: the path no longer names the open file. */
		fd = esa_log_open_path(sink, &st, &err, &kind);
		if (fd >= 0) {
			esa_log_close(sink);
			esa_log_adopt_fd(sink, fd, &st);
			return true;
		}
		if (fstat(sink->fd, &st) == 0 && st.st_nlink > 0) {
			esa_log_stale(sink, err, kind, quiet);
			return true;
		}
		/* Removed, and nothing to open in its place: the records wait. */
		esa_log_close(sink);
	}
	fd = esa_log_open_path(sink, &st, &err, &kind);
	if (fd < 0) {
		esa_log_failed_kind(sink, err, kind, "open", quiet);
		return false;
	}
	sink->checked_ns = now;
	esa_log_adopt_fd(sink, fd, &st);
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

typedef enum {
	ESA_LOG_WRITTEN,
	ESA_LOG_DROPPED,
	ESA_LOG_MOVED       /* to the message a stream socket took part of */
} esa_log_outcome;

/* Drops the first `done` bytes (whole lines) of the backlog. */
static void esa_log_consume_as(esa_log_sink *sink, size_t done, esa_log_outcome outcome)
{
	size_t lines;
	if (done == 0) {
		return;
	}
	lines = esa_count_lines(sink->pending, done);
	if (outcome == ESA_LOG_WRITTEN) {
		sink->written += lines;
	} else if (outcome == ESA_LOG_DROPPED) {
		sink->dropped += lines;
	}
	sink->pending_records -= (uint32_t) lines;
	sink->pending_len -= done;
	memmove(sink->pending, sink->pending + done, sink->pending_len);
}

static void esa_log_consume(esa_log_sink *sink, size_t done, bool written)
{
	esa_log_consume_as(sink, done, written ? ESA_LOG_WRITTEN : ESA_LOG_DROPPED);
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
		errno = 0;
		if (esa_write(sink->fd, "\n", 1) != 1) {
			esa_log_failed(sink, errno ? errno : ENOSPC, "write", quiet);
			return;
		}
		sink->torn = false;
	}
	while (off < sink->pending_len) {
		size_t end = esa_chunk_end(sink->pending, off, sink->pending_len, ESA_LOG_CHUNK);
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
			/* A file is short of space; a device (a terminal) of room for now. */
			esa_log_failed(sink, errno ? errno : sink->fd_is_regular ? ENOSPC : EAGAIN, "write", quiet);
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
	/* Non-blocking, unlike the C library's: a daemon that does not keep up
	 * (a full queue, a full backlog) makes a send fail with EAGAIN, and the
	 * records wait in the backlog instead of the request waiting on the daemon. */
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		int fd = socket(AF_UNIX, types[i] | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
		if (fd < 0) {
			err = errno;
			break;
		}
		if (SOCK_NONBLOCK == 0 && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) != 0) {
			err = errno;
			close(fd);
			break;
		}
		if (connect(fd, (struct sockaddr *) &addr, sizeof(addr)) == 0) {
			int sndbuf = 0;
			socklen_t optlen = sizeof(sndbuf);
			sink->fd = fd;
			sink->fd_is_stream = types[i] == SOCK_STREAM;
			if (sink->syslog_max == 0) {
				sink->syslog_max = ESA_SYSLOG_MAX;
			}
			/* A datagram larger than the send buffer (less some bookkeeping) fails. */
			if (!sink->fd_is_stream && getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, &optlen) == 0
					&& sndbuf > 0 && (size_t) sndbuf < sink->syslog_max + 64) {
				sink->syslog_max = MAX(ESA_SYSLOG_MIN, (size_t) sndbuf > 64 ? (size_t) sndbuf - 64 : 0);
			}
			/* A message a stream took part of goes again, whole, on the new connection. */
			sink->stream_sent = 0;
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
		tm.tm_hour, tm.tm_min, tm.tm_sec, (long) esa_pid);
}

static ssize_t esa_log_sendmsg(int fd, struct iovec *iov, int count)
{
	struct msghdr msg;
	ssize_t n;
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = iov;
	msg.msg_iovlen = (size_t) count;
	do {
		n = sendmsg(fd, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
	} while (n < 0 && errno == EINTR);
	return n;
}

/* Sends the rest of the message a stream socket took only part of, before any
 * other: true once it is all sent (or there is none). */
static bool esa_log_stream_resume(esa_log_sink *sink, bool quiet)
{
	while (sink->stream_sent < sink->stream_len) {
		struct iovec iov;
		ssize_t n;
		iov.iov_base = sink->stream_msg + sink->stream_sent;
		iov.iov_len = sink->stream_len - sink->stream_sent;
		if (!sink->fd_is_stream) {
			/* The daemon now listens on a datagram socket: one message, without the NUL. */
			iov.iov_len--;
		}
		n = esa_log_sendmsg(sink->fd, &iov, 1);
		if (n < 0) {
			int err = errno;
			if (err != EAGAIN && err != EWOULDBLOCK) {
				esa_log_close(sink);
			}
			esa_log_failed(sink, err, "send", quiet);
			return false;
		}
		sink->stream_sent = sink->fd_is_stream ? sink->stream_sent + (size_t) n : sink->stream_len;
	}
	if (sink->stream_len > 0) {
		sink->written++;
	}
	sink->stream_len = sink->stream_sent = 0;
	return true;
}

/* Keeps what a stream socket did not take of a message, to finish it first. */
static void esa_log_stream_keep(esa_log_sink *sink, const struct iovec *iov, int count, size_t sent)
{
	size_t len = 0;
	for (int i = 0; i < count; i++) {
		len += iov[i].iov_len;
	}
	if (len > sink->stream_capacity) {
		sink->stream_msg = perealloc(sink->stream_msg, len, 1);
		sink->stream_capacity = len;
	}
	sink->stream_len = 0;
	for (int i = 0; i < count; i++) {
		memcpy(sink->stream_msg + sink->stream_len, iov[i].iov_base, iov[i].iov_len);
		sink->stream_len += iov[i].iov_len;
	}
	sink->stream_sent = sent;
}

static void esa_log_send_syslog(esa_log_sink *sink, bool quiet)
{
	char header[96];
	size_t off = 0, budget;
	bool reconnected = false;
	smart_str bounded = {0};
	int header_len = esa_syslog_header(header, sizeof(header));
	if (sink->stream_len > 0 && (!esa_log_connect(sink, quiet) || !esa_log_stream_resume(sink, quiet))) {
		return;
	}
	while (off < sink->pending_len) {
		const char *line = sink->pending + off;
		const char *nl = memchr(line, '\n', sink->pending_len - off);
		size_t len = nl ? (size_t) (nl - line) : sink->pending_len - off;
		struct iovec iov[3];
		int count;
		ssize_t n;
		if (!esa_log_connect(sink, quiet) || !esa_log_stream_resume(sink, quiet)) {
			break;
		}
		iov[0].iov_base = header;
		iov[0].iov_len = (size_t) header_len;
		iov[1].iov_base = (void *) line;
		iov[1].iov_len = len;
		/* A record too long for one message is cut to fit, never dropped. */
		smart_str_free(&bounded);
		budget = sink->syslog_max - (size_t) header_len - (sink->fd_is_stream ? 1 : 0);
		if (len > budget) {
			if (!esa_log_bound_line(sink, line, len, budget, &bounded)) {
				esa_log_consume(sink, off, true);
				esa_log_consume(sink, len + 1, false);
				off = 0;
				continue;
			}
			iov[1].iov_base = ZSTR_VAL(bounded.s);
			iov[1].iov_len = ZSTR_LEN(bounded.s);
		}
		iov[2].iov_base = (void *) "";
		iov[2].iov_len = 1;
		count = sink->fd_is_stream ? 3 : 2;
		n = esa_log_sendmsg(sink->fd, iov, count);
		if (n < 0) {
			int err = errno;
			if (err == EMSGSIZE && sink->syslog_max > ESA_SYSLOG_MIN) {
				/* The socket takes less than its buffer said: the record is
				 * sent again, cut shorter, and so are later ones. */
				sink->syslog_max = MAX(ESA_SYSLOG_MIN, ((size_t) header_len + iov[1].iov_len) / 2);
				continue;
			}
			if (err == EMSGSIZE) {
				/* Too long for any datagram even when cut: it could never be sent. */
				esa_log_consume(sink, off, true);
				esa_log_consume(sink, len + 1, false);
				off = 0;
				continue;
			}
			if (err == EAGAIN || err == EWOULDBLOCK) {
				/* The daemon is behind: the records wait here, not the request. */
				esa_log_failed(sink, err, "send", quiet);
				break;
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
		if (bounded.s) {
			sink->truncated++;
		}
		if (sink->fd_is_stream && (size_t) n < (size_t) header_len + iov[1].iov_len + 1) {
			/* The stream took part of the message: the rest goes first next time.
			 * Counted as written once it is all sent. */
			esa_log_stream_keep(sink, iov, count, (size_t) n);
			esa_log_consume(sink, off - (len + 1), true);
			esa_log_consume_as(sink, len + 1, ESA_LOG_MOVED);
			off = 0;
			esa_log_failed(sink, EAGAIN, "send", quiet);
			break;
		}
	}
	smart_str_free(&bounded);
	if (off >= sink->pending_len && sink->stream_len == 0) {
		off = sink->pending_len;
		sink->failing = false;
	}
	esa_log_consume(sink, off, true);
}
#endif


static void esa_log_write_out(esa_log_sink *sink, bool quiet)
{
	if (!esa_log_sink_has_backlog(sink) || sink->target == ESA_LOG_OFF) {
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

void esa_log_findings_added(const esa_finding *items, uint32_t count)
{
	esa_log_sink *sink = esa_sink();
	if (sink->target == ESA_LOG_OFF) {
		return;
	}
	for (uint32_t i = 0; i < count; i++) {
		zval record;
		esa_log_record_init(&record, &items[i], true);
		esa_log_queue_in(sink, &record);
		zval_ptr_dtor(&record);
	}
	/* One write per compile: the whole file's findings in one batch. */
	esa_log_write_out(sink, false);
}

void esa_log_sink_destroy(esa_log_sink *sink)
{
	if (sink->pid == esa_pid && esa_log_sink_has_backlog(sink) && sink->path) {
		esa_log_write_out(sink, true);
	}
	esa_log_forget_configuration(sink);
	if (sink->pending) {
		pefree(sink->pending, 1);
	}
	if (sink->stream_msg) {
		pefree(sink->stream_msg, 1);
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
		} else if (esa_log_refused_kind(st.st_mode)) {
			char reason[256];
			esa_log_reason(reason, sizeof(reason), 0, esa_log_refused_kind(st.st_mode), "open");
			snprintf(out, size, "not writable: %s", reason);
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
	{
		bool from_setting;
		const char *host = esa_log_host(&from_setting);
		snprintf(buf, sizeof(buf), "%s (%s)", host, from_setting ? "extsockets_audit.host" : "the system's host name");
		php_info_print_table_row(2, "Audit log host", buf);
	}
	if (!sink->attempted) {
		snprintf(buf, sizeof(buf), "none in this process");
	} else if (sink->failing) {
		char reason[256];
		esa_log_reason(reason, sizeof(reason), sink->last_errno, sink->last_kind, sink->last_what);
		snprintf(buf, sizeof(buf), "failed at %s: %s: %s", sink->last_time, sink->last_what, reason);
	} else if (sink->stale) {
		char reason[256];
		esa_log_reason(reason, sizeof(reason), sink->stale_errno, sink->stale_kind, "open");
		snprintf(buf, sizeof(buf), "ok at %s, into the file the path named before it was rotated "
			"(cannot open the new one: %s)", sink->last_time, reason);
	} else {
		snprintf(buf, sizeof(buf), "ok at %s", sink->last_time);
	}
	php_info_print_table_row(2, "Audit log last write", buf);
	esa_log_probe(sink, buf, sizeof(buf));
	php_info_print_table_row(2, "Audit log path check", buf);
	snprintf(buf, sizeof(buf), "%" PRIu64 " written, %" PRIu32 " held back, %" PRIu64 " dropped",
		sink->written, sink->pending_records + (sink->stream_len > 0 ? 1 : 0), sink->dropped);
	if (sink->target == ESA_LOG_SYSLOG) {
		size_t used = strlen(buf);
		snprintf(buf + used, sizeof(buf) - used, ", %" PRIu64 " cut to fit a syslog message of %zu bytes",
			sink->truncated, sink->syslog_max ? sink->syslog_max : (size_t) ESA_SYSLOG_MAX);
	}
	php_info_print_table_row(2, "Audit log records", buf);
}

void esa_log_request_shutdown(void)
{
	/* Retries what a failing log held back, even if no new finding comes. */
	if (esa_log_sink_has_backlog(&ESA_G(log_sink))) {
		esa_log_flush();
	}
}
