#!/bin/bash
# Cost shapes that must stay linear (issue 16), in instructions (callgrind),
# extension loaded vs not, same PHP: prints one line per figure.
#  - one line of N fully qualified calls `\socket_strerror(0);` (N = 1,000 and
#    16,000), compiled by `php -l`: extra instructions per reference;
#  - call counting, 1 call site vs 1,000 call sites (one function of 1,000 call
#    lines): extra instructions per counted call, from two loop counts.
# Usage: bash tools/bench/shapes.sh [path/to/extsockets_audit.so]
set -euo pipefail
cd "$(dirname "$0")/../.."
ext=$(realpath "${1:-modules/extsockets_audit.so}")
sockets="$(php -n -r 'echo ini_get("extension_dir");')/sockets.so"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null php -n "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }

declare -A per_ref
for n in 1000 16000; do
	php -n -r 'file_put_contents($argv[1], "<?php\n" . str_repeat("\\socket_strerror(0);", (int) $argv[2]) . "\n");' "$work/line$n.php" "$n"
	off=$(count -l "$work/line$n.php")
	on=$(count -d "extension=$ext" -l "$work/line$n.php")
	per_ref[$n]=$(( (on - off) / n ))
	echo "one line, N=$n fully qualified calls: +${per_ref[$n]} instructions per reference"
done
echo "one line: cost per reference at N=16000 / at N=1000: $(php -n -r "printf('%.2f', ${per_ref[16000]} / ${per_ref[1000]});") (target <= 1.3)"

php -n -r '$c = "<?php\nfunction one() { socket_strerror(1); }\nfunction many() {\n" . str_repeat("socket_strerror(1);\n", 1000) . "}\n"
	. "[, \$f, \$n] = \$argv; for (\$i = 0; \$i < (int) \$n; \$i++) { \$f(); }\n"; file_put_contents($argv[1], $c);' "$work/sites.php"
for shape in "one 20000 220000 1" "many 20 220 1000"; do
	set -- $shape
	f=$1 few=$2 many=$3 per=$4
	off=$(( $(count -d "extension=$sockets" "$work/sites.php" "$f" "$many") - $(count -d "extension=$sockets" "$work/sites.php" "$f" "$few") ))
	on=$(( $(count -d "extension=$sockets" -d "extension=$ext" "$work/sites.php" "$f" "$many") - $(count -d "extension=$sockets" -d "extension=$ext" "$work/sites.php" "$f" "$few") ))
	calls=$(( (many - few) * per ))
	echo "call counting, $( [ "$per" = 1 ] && echo "1 call site" || echo "$per call sites"): +$(( (on - off) / calls )) instructions per call (target <= 80)"
done
