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
	echo "quickstart: installing php-dev and php-cli with apt-get: PHP's headers, phpize and a C"
	echo "  compiler to build the extension, and the PHP that runs the audit (1 to 3 minutes)"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq php-dev php-cli >/dev/null
fi
if [ ! -f Makefile ]; then
	echo "quickstart: configuring the build (phpize, ./configure)"
	phpize >/dev/null
	./configure --enable-extsockets-audit >/dev/null
fi
echo "quickstart: building modules/extsockets_audit.so"
make -s -j"$(nproc)" >/dev/null
echo "quickstart: auditing ${*:-examples/sample} with bin/extsockets-audit scan"
[ $# -gt 0 ] || set -- "$root/examples/sample"
# From the caller's directory, so that relative PATHs mean what they typed;
# -n: the module just built, not one a php.ini may load.
status=0
(cd "$here" && php -n "$root/bin/extsockets-audit" scan "$@") || status=$?
# 1 only says that something was found: the quick start itself succeeded.
[ "$status" -le 1 ] || exit "$status"
