--TEST--
Scan functions with opcache: scans bypass the cache; a later include is compiled and recorded
--EXTENSIONS--
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$inc = __DIR__ . '/scan_opcache.inc';
file_put_contents($inc, "<?php\nreturn fn(\$s) => \\socket_close(\$s);\n");
esa_print(extsockets_audit_scan_file($inc));
var_dump(opcache_is_script_cached($inc));
var_dump(extsockets_audit_usage());
include $inc;
var_dump(opcache_is_script_cached($inc));
esa_print(esa_usage_of($inc));
esa_print(extsockets_audit_scan_file($inc));
esa_print(extsockets_audit_scan_string("<?php\nclass A { function f() { break; \\socket_bind(1, 'h'); } }\n"));
esa_print(extsockets_audit_scan_string("<?php\nclass A extends Exception { function f() { return \\socket_close(1); } }\n"));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/scan_opcache.inc');
?>
--EXPECT--
2 {closure} function socket_close call
bool(false)
array(0) {
}
bool(true)
2 {closure} function socket_close call
2 {closure} function socket_close call
2 A::f function socket_bind call
2 A::f function socket_close call
