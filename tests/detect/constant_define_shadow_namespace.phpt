--TEST--
define('Ns\NAME') shadows the global constant also when called inside a namespace
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App;
\define('App\SOCK_DGRAM', 2);
define('App\SOCK_RAW', 3);
echo SOCK_DGRAM, SOCK_RAW;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
(none)
