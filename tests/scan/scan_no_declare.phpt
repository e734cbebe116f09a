--TEST--
Scan functions compile without executing or declaring anything
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

function foo() { return "the test's foo\n"; }
class Conn {}

$code = <<<'PHP'
<?php
echo "executed!\n";
function bar() { return \socket_close($s); }
class Pool {}
const POOL_SIZE = 1;
PHP;
esa_print(extsockets_audit_scan_string($code));
var_dump(function_exists('bar'), class_exists('Pool', false), defined('POOL_SIZE'));

echo "-- the same declarations twice --\n";
esa_print(extsockets_audit_scan_string($code));
esa_print(extsockets_audit_scan_string("<?php\nfunction foo() {}\n"));
esa_print(extsockets_audit_scan_string("<?php\nfunction foo() {}\n"));

echo "-- declarations the test itself has --\n";
esa_print(extsockets_audit_scan_string("<?php\nfunction foo() { \\socket_bind(\$s, 'h'); }\nclass Conn { public function m(\\Socket \$s) {} }\n"));
echo foo();
var_dump(get_class_methods('Conn'));
?>
--EXPECT--
3 bar function socket_close call
bool(false)
bool(false)
bool(false)
-- the same declarations twice --
3 bar function socket_close call
(none)
(none)
-- declarations the test itself has --
2 foo function socket_bind call
3 Conn::m class Socket type
the test's foo
array(0) {
}
