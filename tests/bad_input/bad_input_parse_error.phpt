--TEST--
Bad input: a parse error through include, eval and the scan functions records nothing of that code and loses nothing recorded before
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$ok = __DIR__ . '/bad_input_parse_error_ok.inc';
$bad = __DIR__ . '/bad_input_parse_error_bad.inc';
file_put_contents($ok, "<?php\n\$probe = \\defined('AF_INET');\nreturn false;\n");
file_put_contents($bad, "<?php\nsocket_close(\$s);\nfunction ( {\n");
include $ok;
foreach ([
    'include' => fn() => include $bad,
    'eval' => fn() => eval("socket_close(\$s);\nclass {"),
    'scan_file' => fn() => extsockets_audit_scan_file($bad),
    'scan_string' => fn() => extsockets_audit_scan_string("<?php\nsocket_close(\$s);\n)"),
] as $how => $run) {
    try {
        $run();
        echo "$how: no error\n";
    } catch (ParseError $e) {
        printf("%s: %s: %s on line %d\n", $how, get_class($e), $e->getMessage(), $e->getLine());
    }
}
esa_print(extsockets_audit_usage(), true);
var_dump(include $ok);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_parse_error_ok.inc');
@unlink(__DIR__ . '/bad_input_parse_error_bad.inc');
?>
--EXPECT--
include: ParseError: syntax error, unexpected token "{", expecting variable on line 3
eval: ParseError: syntax error, unexpected token "{", expecting identifier on line 2
scan_file: ParseError: syntax error, unexpected token "{", expecting variable on line 3
scan_string: ParseError: Unmatched ')' on line 3
bad_input_parse_error_ok.inc:2 {main} constant AF_INET probe
bool(false)
