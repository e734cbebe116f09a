#include <string.h>

#include "php.h"
#include "zend_cpuinfo.h"
#include "zend_bitset.h"

#include "symbols/symbols.h"
#include "symbols/symbols_table.h"
#include "pipeline/prefilter.h"

#if defined(ZEND_INTRIN_AVX2_NATIVE) || defined(ZEND_INTRIN_AVX2_RESOLVER)
# include <immintrin.h>
# define ESA_HAVE_AVX2_PREFILTER 1
#endif

/* ---- prefilter: can this source text name a symbol at all? ----
 *
 * Walking a file's syntax tree costs about 6% of compiling it, and almost no
 * file refers to ext/sockets. The walker only matches names and string literals
 * that the lexer took from the text, so a text in which none of them can occur
 * needs no walk. This is a necessary condition, never a sufficient one: every
 * name the table holds, written in any case the lookups accept, makes it true,
 * and so does anything through which the parser builds a string that the text
 * does not spell out: escape sequences ("\x41F_INET") and literals that the
 * parser concatenates ('soc' . 'ket_close').
 *
 * The table's names give these anchors, each a pair of bytes:
 *   "ck" (any case)   every function (socket_*), Socket, 'sockets'
 *   "dr" (any case)   AddressInfo
 *   X_ (X in A-Z0-9)  every constant but SOMAXCONN, at its first '_', which
 *                     ends one of a few first words (AF_, SOCK_, ...)
 *   "AX"              SOMAXCONN
 *   \0-7, \x, \u      an escape sequence
 *   " ." "'." ")." .. a '.' after a blank, quote, parenthesis or comment, which
 *                     may join two literals; "<<<" a heredoc, whose closing
 *                     label may be followed by '.' at once
 * tools/gen_symbols.php refuses a table that breaks these assumptions.
 *
 * At an anchor, the text is read as the lexer and the parser would read it
 * where that makes a difference, always erring towards "may name one":
 *  - a name spelled out must be a whole token, or a literal's whole content
 *    after an optional '\': the run of label bytes around the anchor is looked
 *    up, and it is none when it follows '$' (a variable), "->" or "::" (a
 *    member) or goes on with '\' (a qualified name);
 *  - a class is named only where PHP's grammar puts a class name (after new,
 *    instanceof, extends, ( , | ? : and the like, or before ::), so prose
 *    ("the socket to use", "@param Socket") and strings are none;
 *  - an escape sequence: the run of name bytes and escapes around it is decoded
 *    as zend_scan_escape_string() would, and looked up;
 *  - a '.': both operands must be literals that could be pieces of a name; a
 *    literal in parentheses that belong to a call (foo('x') . 'y') is none;
 *  - a heredoc without a closing label is none: PHP cannot parse it.
 * tools/bench/prefilter_check.sh checks that no finding changes, against every
 * corpus file and many generated variants of each rule.
 *
 * The scan looks at 128 bytes a turn with AVX2: each byte is classified by two
 * 16-entry tables indexed by its low and high nibble, once as the first byte of
 * a pair and once as the second; a position is looked at more closely only when
 * its pair shares a class bit, about 3 times per KB of PHP.
 *
 * One vector kernel, and no scan elsewhere: where there is no AVX2 (x86 CPUs
 * before 2013 and some low-power ones, arm64) no text is ruled out and every
 * file is walked. Measured on 1,261 corpus files (BENCHMARKS.md): AVX2 +0.95 %
 * compile instructions, walking every file +9.9 %, while the same scan one
 * position at a time (below, the kernel's reference) costs +23 %, and 16 bytes
 * at a time with SSSE3 +2.4 %. */

#if defined(ESA_HAVE_AVX2_PREFILTER)

enum {
	ESA_PAIR_ESC_OCT_LT = 0x01, /* '\\' or '<', then 0-7 or '<': octal escapes, heredocs */
	ESA_PAIR_ESC_HEX_U = 0x02,  /* '\\' then x, X, u (and U) */
	ESA_PAIR_CK = 0x04,         /* c or C, then k or K */
	ESA_PAIR_DR = 0x08,         /* d or D, then r or R */
	ESA_PAIR_UPPER_A = 0x10,    /* 0x30-0x4F (0-9, A-O and a few), then '_' or 'X' (SOMAXCONN) */
	ESA_PAIR_UPPER_B = 0x20,    /* 0x50-0x5E (P-Z and a few; not '_'), then '_' or 'X' */
	ESA_PAIR_DOT = 0x40         /* \t \n \r space " ' ) * - / (and a few controls), then '.' */
};

/* Each class is a product: the bytes whose low nibble is in one set and high
 * nibble in another. Every class holds only bytes below 0x80: the vector scans
 * rely on it. */
#define ESA_FIRST_LO(l) ((unsigned char) ( \
	((l) == 0xC ? ESA_PAIR_ESC_OCT_LT | ESA_PAIR_ESC_HEX_U : 0) | ((l) == 0x3 ? ESA_PAIR_CK : 0) \
	| ((l) == 0x4 ? ESA_PAIR_DR : 0) | ESA_PAIR_UPPER_A | ((l) != 0xF ? ESA_PAIR_UPPER_B : 0) \
	| ((l) == 0 || (l) == 2 || (l) == 7 || (l) == 9 || (l) == 0xA || (l) == 0xD || (l) == 0xF ? ESA_PAIR_DOT : 0)))
#define ESA_FIRST_HI(h) ((unsigned char) ( \
	((h) == 3 || (h) == 5 ? ESA_PAIR_ESC_OCT_LT : 0) | ((h) == 5 ? ESA_PAIR_ESC_HEX_U : 0) \
	| ((h) == 4 || (h) == 6 ? ESA_PAIR_CK | ESA_PAIR_DR : 0) | ((h) == 3 || (h) == 4 ? ESA_PAIR_UPPER_A : 0) \
	| ((h) == 5 ? ESA_PAIR_UPPER_B : 0) | ((h) == 0 || (h) == 2 ? ESA_PAIR_DOT : 0)))
