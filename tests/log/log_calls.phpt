--TEST--
Audit log: one record per call site that ran, with its count, written at request end (and before a reset); no record per call
--EXTENSIONS--
sockets
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';
$log = __DIR__ . '/log_calls.jsonl';
$script = __DIR__ . '/log_calls.inc';
@unlink($log);
file_put_contents($script, <<<'PHP'
<?php
function describe(int $n) { return socket_strerror($n); }
for ($i = 0; $i < 25; $i++) {
    describe($i);
}
$name = 'socket_' . str_repeat('clear_error', 1);
$name();
$name();
extsockets_audit_reset();
describe(1);
if (false) {
    socket_close($s);
}
PHP);
/* ext/sockets as a module beside ours, unless this PHP has it built in. */
$ini = file_exists(ini_get('extension_dir') . '/sockets.so') ? ['extension' => 'sockets.so'] : [];
[$status, $out, $err] = esa_run(esa_child_command($script, $ini + ['extsockets_audit.log' => $log]));
echo "exit $status$out$err\n";
foreach (esa_log_records($log) as $r) {
    echo basename($r['file']), ":$r[line] $r[scope] $r[symbol] $r[form]", isset($r['calls']) ? " calls=$r[calls]" : '', "\n";
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_calls.jsonl');
@unlink(__DIR__ . '/log_calls.inc');
?>
--EXPECT--
exit 0
log_calls.inc:2 describe socket_strerror call
log_calls.inc:12 {main} socket_close call
log_calls.inc:7 {main} socket_clear_error dynamic
log_calls.inc:8 {main} socket_clear_error dynamic
log_calls.inc:2 describe socket_strerror call calls=25
log_calls.inc:7 {main} socket_clear_error dynamic calls=1
log_calls.inc:8 {main} socket_clear_error dynamic calls=1
log_calls.inc:2 describe socket_strerror dynamic
log_calls.inc:2 describe socket_strerror dynamic calls=1
