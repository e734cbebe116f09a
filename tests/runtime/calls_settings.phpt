--TEST--
Call counting: extsockets_audit.count_calls=0 leaves `calls` null and the functions as they were
--EXTENSIONS--
sockets
--INI--
extsockets_audit.count_calls=0
--FILE--
<?php
require __DIR__ . '/calls.inc';
var_dump(ini_get('extsockets_audit.count_calls'), ini_set('extsockets_audit.count_calls', '1'));
socket_strerror(1);
$f = 'socket_strerror';
$f(2);
esa_print_calls(__FILE__);
?>
--EXPECT--
string(1) "0"
bool(false)
4 {main} socket_strerror call calls=NULL
