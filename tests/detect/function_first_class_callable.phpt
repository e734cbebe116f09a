--TEST--
Functions: first-class callable syntax
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
$a = socket_read(...);
$b = \socket_write(...);
$c = SOCKET_SEND(...);
$d = array_map(
    socket_close(...),
    $list
);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
use function socket_bind as bind;
$a = socket_read(...);
$b = \socket_write(...);
$c = bind(...);
$d = socket_accept(...);
$e = $obj->socket_listen(...);
$f = Helper::socket_listen(...);
function socket_accept($s) {}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} function socket_read first-class-callable
3 {main} function socket_write first-class-callable
4 {main} function socket_send first-class-callable
6 {main} function socket_close first-class-callable
-- namespace --
3 {main} function socket_bind import
4 {main} function socket_read first-class-callable
5 {main} function socket_write first-class-callable
6 {main} function socket_bind first-class-callable
