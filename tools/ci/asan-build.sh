# Sourced by tools/ci/asan and tools/ci/fuzz: builds the extension with AddressSanitizer in
# its own directory (a copy of the sources; the normal build is untouched) and
# exports what runs the stock php with it:
#   ESA_ASAN_DIR     the build directory (default: see esa_work_dir)
#   ESA_ASAN_MODULE  the ASan build of extsockets_audit.so
#   ESA_ASAN_LOGS    where every ASan report goes (log_path): empty when clean
#   LD_PRELOAD, ASAN_OPTIONS, USE_ZEND_ALLOC, ZEND_DONT_UNLOAD_MODULES
# Call esa_asan_check_logs at the end: it fails when any process wrote a report.
#
# Why these settings:
#  - PHP is Debian's, not built with ASan: the ASan runtime must be loaded
#    first (LD_PRELOAD), after a small shim that drops RTLD_DEEPBIND from
#    dlopen() (see asan-dlopen-shim.c), hence verify_asan_link_order=0.
#  - USE_ZEND_ALLOC=0: every emalloc() is a malloc() of its own, with red zones,
#    so ASan sees overflows and use-after-free of request memory; with PHP's
#    allocator it would see only 2 MB chunks.
#  - detect_leaks=0: LeakSanitizer cannot attribute leaks here. Its unwinder
#    needs frame pointers, which the stock php lacks (stacks stop at the first
#    PHP frame); opcache's preload child exits without shutdown, and every
#    process (php, and the sh, sed, make of the test runner, which inherit
#    LD_PRELOAD) would have its exit-time allocations reported. Leaks are checked
#    by valgrind instead (tools/ci/valgrind: the whole suite with --leak-check=full,
#    and the real-code scan), which unwinds through PHP with its CFI.
#  - ZEND_DONT_UNLOAD_MODULES=1 keeps the extension mapped at shutdown, so
#    reports from that late still name our functions and lines.
# Scratch space of this clone's CI scripts, outside the clone (run-tests would
# take test copies inside it for tests): a directory of the shared cache
# /var/cache/extsockets-audit per clone path, or one under $TMPDIR.
esa_work_dir() {
	local root base
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	base=/var/cache/extsockets-audit
	mkdir -p "$base" 2>/dev/null && [ -w "$base" ] || base=${TMPDIR:-/tmp}/extsockets-audit-$(id -u)
	echo "$base/ci-$(echo "$root" | md5sum | cut -c1-8)"
}

esa_asan_build() {
	local root dir libasan stamp flags
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	dir=${ESA_ASAN_DIR:-$(esa_work_dir)/asan}
	mkdir -p "$dir"
	# A copy of what the clone holds now: what an earlier run copied and the clone
	# no longer has (a moved test, a removed file) goes first.
	(cd "$dir" && rm -rf src tests tools data ci bench bin cli examples docs)
	# Sources only, never the normal build's objects (make would take them as up to date).
	(cd "$root" && { git ls-files -z --cached --others --exclude-standard 2>/dev/null \
		|| find . -path ./.git -prune -o -type f -print0; }) \
		| grep -zE '^(\./)?(config\.m4|config\.w32|Makefile\.frag|[^/]*\.[ch]|[^/]*\.stub\.php|src/|tests/|tools/|data/|ci/|bin/|cli/|examples/|README\.md|docs/)' \
		| (cd "$root" && xargs -0 tar -cf - --no-recursion) | tar -C "$dir" -xf -
	libasan=$(gcc -print-file-name=libasan.so)
	if [ ! -e "$libasan" ] || [ "$libasan" = libasan.so ]; then
		echo "asan: libasan.so not found (install gcc)" >&2
		return 1
	fi
	flags="-fsanitize=address -fno-omit-frame-pointer -g -O1 -Wall -Wextra -Werror"
	stamp="$flags $(cat "$dir/config.m4" "$dir/Makefile.frag" | md5sum | cut -d' ' -f1) $(php-config --vernum)"
	# Configured again also when the Makefile is not the one this configured (no -fsanitize).
	if [ ! -f "$dir/Makefile" ] || [ "$(cat "$dir/.asan-stamp" 2>/dev/null)" != "$stamp" ] \
		|| ! grep -q -e '-fsanitize=address' "$dir/Makefile"; then
		(cd "$dir" && phpize >/dev/null 2>&1 \
			&& ./configure --enable-extsockets-audit CFLAGS="$flags" LDFLAGS="-fsanitize=address" >/dev/null)
		echo "$stamp" > "$dir/.asan-stamp"
	fi
	make -C "$dir" -s -j"$(nproc)" >/dev/null
	gcc -shared -fPIC -O1 -Wall -Wextra -Werror -o "$dir/asan-dlopen-shim.so" "$root/tools/ci/asan-dlopen-shim.c" -ldl
	export ESA_ASAN_DIR=$dir
	export ESA_ASAN_MODULE=$dir/modules/extsockets_audit.so
	export ESA_ASAN_LOGS=$dir/asan-logs
	rm -rf "$ESA_ASAN_LOGS"
	mkdir -p "$ESA_ASAN_LOGS"
	export LD_PRELOAD="$dir/asan-dlopen-shim.so $libasan"
	export ASAN_OPTIONS="detect_leaks=0:verify_asan_link_order=0:log_path=$ESA_ASAN_LOGS/asan:halt_on_error=1:handle_abort=1"
	export USE_ZEND_ALLOC=0
	export ZEND_DONT_UNLOAD_MODULES=1
}

# Prints every ASan report and fails when there is one.
esa_asan_check_logs() {
	local reports
	reports=$(find "$ESA_ASAN_LOGS" -type f | sort)
	if [ -n "$reports" ]; then
		for f in $reports; do
			echo "== $f"
			head -n 80 "$f"
		done
		echo "asan: $(echo "$reports" | wc -l) process(es) reported errors" >&2
		return 1
	fi
}
