#!/bin/bash
# Differential check of the source-text prefilter (esa_symbols_may_occur() in
# src/symbols.c), which lets the walker skip files that cannot name a symbol:
# it must never change a finding.
#
#   bash bench/prefilter_check.sh [--mutations N] [--fuzz N] [--seed S] [CORPUS_LIST]
#
# 1. Builds a test copy of the extension with -DESA_PREFILTER_DEBUG, whose
#    prefilter EXTSOCKETS_AUDIT_PREFILTER=off|scalar|ssse3|avx2 selects at
#    startup (a release build has no such switch).
# 2. Scans every file of CORPUS_LIST (default: bench/.work/corpus.list when
#    bench/run has made it) and N generated snippets (bench/prefilter_check.php:
#    names built by escapes, concatenation, heredocs, in every syntactic place
#    and near misses) with the prefilter off, then with each scan this CPU can
#    run: the findings must be identical, byte for byte.
# 3. bench/prefilter_fuzz.c: the vector scans against the scalar reference on
#    the snippets, the corpus files at every offset, and N random texts.
#
# Exit status 0 when everything agrees. Work files go to a temporary directory
# (ESA_PREFILTER_WORK to keep them somewhere).
set -euo pipefail
cd "$(dirname "$0")/.."
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
if [ -z "$corpus" ] && [ -f bench/.work/corpus.list ]; then
	corpus=$root/bench/.work/corpus.list
fi
work=${ESA_PREFILTER_WORK:-$(mktemp -d)}
[ -n "${ESA_PREFILTER_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ext"

echo "== test build (-DESA_PREFILTER_DEBUG) in $work/ext"
git ls-files -co --exclude-standard -z | tar --null -cf - -T - | tar -xf - -C "$work/ext"
(cd "$work/ext" && phpize >/dev/null && ./configure --enable-extsockets-audit \
	CFLAGS="-O2 -g -Wall -Wextra -Werror -DESA_PREFILTER_DEBUG" >/dev/null && make -s -j"$(nproc)" >/dev/null 2>&1)
ext=$work/ext/modules/extsockets_audit.so
includes=$(php-config --includes)

modes="scalar"
grep -qw ssse3 /proc/cpuinfo && modes="$modes ssse3"
grep -qw avx2 /proc/cpuinfo && modes="$modes avx2"
run() { # mode what...
	EXTSOCKETS_AUDIT_PREFILTER=$1 php -n -d memory_limit=-1 -d "extension=$ext" bench/prefilter_check.php "${@:2}"
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

echo "== findings with the prefilter off and on ($modes)"
if [ -n "$corpus" ]; then
	run off corpus "$corpus" > "$work/corpus-off.txt"
	for mode in $modes; do
		run "$mode" corpus "$corpus" > "$work/corpus-$mode.txt"
		compare "corpus, $(wc -l < "$corpus") files, $mode" "$work/corpus-off.txt" "$work/corpus-$mode.txt"
	done
else
	echo "   corpus: none (run bash bench/run first, or name a list of files)"
fi
run off mutations "$mutations" "$seed" > "$work/mutations-off.txt"
for mode in $modes; do
	run "$mode" mutations "$mutations" "$seed" > "$work/mutations-$mode.txt"
	compare "$mutations generated snippets, $mode" "$work/mutations-off.txt" "$work/mutations-$mode.txt"
done
echo "   snippets with findings: $(cut -f1 "$work/mutations-off.txt" | grep -v error | sort -u | wc -l) of $mutations;" \
	"that fail to compile: $(grep -c $'\terror\t' "$work/mutations-off.txt" || true)"

echo "== vector scans against the scalar reference"
# shellcheck disable=SC2086
gcc -D_GNU_SOURCE -DESA_PREFILTER_DEBUG -O2 -g -Wall -Wextra $includes -Isrc -o "$work/prefilter_fuzz" bench/prefilter_fuzz.c
files=()
if [ -n "$corpus" ]; then
	# Every 50th corpus file at every offset; all of them whole.
	mapfile -t files < <(awk 'NR % 50 == 1' "$corpus")
fi
run off snippets "$mutations" "$seed" | "$work/prefilter_fuzz" "$fuzz" "$seed" - "${files[@]}" || status=1
if [ -n "$corpus" ]; then
	xargs -a "$corpus" -d '\n' "$work/prefilter_fuzz" 0 "$seed" --whole | sed 's/^/   every corpus file whole: /' || status=1
fi

[ "$status" = 0 ] && echo "prefilter check: no difference" || echo "prefilter check: FAILED"
exit "$status"
