--TEST--
Functions: unqualified calls inside a namespace fall back to the global function
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App\Net;
$s = socket_create(1, 2, 3);
\socket_close($s);
SOCKET_CONNECT($s, 'h', 1);
socket_bind(
    $s,
    'h'
);
namespace\socket_listen($s);
Sub\socket_listen($s);
\App\Net\socket_listen($s);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- dropped: the same code declares the namespaced function --\n";
$code = <<<'PHP'
<?php
namespace App\Net;
socket_accept($s);
socket_read($s, 1);
socket_recv($s, $b, 1, 0);
\socket_recv($s, $b, 1, 0);
function socket_accept($s) {}
function SOCKET_READ($s) {}
if (PHP_OS === 'Linux') {
    function socket_recv($s) {}
}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- several namespaces in one file --\n";
$code = <<<'PHP'
<?php
namespace A {
    socket_close($s);
    socket_write($s, 'x');
}
namespace B {
    function socket_close($s) {}
}
namespace a {
    function f() {
        function socket_write($s, $d) {}
    }
}
namespace {
    socket_close($s);
}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} function socket_create ns-fallback
4 {main} function socket_close call
5 {main} function socket_connect ns-fallback
6 {main} function socket_bind ns-fallback
-- dropped: the same code declares the namespaced function --
6 {main} function socket_recv call
-- several namespaces in one file --
3 {main} function socket_close ns-fallback
15 {main} function socket_close call