#define ESA_SECOND_LO(l) ((unsigned char) ( \
	((l) <= 7 || (l) == 0xC ? ESA_PAIR_ESC_OCT_LT : 0) | ((l) == 5 || (l) == 8 ? ESA_PAIR_ESC_HEX_U : 0) \
	| ((l) == 0xB ? ESA_PAIR_CK : 0) | ((l) == 0x2 ? ESA_PAIR_DR : 0) \
	| ((l) == 0xF || (l) == 0x8 ? ESA_PAIR_UPPER_A | ESA_PAIR_UPPER_B : 0) | ((l) == 0xE ? ESA_PAIR_DOT : 0)))
#define ESA_SECOND_HI(h) ((unsigned char) ( \
	((h) == 3 ? ESA_PAIR_ESC_OCT_LT : 0) | ((h) == 5 || (h) == 7 ? ESA_PAIR_ESC_HEX_U | ESA_PAIR_DR : 0) \
	| ((h) == 4 || (h) == 6 ? ESA_PAIR_CK : 0) | ((h) == 5 ? ESA_PAIR_UPPER_A | ESA_PAIR_UPPER_B : 0) \
	| ((h) == 2 ? ESA_PAIR_DOT : 0)))
#define ESA_NIBBLES(M) { M(0), M(1), M(2), M(3), M(4), M(5), M(6), M(7), \
	M(8), M(9), M(10), M(11), M(12), M(13), M(14), M(15) }

static const unsigned char esa_first_lo[16] = ESA_NIBBLES(ESA_FIRST_LO);
static const unsigned char esa_first_hi[16] = ESA_NIBBLES(ESA_FIRST_HI);
static const unsigned char esa_second_lo[16] = ESA_NIBBLES(ESA_SECOND_LO);
static const unsigned char esa_second_hi[16] = ESA_NIBBLES(ESA_SECOND_HI);

static zend_always_inline unsigned esa_pair_class(unsigned char first, unsigned char second)
{
	return esa_first_lo[first & 0xF] & esa_first_hi[first >> 4] & esa_second_lo[second & 0xF] & esa_second_hi[second >> 4];
}

/* What each byte can be part of, for the scans around an anchor. */
enum {
	ESA_BYTE_UPPER_DIGIT = 0x01, /* A-Z 0-9 */
	ESA_BYTE_US = 0x02,          /* _ */
	ESA_BYTE_LOWER = 0x04,       /* a-z */
	ESA_BYTE_HIGH = 0x08,        /* 0x80-0xFF: part of a name to the lexer */
	ESA_BYTE_BACKSLASH = 0x10,
	ESA_BYTE_BRACE = 0x20,       /* { } of "\u{41}" */
	ESA_BYTE_BLANK = 0x40        /* \t \n \r space */
};
#define ESA_BYTE_KIND(c) ((unsigned char) ( \
	(((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9') ? ESA_BYTE_UPPER_DIGIT : 0) \
	| ((c) == '_' ? ESA_BYTE_US : 0) | ((c) >= 'a' && (c) <= 'z' ? ESA_BYTE_LOWER : 0) \
	| ((c) >= 0x80 ? ESA_BYTE_HIGH : 0) | ((c) == '\\' ? ESA_BYTE_BACKSLASH : 0) \
	| ((c) == '{' || (c) == '}' ? ESA_BYTE_BRACE : 0) \
	| ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' ? ESA_BYTE_BLANK : 0)))
#define ESA_BYTE_KINDS16(b) ESA_BYTE_KIND(b), ESA_BYTE_KIND(b + 1), ESA_BYTE_KIND(b + 2), ESA_BYTE_KIND(b + 3), \
	ESA_BYTE_KIND(b + 4), ESA_BYTE_KIND(b + 5), ESA_BYTE_KIND(b + 6), ESA_BYTE_KIND(b + 7), \
	ESA_BYTE_KIND(b + 8), ESA_BYTE_KIND(b + 9), ESA_BYTE_KIND(b + 10), ESA_BYTE_KIND(b + 11), \
	ESA_BYTE_KIND(b + 12), ESA_BYTE_KIND(b + 13), ESA_BYTE_KIND(b + 14), ESA_BYTE_KIND(b + 15)

static const unsigned char esa_byte_kinds[256] = {
	ESA_BYTE_KINDS16(0x00), ESA_BYTE_KINDS16(0x10), ESA_BYTE_KINDS16(0x20), ESA_BYTE_KINDS16(0x30),
	ESA_BYTE_KINDS16(0x40), ESA_BYTE_KINDS16(0x50), ESA_BYTE_KINDS16(0x60), ESA_BYTE_KINDS16(0x70),
	ESA_BYTE_KINDS16(0x80), ESA_BYTE_KINDS16(0x90), ESA_BYTE_KINDS16(0xA0), ESA_BYTE_KINDS16(0xB0),
	ESA_BYTE_KINDS16(0xC0), ESA_BYTE_KINDS16(0xD0), ESA_BYTE_KINDS16(0xE0), ESA_BYTE_KINDS16(0xF0),
};

static zend_always_inline bool esa_is_upper_digit(unsigned char c)
{
	return esa_byte_kinds[c] & ESA_BYTE_UPPER_DIGIT;
}

/* 0-9 then A-Z: 0 to 35. */
static zend_always_inline unsigned esa_upper_digit_index(unsigned char c)
{
	return c <= '9' ? (unsigned) (c - '0') : (unsigned) (c - 'A' + 10);
}

static zend_always_inline bool esa_is_upper_digit_us(unsigned char c)
{
	return esa_byte_kinds[c] & (ESA_BYTE_UPPER_DIGIT | ESA_BYTE_US);
}

