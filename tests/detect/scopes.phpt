--TEST--
Scopes: main code, functions, methods, closures, nested and conditional functions, class bodies
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App\Net;
\socket_create(1, 2, 3);
function outer() {
    \socket_bind($s, 'h');
    function inner() { \socket_listen($s); }
    $f = function () { \socket_accept($s); };
    $g = fn() => \socket_read($s, 1);
}
if (true) {
    function maybe() { \socket_write($s, 'x'); }
}
class Server {
    const FAMILY = \AF_INET;
    public $type = \SOCK_STREAM;
    public function run() {
        \socket_connect($s, 'h');
        $h = fn($x) => \socket_send($x, 'x', 1, 0);
        $k = static function () { \socket_recvfrom($s, $b, 1, 0, $a); };
        return new class {
            public function go() { \socket_recv($s, $b, 1, 0); }
        };
    }
    public static function make() { \socket_close($s); }
}
enum Kind: int {
    case Tcp = \SOL_TCP;
    public function proto() { return \socket_select($r, $w, $e, 0); }
    public static function all() { return \socket_strerror(0); }
}
trait T {
    public $level = \SOL_SOCKET;
    public function t() { \socket_shutdown($s); }
}
$c = function () {
    class Inner { function m() { \socket_get_option($s, 1, 2); } }
    function nested() { \socket_set_option($s, 1, 2, 3); }
};
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- global namespace --\n";
$code = <<<'PHP'
<?php
function f() { \socket_close($s); }
class C { public function m() { \socket_close($s); } }
interface I { const L = SOL_TCP; }
$x = new class { const F = AF_INET; };
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} function socket_create call
5 App\Net\outer function socket_bind call
6 App\Net\inner function socket_listen call
7 {closure} function socket_accept call
8 {closure} function socket_read call
11 App\Net\maybe function socket_write call
14 App\Net\Server constant AF_INET const-expr
15 App\Net\Server constant SOCK_STREAM const-expr
17 App\Net\Server::run function socket_connect call
18 {closure} function socket_send call
19 {closure} function socket_recvfrom call
21 class@anonymous::go function socket_recv call
24 App\Net\Server::make function socket_close call
27 App\Net\Kind constant SOL_TCP const-expr
28 App\Net\Kind::proto function socket_select call
29 App\Net\Kind::all function socket_strerror call
32 App\Net\T constant SOL_SOCKET const-expr
33 App\Net\T::t function socket_shutdown call
36 App\Net\Inner::m function socket_get_option call
37 App\Net\nested function socket_set_option call
-- global namespace --
2 f function socket_close call
3 C::m function socket_close call
4 I constant SOL_TCP const-expr
5 class@anonymous constant AF_INET const-expr
