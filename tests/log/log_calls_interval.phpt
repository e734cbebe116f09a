--TEST--
Audit log, call records: counts per process logged at most once per extsockets_audit.calls_log_interval and when the process ends (one record per site with "calls" since the last one and "since", no request fields), or at the end of every request with its uri or script when the interval is 0; invalid values refused
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (!file_exists(ini_get('extension_dir') . '/sockets.so') && !extension_loaded('sockets')) die('skip ext/sockets is not available');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';
$dir = __DIR__ . '/log_calls_interval.d';
@mkdir($dir);
file_put_contents("$dir/index.php", "<?php\nfor (\$i = 0; \$i < 3; \$i++) { socket_strerror(\$i); }\nsocket_clear_error();\necho 'ok';\n");
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];

function show(string $log): void
{
    foreach (esa_log_records($log) as $r) {
        if (!isset($r['calls'])) {
            continue;
        }
        echo '  ', basename($r['file']), ":$r[line] $r[symbol] calls=$r[calls]",
            isset($r['since']) ? (preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/', $r['since']) ? ' since=<time>' : " since=BAD $r[since]") : '',
            isset($r['uri']) ? " uri=$r[uri]" : '', isset($r['script']) ? ' script=' . basename($r['script']) : '', "\n";
    }
    @unlink($log);
}

foreach (['60 (the default)' => [], '0' => ['extsockets_audit.calls_log_interval' => 0]] as $label => $extra) {
    echo "-- CLI, interval $label\n";
    [$status, $out, $err] = esa_run(esa_child_command("$dir/index.php", $ini + $extra + ['extsockets_audit.log' => "$dir/a.log"]));
    echo "  exit $status $out$err\n";
    show("$dir/a.log");
}

foreach (['3600' => 3600, '0' => 0] as $label => $interval) {
    echo "-- built-in server, 4 requests, interval $label, then stopped (SIGINT)\n";
    $socket = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
    fclose($socket);
    $command = esa_child_command('', $ini + ['extsockets_audit.log' => "$dir/a.log", 'extsockets_audit.calls_log_interval' => $interval]);
    array_splice($command, -1, 1, ['-S', "127.0.0.1:$port", '-t', $dir]);
    $server = proc_open($command, [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    for ($i = 0; $i < 300 && !@stream_socket_client("tcp://127.0.0.1:$port"); $i++) {
        usleep(100000);
    }
    for ($n = 1; $n <= 4; $n++) {
        echo '  ', @file_get_contents("http://127.0.0.1:$port/index.php?n=$n") ?: 'failed', "\n";
    }
    proc_terminate($server, 2);
    proc_close($server);
    show("$dir/a.log");
}

echo "-- invalid values\n";
foreach (['-1', 'abc', '86401'] as $bad) {
    $command = esa_child_command('', ['extsockets_audit.calls_log_interval' => $bad, 'display_startup_errors' => 1, 'log_errors' => 0]);
    array_splice($command, -1, 1, ['-r', 'echo ini_get("extsockets_audit.calls_log_interval"), "\n";']);
    [$status, $out, $err] = esa_run($command);
    echo '  ', trim(preg_replace('/\s+/', ' ', $out . $err)), "\n";
}
?>
--CLEAN--
<?php
$dir = __DIR__ . '/log_calls_interval.d';
@unlink("$dir/a.log");
@unlink("$dir/index.php");
@rmdir($dir);
?>
--EXPECT--
-- CLI, interval 60 (the default)
  exit 0 ok
  index.php:2 socket_strerror calls=3 since=<time>
  index.php:3 socket_clear_error calls=1 since=<time>
-- CLI, interval 0
  exit 0 ok
  index.php:2 socket_strerror calls=3 script=index.php
  index.php:3 socket_clear_error calls=1 script=index.php
-- built-in server, 4 requests, interval 3600, then stopped (SIGINT)
  ok
  ok
  ok
  ok
  index.php:2 socket_strerror calls=12 since=<time>
  index.php:3 socket_clear_error calls=4 since=<time>
-- built-in server, 4 requests, interval 0, then stopped (SIGINT)
  ok
  ok
  ok
  ok
  index.php:2 socket_strerror calls=3 uri=/index.php
  index.php:3 socket_clear_error calls=1 uri=/index.php
  index.php:2 socket_strerror calls=3 uri=/index.php
  index.php:3 socket_clear_error calls=1 uri=/index.php
  index.php:2 socket_strerror calls=3 uri=/index.php
  index.php:3 socket_clear_error calls=1 uri=/index.php
  index.php:2 socket_strerror calls=3 uri=/index.php
  index.php:3 socket_clear_error calls=1 uri=/index.php
-- invalid values
  Warning: extsockets_audit.calls_log_interval must be a whole number of seconds from 0 to 86400, not "-1"; ignored in Unknown on line 0 60
  Warning: extsockets_audit.calls_log_interval must be a whole number of seconds from 0 to 86400, not "abc"; ignored in Unknown on line 0 60
  Warning: extsockets_audit.calls_log_interval must be a whole number of seconds from 0 to 86400, not "86401"; ignored in Unknown on line 0 60
