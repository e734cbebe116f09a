--TEST--
Bad input: expressions nested 10,000 deep compile with the extension wherever they compile without it
--FILE--
<?php
require __DIR__ . '/print.inc';
$file = __DIR__ . '/bad_input_deep_nesting.inc';
$n = 10000;
/* Left-deep chains: PHP's parser accepts any length, the compiler recurses into them. */
file_put_contents($file, "<?php\nfunction deep(\$a) {\n"
    . "    \$x = " . str_repeat('1 + ', $n) . "\\SOCK_STREAM;\n"
    . "    \$y = \$a" . str_repeat('->b', $n) . ";\n"
    . "    \$z = \$a" . str_repeat('()', $n) . ";\n"
    . "    \$w = \$a" . str_repeat('[0]', $n) . " . \\AF_INET;\n"
    . "    return 'socket_close'" . str_repeat('()', 3) . ";\n"
    . "}\n");
include $file;
esa_print(esa_usage_of($file));
esa_print(extsockets_audit_scan_file($file));

/* Right-deep nesting: PHP's own parser stops at 10,000 levels, the same with or without us. */
$m = 10000;
foreach (['(' => ')', '[' => ']', 'f(' => ')', '!' => ''] as $open => $close) {
    $code = "<?php\nreturn " . str_repeat($open, $m) . "AF_INET" . str_repeat($close, $m) . ";\n";
    file_put_contents($file, $code);
    try {
        include $file;
        echo "$open: compiled\n";
    } catch (ParseError $e) {
        echo "$open: ", $e->getMessage(), "\n";
    }
    try {
        extsockets_audit_scan_string($code);
    } catch (ParseError $e) {
        echo "$open scan: ", $e->getMessage(), "\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_deep_nesting.inc');
?>
--EXPECT--
3 deep constant SOCK_STREAM fetch
6 deep constant AF_INET fetch
7 deep function socket_close callable-string
3 deep constant SOCK_STREAM fetch
6 deep constant AF_INET fetch
7 deep function socket_close callable-string
(: memory exhausted
( scan: memory exhausted
[: memory exhausted
[ scan: memory exhausted
f(: memory exhausted
f( scan: memory exhausted
!: memory exhausted
! scan: memory exhausted
