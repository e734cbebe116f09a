--TEST--
Lines: the line where the symbol's name stands, in constructs spanning several lines
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App;
use function
    socket_create,
    socket_close as close;
use
    Socket as S;
$s = new
    S;
$t = new
    \Socket;
try {
} catch (
    \Socket
    |\AddressInfo $e
) {}
#[
    \Socket
]
class C {}
echo \Socket::
    class;
$x = [
    \AF_INET,
    SOCK_STREAM
];
if (\function_exists(
    'socket_bind'
)) {}
$f = \socket_read
    (...);
$g = \socket_write
(
    $s
);
close
    ($s);
function f(
    \Socket
    |null $a
) {}
echo \defined(
    'AF_UNIX'
) ? 1 : \constant(
    'AF_INET6'
);
$y = $s instanceof
    \Socket;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
4 {main} function socket_create import
5 {main} function socket_close import
7 {main} class Socket import
9 {main} class Socket new
11 {main} class Socket new
14 {main} class Socket catch
15 {main} class AddressInfo catch
18 App\C class Socket attribute
21 {main} class Socket class-name
24 {main} constant AF_INET fetch
25 {main} constant SOCK_STREAM ns-fallback
28 {main} function socket_bind probe
30 {main} function socket_read first-class-callable
32 {main} function socket_write call
36 {main} function socket_close alias
39 App\f class Socket type
43 {main} constant AF_UNIX probe
45 {main} constant AF_INET6 lookup
48 {main} class Socket instanceof
