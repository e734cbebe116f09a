--TEST--
Classes: imports and aliases; no fallback to the global class inside a namespace
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

echo "-- unqualified in a namespace: App\\Socket, not reported --\n";
$code = <<<'PHP'
<?php
namespace App;
function f(Socket $a, AddressInfo|Socket $b): AddressInfo {}
new Socket;
$x instanceof Socket;
echo Socket::class, Socket::X;
try {} catch (Socket $e) {}
class C extends Socket implements AddressInfo {}
#[Socket]
class D {}
new namespace\Socket;
new Sub\Socket;
new \App\Socket;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- imported, aliased, fully qualified --\n";
$code = <<<'PHP'
<?php
namespace App;
use Socket as S, AddressInfo;
use Other\Socket as O;
function g(S $a, AddressInfo|S $b): (S&\Countable)|null {}
$s = new S;
$s instanceof s;
echo S::class;
S::X;
try {} catch (S $e) {}
class C extends S implements AddressInfo {}
#[S]
class D {}
new O;
new \Socket;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- global code: alias --\n";
$code = <<<'PHP'
<?php
use Socket as Sock;
use Lib\{AddressInfo};
function h(Sock $s): AddressInfo {}
new Sock;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
-- unqualified in a namespace: App\Socket, not reported --
(none)
-- imported, aliased, fully qualified --
3 {main} class Socket import
3 {main} class AddressInfo import
5 App\g class Socket type
5 App\g class AddressInfo type
6 {main} class Socket new
7 {main} class Socket instanceof
8 {main} class Socket class-name
9 {main} class Socket static
10 {main} class Socket catch
11 App\C class Socket extends
11 App\C class AddressInfo implements
12 App\D class Socket attribute
15 {main} class Socket new
-- global code: alias --
2 {main} class Socket import
4 h class Socket type
5 {main} class Socket new