/* A byte of a symbol's name, or the '\' that may lead it. */
static zend_always_inline bool esa_is_name_byte(unsigned c)
{
	return c < 256 && (esa_byte_kinds[c] & (ESA_BYTE_UPPER_DIGIT | ESA_BYTE_US | ESA_BYTE_LOWER | ESA_BYTE_BACKSLASH));
}

/* A byte of a name as the lexer reads one ([a-zA-Z0-9_\x80-\xff]). */
static zend_always_inline bool esa_is_label_byte(unsigned char c)
{
	return esa_byte_kinds[c] & (ESA_BYTE_UPPER_DIGIT | ESA_BYTE_US | ESA_BYTE_LOWER | ESA_BYTE_HIGH);
}

/* A byte of a name, or of an escape sequence that may decode to one. */
static zend_always_inline bool esa_is_piece_byte(unsigned char c)
{
	return esa_byte_kinds[c] & (ESA_BYTE_UPPER_DIGIT | ESA_BYTE_US | ESA_BYTE_LOWER | ESA_BYTE_BACKSLASH | ESA_BYTE_BRACE);
}

static zend_always_inline bool esa_is_blank(unsigned char c)
{
	return esa_byte_kinds[c] & ESA_BYTE_BLANK;
}

static zend_always_inline bool esa_is_quote(unsigned char c)
{
	return c == '\'' || c == '"';
}

static zend_always_inline bool esa_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool esa_ci_equals(const unsigned char *t, const char *lower, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((t[i] | 0x20) != (unsigned char) lower[i]) {
			return false;
		}
	}
	return true;
}

static int esa_hex_value(unsigned char c)
{
	return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}

/* What one scan of a text has read already, so that it reads each byte a
 * bounded number of times whatever the text (a run of "A_A_A_...", of escapes
 * or of heredoc openers in comments would otherwise be read again for each
 * anchor in it). */
typedef struct {
	size_t next_constant;  /* the [A-Z0-9_] run before it has been looked up */
	size_t constant_turned_down; /* the '_' of a run that is no constant (or SIZE_MAX) */
	size_t next_escape;    /* the run of escapes and name bytes before it has been decoded */
	size_t heredoc_end;    /* the last heredoc looked at was searched up to here */
} esa_scan_state;

/* ---- names spelled out ---- */

/* A name the lexer reads as one token, or a literal's whole content, starts at
 * s: not inside a longer run of label bytes, and not the name of a variable
 * ($socket), a property or method ($x->socket_close, Foo::AF_INET), none of
 * which is ever a symbol nor a literal's whole content. ("$i-->socket_x()" is
 * $i-- > socket_x(): a "->" after '-' is no member access.) */
static bool esa_is_token_start(const unsigned char *t, size_t s)
{
	if (s == 0) {
		return true;
	}
	if (esa_is_label_byte(t[s - 1]) || t[s - 1] == '$') {
		return false;
	}
	if (s >= 2 && t[s - 1] == '>' && t[s - 2] == '-') {
		return s >= 3 && t[s - 3] == '-';
	}
	return !(s >= 2 && t[s - 1] == ':' && t[s - 2] == ':');
}

/* ... and ends at e: a '\' after it would make it a qualified name (Socket\Io). */
static zend_always_inline bool esa_is_token_end(const unsigned char *t, size_t len, size_t e)
{
	return e == len || (!esa_is_label_byte(t[e]) && t[e] != '\\');
}

static size_t esa_skip_blanks(const unsigned char *t, size_t len, size_t i)
{
	while (i < len && esa_is_blank(t[i])) {
		i++;
	}
	return i;
}

/* Can the line that ends at end (before its line break) end in a // or # comment? */
static bool esa_line_may_end_in_comment(const unsigned char *t, size_t end)
{
	for (size_t i = end; i > 0 && t[i - 1] != '\n' && t[i - 1] != '\r'; i--) {
		if (t[i - 1] == '#' || (t[i - 1] == '/' && i >= 2 && t[i - 2] == '/')) {
			return true;
		}
	}
	return false;
}

static bool esa_is_word(const unsigned char *w, size_t n, const char *const *words, size_t count)
{
	for (size_t k = 0; k < count; k++) {
		if (strlen(words[k]) == n && esa_ci_equals(w, words[k], n)) {
			return true;
		}
	}
	return false;
}

/* The keywords after which a class name is written: new Socket, instanceof
 * Socket, class A extends Socket implements B, use Socket, A::m insteadof
 * Socket, const Socket NAME, private readonly Socket $s. */
static bool esa_is_keyword_before_class(const unsigned char *w, size_t n)
{
	static const char *const keywords[] = {
		"new", "instanceof", "extends", "implements", "use", "insteadof", "const",
		"public", "protected", "private", "readonly", "static", "var", "final",
	};
	return esa_is_word(w, n, keywords, sizeof(keywords) / sizeof(keywords[0]));
}

/*
 * A class name at [s, e) (already a whole token) is code only where PHP's
 * grammar puts one: before "::", after one of the keywords above, or after one
 * of ( , ? | & : [ ] ) \ as in parameter, return, property and catch types,
 * attribute lists and DNF types. Prose never passes ("the socket to use",
 * "@param Socket"), nor a string. A comment next to it (a block comment
 * between new and Socket, a // comment at the end of the line before) gives
 * the benefit of the doubt.
 */
