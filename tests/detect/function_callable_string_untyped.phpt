--TEST--
Functions: callable strings where an internal parameter takes a callable without its type saying so (data/internal-untyped-callables.tsv): the variadic tail of array_udiff() and its family, ob_start(), session_set_save_handler(), the xml_set_*_handler() family, pcntl_signal(); named arguments; loaded or not
--DESCRIPTION--
Typed callable parameters are found through the running PHP's arginfo
(function_callable_string.phpt); these are documented as callable only in
php-src's stubs, and tools/gen_callables.php lists them from there. They are
found whether or not the extension declaring the function is loaded (xml and
pcntl may be missing). A string literal in an array position is not a callable.
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
array_udiff($a, $b, 'socket_select');
array_uintersect($a, $b, $c, 'socket_strerror');
array_udiff_uassoc($a, $b, 'socket_close', 'socket_bind');
array_diff_ukey($a, $b, 'socket_listen');
array_intersect_uassoc($a, $b, 'socket_accept');
ob_start('socket_last_error');
ob_start(callback: 'socket_clear_error');
session_set_save_handler('socket_create', 'socket_shutdown', $read, $write, $destroy, $gc);
xml_set_element_handler($parser, 'socket_send', 'socket_sendto');
pcntl_signal(SIGTERM, 'socket_getpeername');
array_udiff('socket_set_block', $b, $cmp);
array_diff($a, 'socket_set_nonblock');
\array_uintersect_assoc($a, $b, 'socket_getsockname');
PHP, 'untyped.php'));
?>
--EXPECT--
2 {main} function socket_select callable-string
3 {main} function socket_strerror callable-string
4 {main} function socket_close callable-string
4 {main} function socket_bind callable-string
5 {main} function socket_listen callable-string
6 {main} function socket_accept callable-string
7 {main} function socket_last_error callable-string
8 {main} function socket_clear_error callable-string
9 {main} function socket_create callable-string
9 {main} function socket_shutdown callable-string
10 {main} function socket_send callable-string
10 {main} function socket_sendto callable-string
11 {main} function socket_getpeername callable-string
14 {main} function socket_getsockname callable-string
