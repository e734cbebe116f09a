#include <string.h>
#include <strings.h>

#include "php.h"
#include "zend_cpuinfo.h"

#include "symbols.h"
#include "symbols_table.h"

#if defined(ZEND_INTRIN_AVX2_NATIVE) || defined(ZEND_INTRIN_AVX2_RESOLVER)
# include <immintrin.h>
# define ESA_HAVE_AVX2_PREFILTER 1
#endif

static const esa_symbol esa_extension_symbol = {ESA_KIND_EXTENSION, "sockets", 7, "", "", ""};

/* Every ext/sockets function is named socket_*: one compare rejects almost every call. */
#define ESA_FUNCTION_PREFIX "socket_"
#define ESA_FUNCTION_PREFIX_LEN (sizeof(ESA_FUNCTION_PREFIX) - 1)

static int esa_compare(const char *a, size_t a_len, const char *b, size_t b_len, int fold_case)
{
	size_t n = a_len < b_len ? a_len : b_len;
	int r = fold_case ? strncasecmp(a, b, n) : memcmp(a, b, n);
	if (r != 0) {
		return r;
	}
	return a_len < b_len ? -1 : (a_len > b_len ? 1 : 0);
}

/* The generated arrays are sorted by lowercase name (functions, classes) or by
 * byte value (constants), which is the order esa_compare() walks. */
static const esa_symbol *esa_bsearch(const esa_symbol *table, size_t count, const char *name, size_t len, int fold_case)
{
	size_t lo = 0, hi = count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = esa_compare(name, len, table[mid].name, table[mid].name_len, fold_case);
		if (r == 0) {
			return &table[mid];
		}
		if (r < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return NULL;
}

const esa_symbol *esa_symbol_function(const char *name, size_t len)
{
	if (len <= ESA_FUNCTION_PREFIX_LEN || strncasecmp(name, ESA_FUNCTION_PREFIX, ESA_FUNCTION_PREFIX_LEN) != 0) {
		return NULL;
	}
	return esa_bsearch(esa_function_symbols, ESA_FUNCTION_SYMBOLS_COUNT, name, len, 1);
}

const esa_symbol *esa_symbol_constant(const char *name, size_t len)
{
	/* All ext/sockets constants are upper case: a lowercase first byte (true,
	 * false, null, most user constants) needs no search. */
	unsigned second;
	if (len < ESA_CONSTANT_MIN_LEN || len > ESA_CONSTANT_MAX_LEN || name[0] < 'A' || name[0] > 'Z') {
		return NULL;
	}
	second = (name[1] >= 'A' && name[1] <= 'Z') ? (unsigned) (name[1] - 'A') : 26;
	if (!(esa_constant_prefixes[name[0] - 'A'] & (1u << second))) {
		return NULL;
	}
	return esa_bsearch(esa_constant_symbols, ESA_CONSTANT_SYMBOLS_COUNT, name, len, 0);
}

const esa_symbol *esa_symbol_class(const char *name, size_t len)
{
	return esa_bsearch(esa_class_symbols, ESA_CLASS_SYMBOLS_COUNT, name, len, 1);
}

const esa_symbol *esa_symbol_extension(const char *name, size_t len)
{
	return (len == esa_extension_symbol.name_len && strncasecmp(name, esa_extension_symbol.name, len) == 0)
		? &esa_extension_symbol : NULL;
}

uint32_t esa_symbol_count(esa_kind kind)
{
	switch (kind) {
		case ESA_KIND_FUNCTION: return ESA_FUNCTION_SYMBOLS_COUNT;
		case ESA_KIND_CONSTANT: return ESA_CONSTANT_SYMBOLS_COUNT;
		case ESA_KIND_CLASS: return ESA_CLASS_SYMBOLS_COUNT;
		case ESA_KIND_EXTENSION: return 1;
	}
	return 0;
}

const char *esa_kind_name(esa_kind kind)
{
	switch (kind) {
		case ESA_KIND_FUNCTION: return "function";
		case ESA_KIND_CONSTANT: return "constant";
		case ESA_KIND_CLASS: return "class";
		case ESA_KIND_EXTENSION: return "extension";
	}
	return "unknown";
}

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
 *   "ck" (any case)   every function (socket_*), Socket, 'sockets', SOCK_*, SOCKET_*
 *   "dd" (any case)   AddressInfo
 *   X_ (X in A-Z0-9)  every other constant but SOMAXCONN: the whole [A-Z0-9_]
 *                     run around the '_' is looked up
 *   "AX"              SOMAXCONN
 *   \0-7, \x, \u      an escape that decodes to a byte a name can hold
 *   " ." "'." ")." .. a '.' after a blank, quote, parenthesis or comment, which
 *                     may join two literals; "<<<" a heredoc, whose closing
 *                     label may be followed by '.' at once
 * tools/gen_symbols.php refuses a table that breaks these assumptions.
 *
 * The scan looks at 32 bytes at a time (AVX2): each byte is classified by two
 * 16-entry tables indexed by its low and high nibble, once as the first byte of
 * a pair and once as the second; a position is looked at more closely only
 * when its pair shares a class bit. Without AVX2 no text is ruled out. */

enum {
	ESA_PAIR_ESC_OCTAL = 0x01, /* '\\' then 0-7 */
	ESA_PAIR_ESC_HEX_U = 0x02, /* '\\' then x, X, u (and U) */
	ESA_PAIR_CK = 0x04,        /* c or C, then k or K */
	ESA_PAIR_DD = 0x08,        /* d or D, then d or D */
	ESA_PAIR_UPPER_US = 0x10,  /* 0x30-0x5F (0-9, A-Z and a few), then '_' */
	ESA_PAIR_HEREDOC = 0x20,   /* '<' then '<' */
	ESA_PAIR_DOT = 0x40,       /* \t \n \r space " ' ) * - / (and a few controls), then '.' */
	ESA_PAIR_AX = 0x80         /* 'A' then 'X' */
};

#define ESA_FIRST_LO(l) ((unsigned char) ( \
	((l) == 0xC ? ESA_PAIR_ESC_OCTAL | ESA_PAIR_ESC_HEX_U | ESA_PAIR_HEREDOC : 0) | ((l) == 0x3 ? ESA_PAIR_CK : 0) \
	| ((l) == 0x4 ? ESA_PAIR_DD : 0) | ESA_PAIR_UPPER_US \
	| ((l) == 0 || (l) == 2 || (l) == 7 || (l) == 9 || (l) == 0xA || (l) == 0xD || (l) == 0xF ? ESA_PAIR_DOT : 0) \
	| ((l) == 0x1 ? ESA_PAIR_AX : 0)))
