--TEST--
Impact, guarded by if: the then-branch of a check (nested blocks too), && with a check, the later branches of !check; not after the block, not under ||, not on other names
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
function f($s, $x) {
    if (extension_loaded('sockets')) {
        socket_close($s);
        while ($x) { if ($x) { socket_close($s); } }
    }
    socket_close($s);
    if (\EXTENSION_LOADED('Sockets') and $x) socket_close($s);
    if ($x && function_exists('SOCKET_CLOSE')) socket_close($s);
    if (is_callable('\socket_close')) socket_close($s);
    if (defined('AF_INET')) echo AF_INET;
    if (class_exists(\Socket::class, false)) socket_close($s);
    if (class_exists('addressinfo')) socket_close($s);
    if ($x) {} elseif (extension_loaded('sockets')) { socket_close($s); } else { socket_close($s); }
    if (!extension_loaded('sockets')) {
        socket_close($s);
    } elseif (socket_last_error($s)) {
        socket_close($s);
    } else {
        echo AF_UNIX;
    }
    if (!(!extension_loaded('sockets'))) socket_close($s);
    if (extension_loaded(extension: 'sockets')) socket_close($s);
}
function not_guarded($s, $x) {
    if (extension_loaded('sockets') || $x) socket_close($s);
    if (extension_loaded('curl')) socket_close($s);
    if (extension_loaded('socket')) socket_close($s);
    if (function_exists('socket_set_blocking')) socket_close($s);
    if (function_exists('App\socket_close')) socket_close($s);
    if (App\function_exists('socket_close')) socket_close($s);
    if (defined('af_inet')) echo AF_INET;
    if (class_exists('Sockets')) socket_close($s);
    $ok = extension_loaded('sockets');
    if ($ok) socket_close($s);
    if (has_sockets()) socket_close($s);
    if (!extension_loaded('sockets')) { socket_close($s); }
    if (extension_loaded(...)) socket_close($s);
    if (defined('AF_INET') === false) socket_close($s);
}
function has_sockets() { return extension_loaded('sockets'); }
function caller($s) { if (extension_loaded('sockets')) callee($s); }
function callee($s) { socket_close($s); }
PHP), false, true);
?>
--EXPECT--
3 f extension sockets probe harmless
4 f function socket_close call guarded
5 f function socket_close call guarded
7 f function socket_close call breaks
8 f extension sockets probe harmless
8 f function socket_close call guarded
9 f function socket_close probe harmless
9 f function socket_close call guarded
10 f function socket_close probe harmless
10 f function socket_close call guarded
11 f constant AF_INET probe harmless
11 f constant AF_INET fetch guarded
12 f class Socket class-name harmless
12 f function socket_close call guarded
13 f function socket_close call guarded
14 f extension sockets probe harmless
14 f function socket_close call guarded
14 f function socket_close call breaks
15 f extension sockets probe harmless
16 f function socket_close call breaks
17 f function socket_last_error call guarded
18 f function socket_close call guarded
20 f constant AF_UNIX fetch guarded
22 f extension sockets probe harmless
22 f function socket_close call guarded
23 f extension sockets probe harmless
23 f function socket_close call guarded
26 not_guarded extension sockets probe harmless
26 not_guarded function socket_close call breaks
27 not_guarded function socket_close call breaks
28 not_guarded function socket_close call breaks
29 not_guarded function socket_close call breaks
30 not_guarded function socket_close call breaks
31 not_guarded function socket_close call breaks
32 not_guarded constant AF_INET fetch breaks
33 not_guarded function socket_close call breaks
34 not_guarded extension sockets probe harmless
35 not_guarded function socket_close call breaks
36 not_guarded function socket_close call breaks
37 not_guarded extension sockets probe harmless
37 not_guarded function socket_close call breaks
38 not_guarded function socket_close call breaks
39 not_guarded constant AF_INET probe harmless
39 not_guarded function socket_close call breaks
41 has_sockets extension sockets probe harmless
42 caller extension sockets probe harmless
43 callee function socket_close call breaks
