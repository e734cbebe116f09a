#!/bin/sh
# Quick start on Debian/Ubuntu: installs what the build needs (when missing),
# builds the extension and audits PATH... (default: examples/sample) without
# running it, with bin/extsockets-audit: every ext/sockets reference found.
set -eu
here=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
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
[ $# -gt 0 ] || set -- "$root/examples/sample"
# From the caller's directory, so that relative PATHs mean what they typed;
# -n: the module just built, not one a php.ini may load.
status=0
(cd "$here" && php -n "$root/bin/extsockets-audit" scan "$@") || status=$?
# 1 only says that something was found: the quick start itself succeeded.
[ "$status" -le 1 ] || exit "$status"
