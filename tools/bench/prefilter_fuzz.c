/*
 * The prefilter's AVX2 kernel against its one-position-at-a-time reference
 * (src/prefilter.c, built in here as it is: no switch of its own): both must
 * give the same verdict on every text. Built and run by tools/bench/prefilter_check.sh
 * on a CPU with AVX2:
 *
 *   prefilter_fuzz RANDOM_TEXTS SEED [--whole] [FILE...]
 *
 * FILE: a file to check whole, and from every start offset 0-127 and with every
 * length cut off its end (up to 300 bytes), so that each anchor falls at every
 * place of a vector and of a 128-byte block (only whole after --whole); "-"
 * reads NUL-separated snippets from stdin (tools/bench/prefilter_check.php
 * snippets). Then RANDOM_TEXTS texts of 0-400 bytes drawn mostly from the
 * bytes the anchors are made of.
 */
#include "../src/symbols/symbols.c"
#include "../src/pipeline/prefilter.c"

#include <stdio.h>
#include <stdlib.h>

typedef bool (*esa_scan_fn)(const unsigned char *t, size_t len);

static struct {
	const char *name;
	esa_scan_fn scan;
} esa_scans[4];
static unsigned esa_scan_count;
static unsigned long long esa_checked, esa_walks, esa_failures;

static void check(const unsigned char *t, size_t len)
{
	/* A copy that ends where the text ends, so that reading past it shows under valgrind or ASan. */
	unsigned char *copy = malloc(len ? len : 1);
	bool reference;
	memcpy(copy, t, len);
	reference = esa_scan_pairs_scalar(copy, len, 1);
	for (unsigned i = 0; i < esa_scan_count; i++) {
		if (esa_scans[i].scan(copy, len) != reference) {
			fprintf(stderr, "%s says %d, the reference %d, on %zu bytes: \"", esa_scans[i].name, !reference, reference, len);
			for (size_t j = 0; j < len && j < 400; j++) {
				fputc(copy[j] >= 0x20 && copy[j] < 0x7f ? copy[j] : '.', stderr);
			}
			fputs("\"\n", stderr);
			esa_failures++;
		}
	}
	esa_checked++;
	esa_walks += reference;
	free(copy);
}

static bool esa_whole_only;

static void check_text(const unsigned char *t, size_t len)
{
	check(t, len);
	if (esa_whole_only) {
		return;
	}
	for (size_t start = 1; start < 128 && start < len; start++) {
		check(t + start, len - start);
	}
	for (size_t cut = 1; cut < 300 && cut < len; cut++) {
		check(t, len - cut);
	}
}

static unsigned long long esa_rand_state;

static unsigned esa_rand(unsigned n)
{
	esa_rand_state = esa_rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned) (esa_rand_state >> 33) % n;
}

int main(int argc, char **argv)
{
	static const char *const pieces[] = {
		"sock", "SOCK", "et", "ET", "socket_close", "Socket", "sockets", "AddressInfo", "addressinfo", "AF_", "INET",
		"AF_INET", "SO_", "SOMAXCONN", "IPV6_V6ONLY", "_", "__", "\\", "\\\\", "\\x41", "\\X5f", "\\101", "\\u{73}",
		"\\u{00041}", "'", "\"", ".", " . ", "(", ")", "<<<", "EOT", "\nEOT", "\n", "\r", " ", "\t", "//", "#",
		"/*", "*/", "$", "->", "::", "-", "new ", "instanceof ", "function ", "use ", "const ", ",", "|", "?", ":",
		"0", "6", "x", "k", "K", "d", "D", "A", "X", "c", "\xc3\xa9", "\x80", "\0", "b'", "echo (", "foo(",
	};
	char *buf = NULL;
	size_t cap = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: %s RANDOM_TEXTS SEED [--whole] [FILE|-]...\n", argv[0]);
		return 2;
	}
#if defined(ESA_HAVE_AVX2_PREFILTER)
# ifdef ZEND_INTRIN_AVX2_RESOLVER
	if (zend_cpu_supports_avx2())
# endif
	{
		esa_scans[esa_scan_count].name = "avx2";
		esa_scans[esa_scan_count++].scan = esa_scan_pairs_avx2;
	}
#else
	fprintf(stderr, "prefilter_fuzz: this build has no AVX2 kernel to check\n");
	return 2;
#endif
	esa_rand_state = strtoull(argv[2], NULL, 10);

	for (int a = 3; a < argc; a++) {
		FILE *f;
		size_t len = 0;
		int c;
		if (strcmp(argv[a], "--whole") == 0) {
			esa_whole_only = true;
			continue;
		}
		f = strcmp(argv[a], "-") == 0 ? stdin : fopen(argv[a], "rb");
		if (!f) {
			perror(argv[a]);
			return 2;
		}
		while ((c = fgetc(f)) != EOF) {
			if (len + 1 > cap) {
				cap = cap ? cap * 2 : 65536;
				buf = realloc(buf, cap);
			}
			if (c == 0 && f == stdin) {
				check_text((unsigned char *) buf, len);
				len = 0;
				continue;
			}
			buf[len++] = (char) c;
		}
		if (f != stdin) {
			check_text((unsigned char *) buf, len);
			fclose(f);
		} else if (len) {
			check_text((unsigned char *) buf, len);
		}
	}

	for (unsigned long n = strtoul(argv[1], NULL, 10); n > 0; n--) {
		size_t want = esa_rand(401), len = 0;
		if (want + 64 > cap) {
			cap = want + 64;
			buf = realloc(buf, cap);
		}
		while (len < want) {
			if (esa_rand(4) == 0) {
				buf[len++] = (char) esa_rand(256);
			} else {
				const char *p = pieces[esa_rand(sizeof(pieces) / sizeof(pieces[0]))];
				size_t n = strlen(p) ? strlen(p) : 1;
				if (len + n > want) {
					break;
				}
				memcpy(buf + len, p, n);
				len += n;
			}
		}
		check((unsigned char *) buf, len);
	}
	free(buf);
	printf("prefilter_fuzz: %llu texts, %llu to walk, scans compared with the reference:", esa_checked, esa_walks);
	for (unsigned i = 0; i < esa_scan_count; i++) {
		printf(" %s", esa_scans[i].name);
	}
	printf("; %llu disagreements\n", esa_failures);
	return esa_failures ? 1 : 0;
}
