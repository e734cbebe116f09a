--TEST--
Impact, harmless: types, instanceof, catch, ::class, imports, attribute arguments and probes work without ext/sockets; constant(), ReflectionExtension and new do not
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

esa_print(extsockets_audit_scan_string(<<<'PHP'
<?php
namespace App;
use Socket;
use function socket_create, socket_close as close;
use const AF_INET;
#[\Attr(AF_INET6, flags: SOCK_STREAM)]
class C {
    public ?\Socket $s;
    public function m(Socket|int $a, \AddressInfo&\Countable $b): ?Socket {
        try {} catch (\Socket $e) {}
        return $a instanceof \Socket ? \Socket::class : null;
    }
}
var_dump(\extension_loaded('sockets'), function_exists('socket_bind'), \is_callable('socket_listen'),
    defined('SO_REUSEADDR'), get_extension_funcs('sockets'));
$x = constant('AF_UNIX');
$r = new \ReflectionExtension('sockets');
$r = new \ReflectionFunction('socket_accept');
$o = new \Socket();
$n = \Socket::X;
class D extends \Socket {}
PHP), false, true);
?>
--EXPECT--
3 {main} class Socket import harmless
4 {main} function socket_create import harmless
4 {main} function socket_close import harmless
5 {main} constant AF_INET import harmless
6 App\C constant AF_INET6 const-expr harmless
6 App\C constant SOCK_STREAM const-expr harmless
8 App\C class Socket type harmless
9 App\C::m class Socket type harmless
9 App\C::m class AddressInfo type harmless
10 App\C::m class Socket catch harmless
11 App\C::m class Socket instanceof harmless
11 App\C::m class Socket class-name harmless
14 {main} extension sockets probe harmless
14 {main} function socket_bind probe harmless
14 {main} function socket_listen probe harmless
15 {main} constant SO_REUSEADDR probe harmless
15 {main} extension sockets probe harmless
16 {main} constant AF_UNIX lookup breaks
17 {main} extension sockets probe breaks
18 {main} function socket_accept callable-string breaks
19 {main} class Socket new breaks
20 {main} class Socket static breaks
21 App\D class Socket extends breaks
