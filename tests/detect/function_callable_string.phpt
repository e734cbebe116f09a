--TEST--
Functions: callable strings, called directly or passed to callable parameters of internal functions
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

echo "-- called string literals --\n";
$code = <<<'PHP'
<?php
'socket_write'($s, 'x');
"socket_accept"($s);
'\socket_listen'($s);
"\\socket_bind"($s, 'h');
'SOCKET_CLOSE'($s);
('socket_read')($s, 1);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- passed to callable parameters --\n";
$code = <<<'PHP'
<?php
array_map('socket_close', $sockets);
usort($list, '\SOCKET_STRERROR');
call_user_func('socket_create', 1, 2, 3);
call_user_func_array('socket_listen', [$s]);
array_filter($sockets, callback: 'socket_accept');
register_shutdown_function('socket_shutdown', $s);
Closure::fromCallable('socket_read');
new ReflectionFunction('socket_write');
\array_map(
    'socket_get_option',
    $sockets
);
array_map(array: $sockets, callback: 'socket_getopt');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
'socket_write'($s, 'x');
array_map('socket_close', $sockets);
\Closure::fromCallable('socket_read');
new \ReflectionFunction('socket_send');
Closure::fromCallable('socket_recv');
new ReflectionFunction('socket_connect');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not callable parameters, not internal functions, plain strings --\n";
$code = <<<'PHP'
<?php
strlen('socket_close');
my_map('socket_close', $sockets);
array_filter('socket_connect', $sockets);
call_user_func('trim', 'socket_bind');
$obj->map('socket_listen');
$f = 'socket_create';
echo "socket_create()";
array_map('socket_nothing', $sockets);
array_map('Lib\socket_close', $sockets);
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
-- called string literals --
2 {main} function socket_write callable-string
3 {main} function socket_accept callable-string
4 {main} function socket_listen callable-string
5 {main} function socket_bind callable-string
6 {main} function socket_close callable-string
7 {main} function socket_read callable-string
-- passed to callable parameters --
2 {main} function socket_close callable-string
3 {main} function socket_strerror callable-string
4 {main} function socket_create callable-string
5 {main} function socket_listen callable-string
6 {main} function socket_accept callable-string
7 {main} function socket_shutdown callable-string
8 {main} function socket_read callable-string
9 {main} function socket_write callable-string
11 {main} function socket_get_option callable-string
14 {main} function socket_getopt callable-string
-- namespace --
3 {main} function socket_write callable-string
4 {main} function socket_close callable-string
5 {main} function socket_read callable-string
6 {main} function socket_send callable-string
-- not callable parameters, not internal functions, plain strings --
(none)
