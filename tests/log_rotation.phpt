--TEST--
Audit log rotation: by rename, by removal and by copytruncate; each record lands in the file the path names, whole
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
foreach (['a' => 'socket_close', 'b' => 'socket_bind', 'c' => 'socket_listen', 'd' => 'socket_accept'] as $name => $f) {
    file_put_contents(__DIR__ . "/log_rotation_$name.inc", "<?php\nreturn fn(\$s) => \\$f(\$s);\n");
}
$show = function (string $path) {
    echo basename($path), ":\n";
    esa_log_print(esa_log_records($path));
};

include __DIR__ . '/log_rotation_a.inc';
echo "-- rename --\n";
rename($log, "$log.1");
include __DIR__ . '/log_rotation_b.inc';
$show("$log.1");
$show($log);

echo "-- removal --\n";
unlink($log);
include __DIR__ . '/log_rotation_c.inc';
$show($log);

echo "-- copytruncate --\n";
copy($log, "$log.2");
$inode = fileinode($log);
file_put_contents($log, '');
include __DIR__ . '/log_rotation_d.inc';
$show("$log.2");
$show($log);
clearstatcache();
var_dump(fileinode($log) === $inode, file_get_contents($log)[0]);
esa_log_info();
?>
--CLEAN--
<?php
foreach (['', '.1', '.2'] as $suffix) {
    @unlink(__DIR__ . "/log_rotation.jsonl$suffix");
}
foreach (['a', 'b', 'c', 'd'] as $name) {
    @unlink(__DIR__ . "/log_rotation_$name.inc");
}
?>
--EXPECTF--
-- rename --
log_rotation.jsonl.1:
log_rotation_a.inc:2 {closure} function socket_close call
log_rotation.jsonl:
log_rotation_b.inc:2 {closure} function socket_bind call
-- removal --
log_rotation.jsonl:
log_rotation_c.inc:2 {closure} function socket_listen call
-- copytruncate --
log_rotation.jsonl.2:
log_rotation_c.inc:2 {closure} function socket_listen call
log_rotation.jsonl:
log_rotation_d.inc:2 {closure} function socket_accept call
bool(true)
string(1) "{"
Audit log => %slog_rotation.jsonl (json)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 4 written, 0 held back, 0 dropped
