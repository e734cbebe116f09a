--TEST--
define('\Ns\NAME') does not declare Ns\NAME (define() keeps the backslash), so it shadows nothing
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

define('\Demo\SOCK_RAW', 3);
var_dump(defined('Demo\SOCK_RAW'));

$code = <<<'PHP'
<?php
namespace App {
    echo SOCK_RAW;
}
namespace {
    define('\App\SOCK_RAW', 3);
}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
bool(false)
3 {main} constant SOCK_RAW ns-fallback