static bool esa_may_be_class_ref(const unsigned char *t, size_t len, size_t s, size_t e)
{
	size_t i = esa_skip_blanks(t, len, e), w;
	bool new_line = false;
	if (i < len && ((t[i] == ':' && i + 1 < len && t[i + 1] == ':') || t[i] == '/' || t[i] == '#')) {
		return true;
	}
	i = s;
	for (;;) {
		while (i > 0 && esa_is_blank(t[i - 1])) {
			new_line |= t[i - 1] == '\n' || t[i - 1] == '\r';
			i--;
		}
		if (i == 0) {
			return true;
		}
		if (new_line && esa_line_may_end_in_comment(t, i)) {
			return true;
		}
		switch (t[i - 1]) {
			case '(': case ',': case '?': case '|': case '&': case ':': case '[': case ']': case ')': case '/':
				return true;
			case '\\':
				i--; /* \Socket, namespace\Socket */
				if (i >= 9 && esa_ci_equals(t + i - 9, "namespace", 9) && (i == 9 || !esa_is_label_byte(t[i - 10]))) {
					i -= 9;
				}
				continue;
		}
		break;
	}
	if (!esa_is_label_byte(t[i - 1])) {
		return false;
	}
	for (w = i; w > 0 && esa_is_label_byte(t[w - 1]); w--) {
	}
	return esa_is_keyword_before_class(t + w, i - w);
}

/* 'sockets' is only ever a string's content: in quotes, after '\', or a heredoc line alone. */
static bool esa_may_be_extension_name(const unsigned char *t, size_t len, size_t s, size_t e)
{
	size_t i = s;
	if ((s > 0 && (esa_is_quote(t[s - 1]) || t[s - 1] == '\\')) || (e < len && esa_is_quote(t[e]))) {
		return true;
	}
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) {
		i--;
	}
	return (i == 0 || t[i - 1] == '\n' || t[i - 1] == '\r') && (e == len || t[e] == '\n' || t[e] == '\r');
}

/* The run starting at s with "sock" (any case): a function, Socket, 'sockets'. */
static zend_never_inline bool esa_sock_run_may_name(const unsigned char *t, size_t len, size_t s)
{
	size_t e = s + 4;
	const char *name = (const char *) t + s;
	if (!esa_is_token_start(t, s)) {
		return false;
	}
	while (e < len && esa_is_label_byte(t[e]) && e - s <= ESA_SYMBOL_MAX_LEN) {
		e++;
	}
	if (e - s > ESA_SYMBOL_MAX_LEN || !esa_is_token_end(t, len, e)) {
		return false;
	}
	return esa_symbol_function(name, e - s)
		|| (esa_symbol_class(name, e - s) && esa_may_be_class_ref(t, len, s, e))
		|| (esa_symbol_extension(name, e - s) && esa_may_be_extension_name(t, len, s, e));
}

/* "addressinfo" (any case) at s. */
static zend_never_inline bool esa_addressinfo_may_name(const unsigned char *t, size_t len, size_t s)
{
	return s + 11 <= len && esa_ci_equals(t + s, "addressinfo", 11) && esa_is_token_start(t, s)
		&& esa_is_token_end(t, len, s + 11) && esa_may_be_class_ref(t, len, s, s + 11);
}

/* The [A-Z0-9_] run around the '_' at pos; constants are case-sensitive, so
 * the run must be the whole token. */
static zend_never_inline bool esa_constant_run_may_name(const unsigned char *t, size_t len, size_t pos, esa_scan_state *state)
{
	/* Back to the run's start, or to a '_' of this run already turned down
	 * (JSON_THROW_ON_ERROR has three anchors), at most a constant's length. */
	size_t stop = state->constant_turned_down < pos ? state->constant_turned_down + 1 : 0, s = pos - 1, e = pos + 1;
	while (s > stop && esa_is_upper_digit_us(t[s - 1]) && pos - s < ESA_CONSTANT_MAX_LEN) {
		s--;
	}
	/* Most runs (E_ALL, JSON_*, __DIR__) start like no constant of the table. */
	if ((s == stop && stop > 0) || (s > 0 && esa_is_upper_digit_us(t[s - 1])) || t[s] < 'A' || t[s] > 'Z'
			|| !(esa_constant_prefixes[t[s] - 'A'] & (1u << ((t[s + 1] >= 'A' && t[s + 1] <= 'Z') ? t[s + 1] - 'A' : 26)))) {
		state->constant_turned_down = pos;
		return false;
	}
	while (e < len && esa_is_upper_digit_us(t[e]) && e - s <= ESA_CONSTANT_MAX_LEN) {
		e++;
	}
	state->next_constant = e;
	return e - s <= ESA_CONSTANT_MAX_LEN && esa_is_token_start(t, s) && esa_is_token_end(t, len, e)
		&& esa_symbol_constant((const char *) t + s, e - s) != NULL;
}

/* ---- escape sequences ---- */

static bool esa_string_may_name(const char *s, size_t n)
{
	if (n && s[0] == '\\') {
		s++;
		n--;
	}
	return esa_symbol_function(s, n) || esa_symbol_constant(s, n) || esa_symbol_extension(s, n);
}

/* Decodes the escape sequence at t[i] == '\\' as zend_scan_escape_string()
 * does (for double quotes and heredocs; in single quotes nothing is decoded,
 * which only makes the answer more careful): the byte it stands for, or -1 for
 * one that no name holds; *next is where the text goes on. An unknown escape
 * ("\s") stays a backslash, and the letter is read next. */
