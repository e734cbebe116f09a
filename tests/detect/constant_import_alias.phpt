--TEST--
Constants: use const imports and aliases
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App;
use const SOCK_STREAM;
use const MSG_PEEK as PEEK, SO_REUSEADDR as REUSE;
use const Other\SOL_TCP;
use const Lib\{AF_UNIX, AF_INET as INET};
use Lib\{Thing, const SOCK_DGRAM};
echo SOCK_STREAM;
echo PEEK;
echo peek;
echo REUSE | PEEK;
echo SOL_TCP, AF_UNIX, INET, SOCK_DGRAM;
echo \PEEK;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- global code --\n";
$code = <<<'PHP'
<?php
use const AF_INET as FAMILY;
use const Lib\AF_INET6;
echo FAMILY;
echo AF_INET6;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} constant SOCK_STREAM import
4 {main} constant MSG_PEEK import
4 {main} constant SO_REUSEADDR import
8 {main} constant SOCK_STREAM fetch
9 {main} constant MSG_PEEK alias
11 {main} constant SO_REUSEADDR alias
11 {main} constant MSG_PEEK alias
-- global code --
2 {main} constant AF_INET import
4 {main} constant AF_INET alias