#define ESA_FIRST_HI(h) ((unsigned char) ( \
	((h) == 5 ? ESA_PAIR_ESC_OCTAL | ESA_PAIR_ESC_HEX_U : 0) | ((h) == 4 || (h) == 6 ? ESA_PAIR_CK | ESA_PAIR_DD : 0) \
	| ((h) >= 3 && (h) <= 5 ? ESA_PAIR_UPPER_US : 0) | ((h) == 3 ? ESA_PAIR_HEREDOC : 0) \
	| ((h) == 0 || (h) == 2 ? ESA_PAIR_DOT : 0) | ((h) == 4 ? ESA_PAIR_AX : 0)))
#define ESA_SECOND_LO(l) ((unsigned char) ( \
	((l) <= 7 ? ESA_PAIR_ESC_OCTAL : 0) | ((l) == 5 || (l) == 8 ? ESA_PAIR_ESC_HEX_U : 0) \
	| ((l) == 0xB ? ESA_PAIR_CK : 0) | ((l) == 0x4 ? ESA_PAIR_DD : 0) | ((l) == 0xF ? ESA_PAIR_UPPER_US : 0) \
	| ((l) == 0xC ? ESA_PAIR_HEREDOC : 0) | ((l) == 0xE ? ESA_PAIR_DOT : 0) | ((l) == 0x8 ? ESA_PAIR_AX : 0)))
#define ESA_SECOND_HI(h) ((unsigned char) ( \
	((h) == 3 ? ESA_PAIR_ESC_OCTAL | ESA_PAIR_HEREDOC : 0) | ((h) == 5 || (h) == 7 ? ESA_PAIR_ESC_HEX_U : 0) \
	| ((h) == 4 || (h) == 6 ? ESA_PAIR_CK | ESA_PAIR_DD : 0) | ((h) == 5 ? ESA_PAIR_UPPER_US | ESA_PAIR_AX : 0) \
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

