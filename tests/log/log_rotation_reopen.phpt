--TEST--
Audit log rotated to a path this process cannot open: records go on into the renamed file (none held back or lost), one warning from the second failed check on, the new file taken once it can be opened
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_rotation_reopen.jsonl
error_log={PWD}/log_rotation_reopen.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_rotation_reopen.jsonl';
$target = __DIR__ . '/log_rotation_reopen.target';
$err = __DIR__ . '/log_rotation_reopen.err';
foreach ([$log, "$log.1", $target, $err] as $f) {
    @unlink($f);
}
$functions = ['a' => 'socket_close', 'b' => 'socket_bind', 'c' => 'socket_listen', 'd' => 'socket_accept', 'e' => 'socket_read'];
foreach ($functions as $name => $f) {
    file_put_contents(__DIR__ . "/log_rotation_reopen_$name.inc", "<?php\nreturn fn(\$s) => \\$f(\$s);\n");
}
$later = fn() => usleep(1100000);

include __DIR__ . '/log_rotation_reopen_a.inc';
echo "-- renamed; at the path, something this process cannot open (a symbolic link, even as root) --\n";
rename($log, "$log.1");
file_put_contents($target, '');
symlink($target, $log);
$later();
include __DIR__ . '/log_rotation_reopen_b.inc';
echo "first failed check: ", esa_error_log($err);
$later();
include __DIR__ . '/log_rotation_reopen_c.inc';
esa_log_info();

echo "-- the path can be opened again --\n";
unlink($log);
$later();
include __DIR__ . '/log_rotation_reopen_d.inc';
include __DIR__ . '/log_rotation_reopen_e.inc';
foreach (["$log.1", $log] as $path) {
    echo basename($path), ":\n";
    esa_log_print(esa_log_records($path));
}
var_dump(file_get_contents($target));
esa_log_info();
echo str_replace(__DIR__, 'DIR', esa_error_log($err));
?>
--CLEAN--
<?php
foreach (['jsonl', 'jsonl.1', 'target', 'err'] as $ext) {
    @unlink(__DIR__ . "/log_rotation_reopen.$ext");
}
foreach (['a', 'b', 'c', 'd', 'e'] as $name) {
    @unlink(__DIR__ . "/log_rotation_reopen_$name.inc");
}
?>
--EXPECTF--
-- renamed; at the path, something this process cannot open (a symbolic link, even as root) --
first failed check: (empty error log)
Audit log => %slog_rotation_reopen.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS, into the file the path named before it was rotated (cannot open the new one: the path is a symbolic link, which the audit log does not follow)
Audit log path check => not writable: the path is a symbolic link, which the audit log does not follow
Audit log records => 3 written, 0 held back, 0 dropped
-- the path can be opened again --
log_rotation_reopen.jsonl.1:
log_rotation_reopen_a.inc:2 {closure} function socket_close call
log_rotation_reopen_b.inc:2 {closure} function socket_bind call
log_rotation_reopen_c.inc:2 {closure} function socket_listen call
log_rotation_reopen.jsonl:
log_rotation_reopen_d.inc:2 {closure} function socket_accept call
log_rotation_reopen_e.inc:2 {closure} function socket_read call
string(0) ""
Audit log => %slog_rotation_reopen.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 5 written, 0 held back, 0 dropped
PHP Warning:  extsockets_audit: the audit log DIR/log_rotation_reopen.jsonl was rotated, and this process cannot open the new file: the path is a symbolic link, which the audit log does not follow; records go on into the file the path named before, and the path is tried again every second (this process reports no further failures; see php --ri extsockets_audit)
