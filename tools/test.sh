#!/bin/sh
# Runs every test: the phpt suite (command-line tests included) and the audit
# log's load test, and ends on one line "N passed, N failed, N skipped":
# `bash tools/test.sh [run-tests options, e.g. -m for valgrind]`;
# TESTS="tests/log tests/scan/scan_file.phpt" runs just those directories and tests (and no load test).
# PHP_CONFIG=/path/to/php-config selects another PHP (default: php-config on PATH);
# the extension is rebuilt when it was built for a different one.
#
# `make test` (Makefile.frag) loads ext/sockets and opcache for the tests that
# name them in --EXTENSIONS--.
set -eu
cd "$(dirname "$0")/.."
php_config=${PHP_CONFIG:-php-config}
case "$php_config" in
	*/*) ;;
	*) php_config=$(command -v "$php_config") \
		|| { echo "tools/test.sh: no $php_config: run bash tools/quickstart.sh first (it installs php-dev)" >&2; exit 2; } ;;
esac
# php-config8.4 goes with phpize8.4.
phpize="$(dirname "$php_config")/$(basename "$php_config" | sed 's/php-config/phpize/')"
php=$("$php_config" --php-binary)
built_for=$(sed -n 's/^PHP_EXECUTABLE = //p' Makefile 2>/dev/null || true)
if [ ! -f modules/extsockets_audit.so ] || [ "$built_for" != "$php" ]; then
	"$phpize" >/dev/null
	./configure --with-php-config="$php_config" --enable-extsockets-audit >/dev/null
	make clean >/dev/null
	make -j"$(nproc)" >/dev/null
elif ! grep -q '^extsockets-audit-test-extension-dir:' Makefile; then
	# Configured before Makefile.frag existed: configured again with the options
	# and CFLAGS it had (config.nice), so that an ASan or debug build stays one.
	"$phpize" >/dev/null
	./config.nice >/dev/null
	make -j"$(nproc)" >/dev/null
fi
echo "php: $("$php" -n -r 'echo PHP_VERSION, " (", PHP_ZTS ? "ZTS" : "NTS", PHP_DEBUG ? ", debug" : "", ")";') $php"
# Under valgrind (-m): errors and definitely or indirectly lost memory fail a test;
# PHP's own known noise is suppressed (tests/valgrind.supp). Tests that
# start child processes are traced into them (run-tests uses --trace-children=yes),
# except opcache's preload child, a fork() that exits without shutting PHP down
# (tools/ci/valgrind checks preloading in-process instead); vgdb's pipes are off because
# that child drops privileges. USE_TRACKED_ALLOC=1: request memory is freed
# wholesale when a fatal error ends the request, as PHP's allocator does, so only
# the leaks of requests that end cleanly count.
case " $* " in
	*" -m "*)
		export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind.supp --vgdb=no --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --num-callers=48 --child-silent-after-fork=yes ${VALGRIND_OPTS:-}"
		export USE_TRACKED_ALLOC=1
		;;
esac
# No trailing blank: run-tests splits TEST_PHP_ARGS on spaces, and an empty
# argument would make it run every .phpt under the current directory.
test_php_args="-q --show-diff"
[ $# -eq 0 ] || test_php_args="$test_php_args $*"
log=$(mktemp)
trap 'rm -f "$log" "$log.rc"' EXIT
{
	rc=0
	NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
	TEST_PHP_ARGS="$test_php_args" \
		make test TESTS="${TESTS:-tests}" || rc=$?
	echo "$rc" > "$log.rc"
} 2>&1 | tee "$log"
status=$(cat "$log.rc")
# One closing line in the plain form CI reads, whatever the runner printed.
count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | head -n 1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped); leaked=$(count leaked)
# Under valgrind a test that leaks is a failure too.
failed=$(( ${failed:-0} + ${leaked:-0} ))
echo "phpt: ${passed:-0} passed, ${failed} failed, ${skipped:-0} skipped"
if [ -z "$passed" ] || [ "$passed" -eq 0 ]; then
	status=1
fi
# The audit log under load: php -S with 4 workers, 2,000 requests from 8
# clients and 8 CLI runs at once, every line of the shared log checked. Counted
# as one test; not run when some tests or directories are asked for (TESTS).
if [ "${TESTS:-tests}" = tests ]; then
	echo "== audit log load test (tools/log_load_test.php)"
	if "$php" -n -d extension="$PWD/modules/extsockets_audit.so" tools/log_load_test.php; then
		passed=$(( ${passed:-0} + 1 ))
	else
		failed=$(( failed + 1 ))
		status=1
	fi
fi
# The verdict over every part, alone on the last line.
# run-tests failing without a failed test (it could not run) is one failure.
[ "$failed" -eq 0 ] || [ "$status" -ne 0 ] || status=1
[ "$status" -eq 0 ] || [ "$failed" -ne 0 ] || failed=1
echo "${passed:-0} passed, ${failed} failed, ${skipped:-0} skipped"
exit "$status"
