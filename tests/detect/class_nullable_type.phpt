--TEST--
nullable class types (?Name) resolve like other class names (no fallback, aliases followed)
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App;
function f(?Socket $a) {}
use Socket as S;
function g(?S $b) {}
PHP;
esa_print(extsockets_audit_scan_string($code));

$code = <<<'PHP'
<?php
use Lib\Socket;
function h(?Socket $c) {}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
4 {main} class Socket import
5 App\g class Socket type
(none)
