--TEST--
Audit log to a syslog daemon that does not keep up: never waited on (datagram queue full, stream not read), records held back and sent in order once it reads, each once and whole
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (!in_array('udg', stream_get_transports(), true)) die('skip no unix datagram sockets');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$dir = sys_get_temp_dir() . '/esa_syslog_stalled_' . getmypid();
@mkdir($dir);
$valgrind = getenv('USE_ZEND_ALLOC') === '0';
$big = "$dir/big.inc";
file_put_contents($big, "<?php\nif (false) {\n" . str_repeat("echo AF_INET;\n", 2500) . "}\n");
$info = <<<'PHP'
function info() {
    ob_start(); (new ReflectionExtension('extsockets_audit'))->info();
    preg_match('/Audit log records => (\d+) written, (\d+) held back, (\d+) dropped/', ob_get_clean(), $m);
    return array_map('intval', array_slice($m, 1));
}
PHP;
$messages = function (string $data): array {
    $records = [];
    foreach (explode("\0", $data) as $message) {
        if ($message === '') {
            continue;
        }
        $record = preg_match('/^<14>\w{3} [ \d]\d \d\d:\d\d:\d\d extsockets_audit\[\d+\]: (\{.*\})$/s', $message, $m)
            ? json_decode($m[1], true) : null;
        $records[] = is_array($record) ? basename($record['file']) . ':' . $record['line'] : 'broken: ' . substr($message, 0, 80);
    }
    return $records;
};

echo "-- a datagram socket nobody reads --\n";
$socket = "$dir/dgram.sock";
$daemon = stream_socket_server("udg://$socket", $errno, $error, STREAM_SERVER_BIND);
$child = "$dir/dgram.php";
file_put_contents($child, "<?php\n$info\n\$t = microtime(true);\ninclude '$big';\n"
    . "echo 'the include waited: ', var_export(microtime(true) - \$t > 5, true), \"\\n\";\n"
    . "[\$written, \$held, \$dropped] = info();\n"
    . "echo 'written: ', \$written > 0 ? 'some' : 'none', ', held back: ', \$held > 0 ? 'the rest' : 'none', "
    . "', all counted: ', var_export(\$written + \$held === 2500, true), \", dropped: \$dropped\\n\";\n"
    . "file_put_contents('$dir/written', \$written);\n");
[$status, $out, $err] = esa_run_bounded(esa_child_command($child, ['extsockets_audit.log' => "syslog:$socket"]), 20);
echo $status === null ? "the child hung: killed after 20 s\n" : "exit status $status\n";
echo str_replace($dir, 'DIR', $out . $err);
stream_set_blocking($daemon, false);
$received = [];
while (($data = stream_socket_recvfrom($daemon, 65536)) !== false && $data !== '') {
    $received[] = $data;
}
$lines = $messages(implode("\0", $received));
echo 'received what it counted as written: ', var_export(count($lines) === (int) @file_get_contents("$dir/written"), true),
    ', in order, whole: ', var_export($lines === array_map(fn($l) => "big.inc:$l", range(3, 2 + count($lines))), true), "\n";
fclose($daemon);

echo "-- a stream socket read late --\n";
$socket = "$dir/stream.sock";
$daemon = stream_socket_server("unix://$socket", $errno, $error);
$child = "$dir/stream.php";
/* After the big compile, a new finding every 20 ms (each one a write) until nothing is held back. */
$code = <<<'PHP'
$t = microtime(true);
include BIG;
echo 'the include waited: ', var_export(microtime(true) - $t > WAIT, true), "\n";
for ($i = 0; ($held = info()[1]) > 0 && $i < 1000; $i++) {
    usleep(20000);
    file_put_contents(DIR . "/tick$i.inc", "<?php\n\n\n\n\nif (false) { echo AF_UNIX; }\n");
    include DIR . "/tick$i.inc";
}
[$written, $held, $dropped] = info();
file_put_contents(DIR . '/ticks', $i);
echo 'held back at the end: ', $held, ', dropped: ', $dropped, ', records: ', $written === 2500 + $i ? '2500 + one a tick' : $written, "\n";
PHP;
file_put_contents($child, "<?php\n$info\n" . strtr($code, ['BIG' => var_export($big, true), 'DIR' => var_export($dir, true),
    'WAIT' => $valgrind ? 10 : 2]));
$process = proc_open(esa_child_command($child, ['extsockets_audit.log' => "syslog:$socket"]),
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
/* The daemon accepts and reads only once the child had time to fill the socket. */
sleep($valgrind ? 12 : 3);
$connection = stream_socket_accept($daemon, 5);
$data = stream_get_contents($connection);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
echo 'exit status ', proc_close($process), "\n", str_replace($dir, 'DIR', $out);
$lines = $messages($data);
$ticks = preg_grep('/^tick\d+\.inc:6$/', $lines);
$each = count($ticks) === (int) file_get_contents("$dir/ticks") && count(array_unique($ticks)) === count($ticks);
echo 'received: ', count($lines) - count($ticks) === 2500 ? '2500' : count($lines), ' + ', $each ? 'each tick once' : count($ticks) . ' ticks',
    ', in order, whole, once: ', var_export(array_slice($lines, 0, 2500) === array_map(fn($l) => "big.inc:$l", range(3, 2502)), true), "\n";
echo substr_count($data, "\0") === count($lines) ? "every message ends with NUL\n" : "a message without its NUL\n";
fclose($daemon);

foreach (glob("$dir/*") as $f) {
    unlink($f);
}
rmdir($dir);
?>
--EXPECT--
-- a datagram socket nobody reads --
exit status 0
the include waited: false
written: some, held back: the rest, all counted: true, dropped: 0
PHP Warning:  extsockets_audit: cannot send to the audit log syslog DIR/dgram.sock: Resource temporarily unavailable; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
received what it counted as written: true, in order, whole: true
-- a stream socket read late --
exit status 0
the include waited: false
held back at the end: 0, dropped: 0, records: 2500 + one a tick
PHP Warning:  extsockets_audit: cannot send to the audit log syslog DIR/stream.sock: Resource temporarily unavailable; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
received: 2500 + each tick once, in order, whole, once: true
every message ends with NUL