static int esa_decode_escape(const unsigned char *t, size_t len, size_t i, size_t *next)
{
	unsigned value = 0;
	unsigned char c = i + 1 < len ? t[i + 1] : 0;
	int d;
	*next = i + 2;
	if (c >= '0' && c <= '7') {
		size_t j = i + 1;
		for (; j < len && j < i + 4 && t[j] >= '0' && t[j] <= '7'; j++) {
			value = value * 8 + (unsigned) (t[j] - '0');
		}
		*next = j;
		return (int) (value & 0xFF);
	}
	if ((c == 'x' || c == 'X') && i + 2 < len && (d = esa_hex_value(t[i + 2])) >= 0) {
		value = (unsigned) d;
		*next = i + 3;
		if (i + 3 < len && (d = esa_hex_value(t[i + 3])) >= 0) {
			value = value * 16 + (unsigned) d;
			*next = i + 4;
		}
		return (int) value;
	}
	if (c == 'u' && i + 2 < len && t[i + 2] == '{') {
		size_t j = i + 3;
		for (; j < len && (d = esa_hex_value(t[j])) >= 0; j++) {
			value = value > 0x7F ? value : value * 16 + (unsigned) d;
		}
		*next = j < len && t[j] == '}' ? j + 1 : j;
		return value <= 0x7F ? (int) value : -1; /* a multibyte character: never in a name */
	}
	if (c == '\\') {
		return '\\';
	}
	if (c == 'n' || c == 'r' || c == 't' || c == 'f' || c == 'v' || c == 'e' || c == '$' || c == '"' || c == '`') {
		return -1;
	}
	*next = i + 1;
	return '\\';
}

/* Does the escape sequence whose letter or first digit is at pos decode to a
 * byte that a name can hold? The cheap first test. */
static zend_always_inline bool esa_escape_yields_name_byte(const unsigned char *t, size_t len, size_t pos)
{
	size_t next;
	int c = esa_decode_escape(t, len, pos - 1, &next);
	return next > pos && c >= 0 && esa_is_name_byte((unsigned) c);
}

/* Is the byte at b escaped by the backslashes before it: the second half of
 * "\\", or a quote inside a string (\' or \")? */
static zend_always_inline bool esa_is_escaped(const unsigned char *t, size_t b)
{
	size_t i = b;
	while (i > 0 && t[i - 1] == '\\') {
		i--;
	}
	return ((b - i) & 1) != 0;
}

/* The run of name bytes and escapes around the escape at pos - 1, decoded: is
 * a stretch of it between bytes that no name holds (the content of a literal,
 * or more) a symbol? A literal that is only part of one is joined to the rest
 * by a '.', which has its own anchor. */
static zend_never_inline bool esa_escaped_run_may_name(const unsigned char *t, size_t len, size_t pos, esa_scan_state *state)
{
	char piece[ESA_SYMBOL_MAX_LEN + 2];
	size_t n = 0, i = pos - 1, next;
	bool whole = true;

	while (i > 0 && esa_is_piece_byte(t[i - 1])) {
		i--;
	}
	for (;;) {
		int c = -1;
		if (i < len && esa_is_piece_byte(t[i])) {
			if (t[i] == '\\') {
				c = esa_decode_escape(t, len, i, &next);
				i = next;
			} else {
				c = t[i++];
			}
		}
		if (c >= 0 && esa_is_name_byte((unsigned) c)) {
			if (n < sizeof(piece)) {
				piece[n++] = (char) c;
			} else {
				whole = false;
			}
			continue;
		}
		if (whole && esa_string_may_name(piece, n)) {
			return true;
		}
		n = 0;
		whole = true;
		if (i >= len || !esa_is_piece_byte(t[i])) {
			break;
		}
	}
	state->next_escape = i;
	return false;
}

/* ---- literals joined by '.' ---- */

/* A literal whose content is name bytes and escapes (of any length: an escape
 * can be long, "\u{0000000041}"). */
static bool esa_quoted_piece_ends_at(const unsigned char *t, size_t close, size_t *open)
{
	size_t i = close;
	if (esa_is_escaped(t, close)) {
		return false; /* \' inside a string: no literal ends there */
	}
	while (i > 0 && esa_is_piece_byte(t[i - 1])) {
		i--;
	}
	if (i == 0 || t[i - 1] != t[close]) {
		return false;
	}
	*open = i - 1;
	return true;
}

static bool esa_quoted_piece_starts_at(const unsigned char *t, size_t len, size_t open, size_t *close)
{
	size_t i = open + 1;
	while (i < len && esa_is_piece_byte(t[i])) {
		i++;
	}
	if (i >= len || t[i] != t[open]) {
		return false;
	}
	*close = i;
	return true;
}

typedef enum { ESA_OPERAND_NONE = 0, ESA_OPERAND_NUMBER, ESA_OPERAND_STRING, ESA_OPERAND_HEREDOC } esa_operand;

/* The operand that ends just before end (blanks already skipped back): a
 * name-like quoted literal, a number, a heredoc's closing label (an identifier
 * alone at the start of its line), or a comment ending there. *start is where it
 * begins. */
static esa_operand esa_left_operand(const unsigned char *t, size_t end, size_t *start)
{
	unsigned char c = t[end - 1];
	size_t s = end - 1;
	if (esa_is_quote(c)) {
		if (!esa_quoted_piece_ends_at(t, end - 1, start)) {
			return ESA_OPERAND_NONE;
		}
		if (*start > 0 && (t[*start - 1] | 0x20) == 'b') {
			--*start; /* b'soc' */
		}
		return ESA_OPERAND_STRING;
	}
	if (c == '/' && end >= 2 && t[end - 2] == '*') {
		*start = 0; /* a comment between the operands: do not look further */
		return ESA_OPERAND_STRING;
	}
	if (!esa_is_label_byte(c)) {
		return ESA_OPERAND_NONE;
	}
	while (s > 0 && esa_is_label_byte(t[s - 1])) {
		s--;
	}
	*start = s;
	if (esa_is_digit(t[s])) {
		return ESA_OPERAND_NUMBER;
	}
	while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\t')) {
		s--;
	}
	return (s == 0 || t[s - 1] == '\n' || t[s - 1] == '\r') ? ESA_OPERAND_HEREDOC : ESA_OPERAND_NONE;
}

/* The keywords after which parentheses group an expression: echo ('soc') . 'ket'.
 * After any other name they hold a call's arguments: foo('soc') . 'ket'. */
