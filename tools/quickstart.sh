#!/bin/sh
# Quick start on Debian/Ubuntu: installs what the build needs (when missing),
# builds the extension and audits PATH... (default: examples/sample) without
# running it, printing every ext/sockets reference found.
set -eu
cd "$(dirname "$0")/.."
if ! command -v phpize >/dev/null 2>&1 || ! command -v php >/dev/null 2>&1; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq php-dev php-cli >/dev/null
fi
if [ ! -f Makefile ]; then
	phpize >/dev/null
	./configure --enable-extsockets-audit >/dev/null
fi
make -s -j"$(nproc)" >/dev/null
status=0
php -n -d extension="$PWD/modules/extsockets_audit.so" tools/audit.php "$@" || status=$?
# 1 only says that something was found: the quick start itself succeeded.
[ "$status" -le 1 ] || exit "$status"
