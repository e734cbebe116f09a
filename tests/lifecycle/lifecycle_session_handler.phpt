--TEST--
Lifecycle: a session save handler that calls socket functions (directly, in eval'd code, in an included file) after extsockets_audit's request shutdown is counted and logged with its request
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
$log = __DIR__ . '/lifecycle_session_handler.jsonl';
$script = __DIR__ . '/lifecycle_session_handler.inc';
@unlink($log);
file_put_contents($script, "<?php\nrequire __DIR__ . '/lifecycle_session.inc';\necho \"script end\\n\";\n");
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
putenv('ESA_SESSION_PRINT=1');
/* calls_log_interval=0: counts are logged at the end of each request, with its script. */
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log, 'extsockets_audit.calls_log_interval' => 0]));
echo "exit $status\n$out$err";
foreach (esa_log_records($log) as $r) {
    if (isset($r['calls'])) {
        echo 'log: ', basename($r['file']), ":$r[line] $r[scope] $r[symbol] calls=$r[calls]", $r['script'] === $script ? '' : ' BAD script', "\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/lifecycle_session_handler.jsonl');
@unlink(__DIR__ . '/lifecycle_session_handler.inc');
?>
--EXPECT--
exit 0
script end
close: lifecycle_session.inc:11 socket_create calls=1
close: lifecycle_session.inc:12 socket_close calls=1
close: lifecycle_session.inc:19 socket_strerror calls=1
close: lifecycle_session.inc:39 socket_strerror calls=1
close: lifecycle_session.inc(13) : eval()'d code:1 socket_strerror calls=1
close: lifecycle_session.inc(13) : eval()'d code:2 socket_strerror calls=1
close: lifecycle_session_write.inc:2 socket_clear_error calls=1
log: lifecycle_session.inc:39 {main} socket_strerror calls=1
log: lifecycle_session.inc:11 SocketSessionHandler::write socket_create calls=1
log: lifecycle_session.inc:12 SocketSessionHandler::write socket_close calls=1
log: lifecycle_session.inc(13) : eval()'d code:1 {main} socket_strerror calls=1
log: lifecycle_session.inc(13) : eval()'d code:2 {main} socket_strerror calls=1
log: lifecycle_session_write.inc:2 {main} socket_clear_error calls=1
log: lifecycle_session.inc:19 SocketSessionHandler::close socket_strerror calls=1