static bool esa_is_keyword_before_group(const unsigned char *w, size_t n)
{
	static const char *const keywords[] = {
		"and", "case", "clone", "do", "echo", "else", "from", "include", "include_once", "or",
		"print", "require", "require_once", "return", "throw", "xor", "yield",
	};
	return esa_is_word(w, n, keywords, sizeof(keywords) / sizeof(keywords[0]));
}

/* The '(' at open holds a literal: does it group it, or pass it to a call? */
static bool esa_paren_may_group(const unsigned char *t, size_t open)
{
	size_t e = open, s;
	bool new_line = false;
	while (e > 0 && esa_is_blank(t[e - 1])) {
		new_line |= t[e - 1] == '\n' || t[e - 1] == '\r';
		e--;
	}
	if (e == 0 || !esa_is_label_byte(t[e - 1]) || (new_line && esa_line_may_end_in_comment(t, e))) {
		return true; /* after an operator, ')', '}', a comment ... */
	}
	for (s = e; s > 0 && esa_is_label_byte(t[s - 1]); s--) {
	}
	if (s > 0 && (t[s - 1] == '$' || t[s - 1] == '>' || t[s - 1] == ':' || t[s - 1] == '\\')) {
		return false; /* $f('x'), $o->m('x'), A::m('x'), Ns\f('x') */
	}
	return esa_is_keyword_before_group(t + s, e - s);
}

/* The parser concatenates two literal operands of '.' into one string
 * (zend_ast_create_concat_op()), which may spell a name that the text does not.
 * True when the '.' at pos may join two literals, one of them a string that
 * could be a piece of a name (numbers alone never make one). */
static zend_never_inline bool esa_dot_may_join_pieces(const unsigned char *t, size_t len, size_t pos)
{
	size_t j = pos, k = pos + 1, start = 0, end = 0;
	unsigned parens = 0;
	bool new_line = false;
	esa_operand left, right = ESA_OPERAND_NONE;
	unsigned char c;

	/* Right operand: a name-like quoted literal (b'' too), a heredoc, a number, a comment. */
	while (k < len && (esa_is_blank(t[k]) || t[k] == '(')) {
		parens += t[k] == '(';
		k++;
	}
	if (k >= len) {
		return false;
	}
	c = t[k];
	if ((c == 'b' || c == 'B') && k + 1 < len && (esa_is_quote(t[k + 1]) || t[k + 1] == '<')) {
		c = t[++k];
	}
	if (esa_is_quote(c)) {
		if (!esa_quoted_piece_starts_at(t, len, k, &end)) {
			return false;
		}
		right = ESA_OPERAND_STRING;
		end++;
	} else if ((c == '<' && k + 2 < len && t[k + 1] == '<' && t[k + 2] == '<') || c == '#'
			|| (c == '/' && k + 1 < len && (t[k + 1] == '/' || t[k + 1] == '*'))) {
		right = ESA_OPERAND_STRING; /* a heredoc, or a comment before the operand */
		parens = 0;
	} else if (esa_is_digit(c) || (c == '.' && k + 1 < len && esa_is_digit(t[k + 1]))) {
		right = ESA_OPERAND_NUMBER;
		for (end = k + 1; end < len && (esa_is_label_byte(t[end]) || t[end] == '.'); end++) {
		}
	} else {
		return false;
	}
	if (parens) {
		/* . ('ket_close') is a literal, . ('ket' === $x ? ...) is not */
		end = esa_skip_blanks(t, len, end);
		if (end < len && t[end] != ')' && t[end] != '/' && t[end] != '#') {
			return false;
		}
	}

	/* Left operand, possibly in parentheses: ('soc') . 'ket_close' */
	parens = 0;
	for (;;) {
		while (j > 0 && esa_is_blank(t[j - 1])) {
			new_line |= t[j - 1] == '\n' || t[j - 1] == '\r';
			j--;
		}
		if (j == 0 || t[j - 1] != ')') {
			break;
		}
		parens++;
		j--;
	}
	if (j == 0) {
		return false;
	}
	if ((left = esa_left_operand(t, j, &start)) == ESA_OPERAND_NONE) {
		/* 'soc' // or #, to the end of the line, then . 'ket_close' on the next */
		return new_line && esa_line_may_end_in_comment(t, j);
	}
	if (parens && start > 0 && left != ESA_OPERAND_HEREDOC) {
		/* foo('x') . 'y' is a call, not a literal: the literal must open a parenthesis
		 * that groups it. (A heredoc's opener is far away: it gets the benefit of the doubt.) */
		while (start > 0 && esa_is_blank(t[start - 1])) {
			start--;
		}
		if (start == 0 || t[start - 1] != '(' || !esa_paren_may_group(t, start - 1)) {
			return false;
		}
	}
	return left != ESA_OPERAND_NUMBER || right == ESA_OPERAND_STRING;
}

/* A heredoc or nowdoc opens at pos ("<<<"): true when its closing label is
 * followed by '.' (a concatenation the '.' anchor, which needs a blank or quote
 * before it, would not see). *end is set after the closing label. */