static zend_always_inline bool esa_is_upper_digit_us(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static zend_always_inline bool esa_is_name_byte(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\\';
}

static zend_always_inline bool esa_is_label_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

static zend_always_inline bool esa_is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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

/* Does the escape sequence whose letter or first digit is at pos decode to a byte
 * that a name can hold? (As zend_scan_escape_string() decodes it; the lexer only
 * decodes in double quotes and heredocs, but treating every quote alike is safe.) */
static bool esa_escape_yields_name_byte(const unsigned char *t, size_t len, size_t pos)
{
	unsigned value = 0;
	unsigned char c = t[pos];
	int d;
	if (c >= '0' && c <= '7') {
		for (size_t i = pos; i < len && i < pos + 3 && t[i] >= '0' && t[i] <= '7'; i++) {
			value = value * 8 + (unsigned) (t[i] - '0');
		}
		return esa_is_name_byte(value & 0xFF);
	}
	if (c == 'x' || c == 'X') {
		if (pos + 1 >= len || (d = esa_hex_value(t[pos + 1])) < 0) {
			return false;
		}
		value = (unsigned) d;
		if (pos + 2 < len && (d = esa_hex_value(t[pos + 2])) >= 0) {
			value = value * 16 + (unsigned) d;
		}
		return esa_is_name_byte(value);
	}
	if (c == 'u' && pos + 1 < len && t[pos + 1] == '{') {
		for (size_t i = pos + 2; i < len && (d = esa_hex_value(t[i])) >= 0; i++) {
			if (value > 0x7F) {
				return false; /* a multibyte character: never part of a name */
			}
			value = value * 16 + (unsigned) d;
		}
		return esa_is_name_byte(value);
	}
	return false;
}

/* A quoted literal that could be a piece of a name: at most this many name bytes. */
#define ESA_PIECE_MAX 40

static bool esa_quoted_piece_ends_at(const unsigned char *t, size_t close)
{
	unsigned char quote = t[close];
	size_t n = 0;
	while (close > n && n <= ESA_PIECE_MAX && esa_is_name_byte(t[close - 1 - n])) {
		n++;
	}
	return n <= ESA_PIECE_MAX && close > n && t[close - 1 - n] == quote;
}

static bool esa_quoted_piece_starts_at(const unsigned char *t, size_t len, size_t open)
{
	unsigned char quote = t[open];
	size_t i = open + 1;
	while (i < len && i - open <= ESA_PIECE_MAX && esa_is_name_byte(t[i])) {
		i++;
	}
	return i < len && i - open <= ESA_PIECE_MAX + 1 && t[i] == quote;
}

typedef enum { ESA_OPERAND_NONE = 0, ESA_OPERAND_NUMBER, ESA_OPERAND_STRING } esa_operand;

static zend_always_inline bool esa_is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The operand that ends just before end (blanks already skipped back): a
 * name-like quoted literal, a number, a heredoc's closing label (an identifier
 * alone at the start of its line), or a comment ending there. *start is where it
 * begins. */
