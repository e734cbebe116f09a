--TEST--
Functions: plain calls in global code (qualified, case-insensitive, multi-line)
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
\socket_close($s);
SOCKET_BIND($s, '127.0.0.1');
Socket_Listen($s);
$n = socket_send(
    $s,
    'data',
    4,
    0
);
$x = strlen(
    socket_strerror(
        socket_last_error()
    )
);
namespace\socket_shutdown($s);
socket_write($s, 'a'); socket_write($s, 'b');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not socket functions --\n";
$code = <<<'PHP'
<?php
socket_createx();
my_socket_create();
socket();
socket_();
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} function socket_create call
2 {main} constant AF_INET fetch
2 {main} constant SOCK_STREAM fetch
2 {main} constant SOL_TCP fetch
3 {main} function socket_close call
4 {main} function socket_bind call
5 {main} function socket_listen call
6 {main} function socket_send call
13 {main} function socket_strerror call
14 {main} function socket_last_error call
17 {main} function socket_shutdown call
18 {main} function socket_write call
-- not socket functions --
(none)
