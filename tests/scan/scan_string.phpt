--TEST--
extsockets_audit_scan_string(): result rows, names, empty and unusual code, per-compilation dedup
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

echo "-- a row --\n";
var_dump(extsockets_audit_scan_string("<?php\n\n\\socket_close(\$s);\n"));
echo "-- the name stands for the file --\n";
esa_print(extsockets_audit_scan_string("<?php\n\\socket_close(\$s);\n", '/some/where/lib.php'), true);

echo "-- empty code, inline HTML only, no open tag --\n";
var_dump(extsockets_audit_scan_string(''));
var_dump(extsockets_audit_scan_string("<html><body>socket_create(AF_INET) new Socket</body></html>\n"));
var_dump(extsockets_audit_scan_string("socket_create(AF_INET, SOCK_STREAM, 0);\n"));
var_dump(extsockets_audit_scan_string("<?php\n"));

echo "-- __halt_compiler() followed by junk --\n";
esa_print(extsockets_audit_scan_string("<?php\n\\socket_bind(\$s, 'h');\n__halt_compiler();\n\\socket_close(\$s); }}} ((( <?php \x00\xff junk"));

echo "-- each distinct finding once per compilation --\n";
esa_print(extsockets_audit_scan_string("<?php\n\\socket_write(\$s, 'a'); \\socket_write(\$s, 'b');\n\\socket_write(\$s, 'c');\necho AF_INET | AF_INET;\n"));

echo "-- NUL byte in the name --\n";
try {
    extsockets_audit_scan_string("<?php\n", "a\0b");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
echo "-- scans are not recorded --\n";
var_dump(extsockets_audit_usage());
?>
--EXPECT--
-- a row --
array(1) {
  [0]=>
  array(7) {
    ["file"]=>
    string(6) "string"
    ["line"]=>
    int(3)
    ["scope"]=>
    string(6) "{main}"
    ["kind"]=>
    string(8) "function"
    ["symbol"]=>
    string(12) "socket_close"
    ["form"]=>
    string(4) "call"
    ["impact"]=>
    string(6) "breaks"
  }
}
-- the name stands for the file --
lib.php:2 {main} function socket_close call
-- empty code, inline HTML only, no open tag --
array(0) {
}
array(0) {
}
array(0) {
}
array(0) {
}
-- __halt_compiler() followed by junk --
2 {main} function socket_bind call
-- each distinct finding once per compilation --
2 {main} function socket_write call
3 {main} function socket_write call
4 {main} constant AF_INET fetch
-- NUL byte in the name --
extsockets_audit_scan_string(): Argument #2 ($name) must not contain any null bytes
-- scans are not recorded --
array(0) {
}
