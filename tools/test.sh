#!/bin/sh
# Runs the whole phpt suite: `bash tools/test.sh [run-tests options, e.g. -m for valgrind]`.
#
# phpize's `make test` loads only this extension. Tests that need ext/sockets
# or opcache name them in --EXTENSIONS--; run-tests looks for them in
# extension_dir, so we point it at a directory holding our module beside
# links to PHP's own sockets.so and opcache.so.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f modules/extsockets_audit.so ]; then
	phpize >/dev/null
	./configure --enable-extsockets-audit >/dev/null
	make -j"$(nproc)" >/dev/null
fi
php_ext_dir=$(php-config --extension-dir)
test_ext_dir="$PWD/tests/.ext"
mkdir -p "$test_ext_dir"
ln -sf "$PWD/modules/extsockets_audit.so" "$test_ext_dir/extsockets_audit.so"
for ext in sockets opcache; do
	if [ -f "$php_ext_dir/$ext.so" ]; then
		ln -sf "$php_ext_dir/$ext.so" "$test_ext_dir/$ext.so"
	fi
done
NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
TEST_PHP_ARGS="-d extension_dir=$test_ext_dir -q --show-diff $*" \
	make test
