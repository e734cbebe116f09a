#!/bin/bash
# Installs what the benchmark needs from Debian packages: the corpus (real PHP
# libraries), the tools it is compared with, php-cgi for the request workload and
# valgrind for instruction counts. Idempotent; apt waits for other apt users.
set -euo pipefail
packages=(
	# corpus: thousands of real files
	php-laravel-framework phpunit php-symfony php-amqplib php-monolog
	# the scanners we compare with
	php-parser php-codesniffer
	# request workload (php-cgi -T) and instruction counts
	php8.2-cgi php8.2-opcache valgrind
)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
	$sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
