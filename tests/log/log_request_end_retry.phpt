--TEST--
Audit log, built-in server: records held back while the log failed are written at the end of a later request, even one without findings; uri without query string
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

$dir = __DIR__ . '/log_request_end_retry.d';
$logDir = "$dir/log";
$log = "$logDir/audit.jsonl";
@unlink($log);
@rmdir($logDir);
@mkdir($dir);
file_put_contents("$dir/a.php", "<?php\nif (false) { socket_close(\$s); }\necho 'a';\n");
file_put_contents("$dir/b.php", "<?php\necho 'b';\n");

$socket = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
fclose($socket);
$command = esa_child_command('', ['extsockets_audit.log' => $log]);
array_splice($command, -1, 1, ['-S', "127.0.0.1:$port", '-t', $dir]);
$server = proc_open($command, [1 => ['file', "$dir/server.out", 'w'], 2 => ['file', "$dir/server.out", 'w']], $pipes);
for ($i = 0; $i < 300 && !($c = @stream_socket_client("tcp://127.0.0.1:$port")); $i++) {
    usleep(100000);
}
$get = fn($path) => file_get_contents("http://127.0.0.1:$port$path");

echo $get('/a.php?token=secret'), "\n";
clearstatcache();
var_dump(file_exists($log));
mkdir($logDir);
echo $get('/b.php'), "\n";
foreach (esa_log_records($log) as $r) {
    echo basename($r['file']), ':', $r['line'], ' ', $r['symbol'], ' ', $r['sapi'], ' uri=', $r['uri'], "\n";
}
proc_terminate($server, 2);
proc_close($server);
echo substr_count(file_get_contents("$dir/server.out"), 'PHP Warning:  extsockets_audit: cannot open the audit log'), " warning\n";
?>
--CLEAN--
<?php
$dir = __DIR__ . '/log_request_end_retry.d';
@unlink("$dir/log/audit.jsonl");
@rmdir("$dir/log");
foreach (['a.php', 'b.php', 'server.out'] as $f) {
    @unlink("$dir/$f");
}
@rmdir($dir);
?>
--EXPECT--
a
bool(false)
b
a.php:2 socket_close cli-server uri=/a.php
1 warning
