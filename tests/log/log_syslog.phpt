--TEST--
Audit log to syslog: one datagram per record on the socket, in both formats; an absent socket gives one warning
--EXTENSIONS--
sockets
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

/* Plays the syslog daemon: a datagram socket like /dev/log. */
$path = sys_get_temp_dir() . '/esa_syslog_' . getmypid() . '.sock';
@unlink($path);
$daemon = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($daemon, $path);
socket_set_nonblock($daemon);
$receive = function () use ($daemon) {
    $messages = [];
    while (@socket_recvfrom($daemon, $buffer, 65536, 0, $from) !== false) {
        $messages[] = $buffer;
    }
    return $messages;
};

$lib = __DIR__ . '/log_syslog_lib.inc';
file_put_contents($lib, "<?php\nreturn fn(\$s) => \\socket_close(\$s) ?: SOL_TCP;\n");
$child = __DIR__ . '/log_syslog_child.inc';
file_put_contents($child, "<?php\ninclude '$lib';\ninclude '$lib';\necho getmypid(), \"\\n\";\n");

foreach (['json', 'text'] as $format) {
    echo "-- $format --\n";
    [$status, $out, $err] = esa_run(esa_child_command($child, [
        'extsockets_audit.log' => "syslog:$path", 'extsockets_audit.log_format' => $format]));
    $pid = (int) $out;
    echo "exit status $status$err\n";
    foreach ($receive() as $message) {
        if (!preg_match('/^<(\d+)>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d extsockets_audit\[(\d+)\]: (.*)$/s', $message, $m)) {
            echo "not a syslog message: ", json_encode($message), "\n";
            continue;
        }
        echo "priority $m[1], pid ", $m[3] == $pid ? 'ok' : 'wrong', "\n";
        if ($format === 'json') {
            esa_log_print([json_decode($m[4], true)], $pid);
        } else {
            echo str_replace(__DIR__, 'DIR', preg_replace('/^ts=\S+ pid=\d+ /', 'ts=TS pid=PID ', esa_log_mask_host($m[4]))), "\n";
        }
    }
}

echo "-- no daemon --\n";
socket_close($daemon);
unlink($path);
[$status, $out, $err] = esa_run(esa_child_command($child, ['extsockets_audit.log' => "syslog:$path"]));
echo "exit status $status\n", str_replace($path, 'SOCKET', $err);

echo "-- extsockets_audit.log=syslog --\n";
[$status, $out] = esa_run([...array_slice(esa_child_command('', ['extsockets_audit.log' => 'syslog']), 0, -1), '--ri', 'extsockets_audit']);
echo implode("\n", preg_grep('/^Audit log =>/', explode("\n", $out))), "\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_syslog_lib.inc');
@unlink(__DIR__ . '/log_syslog_child.inc');
?>
--EXPECT--
-- json --
exit status 0
priority 14, pid ok
log_syslog_lib.inc:2 {closure} function socket_close call
priority 14, pid ok
log_syslog_lib.inc:2 {closure} constant SOL_TCP fetch
-- text --
exit status 0
priority 14, pid ok
ts=TS pid=PID host=HOST sapi=cli file=DIR/log_syslog_lib.inc line=2 scope="{closure}" kind=function symbol=socket_close form=call impact=breaks script=DIR/log_syslog_child.inc
priority 14, pid ok
ts=TS pid=PID host=HOST sapi=cli file=DIR/log_syslog_lib.inc line=2 scope="{closure}" kind=constant symbol=SOL_TCP form=fetch impact=breaks script=DIR/log_syslog_child.inc
-- no daemon --
exit status 0
PHP Warning:  extsockets_audit: cannot connect to the audit log syslog SOCKET: No such file or directory; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
-- extsockets_audit.log=syslog --
Audit log => syslog /dev/log (json)
