--TEST--
Bad input: a 5 MB file compiles with the extension as without it, and its few findings are exact
--INI--
memory_limit=512M
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$file = __DIR__ . '/bad_input_large_file.inc';
$code = "<?php\nnamespace Big;\n";
$body = str_repeat("    \$total += strlen(sprintf('%05d: %s', \$i, 'some text that takes room')) * 3 % 7;\n", 40);
for ($i = 0; strlen($code) < 5 * 1024 * 1024; $i++) {
    $code .= "function f$i(\$s, \$i = $i) {\n    \$total = 0;\n$body";
    $code .= $i % 500 === 0
        ? "    return \\socket_write(\$s, 'x') ?: AF_INET;\n}\n"
        : "    return \$total;\n}\n";
}
file_put_contents($file, $code);
printf("%.1f MB, %d functions\n", strlen($code) / 1048576, $i);
include $file;
var_dump(\Big\f1(7) > 0);
esa_print(esa_usage_of($file));
var_dump(extsockets_audit_scan_file($file) === array_map(fn($f) => array_diff_key($f, ['calls' => 0]), esa_usage_of($file)));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_large_file.inc');
?>
--EXPECT--
5.0 MB, 1530 functions
bool(true)
45 Big\f0 function socket_write call
45 Big\f0 constant AF_INET ns-fallback
22045 Big\f500 function socket_write call
22045 Big\f500 constant AF_INET ns-fallback
44045 Big\f1000 function socket_write call
44045 Big\f1000 constant AF_INET ns-fallback
66045 Big\f1500 function socket_write call
66045 Big\f1500 constant AF_INET ns-fallback
bool(true)
