--TEST--
Functions: use function imports, aliases, group use and mixed group use
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
use function socket_create;
use function socket_close as close_it, socket_bind as bind;
use function SOCKET_WRITE;
socket_create(1, 2, 3);
close_it($s);
CLOSE_IT($s);
bind(
    $s,
    'h'
);
socket_write($s, 'x');
\close_it($s);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- global code --\n";
$code = <<<'PHP'
<?php
use function socket_create as sc;
sc(1, 2, 3);
socket_create(1, 2, 3);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- group use and imports of other namespaces: not global functions --\n";
$code = <<<'PHP'
<?php
namespace App;
use function Other\socket_listen;
use function Lib\{socket_accept, socket_connect as conn};
use Lib\{Thing, function socket_read, const AF_INET};
use function Lib\{socket_select as socket_send};
socket_listen($s);
socket_accept($s);
conn($s);
socket_read($s, 1);
socket_send($s, 'x', 1, 0);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- global code, group use --\n";
$code = <<<'PHP'
<?php
use function Lib\{socket_close, socket_bind as sb};
use Lib\{Thing, function socket_listen};
socket_close($s);
sb($s);
socket_listen($s);
socket_accept($s);
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- alias named like another socket function --\n";
$code = <<<'PHP'
<?php
namespace App;
use function socket_create as socket_close;
socket_close(1, 2, 3);
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
-- namespace --
3 {main} function socket_create import
4 {main} function socket_close import
4 {main} function socket_bind import
5 {main} function socket_write import
6 {main} function socket_create call
7 {main} function socket_close alias
8 {main} function socket_close alias
9 {main} function socket_bind alias
13 {main} function socket_write call
-- global code --
2 {main} function socket_create import
3 {main} function socket_create alias
4 {main} function socket_create call
-- group use and imports of other namespaces: not global functions --
(none)
-- global code, group use --
7 {main} function socket_accept call
-- alias named like another socket function --
3 {main} function socket_create import
4 {main} function socket_create alias
