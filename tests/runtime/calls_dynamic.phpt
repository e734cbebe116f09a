--TEST--
Call counting: calls no compiler sees become findings of form dynamic; callable strings the compiler saw are matched
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
$op = 'strerror';
$name = 'socket_' . $op;
$name(1);
$name(2);
call_user_func($name, 3);
call_user_func_array('socket_' . 'last_error', []);
array_map($name, [4, 5]);
array_map('socket_strerror', [6]);
'socket_strerror'(7);
$fn = socket_strerror(...);
$fn(8);
(new ReflectionFunction('socket_clear_error'))->invoke();
esa_print_calls(__FILE__);
?>
--EXPECT--
8 {main} socket_last_error callable-string calls=1
10 {main} socket_strerror callable-string calls=1
11 {main} socket_strerror callable-string calls=1
12 {main} socket_strerror first-class-callable calls=0
14 {main} socket_clear_error callable-string calls=1
5 {main} socket_strerror dynamic calls=1
6 {main} socket_strerror dynamic calls=1
7 {main} socket_strerror dynamic calls=1
9 {main} socket_strerror dynamic calls=2
13 {main} socket_strerror dynamic calls=1
