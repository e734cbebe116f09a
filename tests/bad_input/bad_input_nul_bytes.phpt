--TEST--
Bad input: NUL bytes in code given to eval and to the scan functions
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
/* Inside a string literal a NUL is data. */
var_dump(bin2hex(eval("\$probe = \\defined('AF_INET');\nreturn \"a\0b\";")));
/* Anywhere else it is a parse error, as without the extension. */
foreach (["\\socket_close(\$s)\0;", "\0SOCK_RAW;", "\$x = AF_INET;\0"] as $code) {
    try {
        eval($code);
    } catch (ParseError $e) {
        echo "eval: ", $e->getMessage(), "\n";
    }
    try {
        extsockets_audit_scan_string("<?php\n$code");
    } catch (ParseError $e) {
        echo "scan: ", $e->getMessage(), "\n";
    }
}
esa_print(extsockets_audit_usage());
esa_print(extsockets_audit_scan_string("<?php\n\$a = \"\0\" . \\AF_INET; // \0 comment\n\\socket_close(\$s);\n?>\0trailing \0 html"));
try {
    extsockets_audit_scan_string('', "name\0with nul");
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    extsockets_audit_scan_file("/tmp/a\0b.php");
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(6) "610062"
eval: syntax error, unexpected character 0x00
scan: syntax error, unexpected character 0x00
eval: syntax error, unexpected character 0x00, expecting end of file
scan: syntax error, unexpected character 0x00, expecting end of file
eval: syntax error, unexpected character 0x00, expecting end of file
scan: syntax error, unexpected character 0x00, expecting end of file
1 {main} constant AF_INET probe
2 {main} constant AF_INET fetch
3 {main} function socket_close call
ValueError: extsockets_audit_scan_string(): Argument #2 ($name) must not contain any null bytes
ValueError: extsockets_audit_scan_file(): Argument #1 ($path) must not contain any null bytes
