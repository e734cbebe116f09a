--TEST--
Constants: plain reads in global code
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
echo AF_INET;
echo \AF_INET6;
$flags = MSG_PEEK | MSG_DONTWAIT;
socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
$x = [
    'family' => AF_UNIX,
    'type' => SOCK_DGRAM,
];
function f() { return SOMAXCONN; }
echo namespace\SOCK_RAW;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- case-sensitive, other names --\n";
$code = <<<'PHP'
<?php
echo af_inet;
echo Af_Inet;
echo AF_INETX;
echo Foo\AF_INET;
echo Foo::AF_INET;
echo $obj->AF_INET;
echo $obj::AF_INET;
echo "AF_INET";
echo PHP_EOL, E_ALL, SORT_STRING;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} constant AF_INET fetch
3 {main} constant AF_INET6 fetch
4 {main} constant MSG_PEEK fetch
4 {main} constant MSG_DONTWAIT fetch
5 {main} function socket_set_option call
5 {main} constant SOL_SOCKET fetch
5 {main} constant SO_REUSEADDR fetch
7 {main} constant AF_UNIX fetch
8 {main} constant SOCK_DGRAM fetch
10 f constant SOMAXCONN fetch
11 {main} constant SOCK_RAW fetch
-- case-sensitive, other names --
(none)