static esa_operand esa_left_operand(const unsigned char *t, size_t end, size_t *start)
{
	unsigned char c = t[end - 1];
	size_t s = end - 1;
	if (c == '\'' || c == '"') {
		if (!esa_quoted_piece_ends_at(t, end - 1)) {
			return ESA_OPERAND_NONE;
		}
		while (t[s - 1] != c) {
			s--;
		}
		*start = s - 1;
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
	return (s == 0 || t[s - 1] == '\n' || t[s - 1] == '\r') ? ESA_OPERAND_STRING : ESA_OPERAND_NONE;
}

/* The parser concatenates two literal operands of '.' into one string
 * (zend_ast_create_concat_op()), which may spell a name that the text does not.
 * True when the '.' at pos may join two literals, one of them a string that
 * could be a piece of a name (numbers alone never make one). */
static bool esa_dot_may_join_pieces(const unsigned char *t, size_t len, size_t pos)
{
	size_t j = pos, k = pos + 1, start = 0;
	unsigned parens = 0;
	esa_operand left, right = ESA_OPERAND_NONE;
	unsigned char c;

	/* Right operand: a name-like quoted literal (b'' too), a heredoc, a number, a comment. */
	while (k < len && (esa_is_blank(t[k]) || t[k] == '(')) {
		k++;
	}
	if (k >= len) {
		return false;
	}
	c = t[k];
	if ((c == 'b' || c == 'B') && k + 1 < len && (t[k + 1] == '\'' || t[k + 1] == '"' || t[k + 1] == '<')) {
		c = t[++k];
	}
	if (c == '\'' || c == '"') {
		right = esa_quoted_piece_starts_at(t, len, k) ? ESA_OPERAND_STRING : ESA_OPERAND_NONE;
	} else if ((c == '<' && k + 2 < len && t[k + 1] == '<' && t[k + 2] == '<') || c == '#'
			|| (c == '/' && k + 1 < len && (t[k + 1] == '/' || t[k + 1] == '*'))) {
		right = ESA_OPERAND_STRING;
	} else if (esa_is_digit(c) || (c == '.' && k + 1 < len && esa_is_digit(t[k + 1]))) {
		right = ESA_OPERAND_NUMBER;
	}
	if (right == ESA_OPERAND_NONE) {
		return false;
	}

	/* Left operand, possibly in parentheses: ('soc') . 'ket_close' */
	for (;;) {
		while (j > 0 && esa_is_blank(t[j - 1])) {
			j--;
		}
		if (j == 0 || t[j - 1] != ')') {
			break;
		}
		parens++;
		j--;
	}
	if (j == 0 || (left = esa_left_operand(t, j, &start)) == ESA_OPERAND_NONE) {
		return false;
	}
	if (parens && start > 0) {
		/* foo('x') . 'y' is a call, not a literal: the literal must open the parenthesis. */
		while (start > 0 && esa_is_blank(t[start - 1])) {
			start--;
		}
		if (start == 0 || t[start - 1] != '(') {
			return false;
		}
	}
	return left == ESA_OPERAND_STRING || right == ESA_OPERAND_STRING;
}

/* A heredoc or nowdoc opens at pos ("<<<"): true when its closing label is
 * followed by '.' (a concatenation the '.' anchor, which needs a blank or quote
 * before it, would not see) or when the label cannot be found. */
static bool esa_heredoc_may_be_concatenated(const unsigned char *t, size_t len, size_t pos)
{
	size_t i = pos + 3, label, label_len;
	while (i < len && (t[i] == ' ' || t[i] == '\t')) {
		i++;
	}
	if (i < len && (t[i] == '\'' || t[i] == '"')) {
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
	 * not followed by a label byte. */
	while (i < len) {
		const unsigned char *nl = memchr(t + i, '\n', len - i);
		if (!nl) {
			return true;
		}
		i = (size_t) (nl - t) + 1;
		while (i < len && (t[i] == ' ' || t[i] == '\t')) {
			i++;
		}
		if (i + label_len <= len && memcmp(t + i, t + label, label_len) == 0
				&& (i + label_len == len || !esa_is_label_byte(t[i + label_len]))) {
			i += label_len;
			return i < len && t[i] == '.';
		}
	}
	return true;
}

/* Looks closely at the pair ending at pos (pos >= 1). *resume is where the
 * next constant may start: the [A-Z0-9_] run of one is looked up once. */
static bool esa_pair_may_name_symbol(const unsigned char *t, size_t len, size_t pos, size_t *resume)
{
	unsigned char prev = t[pos - 1];
	switch (t[pos]) {
		case 'k':
		case 'K':
			return pos >= 3 && (prev | 0x20) == 'c' && esa_ci_equals(t + pos - 3, "so", 2);
		case 'd':
		case 'D':
			return pos >= 2 && pos + 9 <= len && esa_ci_equals(t + pos - 2, "addressinfo", 11);
		case '_': {
			size_t s = pos - 1, e = pos + 1;
			/* A constant's first '_' follows a letter or digit: "__" is never where one starts. */
			if (pos < *resume || prev == '_' || !esa_is_upper_digit_us(prev)) {
				return false;
			}
			while (s > 0 && esa_is_upper_digit_us(t[s - 1])) {
				s--;
			}
			/* Most runs (E_ALL, JSON_*, __DIR__) start like no constant of the table. */
			if (t[s] < 'A' || t[s] > 'Z' || !(esa_constant_prefixes[t[s] - 'A']
					& (1u << ((t[s + 1] >= 'A' && t[s + 1] <= 'Z') ? t[s + 1] - 'A' : 26)))) {
				return false;
			}
			while (e < len && esa_is_upper_digit_us(t[e])) {
				e++;
			}
			*resume = e;
			return esa_symbol_constant((const char *) t + s, e - s) != NULL;
		}
		case '.':
			return esa_dot_may_join_pieces(t, len, pos);
		case '<':
			return pos + 1 < len && t[pos + 1] == '<' && esa_heredoc_may_be_concatenated(t, len, pos - 1);
		case 'X':
			if (prev == 'A' && pos >= 4 && pos + 5 <= len && memcmp(t + pos - 4, "SOMAXCONN", 9) == 0) {
				return true;
			}
			ZEND_FALLTHROUGH;
		default:
			return prev == '\\' && esa_escape_yields_name_byte(t, len, pos);
	}
}

#ifdef ESA_HAVE_AVX2_PREFILTER
/* Blocks of 32 bytes with a pair to look at, gathered before any is looked at so
 * that the vector loop keeps its tables in registers (no call in it). */
#define ESA_HIT_BLOCKS 32

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
	size_t i = 0, resume = 0;
	size_t offsets[ESA_HIT_BLOCKS];
	uint32_t masks[ESA_HIT_BLOCKS];

	while (i + 64 <= len) {
		unsigned n = 0;
		/* Two blocks a turn, tested together: most turns find nothing. */
		for (; i + 64 <= len && n + 2 <= ESA_HIT_BLOCKS; i += 64) {
			__m256i v0 = _mm256_loadu_si256((const __m256i *) (t + i));
			__m256i v1 = _mm256_loadu_si256((const __m256i *) (t + i + 32));
			__m256i lo0 = _mm256_and_si256(v0, nibble), lo1 = _mm256_and_si256(v1, nibble);
			__m256i hi0 = _mm256_and_si256(_mm256_srli_epi16(v0, 4), nibble);
			__m256i hi1 = _mm256_and_si256(_mm256_srli_epi16(v1, 4), nibble);
			__m256i first0 = _mm256_and_si256(_mm256_shuffle_epi8(first_lo, lo0), _mm256_shuffle_epi8(first_hi, hi0));
			__m256i first1 = _mm256_and_si256(_mm256_shuffle_epi8(first_lo, lo1), _mm256_shuffle_epi8(first_hi, hi1));
			__m256i second0 = _mm256_and_si256(_mm256_shuffle_epi8(second_lo, lo0), _mm256_shuffle_epi8(second_hi, hi0));
			__m256i second1 = _mm256_and_si256(_mm256_shuffle_epi8(second_lo, lo1), _mm256_shuffle_epi8(second_hi, hi1));
			/* Each byte's first-byte class moved one byte on, so that it meets the next byte's. */
			__m256i hits0 = _mm256_and_si256(second0,
				_mm256_alignr_epi8(first0, _mm256_permute2x128_si256(prev_first, first0, 0x21), 15));
			__m256i hits1 = _mm256_and_si256(second1,
				_mm256_alignr_epi8(first1, _mm256_permute2x128_si256(first0, first1, 0x21), 15));
			__m256i any = _mm256_or_si256(hits0, hits1);
			prev_first = first1;
			if (!_mm256_testz_si256(any, any)) {
				uint32_t m0 = ~(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8(hits0, zero));
				uint32_t m1 = ~(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8(hits1, zero));
				if (m0) {
					offsets[n] = i;
					masks[n++] = m0;
				}
				if (m1) {
					offsets[n] = i + 32;
					masks[n++] = m1;
				}
			}
		}
		for (unsigned b = 0; b < n; b++) {
			uint32_t bits = masks[b];
			do {
				size_t pos = offsets[b] + (size_t) __builtin_ctz(bits);
				bits &= bits - 1;
				if (esa_pair_may_name_symbol(t, len, pos, &resume)) {
					return true;
				}
			} while (bits);
		}
	}
	if (i < len) {
		/* The last bytes, through a zero-padded copy; the checks read the text itself. */
		unsigned char tail[64];
		size_t rest = len - i;
		memset(tail, 0, sizeof(tail));
		memcpy(tail, t + i, rest);
		for (size_t b = 0; b < rest; b += 32) {
			__m256i v = _mm256_loadu_si256((const __m256i *) (tail + b));
			__m256i lo = _mm256_and_si256(v, nibble);
			__m256i hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
			__m256i first = _mm256_and_si256(_mm256_shuffle_epi8(first_lo, lo), _mm256_shuffle_epi8(first_hi, hi));
			__m256i second = _mm256_and_si256(_mm256_shuffle_epi8(second_lo, lo), _mm256_shuffle_epi8(second_hi, hi));
			__m256i hits = _mm256_and_si256(second,
				_mm256_alignr_epi8(first, _mm256_permute2x128_si256(prev_first, first, 0x21), 15));
			uint32_t bits = ~(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8(hits, zero));
			prev_first = first;
			if (rest - b < 32) {
				bits &= (1u << (rest - b)) - 1;
			}
			while (bits) {
				size_t pos = i + b + (size_t) __builtin_ctz(bits);
				bits &= bits - 1;
				if (pos > 0 && esa_pair_may_name_symbol(t, len, pos, &resume)) {
					return true;
				}
			}
		}
	}
	return false;
}
#endif

bool esa_symbols_may_occur(const char *text, size_t len)
{
#ifdef ESA_HAVE_AVX2_PREFILTER
# ifdef ZEND_INTRIN_AVX2_RESOLVER
	if (!zend_cpu_supports_avx2()) {
		return true;
	}
# endif
	return esa_scan_pairs_avx2((const unsigned char *) text, len);
#else
	(void) text;
	(void) len;
	return true;
#endif
}
