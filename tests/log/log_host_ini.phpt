--TEST--
Audit log host: extsockets_audit.host names the host in every record instead of the system's host name; system-only; at most 255 bytes
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_host_ini.log';
$script = __DIR__ . '/log_host_ini.inc';
file_put_contents($script, <<<'PHP'
<?php
if (false) { socket_close($s); }
var_dump(ini_get('extsockets_audit.host'), ini_set('extsockets_audit.host', 'elsewhere'));
ob_start(); (new ReflectionExtension('extsockets_audit'))->info();
echo implode("\n", preg_grep('/^Audit log host|^extsockets_audit\.host/', explode("\n", ob_get_clean()))), "\n";
PHP);

foreach ([['web1.staging.example', 'json'], ['db 2 [eu]', 'text'], ['wéb-3', 'json']] as [$host, $format]) {
    echo "-- extsockets_audit.host=$host, $format --\n";
    @unlink($log);
    [$status, $out, $err] = esa_run(esa_child_command($script, ['extsockets_audit.host' => $host,
        'extsockets_audit.log' => $log, 'extsockets_audit.log_format' => $format]));
    echo "exit status $status\n", $out, $err;
    $line = rtrim((string) @file_get_contents($log), "\n");
    echo preg_replace('/ sapi=.*|,"sapi".*/s', '', preg_replace('/^ts=\S+ pid=\d+ |^\{"ts":"[^"]*","pid":\d+,/', '', $line)), "\n";
    $r = $format === 'json' ? json_decode($line, true) : esa_log_parse_text($line);
    $problems = esa_log_check_common($r, $r['pid'], PHP_SAPI, $host);
    echo $problems ? 'BAD ' . implode(',', $problems) : 'ok', "\n";
}

echo "-- longer than 255 bytes: refused, the system's host name --\n";
@unlink($log);
[$status, $out, $err] = esa_run(esa_child_command($script, ['extsockets_audit.host' => str_repeat('h', 256),
    'extsockets_audit.log' => $log]));
echo "exit status $status\n", esa_log_mask_host($out), $err;
$r = json_decode((string) @file_get_contents($log), true);
echo esa_log_check_common($r, $r['pid']) ? 'BAD' : 'ok', "\n";

echo "-- exactly 255 bytes: taken --\n";
@unlink($log);
[$status, $out, $err] = esa_run(esa_child_command($script, ['extsockets_audit.host' => str_repeat('h', 255),
    'extsockets_audit.log' => $log]));
$r = json_decode((string) @file_get_contents($log), true);
echo "exit status $status$err\n", esa_log_check_common($r, $r['pid'], PHP_SAPI, str_repeat('h', 255)) ? 'BAD' : 'ok', "\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_host_ini.log');
@unlink(__DIR__ . '/log_host_ini.inc');
?>
--EXPECT--
-- extsockets_audit.host=web1.staging.example, json --
exit status 0
string(20) "web1.staging.example"
bool(false)
Audit log host => web1.staging.example (extsockets_audit.host)
extsockets_audit.host => web1.staging.example => web1.staging.example
"host":"web1.staging.example"
ok
-- extsockets_audit.host=db 2 [eu], text --
exit status 0
string(9) "db 2 [eu]"
bool(false)
Audit log host => db 2 [eu] (extsockets_audit.host)
extsockets_audit.host => db 2 [eu] => db 2 [eu]
host="db 2 [eu]"
ok
-- extsockets_audit.host=wéb-3, json --
exit status 0
string(6) "wéb-3"
bool(false)
Audit log host => wéb-3 (extsockets_audit.host)
extsockets_audit.host => wéb-3 => wéb-3
"host":"wéb-3"
ok
-- longer than 255 bytes: refused, the system's host name --
exit status 0

Warning: extsockets_audit.host must be at most 255 bytes long; records name the system's host name in Unknown on line 0
string(0) ""
bool(false)
Audit log host => HOST (the system's host name)
extsockets_audit.host => no value => no value
ok
-- exactly 255 bytes: taken --
exit status 0
ok
