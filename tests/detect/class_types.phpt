--TEST--
Classes: parameter, return and property types (nullable, union, intersection, DNF)
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
function open(Socket $s): AddressInfo {}
function maybe(?Socket $s): ?AddressInfo {}
function either(
    Socket|AddressInfo|false $a,
    (Socket&Countable)|null $b,
    Countable&Socket $c,
    \Socket|int $d,
): Socket|null {}
class Conn {
    public Socket $sock;
    public ?AddressInfo $info = null;
    public function __construct(private readonly ?socket $s) {}
    public function get(): static|Socket {}
}
$f = function (Socket $s): ?Socket {};
$g = fn(AddressInfo $a): Socket => $a;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace: fully qualified --\n";
$code = <<<'PHP'
<?php
namespace App;
function open(\Socket $s): \AddressInfo {}
function maybe(?\Socket $s): (\Socket&\Countable)|null {}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- other types --\n";
// Not self|Socketish: PHP 8.5 refuses that union as redundant.
$code = <<<'PHP'
<?php
function f(int $a, array $b, callable $c, Sockets $d, Lib\Socket $e): iterable {}
class Socketish { public SocketFactory $f; public function m(self|int $x, ?Socketish $y): static {} }
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 open class Socket type
2 open class AddressInfo type
3 maybe class Socket type
3 maybe class AddressInfo type
5 either class Socket type
5 either class AddressInfo type
6 either class Socket type
7 either class Socket type
8 either class Socket type
9 either class Socket type
11 Conn class Socket type
12 Conn class AddressInfo type
13 Conn::__construct class Socket type
14 Conn::get class Socket type
16 {closure} class Socket type
17 {closure} class AddressInfo type
17 {closure} class Socket type
-- namespace: fully qualified --
3 App\open class Socket type
3 App\open class AddressInfo type
4 App\maybe class Socket type
-- other types --
(none)
