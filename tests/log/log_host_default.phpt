--TEST--
Audit log host: by default every record (finding, call count, dropped; JSON and text) names the system's host name (gethostname()) right after pid
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (gethostname() === false || gethostname() === '') die('skip this system has no host name');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_host_default.log';
$script = __DIR__ . '/log_host_default.inc';
file_put_contents($script, <<<'PHP'
<?php
socket_strerror(1);
eval('if (false) { echo AF_INET, SOCK_STREAM; }');
ob_start(); (new ReflectionExtension('extsockets_audit'))->info();
echo implode("\n", preg_grep('/^Audit log host|^extsockets_audit\.host/', explode("\n", ob_get_clean()))), "\n";
var_dump(ini_get('extsockets_audit.host'));
PHP);
/* ext/sockets as a module beside ours, unless this PHP has it built in. */
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
/* max_findings=2: the third finding is dropped, which makes a "dropped" record. */
$ini += ['extsockets_audit.max_findings' => 2, 'extsockets_audit.calls_log_interval' => 0, 'error_log' => '/dev/null'];

echo "-- json --\n";
@unlink($log);
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log]));
echo "exit status $status\n", esa_log_mask_host($out), $err;
foreach (esa_log_records($log) as $r) {
    $problems = esa_log_check_common($r, $r['pid']);
    echo isset($r['calls']) ? 'calls' : $r['kind'], ': ', $problems ? 'BAD ' . implode(',', $problems) : 'ok', "\n";
}

echo "-- text --\n";
@unlink($log);
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log,
    'extsockets_audit.log_format' => 'text']));
echo "exit status $status$err\n";
foreach (file($log) as $line) {
    $r = esa_log_parse_text(rtrim($line, "\n"));
    $problems = $r === null ? ['unreadable'] : esa_log_check_common($r, $r['pid']);
    echo preg_replace('/ sapi=.*/s', '', preg_replace('/^ts=\S+ pid=\d+ /', '', esa_log_mask_host($line))), ' ',
        isset($r['calls']) ? 'calls' : $r['kind'] ?? '?', ': ', $problems ? 'BAD ' . implode(',', $problems) : 'ok', "\n";
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_host_default.log');
@unlink(__DIR__ . '/log_host_default.inc');
?>
--EXPECT--
-- json --
exit status 0
Audit log host => HOST (the system's host name)
extsockets_audit.host => no value => no value
string(0) ""
function: ok
constant: ok
dropped: ok
calls: ok
-- text --
exit status 0
host=HOST function: ok
host=HOST constant: ok
host=HOST dropped: ok
host=HOST calls: ok
