--TEST--
Lifecycle, built-in server: requests whose session save handler calls socket functions after extsockets_audit's request shutdown, one after another in one process: no crash, each request's calls logged with it
--SKIPIF--
<?php
if (!extension_loaded('session')) die('skip ext/session is not loaded');
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/log/log.inc';

$dir = __DIR__ . '/lifecycle_session_server.d';
$log = "$dir/audit.jsonl";
@mkdir($dir);
@unlink($log);
copy(__DIR__ . '/lifecycle_session.inc', "$dir/lifecycle_session.inc");
copy(__DIR__ . '/lifecycle_session_write.inc', "$dir/lifecycle_session_write.inc");
file_put_contents("$dir/index.php", "<?php\nrequire __DIR__ . '/lifecycle_session.inc';\necho 'request ', \$_GET['n'];\n");

$socket = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
fclose($socket);
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
$command = esa_child_command('', $ini + ['extsockets_audit.log' => $log]);
array_splice($command, -1, 1, ['-S', "127.0.0.1:$port", '-t', $dir]);
$server = proc_open($command, [1 => ['file', "$dir/server.out", 'w'], 2 => ['file', "$dir/server.out", 'w']], $pipes);
for ($i = 0; $i < 300 && !($c = @stream_socket_client("tcp://127.0.0.1:$port")); $i++) {
    usleep(100000);
}
for ($n = 1; $n <= 3; $n++) {
    echo @file_get_contents("http://127.0.0.1:$port/index.php?n=$n") ?: "request $n failed", "\n";
}
$running = proc_get_status($server)['running'];
proc_terminate($server, 2);
proc_close($server);
$calls = [];
foreach (esa_log_records($log) as $r) {
    if (isset($r['calls'])) {
        $site = basename($r['file']) . ":$r[line] $r[symbol]";
        $calls[$site] = ($calls[$site] ?? 0) + $r['calls'];
    }
}
ksort($calls);
foreach ($calls as $site => $n) {
    echo "$site calls=$n\n";
}
$out = file_get_contents("$dir/server.out");
echo $running ? "server running\n" : "server died\n";
echo preg_match('/Segmentation|heap corrupted|Fatal|Warning/i', $out) ? "server:\n$out" : "server output ok\n";
?>
--CLEAN--
<?php
$dir = __DIR__ . '/lifecycle_session_server.d';
foreach (['audit.jsonl', 'index.php', 'lifecycle_session.inc', 'lifecycle_session_write.inc', 'server.out'] as $f) {
    @unlink("$dir/$f");
}
@rmdir($dir);
?>
--EXPECT--
request 1
request 2
request 3
lifecycle_session.inc(13) : eval()'d code:1 socket_strerror calls=3
lifecycle_session.inc(13) : eval()'d code:2 socket_strerror calls=3
lifecycle_session.inc:11 socket_create calls=3
lifecycle_session.inc:12 socket_close calls=3
lifecycle_session.inc:19 socket_strerror calls=3
lifecycle_session.inc:39 socket_strerror calls=3
lifecycle_session_write.inc:2 socket_clear_error calls=3
server running
server output ok
