--TEST--
Bounded memory: extsockets_audit.max_findings caps the findings a process keeps; what it drops is counted (stats, phpinfo, one log record), and a reset frees everything
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.max_findings=100
extsockets_audit.log={PWD}/memory_max_findings.jsonl
error_log={PWD}/memory_max_findings.err
--FILE--
<?php
require dirname(__DIR__) . '/log/log.inc';

$log = __DIR__ . '/memory_max_findings.jsonl';
$err = __DIR__ . '/memory_max_findings.err';
@unlink($log);
@unlink($err);
$inc = __DIR__ . '/memory_max_findings.inc';
file_put_contents($inc, "<?php\nreturn fn(\$s) => \\socket_close(\$s);\n");

function stats(): void
{
    $s = extsockets_audit_stats();
    echo "stats: {$s['findings']} findings, max_findings {$s['max_findings']}, {$s['dropped']} dropped, memory ",
        $s['memory'] > 0 ? 'in use' : '0', "\n";
}

function info(): void
{
    ob_start();
    (new ReflectionExtension('extsockets_audit'))->info();
    $rows = array_filter(explode("\n", ob_get_clean()), fn($l) => str_starts_with($l, 'Findings'));
    echo preg_replace('/=> [1-9]\d* bytes/', '=> N bytes', implode("\n", $rows)), "\n";
}

/* $n eval'd files of $lines findings each, all distinct: each declares its own namespace's function. */
function fill(int $from, int $n, int $lines): void
{
    for ($i = $from; $i < $from + $n; $i++) {
        eval("namespace M$i;\nfunction f(\$s) {\n" . str_repeat("    \\socket_close(\$s);\n", $lines) . "}\n");
    }
}

/* The log's records: findings counted per scope, other records in full. */
function show_log(string $log, int &$seen): void
{
    $records = esa_log_records($log);
    $scopes = [];
    foreach (array_slice($records, $seen) as $r) {
        if ($r['kind'] === 'dropped') {
            if ($scopes) {
                echo '  findings: ', implode(', ', array_map(fn($s, $n) => "$n of $s", array_keys($scopes), $scopes)), "\n";
                $scopes = [];
            }
            $problems = esa_log_check_common($r);
            echo "  dropped: {$r['dropped']}, max_findings {$r['max_findings']}", $problems ? ' BAD ' . implode(',', $problems) : '',
                isset($r['file']) || isset($r['line']) ? ' BAD has a file or line' : '', "\n";
        } else {
            $scopes[$r['scope']] = ($scopes[$r['scope']] ?? 0) + 1;
        }
    }
    if ($scopes) {
        echo '  findings: ', implode(', ', array_map(fn($s, $n) => "$n of $s", array_keys($scopes), $scopes)), "\n";
    }
    $seen = count($records);
}
$seen = 0;

echo "-- start --\n";
stats();
info();

echo "-- one include, then 20,000 distinct findings from 100 evals --\n";
include $inc;
fill(0, 100, 200);
stats();
info();
$usage = extsockets_audit_usage();
echo count($usage), " in extsockets_audit_usage(): ", basename($usage[0]['file']), ':', $usage[0]['line'], ' ', $usage[0]['scope'],
    ' ... ', $usage[99]['line'], ' ', $usage[99]['scope'], "\n";
echo "log:\n";
show_log($log, $seen);

echo "-- a finding the store holds is no news, not a drop --\n";
include $inc;
stats();

echo "-- reset: everything goes; the log gets the final count first --\n";
extsockets_audit_reset();
stats();
info();
var_dump(extsockets_audit_usage());
echo "log:\n";
show_log($log, $seen);

echo "-- recording works again, up to the limit; the log writes again what it wrote before the reset --\n";
include $inc;
fill(100, 1, 150);
stats();
echo "log:\n";
show_log($log, $seen);

echo "-- PHP's error log: told once per process --\n";
extsockets_audit_reset();
fill(101, 1, 101);
stats();
echo esa_error_log($err);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/memory_max_findings.jsonl');
@unlink(__DIR__ . '/memory_max_findings.err');
@unlink(__DIR__ . '/memory_max_findings.inc');
?>
--EXPECT--
-- start --
stats: 0 findings, max_findings 100, 0 dropped, memory 0
Findings recorded => 0
Findings dropped at the limit => 0
Findings memory => 0 bytes
-- one include, then 20,000 distinct findings from 100 evals --
stats: 100 findings, max_findings 100, 19901 dropped, memory in use
Findings recorded => 100
Findings dropped at the limit => 19901
Findings memory => N bytes
100 in extsockets_audit_usage(): memory_max_findings.inc:2 {closure} ... 101 M0\f
log:
  findings: 1 of {closure}, 99 of M0\f
  dropped: 101, max_findings 100
-- a finding the store holds is no news, not a drop --
stats: 100 findings, max_findings 100, 19901 dropped, memory in use
-- reset: everything goes; the log gets the final count first --
stats: 0 findings, max_findings 100, 0 dropped, memory 0
Findings recorded => 0
Findings dropped at the limit => 0
Findings memory => 0 bytes
array(0) {
}
log:
  dropped: 19901, max_findings 100
-- recording works again, up to the limit; the log writes again what it wrote before the reset --
stats: 100 findings, max_findings 100, 51 dropped, memory in use
log:
  findings: 1 of {closure}, 99 of M100\f
  dropped: 51, max_findings 100
-- PHP's error log: told once per process --
stats: 100 findings, max_findings 100, 1 dropped, memory in use
PHP Warning:  extsockets_audit: 100 findings recorded, the limit of extsockets_audit.max_findings: new findings are counted as dropped, not recorded, until extsockets_audit_reset() (this process reports this once; see php --ri extsockets_audit)
