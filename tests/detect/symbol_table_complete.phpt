--TEST--
Symbol table: every row of data/ext-sockets-symbols.tsv is detected, in its canonical spelling
--FILE--
<?php
$rows = array_map(fn($l) => explode("\t", $l), array_slice(file(dirname(__DIR__, 2) . '/data/ext-sockets-symbols.tsv', FILE_IGNORE_NEW_LINES), 1));
$code = "<?php\n";
$expected = [];
foreach ($rows as [$kind, $name]) {
    switch ($kind) {
        case 'function': $code .= strtoupper($name) . "();\n"; break;   // functions match case-insensitively
        case 'constant': $code .= "\\$name;\n"; break;
        case 'class':    $code .= "function f_$name(" . strtolower($name) . " \$x) {}\n"; break;
    }
    $expected[] = "$kind $name";
}
$found = array_map(fn($f) => "$f[kind] $f[symbol]", extsockets_audit_scan_string($code));
echo count($rows), " rows, ", count($found), " findings\n";
var_dump(array_diff($expected, $found), array_diff($found, $expected));
echo implode(' ', array_count_values(array_column($rows, 0))), "\n";
?>
--EXPECT--
361 rows, 361 findings
array(0) {
}
array(0) {
}
2 319 40
