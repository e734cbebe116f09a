--TEST--
Bad input: a fatal compile error (E_COMPILE_ERROR) in an included file ends the request as without the extension; what was recorded before stays
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$ok = __DIR__ . '/bad_input_compile_error_include_ok.inc';
$bad = __DIR__ . '/bad_input_compile_error_include_bad.inc';
file_put_contents($ok, "<?php\nreturn \\defined('AF_INET');\n");
file_put_contents($bad, "<?php\nsocket_close(\$s);\nfunction dup() {}\nfunction dup() {}\n");
register_shutdown_function(function () {
    echo "shutdown:\n";
    esa_print(extsockets_audit_usage(), true);
});
include $ok;
include $bad;
echo "not reached\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_compile_error_include_ok.inc');
@unlink(__DIR__ . '/bad_input_compile_error_include_bad.inc');
?>
--EXPECTF--
Fatal error: Cannot redeclare %Sdup() (previously declared in %sbad_input_compile_error_include_bad.inc:3) in %sbad_input_compile_error_include_bad.inc on line 4
shutdown:
bad_input_compile_error_include_ok.inc:2 {main} constant AF_INET probe
