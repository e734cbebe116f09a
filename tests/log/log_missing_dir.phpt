--TEST--
Audit log in a missing directory: one warning, findings still recorded and held back, written once the directory exists
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_missing_dir.d/audit.jsonl
error_log={PWD}/log_missing_dir.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$dir = __DIR__ . '/log_missing_dir.d';
$log = "$dir/audit.jsonl";
$err = __DIR__ . '/log_missing_dir.err';
@unlink($log);
@rmdir($dir);
@unlink($err);
foreach (['a' => 'socket_close($s)', 'b' => 'socket_bind($s, "h")', 'c' => 'socket_listen($s)'] as $name => $call) {
    file_put_contents(__DIR__ . "/log_missing_dir_$name.inc", "<?php\nreturn fn(\$s) => $call;\n");
}

include __DIR__ . '/log_missing_dir_a.inc';
include __DIR__ . '/log_missing_dir_b.inc';
echo count(extsockets_audit_usage()), " findings recorded\n";
esa_log_info();
echo str_replace(__DIR__, 'DIR', esa_error_log($err));

echo "-- the directory appears --\n";
mkdir($dir);
include __DIR__ . '/log_missing_dir_c.inc';
esa_log_print(esa_log_records($log));
esa_log_info();
echo str_replace(__DIR__, 'DIR', esa_error_log($err));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_missing_dir.d/audit.jsonl');
@rmdir(__DIR__ . '/log_missing_dir.d');
@unlink(__DIR__ . '/log_missing_dir.err');
foreach (['a', 'b', 'c'] as $name) {
    @unlink(__DIR__ . "/log_missing_dir_$name.inc");
}
?>
--EXPECTF--
2 findings recorded
Audit log => %slog_missing_dir.d/audit.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: No such file or directory
Audit log path check => not writable: %slog_missing_dir.d: No such file or directory
Audit log records => 0 written, 2 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/log_missing_dir.d/audit.jsonl: No such file or directory; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
-- the directory appears --
log_missing_dir_a.inc:2 {closure} function socket_close call
log_missing_dir_b.inc:2 {closure} function socket_bind call
log_missing_dir_c.inc:2 {closure} function socket_listen call
Audit log => %slog_missing_dir.d/audit.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 3 written, 0 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/log_missing_dir.d/audit.jsonl: No such file or directory; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
