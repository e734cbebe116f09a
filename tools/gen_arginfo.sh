#!/bin/sh
# Regenerates extsockets_audit_arginfo.h from extsockets_audit.stub.php with the
# gen_stub.php that php-dev ships, using Debian's php-parser instead of the
# tarball gen_stub.php would download.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
gen_stub=$(ls /usr/lib/php/*/build/gen_stub.php | head -n 1)
version=$(sed -n 's/.*\$version = "\([0-9.]*\)";.*/\1/p' "$gen_stub" | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$gen_stub" "$work/gen_stub.php"
parser_dir="$work/PHP-Parser-${version:-4.15.1}"
mkdir -p "$parser_dir/lib"
ln -s /usr/share/php/PhpParser "$parser_dir/lib/PhpParser"
php "$work/gen_stub.php" "$here/extsockets_audit.stub.php"