static zend_never_inline bool esa_heredoc_may_be_concatenated(const unsigned char *t, size_t len, size_t pos, size_t *end)
{
	size_t i = pos + 3, label, label_len, nl = 0, cr = 0;
	while (i < len && (t[i] == ' ' || t[i] == '\t')) {
		i++;
	}
	if (i < len && esa_is_quote(t[i])) {
		i++;
	}
	label = i;
	while (i < len && esa_is_label_byte(t[i])) {
		i++;
	}
	label_len = i - label;
	if (label_len == 0) {
		return false; /* not a heredoc: "<<<" in a string or a comment */
	}
	/* The closing label is the first line that starts, after blanks, with the label
	 * not followed by a label byte. Without one, this is no heredoc, or one PHP
	 * cannot parse: either way nothing to find. */
	while (i < len) {
		/* The next line break, '\n' or '\r' (memchr() for each, as each is passed). */
		if (nl < i) {
			const unsigned char *p = memchr(t + i, '\n', len - i);
			nl = p ? (size_t) (p - t) : len;
		}
		if (cr < i) {
			const unsigned char *p = memchr(t + i, '\r', len - i);
			cr = p ? (size_t) (p - t) : len;
		}
		i = nl < cr ? nl : cr;
		while (i < len && esa_is_blank(t[i])) {
			i++;
		}
		if (i + label_len <= len && memcmp(t + i, t + label, label_len) == 0
				&& (i + label_len == len || !esa_is_label_byte(t[i + label_len]))) {
			i += label_len;
			*end = i;
			return i < len && t[i] == '.';
		}
	}
	*end = len;
	return false;
}

/* ---- the scans ---- */

/* Looks closely at the pair ending at pos (pos >= 1) whose bytes share a
 * class. The first tests are the cheap ones that turn down nearly every pair
 * ("check", "__", "add"); the rest is out of line. */
static zend_always_inline bool esa_pair_may_name_symbol(const unsigned char *t, size_t len, size_t pos, esa_scan_state *state)
{
	unsigned char prev = t[pos - 1];
	switch (t[pos]) {
		case 'k':
		case 'K':
			return pos >= 3 && (prev | 0x20) == 'c' && (t[pos - 2] | 0x20) == 'o' && (t[pos - 3] | 0x20) == 's'
				&& esa_sock_run_may_name(t, len, pos - 3);
		case 'r':
		case 'R':
			return pos >= 3 && (prev | 0x20) == 'd' && (t[pos - 2] | 0x20) == 'd' && (t[pos - 3] | 0x20) == 'a'
				&& esa_addressinfo_may_name(t, len, pos - 3);
		case '_':
			/* A run that is a constant is looked up whole at its first '_', which
			 * follows the last two bytes of one of the constants' first words
			 * (AF_INET: "AF"); no other '_' needs a look. */
			return pos >= state->next_constant && pos >= 2 && esa_is_upper_digit(prev) && esa_is_upper_digit(t[pos - 2])
				&& (esa_constant_word_ends[esa_upper_digit_index(t[pos - 2])] >> esa_upper_digit_index(prev) & 1)
				&& esa_constant_run_may_name(t, len, pos, state);
		case '.':
			return esa_dot_may_join_pieces(t, len, pos);
		case '<':
			if (pos + 1 >= len || t[pos + 1] != '<' || prev != '<') {
				return false;
			}
			/* Inside what the last heredoc's search read: looking again could read the
			 * rest of the text once per opener. Rare enough to walk such a file. */
			return pos - 1 < state->heredoc_end || esa_heredoc_may_be_concatenated(t, len, pos - 1, &state->heredoc_end);
		case 'X':
			if (prev == 'A' && pos >= 4 && pos + 5 <= len && memcmp(t + pos - 4, "SOMAXCONN", 9) == 0
					&& esa_is_token_start(t, pos - 4) && esa_is_token_end(t, len, pos + 5)) {
				return true;
			}
			ZEND_FALLTHROUGH;
		default:
			return prev == '\\' && pos >= state->next_escape && esa_escape_yields_name_byte(t, len, pos)
				&& !esa_is_escaped(t, pos - 1) && esa_escaped_run_may_name(t, len, pos, state);
	}
}

/* The positions from..len-1, one by one: for texts too short for a vector, and
 * the reference the vector scans must agree with. */
static bool esa_scan_pairs_scalar(const unsigned char *t, size_t len, size_t from)
{
	esa_scan_state state = {0, SIZE_MAX, 0, 0};
	for (size_t pos = from < 1 ? 1 : from; pos < len; pos++) {
		if (esa_pair_class(t[pos - 1], t[pos]) && esa_pair_may_name_symbol(t, len, pos, &state)) {
			return true;
		}
	}
	return false;
}

/* The index of the lowest bit set in a non-zero 64-bit mask. */
static zend_always_inline unsigned esa_ntz64(uint64_t bits)
{
#if SIZEOF_ZEND_LONG >= 8
	return (unsigned) zend_ulong_ntz((zend_ulong) bits);
#else
	return (uint32_t) bits ? (unsigned) zend_ulong_ntz((zend_ulong) (uint32_t) bits)
		: 32 + (unsigned) zend_ulong_ntz((zend_ulong) (uint32_t) (bits >> 32));
#endif
}

/* Blocks of 64 bytes with a pair to look at, gathered before any is looked at
 * so that the vector loop keeps its tables in registers: it calls nothing. */
#define ESA_HIT_BLOCKS 32

typedef struct {
	size_t offsets[ESA_HIT_BLOCKS];
	uint64_t masks[ESA_HIT_BLOCKS];
	unsigned count;
} esa_hit_blocks;

/* Bit n of masks[b] is position offsets[b] + n. */
static zend_never_inline bool esa_check_hit_blocks(const unsigned char *t, size_t len, esa_hit_blocks *hits, esa_scan_state *state)
{
	for (unsigned b = 0; b < hits->count; b++) {
		uint64_t bits = hits->masks[b];
		do {
			size_t pos = hits->offsets[b] + esa_ntz64(bits);
			bits &= bits - 1;
			if (esa_pair_may_name_symbol(t, len, pos, state)) {
				return true;
			}
		} while (bits);
	}
	hits->count = 0;
	return false;
}

/*
 * The vector scans. A byte's class as the first and as the second byte of a
 * pair is looked up in 16-byte tables by its low and high nibble, a byte
 * shuffle each. The low-nibble lookups take the byte itself as the index: a
 * shuffle reads only its low four bits, and yields 0 for a byte with the top
 * bit set, which no class holds. Each byte's first-byte class, moved one lane
 * on, meets the next byte's second-byte class.
 */
