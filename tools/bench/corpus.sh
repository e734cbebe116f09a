#!/bin/bash
# Writes the corpus file list to $1: every .php file of the Debian packages that
# tools/bench/install.sh installs as corpus (Laravel, PHPUnit and its SebastianBergmann
# libraries, Symfony, php-amqplib, Monolog), except Symfony's generated locale
# data (Resources/data: 1,300 array literals, not code), keeping only files that
# `php -l` accepts. $2 (optional) keeps every Nth file, for a quick run.
set -euo pipefail
out=$1
step=${2:-1}
root=/usr/share/php
dirs=(Illuminate PHPUnit SebastianBergmann Symfony PhpAmqpLib Monolog)
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.bad"' EXIT
(cd "$root" && find "${dirs[@]}" -name '*.php' -not -path '*/Resources/data/*' -type f) \
	| LC_ALL=C sort | sed "s|^|$root/|" | awk -v step="$step" '(NR - 1) % step == 0' > "$tmp"
# One php -l per file, two at a time; a file PHP 8.2 refuses is no compile benchmark.
xargs -P2 -n1 php -n -l < "$tmp" 2>/dev/null | sed -n 's/^Errors parsing //p' > "$tmp.bad" || true
grep -vxF -f "$tmp.bad" "$tmp" > "$out" || true
echo "corpus: $(wc -l < "$out") files ($(wc -l < "$tmp.bad") refused by php -l)" >&2
