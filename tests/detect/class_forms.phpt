--TEST--
Classes: instanceof, new, catch, ::class, static access, extends, implements, attributes
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
if ($s instanceof Socket) {}
$s = new Socket();
$t = new \AddressInfo;
try {
} catch (Socket|InvalidArgumentException $e) {
}
echo Socket::class;
const NAME = AddressInfo::class;
echo Socket::FLAG;
Socket::create();
echo Socket::$count;
class A extends Socket implements AddressInfo, Countable {}
interface I extends Countable, Socket {}
#[Socket]
class B {}
#[\AddressInfo(1)]
function f() {}
$x = new class extends Socket {};
$y = new
    socket(
        1
    );
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not the classes --\n";
$code = <<<'PHP'
<?php
$o->Socket;
$o->Socket();
$o::Socket();
Foo::Socket;
Foo\Socket::class;
new Sockets;
new Lib\AddressInfo;
echo "Socket";
class Socket2 {}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} class Socket instanceof
3 {main} class Socket new
4 {main} class AddressInfo new
6 {main} class Socket catch
8 {main} class Socket class-name
9 {main} class AddressInfo class-name
10 {main} class Socket static
11 {main} class Socket static
12 {main} class Socket static
13 A class Socket extends
13 A class AddressInfo implements
14 I class Socket extends
15 B class Socket attribute
17 f class AddressInfo attribute
19 class@anonymous class Socket extends
21 {main} class Socket new
-- not the classes --
(none)
