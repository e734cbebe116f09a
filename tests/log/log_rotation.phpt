--TEST--
Audit log rotation: by rename and create, by removal, by copytruncate; the path checked once a second, each record once and whole, in the file the path named or the renamed one
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_rotation.jsonl
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_rotation.jsonl';
foreach (['', '.1', '.2'] as $suffix) {
    @unlink($log . $suffix);
}
$functions = ['a' => 'socket_close', 'b' => 'socket_bind', 'c' => 'socket_listen', 'd' => 'socket_accept',
    'e' => 'socket_read', 'f' => 'socket_write'];
foreach ($functions as $name => $f) {
    file_put_contents(__DIR__ . "/log_rotation_$name.inc", "<?php\nreturn fn(\$s) => \\$f(\$s);\n");
}
$show = function (string $path) {
    echo basename($path), ":\n";
    esa_log_print(esa_log_records($path));
};
/* Past the once-a-second check of the path. */
$later = fn() => usleep(1100000);

include __DIR__ . '/log_rotation_a.inc';
echo "-- rename, and a new file created as logrotate's create does --\n";
rename($log, "$log.1");
touch($log);
include __DIR__ . '/log_rotation_b.inc';
$later();
include __DIR__ . '/log_rotation_c.inc';
$show("$log.1");
$show($log);

echo "-- removal --\n";
unlink($log);
$later();
include __DIR__ . '/log_rotation_d.inc';
$show($log);

echo "-- copytruncate --\n";
copy($log, "$log.2");
$inode = fileinode($log);
$fh = fopen($log, 'r+');
ftruncate($fh, 0);
fclose($fh);
include __DIR__ . '/log_rotation_e.inc';
$later();
include __DIR__ . '/log_rotation_f.inc';
$show("$log.2");
$show($log);
clearstatcache();
$data = file_get_contents($log);
var_dump(fileinode($log) === $inode, $data[0], strpos($data, "\0"));
esa_log_info();
?>
--CLEAN--
<?php
foreach (['', '.1', '.2'] as $suffix) {
    @unlink(__DIR__ . "/log_rotation.jsonl$suffix");
}
foreach (['a', 'b', 'c', 'd', 'e', 'f'] as $name) {
    @unlink(__DIR__ . "/log_rotation_$name.inc");
}
?>
--EXPECTF--
-- rename, and a new file created as logrotate's create does --
log_rotation.jsonl.1:
log_rotation_a.inc:2 {closure} function socket_close call
log_rotation_b.inc:2 {closure} function socket_bind call
log_rotation.jsonl:
log_rotation_c.inc:2 {closure} function socket_listen call
-- removal --
log_rotation.jsonl:
log_rotation_d.inc:2 {closure} function socket_accept call
-- copytruncate --
log_rotation.jsonl.2:
log_rotation_d.inc:2 {closure} function socket_accept call
log_rotation.jsonl:
log_rotation_e.inc:2 {closure} function socket_read call
log_rotation_f.inc:2 {closure} function socket_write call
bool(true)
string(1) "{"
bool(false)
Audit log => %slog_rotation.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 6 written, 0 held back, 0 dropped
