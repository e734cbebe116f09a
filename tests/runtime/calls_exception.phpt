--TEST--
Call counting: a socket function that throws is counted, and the exception reaches the caller unchanged
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_close($s);
for ($i = 0; $i < 2; $i++) {
    try {
        socket_connect($s, '127.0.0.1', 1);
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    socket_create(-1, SOCK_STREAM, 0);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
esa_print_calls(__FILE__);
?>
--EXPECTF--
Error: socket_connect(): Argument #1 ($socket) has already been closed
Error: socket_connect(): Argument #1 ($socket) has already been closed
ValueError: socket_create(): Argument #1 ($domain) must be one of AF_UNIX, %SAF_INET6, or AF_INET
3 {main} socket_create call calls=1
4 {main} socket_close call calls=1
7 {main} socket_connect call calls=2
13 {main} socket_create call calls=1
