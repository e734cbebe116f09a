--TEST--
Impact, guarded after an early exit: if (!check) { ...; return | throw | exit | die | continue | break; } guards the rest of its statement list and the blocks in it, not the code after the enclosing block; a file-level exit does not reach functions, classes, enums or closures
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
function a($s) {
    socket_close($s);
    if (!extension_loaded('sockets')) {
        error_log('no sockets');
        return false;
    }
    socket_close($s);
    if ($s) { socket_close($s); }
    $f = function () { return socket_last_error(); };
}
function b($list) {
    foreach ($list as $s) {
        if (!function_exists('socket_close')) continue;
        socket_close($s);
    }
    socket_close($s);
    while (true) {
        if (!is_callable('socket_close')) { break; }
        socket_close($s);
    }
    if (!defined('AF_INET')) throw new RuntimeException('no sockets');
    echo AF_INET;
}
function c() {
    if (!extension_loaded('sockets')) { echo 'warning'; }
    socket_clear_error();
    if (!extension_loaded('sockets')) { if (true) { return; } }
    socket_clear_error();
    if (extension_loaded('sockets')) { return; }
    socket_clear_error();
}
function d() {
    if (!extension_loaded('sockets')) exit(1);
    socket_clear_error();
}
function e() {
    if (!extension_loaded('sockets')) die('no sockets');
    socket_clear_error();
}
if (!extension_loaded('sockets')) {
    return;
}
socket_clear_error();
$g = fn() => socket_strerror(0);
function later($a = AF_INET) { socket_clear_error(); }
class K { const A = SOCK_STREAM; public $p = SOL_TCP; function m() { socket_clear_error(); } }
enum E: int { case A = AF_UNIX; }
PHP), false, true);
?>
--EXPECT--
3 a function socket_close call breaks
4 a extension sockets probe harmless
8 a function socket_close call guarded
9 a function socket_close call guarded
10 {closure} function socket_last_error call breaks
14 b function socket_close probe harmless
15 b function socket_close call guarded
17 b function socket_close call breaks
19 b function socket_close probe harmless
20 b function socket_close call guarded
22 b constant AF_INET probe harmless
23 b constant AF_INET fetch guarded
26 c extension sockets probe harmless
27 c function socket_clear_error call breaks
28 c extension sockets probe harmless
29 c function socket_clear_error call breaks
30 c extension sockets probe harmless
31 c function socket_clear_error call breaks
34 d extension sockets probe harmless
35 d function socket_clear_error call guarded
38 e extension sockets probe harmless
39 e function socket_clear_error call guarded
41 {main} extension sockets probe harmless
44 {main} function socket_clear_error call guarded
45 {closure} function socket_strerror call breaks
46 later constant AF_INET const-expr breaks
46 later function socket_clear_error call breaks
47 K constant SOCK_STREAM const-expr breaks
47 K constant SOL_TCP const-expr breaks
47 K::m function socket_clear_error call breaks
48 E constant AF_UNIX const-expr breaks
