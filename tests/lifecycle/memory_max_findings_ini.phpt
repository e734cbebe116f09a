--TEST--
Bounded memory: extsockets_audit.max_findings accepts 1 to 1000000 (default 10000); a "dropped" record when dropping starts and at request end with the new total
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/log/log.inc';

$script = __DIR__ . '/memory_max_findings_ini.inc';
file_put_contents($script, <<<'PHP'
<?php
$s = extsockets_audit_stats();
echo "max_findings {$s['max_findings']}\n";
if (ini_get('extsockets_audit.log') !== '') {
    eval("namespace A;\nfunction f(\$s) {\n" . str_repeat("    \\socket_close(\$s);\n", 30) . "}\n");
    echo "dropped ", extsockets_audit_stats()['dropped'], "\n";
    eval("namespace B;\nfunction f(\$s) {\n" . str_repeat("    \\socket_close(\$s);\n", 5) . "}\n");
    echo "dropped ", extsockets_audit_stats()['dropped'], "\n";
}
PHP);

echo "-- settings --\n";
foreach ([null, '1', '1000000', '0', '-5', '1000001', '12abc', ''] as $value) {
    $ini = $value === null ? [] : ['extsockets_audit.max_findings' => $value];
    [$status, $out, $err] = esa_run(esa_child_command($script, $ini));
    echo $value === null ? '(default)' : var_export($value, true), ': ', trim($err . $out), "\n";
}

echo "-- the log: a record when dropping starts, one at request end with the new total --\n";
$log = __DIR__ . '/memory_max_findings_ini.jsonl';
@unlink($log);
[$status, $out, $err] = esa_run(esa_child_command($script,
    ['extsockets_audit.max_findings' => 10, 'extsockets_audit.log' => $log, 'error_log' => "$log.err"]));
echo "exit status $status\n", $out, $err;
foreach (esa_log_records($log) as $r) {
    if ($r['kind'] === 'dropped') {
        echo "dropped record: ", esa_log_mask_host(json_encode(array_diff_key($r, ['ts' => 0, 'pid' => 0, 'script' => 0]))), "\n";
    } else {
        echo "finding: {$r['scope']}:{$r['line']}\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/memory_max_findings_ini.inc');
@unlink(__DIR__ . '/memory_max_findings_ini.jsonl');
@unlink(__DIR__ . '/memory_max_findings_ini.jsonl.err');
?>
--EXPECT--
-- settings --
(default): max_findings 10000
'1': max_findings 1
'1000000': max_findings 1000000
'0': Warning: extsockets_audit.max_findings must be a whole number from 1 to 1000000, not "0"; ignored in Unknown on line 0
max_findings 10000
'-5': Warning: extsockets_audit.max_findings must be a whole number from 1 to 1000000, not "-5"; ignored in Unknown on line 0
max_findings 10000
'1000001': Warning: extsockets_audit.max_findings must be a whole number from 1 to 1000000, not "1000001"; ignored in Unknown on line 0
max_findings 10000
'12abc': Warning: extsockets_audit.max_findings must be a whole number from 1 to 1000000, not "12abc"; ignored in Unknown on line 0
max_findings 10000
'': Warning: extsockets_audit.max_findings must be a whole number from 1 to 1000000, not ""; ignored in Unknown on line 0
max_findings 10000
-- the log: a record when dropping starts, one at request end with the new total --
exit status 0
max_findings 10
dropped 20
dropped 25
finding: A\f:3
finding: A\f:4
finding: A\f:5
finding: A\f:6
finding: A\f:7
finding: A\f:8
finding: A\f:9
finding: A\f:10
finding: A\f:11
finding: A\f:12
dropped record: {"host":"HOST","sapi":"cli","kind":"dropped","dropped":20,"max_findings":10}
dropped record: {"host":"HOST","sapi":"cli","kind":"dropped","dropped":25,"max_findings":10}
