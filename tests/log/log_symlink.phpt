--TEST--
Audit log path that is a symbolic link: never written through (nor a dangling one created), one warning, resumes once the link is gone
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_symlink.jsonl
error_log={PWD}/log_symlink.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_symlink.jsonl';
$target = __DIR__ . '/log_symlink.target';
$dangling = __DIR__ . '/log_symlink.created';
$err = __DIR__ . '/log_symlink.err';
foreach ([$log, $target, $dangling, $err] as $f) {
    @unlink($f);
}
foreach (['a' => 'socket_close($s)', 'b' => 'socket_bind($s, "h")', 'c' => 'socket_listen($s)'] as $name => $call) {
    file_put_contents(__DIR__ . "/log_symlink_$name.inc", "<?php\nreturn fn(\$s) => $call;\n");
}

echo "-- a link to an existing file --\n";
file_put_contents($target, "precious\n");
symlink($target, $log);
include __DIR__ . '/log_symlink_a.inc';
var_dump(file_get_contents($target));
esa_log_info();

echo "-- a dangling link --\n";
unlink($log);
symlink($dangling, $log);
include __DIR__ . '/log_symlink_b.inc';
var_dump(file_exists($dangling));

echo "-- the link removed --\n";
unlink($log);
include __DIR__ . '/log_symlink_c.inc';
esa_log_print(esa_log_records($log));
var_dump(file_get_contents($target), file_exists($dangling), is_link($log));
esa_log_info();
echo str_replace(__DIR__, 'DIR', esa_error_log($err));
?>
--CLEAN--
<?php
foreach (['jsonl', 'target', 'created', 'err'] as $ext) {
    @unlink(__DIR__ . "/log_symlink.$ext");
}
foreach (['a', 'b', 'c'] as $name) {
    @unlink(__DIR__ . "/log_symlink_$name.inc");
}
?>
--EXPECTF--
-- a link to an existing file --
string(9) "precious
"
Audit log => %slog_symlink.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: the path is a symbolic link, which the audit log does not follow
Audit log path check => not writable: the path is a symbolic link, which the audit log does not follow
Audit log records => 0 written, 1 held back, 0 dropped
-- a dangling link --
bool(false)
-- the link removed --
log_symlink_a.inc:2 {closure} function socket_close call
log_symlink_b.inc:2 {closure} function socket_bind call
log_symlink_c.inc:2 {closure} function socket_listen call
string(9) "precious
"
bool(false)
bool(false)
Audit log => %slog_symlink.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 3 written, 0 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/log_symlink.jsonl: the path is a symbolic link, which the audit log does not follow; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
