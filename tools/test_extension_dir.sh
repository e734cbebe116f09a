#!/bin/sh
# Makes the extension_dir that `make test` (Makefile.frag) and tools/test.sh
# point run-tests at: our module beside links to this PHP's own sockets.so and
# opcache.so, so that tests naming them in --EXTENSIONS-- load them instead of
# being skipped (phpize's own extension_dir, modules/, holds only our module).
# None is linked when it is built into the binary (a --enable-sockets build,
# PHP 8.5's opcache), or when this PHP does not have it.
#
# Usage: tools/test_extension_dir.sh PHP_BINARY EXTENSION_DIR BUILD_DIR
set -eu
php=$1
php_extension_dir=$2
build_dir=$(cd "$3" && pwd)
dest="$build_dir/tests/.ext"
rm -rf "$dest"
mkdir -p "$dest"
ln -s "$build_dir/modules/extsockets_audit.so" "$dest/extsockets_audit.so"
built_in=$("$php" -n -m)
# The PHP's configured extension_dir too: a PHP may look elsewhere than php-config says.
ext_dirs="$php_extension_dir $("$php" -r 'echo ini_get("extension_dir");' 2>/dev/null || true)"
for ext in sockets opcache; do
	module=$ext
	[ "$ext" != opcache ] || module="Zend OPcache"
	if printf '%s\n' "$built_in" | grep -qxF "$module"; then
		continue
	fi
	for dir in $ext_dirs; do
		if [ -f "$dir/$ext.so" ]; then
			ln -s "$dir/$ext.so" "$dest/$ext.so"
			break
		fi
	done
done
