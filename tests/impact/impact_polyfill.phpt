--TEST--
Impact, polyfills: uses on later lines of a symbol the same file defines in top-level code under if (!check) are harmless; not earlier lines, not other symbols, not other files, not the polyfill's own body, not inside a function
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$dir = sys_get_temp_dir() . '/esa_impact_polyfill_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/polyfill.php", <<<'PHP'
<?php
echo AF_INET, socket_strerror(0);
if (!defined('AF_INET')) define('AF_INET', 2);
if (!function_exists('socket_strerror')) {
    function socket_strerror($code) { return socket_last_error() . ':' . $code . SOCK_STREAM; }
}
if (!\extension_loaded('sockets')) {
    \define('SOCK_DGRAM', 2);
}
if (!defined('SOL_TCP')): define('SOL_TCP', 6); endif;
function inside() {
    if (!defined('SOL_UDP')) define('SOL_UDP', 17);
    return SOL_UDP;
}
echo AF_INET, socket_strerror(1), SOCK_DGRAM, SOL_TCP, SOL_UDP, AF_INET6, SOCK_STREAM;
echo \AF_INET . \socket_strerror(2);
if (defined('MSG_OOB')) define('MSG_OOB', 1);
if (!defined('MSG_PEEK')) define('Other\MSG_PEEK', 2);
echo MSG_OOB, MSG_PEEK;
PHP);
file_put_contents("$dir/user.php", <<<'PHP'
<?php
require __DIR__ . '/polyfill.php';
echo AF_INET, socket_strerror(3);
PHP);
esa_print(extsockets_audit_scan_file("$dir/polyfill.php"), false, true);
echo "-- another file --\n";
esa_print(extsockets_audit_scan_file("$dir/user.php"), false, true);
echo "-- a namespace's function is no polyfill --\n";
esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
namespace Compat;
if (!function_exists('socket_strerror')) { function socket_strerror($c) { return ''; } }
echo \socket_strerror(0);
PHP), false, true);
unlink("$dir/polyfill.php");
unlink("$dir/user.php");
rmdir($dir);
?>
--EXPECT--
2 {main} constant AF_INET fetch breaks
2 {main} function socket_strerror call breaks
3 {main} constant AF_INET probe harmless
4 {main} function socket_strerror probe harmless
5 socket_strerror function socket_last_error call breaks
5 socket_strerror constant SOCK_STREAM fetch breaks
7 {main} extension sockets probe harmless
10 {main} constant SOL_TCP probe harmless
12 inside constant SOL_UDP probe harmless
13 inside constant SOL_UDP fetch breaks
15 {main} constant AF_INET fetch harmless
15 {main} function socket_strerror call harmless
15 {main} constant SOCK_DGRAM fetch harmless
15 {main} constant SOL_TCP fetch harmless
15 {main} constant SOL_UDP fetch breaks
15 {main} constant AF_INET6 fetch breaks
15 {main} constant SOCK_STREAM fetch breaks
16 {main} constant AF_INET fetch harmless
16 {main} function socket_strerror call harmless
17 {main} constant MSG_OOB probe harmless
18 {main} constant MSG_PEEK probe harmless
19 {main} constant MSG_OOB fetch breaks
19 {main} constant MSG_PEEK fetch breaks
-- another file --
3 {main} constant AF_INET fetch breaks
3 {main} function socket_strerror call breaks
-- a namespace's function is no polyfill --
3 {main} function socket_strerror probe harmless
4 {main} function socket_strerror call breaks
