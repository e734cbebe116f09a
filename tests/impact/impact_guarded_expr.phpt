--TEST--
Impact, guarded in expressions: check ? use : other, !check ? other : use, check && use, !check || use (and, or); not the other operand, not ?:
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
$a = defined('AF_INET6') ? AF_INET6 : AF_INET;
$b = !defined('AF_INET6') ? AF_INET : AF_INET6;
$c = extension_loaded('sockets') && socket_last_error();
$d = !extension_loaded('sockets') || socket_last_error();
extension_loaded('sockets') and socket_clear_error();
defined('SOL_UDP') or define('SOL_UDP', 17);
$g = extension_loaded('sockets') ?: socket_strerror(0);
$h = socket_strerror(1) && extension_loaded('sockets');
$i = extension_loaded('sockets') || socket_strerror(2);
$j = $x && extension_loaded('sockets') && $y && socket_strerror(3);
$k = (extension_loaded('sockets') ? fn() => socket_strerror(4) : null);
if ($ok = extension_loaded('sockets')) socket_strerror(5);
$ok = extension_loaded('sockets'); $ok && socket_strerror(6);
PHP), false, true);
?>
--EXPECT--
2 {main} constant AF_INET6 probe harmless
2 {main} constant AF_INET6 fetch guarded
2 {main} constant AF_INET fetch breaks
3 {main} constant AF_INET6 probe harmless
3 {main} constant AF_INET fetch breaks
3 {main} constant AF_INET6 fetch guarded
4 {main} extension sockets probe harmless
4 {main} function socket_last_error call guarded
5 {main} extension sockets probe harmless
5 {main} function socket_last_error call guarded
6 {main} extension sockets probe harmless
6 {main} function socket_clear_error call guarded
7 {main} constant SOL_UDP probe harmless
8 {main} extension sockets probe harmless
8 {main} function socket_strerror call breaks
9 {main} function socket_strerror call breaks
9 {main} extension sockets probe harmless
10 {main} extension sockets probe harmless
10 {main} function socket_strerror call breaks
11 {main} extension sockets probe harmless
11 {main} function socket_strerror call guarded
12 {main} extension sockets probe harmless
12 {closure} function socket_strerror call breaks
13 {main} extension sockets probe harmless
13 {main} function socket_strerror call guarded
14 {main} extension sockets probe harmless
14 {main} function socket_strerror call breaks