/* The 32 pairs whose second bytes are at p, into hits; prev_first holds the
 * first-byte classes of the 32 bytes before p, and then of these. */
# define ESA_AVX2_PAIRS(p, hits) do { \
		__m256i v_ = _mm256_loadu_si256((const __m256i *) (p)); \
		__m256i hi_ = _mm256_and_si256(_mm256_srli_epi16(v_, 4), nibble); \
		__m256i first_ = _mm256_and_si256(_mm256_shuffle_epi8(first_lo, v_), _mm256_shuffle_epi8(first_hi, hi_)); \
		__m256i second_ = _mm256_and_si256(_mm256_shuffle_epi8(second_lo, v_), _mm256_shuffle_epi8(second_hi, hi_)); \
		(hits) = _mm256_and_si256(second_, \
			_mm256_alignr_epi8(first_, _mm256_permute2x128_si256(prev_first, first_, 0x21), 15)); \
		prev_first = first_; \
	} while (0)
# define ESA_AVX2_MASK(h) (~(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8((h), zero)))

# ifdef ZEND_INTRIN_AVX2_RESOLVER
__attribute__((target("avx2")))
# endif
static bool esa_scan_pairs_avx2(const unsigned char *t, size_t len)
{
	const __m256i first_lo = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *) esa_first_lo));
	const __m256i first_hi = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *) esa_first_hi));
	const __m256i second_lo = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *) esa_second_lo));
	const __m256i second_hi = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *) esa_second_hi));
	const __m256i nibble = _mm256_set1_epi8(0x0F);
	const __m256i zero = _mm256_setzero_si256();
	__m256i prev_first = zero;
	esa_scan_state state = {0, SIZE_MAX, 0, 0};
	esa_hit_blocks hits_at;
	size_t i = 0;

	if (len < 64) {
		return esa_scan_pairs_scalar(t, len, 1);
	}
	hits_at.count = 0;
	/* Positions i to i+127: pairs (t[i-1], t[i]) to (t[i+126], t[i+127]);
	 * position 0 has none. Four vectors a turn, tested together. */
	for (; i + 128 <= len; i += 128) {
		__m256i h0, h1, h2, h3, any;
		ESA_AVX2_PAIRS(t + i, h0);
		ESA_AVX2_PAIRS(t + i + 32, h1);
		ESA_AVX2_PAIRS(t + i + 64, h2);
		ESA_AVX2_PAIRS(t + i + 96, h3);
		any = _mm256_or_si256(_mm256_or_si256(h0, h1), _mm256_or_si256(h2, h3));
		if (UNEXPECTED(!_mm256_testz_si256(any, any))) {
			uint64_t m0 = ESA_AVX2_MASK(h0) | (uint64_t) ESA_AVX2_MASK(h1) << 32;
			uint64_t m1 = ESA_AVX2_MASK(h2) | (uint64_t) ESA_AVX2_MASK(h3) << 32;
			if (m0) {
				hits_at.offsets[hits_at.count] = i;
				hits_at.masks[hits_at.count++] = m0;
			}
			if (m1) {
				hits_at.offsets[hits_at.count] = i + 64;
				hits_at.masks[hits_at.count++] = m1;
			}
			if (hits_at.count >= ESA_HIT_BLOCKS - 1 && esa_check_hit_blocks(t, len, &hits_at, &state)) {
				return true;
			}
		}
	}
	/* The rest, 32 bytes at a time, then a last vector that ends at the text's
	 * end: it overlaps positions already seen, which it leaves out, and its
	 * pairs' first bytes come from a load one byte earlier. */
	while (i < len) {
		__m256i h;
		uint32_t m;
		if (i + 32 <= len) {
			ESA_AVX2_PAIRS(t + i, h);
			m = ESA_AVX2_MASK(h);
		} else {
			size_t base = len - 32; /* >= 32 */
			__m256i p = _mm256_loadu_si256((const __m256i *) (t + base - 1));
			__m256i v = _mm256_loadu_si256((const __m256i *) (t + base));
			__m256i second = _mm256_and_si256(_mm256_shuffle_epi8(second_lo, v),
				_mm256_shuffle_epi8(second_hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble)));
			__m256i first = _mm256_and_si256(_mm256_shuffle_epi8(first_lo, p),
				_mm256_shuffle_epi8(first_hi, _mm256_and_si256(_mm256_srli_epi16(p, 4), nibble)));
			m = ESA_AVX2_MASK(_mm256_and_si256(first, second)) & (~(uint32_t) 0 << (i - base));
			i = base;
		}
		if (m) {
			if (hits_at.count == ESA_HIT_BLOCKS && esa_check_hit_blocks(t, len, &hits_at, &state)) {
				return true;
			}
			hits_at.offsets[hits_at.count] = i;
			hits_at.masks[hits_at.count++] = m;
		}
		i += 32;
	}
	return hits_at.count && esa_check_hit_blocks(t, len, &hits_at, &state);
}
#endif


/* Chosen at startup, by what the CPU has: NULL rules no text out. */
static bool (*esa_scan_pairs)(const unsigned char *t, size_t len);

const char *esa_prefilter_startup(void)
{
	const char *name = "none";
	esa_scan_pairs = NULL;
#if defined(ESA_HAVE_AVX2_PREFILTER)
# ifdef ZEND_INTRIN_AVX2_RESOLVER
	if (zend_cpu_supports_avx2())
# endif
	{
		esa_scan_pairs = esa_scan_pairs_avx2;
		name = "avx2";
	}
#endif
	return name;
}

bool esa_prefilter_may_name(const char *text, size_t len)
{
	return !esa_scan_pairs || esa_scan_pairs((const unsigned char *) text, len);
}
