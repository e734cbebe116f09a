--TEST--
Namespaces: imports last until the next namespace declaration; the global namespace block
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace A;
use function socket_close as close;
use Socket as S;
use const AF_INET as FAM;
close($s);
namespace B;
close($s);
new S;
echo FAM;
socket_bind($s, 'h');
namespace A;
close($s);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- braced namespaces --\n";
$code = <<<'PHP'
<?php
namespace A {
    use Socket as S;
    new S;
}
namespace {
    new S;
    new Socket;
    socket_bind($s, 'h');
    echo AF_INET;
}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} function socket_close import
4 {main} class Socket import
5 {main} constant AF_INET import
6 {main} function socket_close alias
11 {main} function socket_bind ns-fallback
-- braced namespaces --
3 {main} class Socket import
4 {main} class Socket new
8 {main} class Socket new
9 {main} function socket_bind call
10 {main} constant AF_INET fetch
