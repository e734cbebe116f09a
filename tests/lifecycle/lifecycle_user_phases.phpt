--TEST--
Lifecycle: socket calls from every phase of user code at request end (shutdown functions, a session written by one, destructors, output handlers, a user stream closed by the engine) are counted and logged with their request
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (!extension_loaded('session')) die('skip ext/session is not built into this PHP (a session is written by a shutdown function)');
?>
--INI--
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/log/log.inc';
$log = __DIR__ . '/lifecycle_user_phases.jsonl';
$script = __DIR__ . '/lifecycle_user_phases.inc';
@unlink($log);
file_put_contents($script, <<<'PHP'
<?php
class Phases
{
    public function __destruct() { socket_strerror(2); echo "destructor\n"; }
}
class SocketStream
{
    public $context;
    public function stream_open($path, $mode, $options, &$opened) { return true; }
    public function stream_write($data) { return strlen($data); }
    public function stream_close() { socket_strerror(4); }
}
register_shutdown_function(function () {
    socket_strerror(1);
    echo "shutdown function\n";
    register_shutdown_function(function () { socket_clear_error(); });
});
$phases = new Phases();
ob_start(function ($buffer, $phase) {
    socket_last_error();
    return $buffer;
});
stream_wrapper_register('esa', 'SocketStream');
$GLOBALS['stream'] = fopen('esa://left-open', 'w');
if (extension_loaded('session')) {
    /* Written by the shutdown function session_set_save_handler() registers. */
    $esa_session_in_shutdown_function = true;
    require __DIR__ . '/lifecycle_session.inc';
} else {
    echo "(no session)\n";
}
echo "script end\n";
PHP);
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log]));
echo "exit $status\n$out$err";
foreach (esa_log_records($log) as $r) {
    if (isset($r['calls'])) {
        echo 'log: ', basename($r['file']), ":$r[line] $r[scope] $r[symbol] calls=$r[calls]\n";
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/lifecycle_user_phases.jsonl');
@unlink(__DIR__ . '/lifecycle_user_phases.inc');
?>
--EXPECT--
exit 0
script end
shutdown function
destructor
log: lifecycle_session.inc:39 {main} socket_strerror calls=1
log: lifecycle_user_phases.inc:14 {closure} socket_strerror calls=1
log: lifecycle_user_phases.inc:16 {closure} socket_clear_error calls=1
log: lifecycle_session.inc:11 SocketSessionHandler::write socket_create calls=1
log: lifecycle_session.inc:12 SocketSessionHandler::write socket_close calls=1
log: lifecycle_session.inc(13) : eval()'d code:1 {main} socket_strerror calls=1
log: lifecycle_session.inc(13) : eval()'d code:2 {main} socket_strerror calls=1
log: lifecycle_session_write.inc:2 {main} socket_clear_error calls=1
log: lifecycle_session.inc:19 SocketSessionHandler::close socket_strerror calls=1
log: lifecycle_user_phases.inc:4 Phases::__destruct socket_strerror calls=1
log: lifecycle_user_phases.inc:20 {closure} socket_last_error calls=1
log: lifecycle_user_phases.inc:11 SocketStream::stream_close socket_strerror calls=1
