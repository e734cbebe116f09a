--TEST--
Bad input: empty files, files of inline HTML only, __halt_compiler() with code-like data after it, a file that includes itself
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$base = __DIR__ . '/bad_input_odd_files_';
$files = [
    'empty' => '',
    'html' => "<html>AF_INET socket_create() <? no php here</html>\n",
    'halt' => "<?php\n\$ok = \\defined('SOCK_DGRAM');\n__halt_compiler();\nsocket_create(AF_INET); <?php AF_UNIX \x00\xff",
    'self' => "<?php\n\$GLOBALS['depth'] = (\$GLOBALS['depth'] ?? 0) + 1;\nif (\$GLOBALS['depth'] < 20) { include __FILE__; }\n\$k = \\function_exists('socket_send');\n",
];
foreach ($files as $name => $code) {
    file_put_contents("$base$name.inc", $code);
    ob_start();
    include "$base$name.inc";
    $out = ob_get_clean();
    echo "-- $name: output ", strlen($out), " bytes\n";
    esa_print(esa_usage_of("$base$name.inc"));
    esa_print(extsockets_audit_scan_file("$base$name.inc"));
    esa_print(extsockets_audit_scan_string($code));
}
var_dump($GLOBALS['depth']);
?>
--CLEAN--
<?php
foreach (['empty', 'html', 'halt', 'self'] as $name) {
    @unlink(__DIR__ . "/bad_input_odd_files_$name.inc");
}
?>
--EXPECT--
-- empty: output 0 bytes
(none)
(none)
(none)
-- html: output 52 bytes
(none)
(none)
(none)
-- halt: output 0 bytes
2 {main} constant SOCK_DGRAM probe
2 {main} constant SOCK_DGRAM probe
2 {main} constant SOCK_DGRAM probe
-- self: output 0 bytes
4 {main} function socket_send probe
4 {main} function socket_send probe
4 {main} function socket_send probe
int(20)
