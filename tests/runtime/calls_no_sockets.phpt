--TEST--
Call counting: without ext/sockets nothing can be counted, and `calls` is null
--SKIPIF--
<?php if (extension_loaded('sockets')) die('skip ext/sockets is loaded'); ?>
--FILE--
<?php
require __DIR__ . '/calls.inc';
if (function_exists('socket_strerror')) {
    socket_strerror(1);
}
esa_print_calls(__FILE__);
?>
--EXPECT--
3 {main} socket_strerror probe calls=NULL
4 {main} socket_strerror call calls=NULL
