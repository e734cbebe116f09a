--TEST--
Lifecycle, fork(): a child counts its own calls from zero; the calls its parent made before pcntl_fork() are logged once, by the parent
--SKIPIF--
<?php
if (!function_exists('pcntl_fork')) die('skip pcntl_fork() is not available');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/log/log.inc';
$log = __DIR__ . '/lifecycle_fork_calls.jsonl';
$script = __DIR__ . '/lifecycle_fork_calls.inc';
@unlink($log);
file_put_contents($script, <<<'PHP'
<?php
function work(int $n) { for ($i = 0; $i < $n; $i++) socket_strerror($i); }
function counts(string $who) {
    foreach (extsockets_audit_usage() as $f) {
        if ($f['kind'] === 'function' && $f['form'] === 'call') {
            echo "$who usage: $f[line] $f[symbol] calls=$f[calls]\n";
        }
    }
}
work(3);
$pid = pcntl_fork();
if ($pid === 0) {
    work(2);
    socket_clear_error();
    counts('child');
    exit(0);
}
pcntl_waitpid($pid, $status);
work(1);
counts('parent');
echo "child $pid\n";
PHP);
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log]));
echo "exit $status\n$out$err";
preg_match('/^child (\d+)$/m', $out, $m);
foreach (esa_log_records($log) as $r) {
    if (isset($r['calls'])) {
        $who = $r['pid'] === (int) ($m[1] ?? -1) ? 'child' : 'parent';
        echo "$who log: $r[line] $r[symbol] calls=$r[calls]\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/lifecycle_fork_calls.jsonl');
@unlink(__DIR__ . '/lifecycle_fork_calls.inc');
?>
--EXPECTF--
exit 0
child usage: 2 socket_strerror calls=2
child usage: 14 socket_clear_error calls=1
parent usage: 2 socket_strerror calls=4
parent usage: 14 socket_clear_error calls=0
child %d
child log: 2 socket_strerror calls=2
child log: 14 socket_clear_error calls=1
parent log: 2 socket_strerror calls=4
