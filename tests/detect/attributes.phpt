--TEST--
Attributes: #[Socket] and constants in attribute arguments, on every kind of declaration
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App;
use Socket as S;
#[S(AF_INET)]
class C {
    #[\Socket(SOCK_STREAM)]
    const K = 1;
    #[\AddressInfo]
    public $p;
    #[\Attr(flags: MSG_PEEK | MSG_OOB)]
    public function m(#[S] $x, #[\Attr(\SOL_TCP)] $y) {}
}
enum E {
    #[\Attr(SO_LINGER)]
    case A;
}
$f = #[S] function () {};
$g = #[\Attr(SOMAXCONN)] fn() => 1;
#[Socket]
function f() {}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} class Socket import
4 App\C class Socket attribute
4 App\C constant AF_INET const-expr
6 App\C class Socket attribute
6 App\C constant SOCK_STREAM const-expr
8 App\C class AddressInfo attribute
10 App\C::m constant MSG_PEEK const-expr
10 App\C::m constant MSG_OOB const-expr
11 App\C::m class Socket attribute
11 App\C::m constant SOL_TCP const-expr
14 App\E constant SO_LINGER const-expr
17 {closure} class Socket attribute
18 {closure} constant SOMAXCONN const-expr
