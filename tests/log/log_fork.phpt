--TEST--
Audit log across fork(): each process logs under its own pid, and a child does not write the records its parent holds back
--SKIPIF--
<?php
if (!function_exists('pcntl_fork')) die('skip pcntl_fork() is not available');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_fork.d/audit.jsonl
error_log={PWD}/log_fork.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$dir = __DIR__ . '/log_fork.d';
$log = "$dir/audit.jsonl";
$err = __DIR__ . '/log_fork.err';
@unlink($log);
@rmdir($dir);
@unlink($err);
foreach (['a' => 'socket_close', 'b' => 'socket_bind', 'c' => 'socket_listen'] as $name => $f) {
    file_put_contents(__DIR__ . "/log_fork_$name.inc", "<?php\nreturn fn(\$s) => \\$f(\$s);\n");
}

/* The parent cannot write yet: it holds a's record back. */
include __DIR__ . '/log_fork_a.inc';
$parent = getmypid();
$pid = pcntl_fork();
if ($pid === 0) {
    mkdir($dir);
    include __DIR__ . '/log_fork_b.inc';
    exit(0);
}
pcntl_waitpid($pid, $status);
include __DIR__ . '/log_fork_c.inc';
foreach (esa_log_records($log) as $r) {
    echo $r['pid'] === $parent ? 'parent' : ($r['pid'] === $pid ? 'child' : 'other'), ' ', basename($r['file']), ' ', $r['symbol'], "\n";
}
echo substr_count(file_get_contents($err), 'PHP Warning'), " warning\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_fork.d/audit.jsonl');
@rmdir(__DIR__ . '/log_fork.d');
@unlink(__DIR__ . '/log_fork.err');
foreach (['a', 'b', 'c'] as $name) {
    @unlink(__DIR__ . "/log_fork_$name.inc");
}
?>
--EXPECT--
child log_fork_b.inc socket_bind
parent log_fork_a.inc socket_close
parent log_fork_c.inc socket_listen
1 warning
