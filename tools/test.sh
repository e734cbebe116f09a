#!/bin/sh
# Runs the whole phpt suite and the audit log's load test:
# `bash tools/test.sh [run-tests options, e.g. -m for valgrind]`;
# TESTS="tests/a.phpt tests/b.phpt" runs just those tests (and no load test).
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
# Under valgrind (-m): PHP's own known noise is suppressed, and tests that start
# child processes are traced into them (run-tests uses --trace-children=yes);
# vgdb's pipes are off because opcache's preload child drops privileges.
case " $* " in
	*" -m "*) export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind.supp --vgdb=no ${VALGRIND_OPTS:-}" ;;
esac
log=$(mktemp)
trap 'rm -f "$log" "$log.rc"' EXIT
{
	rc=0
	NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
	TEST_PHP_ARGS="-d extension_dir=$test_ext_dir -q --show-diff${*:+ $*}" \
		make test TESTS="${TESTS:-tests}" || rc=$?
	echo "$rc" > "$log.rc"
} 2>&1 | tee "$log"
status=$(cat "$log.rc")
# One closing line in the plain form CI reads, whatever the runner printed.
count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | head -n 1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped)
echo "phpt: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ -z "$passed" ] || [ "$passed" -eq 0 ]; then
	status=1
fi
# The audit log under load: php -S with 4 workers, 2,000 requests from 8
# clients and 8 CLI runs at once, every line of the shared log checked. Skipped when single
# tests are asked for.
case "${TESTS:-} $* " in
*.phpt\ *) ;;
*)
	php -n -d extension="$PWD/modules/extsockets_audit.so" tools/log_load_test.php || status=1
	;;
esac
exit "$status"
