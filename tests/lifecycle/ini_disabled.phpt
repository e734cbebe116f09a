--TEST--
extsockets_audit.enabled=0: compiles are not audited, the scan functions still work
--INI--
extsockets_audit.enabled=0
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

if (false) {
    socket_close($s);
    echo AF_INET;
}
$inc = __DIR__ . '/ini_disabled.inc';
file_put_contents($inc, "<?php\nreturn fn(\$s) => \\socket_bind(\$s, 'h');\n");
include $inc;
eval('if (false) { echo SOCK_STREAM; }');
var_dump(extsockets_audit_usage());

echo "-- scans --\n";
esa_print(extsockets_audit_scan_file($inc));
esa_print(extsockets_audit_scan_string("<?php\n\\socket_close(\$s);\n"));
var_dump(extsockets_audit_usage());

var_dump(ini_get('extsockets_audit.enabled'), ini_set('extsockets_audit.enabled', '1'));
ob_start();
(new ReflectionExtension('extsockets_audit'))->info();
echo implode("\n", preg_grep('/^Auditing/', explode("\n", ob_get_clean()))), "\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/ini_disabled.inc');
?>
--EXPECT--
array(0) {
}
-- scans --
2 {closure} function socket_bind call
2 {main} function socket_close call
array(0) {
}
string(1) "0"
bool(false)
Auditing compiled code => no
