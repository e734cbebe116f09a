#!/bin/bash
# Differential check of the source-text prefilter (src/pipeline/prefilter.c), which
# lets the walker skip files that cannot name a symbol: it must never change a
# finding.
#
#   bash tools/bench/prefilter_check.sh [--mutations N] [--fuzz N] [--seed S] [CORPUS_LIST]
#
# 1. Builds the extension as released (no debug switch exists).
# 2. Scans every file of CORPUS_LIST (default: tools/bench/.work/corpus.list when
#    tools/bench/run has made it) and N generated snippets (tools/bench/prefilter_check.php:
#    names built by escapes, concatenation, heredocs, in every syntactic place
#    and near misses) twice: with zend.multibyte=1, under which the walker never
#    consults the prefilter (the lexer may have read another text than the
#    file's bytes), so every file is walked; and as usual, with the prefilter.
#    The findings must be identical, byte for byte.
# 3. tools/bench/prefilter_fuzz.c (src/pipeline/prefilter.c built in): the AVX2 kernel against
#    the one-position-at-a-time reference on the snippets, the corpus files at
#    every offset, and N random texts. Needs a CPU with AVX2.
#
# Exit status 0 when everything agrees. Work files go to a temporary directory
# (ESA_PREFILTER_WORK to keep them somewhere).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
mutations=20000
fuzz=300000
seed=1
corpus=
while [ $# -gt 0 ]; do
	case $1 in
		--mutations) mutations=$2; shift 2 ;;
		--fuzz) fuzz=$2; shift 2 ;;
		--seed) seed=$2; shift 2 ;;
		-*) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0" >&2; exit 2 ;;
		*) corpus=$1; shift ;;
	esac
done
if [ -z "$corpus" ] && [ -f tools/bench/.work/corpus.list ]; then
	corpus=$root/tools/bench/.work/corpus.list
fi
work=${ESA_PREFILTER_WORK:-$(mktemp -d)}
[ -n "${ESA_PREFILTER_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ext"

echo "== build in $work/ext"
git ls-files -co --exclude-standard -z | tar --null -cf - -T - | tar -xf - -C "$work/ext"
(cd "$work/ext" && phpize >/dev/null && ./configure --enable-extsockets-audit \
	CFLAGS="-O2 -g -Wall -Wextra -Werror" >/dev/null && make -s -j"$(nproc)" >/dev/null 2>&1)
ext=$work/ext/modules/extsockets_audit.so
includes=$(php-config --includes)

grep -qw avx2 /proc/cpuinfo || { echo "prefilter check: this CPU has no AVX2, so the prefilter never runs here" >&2; exit 2; }
run() { # mode what...: mode walk (every file walked) or prefilter
	local multibyte=0
	[ "$1" = walk ] && multibyte=1
	php -n -d memory_limit=-1 -d zend.multibyte=$multibyte -d "extension=$ext" tools/bench/prefilter_check.php "${@:2}"
}

status=0
compare() { # label file-off file-mode
	if cmp -s "$2" "$3"; then
		echo "   $1: identical ($(wc -l < "$2") findings or errors)"
	else
		echo "   $1: DIFFERENT"
		diff "$2" "$3" | head -20
		status=1
	fi
}

echo "== findings with every file walked and with the prefilter"
if [ -n "$corpus" ]; then
	run walk corpus "$corpus" > "$work/corpus-walk.txt"
	run prefilter corpus "$corpus" > "$work/corpus-prefilter.txt"
	compare "corpus, $(wc -l < "$corpus") files" "$work/corpus-walk.txt" "$work/corpus-prefilter.txt"
else
	echo "   corpus: none (run bash tools/bench/run first, or name a list of files)"
fi
run walk mutations "$mutations" "$seed" > "$work/mutations-walk.txt"
run prefilter mutations "$mutations" "$seed" > "$work/mutations-prefilter.txt"
compare "$mutations generated snippets" "$work/mutations-walk.txt" "$work/mutations-prefilter.txt"
echo "   snippets with findings: $(cut -f1 "$work/mutations-walk.txt" | grep -v error | sort -u | wc -l) of $mutations;" \
	"that fail to parse: $(grep -c $'\terror\t' "$work/mutations-walk.txt" || true)"

echo "== the AVX2 kernel against the scalar reference"
# shellcheck disable=SC2086
gcc -D_GNU_SOURCE -O2 -g -Wall -Wextra $includes -Isrc -o "$work/prefilter_fuzz" tools/bench/prefilter_fuzz.c
files=()
if [ -n "$corpus" ]; then
	# Every 50th corpus file at every offset; all of them whole.
	mapfile -t files < <(awk 'NR % 50 == 1' "$corpus")
fi
run walk snippets "$mutations" "$seed" | "$work/prefilter_fuzz" "$fuzz" "$seed" - "${files[@]}" || status=1
if [ -n "$corpus" ]; then
	xargs -a "$corpus" -d '\n' "$work/prefilter_fuzz" 0 "$seed" --whole | sed 's/^/   every corpus file whole: /' || status=1
fi

[ "$status" = 0 ] && echo "prefilter check: no difference" || echo "prefilter check: FAILED"
exit "$status"
