--TEST--
Audit log path that cannot be a file (a directory, under a regular file): one warning on PHP's error log or stderr, PHP keeps running
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}
error_log={PWD}/log_unwritable.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$err = __DIR__ . '/log_unwritable.err';
@unlink($err);
$inc = __DIR__ . '/log_unwritable.inc';
file_put_contents($inc, "<?php\nreturn fn(\$s) => socket_close(\$s);\n");
include $inc;
eval('return fn($s) => socket_bind($s, "h");');
echo count(extsockets_audit_usage()), " findings recorded\n";
esa_log_info();
echo str_replace(__DIR__, 'DIR', esa_error_log($err));

echo "-- a CLI process, without error_log: the warning goes to stderr --\n";
$child = __DIR__ . '/log_unwritable_child.inc';
file_put_contents($child, "<?php\ninclude '$inc';\ninclude '$inc';\neval('if (false) { echo AF_INET; }');\necho count(extsockets_audit_usage()), \" findings recorded\\n\";\n");
[$status, $out, $stderr] = esa_run(esa_child_command($child, ['extsockets_audit.log' => "$inc/audit.jsonl"]));
echo "exit status $status\n", $out, str_replace(__DIR__, 'DIR', $stderr);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_unwritable.err');
@unlink(__DIR__ . '/log_unwritable.inc');
@unlink(__DIR__ . '/log_unwritable_child.inc');
?>
--EXPECTF--
2 findings recorded
Audit log => %stests/log (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: Is a directory
Audit log path check => not writable: Is a directory
Audit log records => 0 written, 2 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR: Is a directory; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
-- a CLI process, without error_log: the warning goes to stderr --
exit status 0
2 findings recorded
PHP Warning:  extsockets_audit: cannot open the audit log DIR/log_unwritable.inc/audit.jsonl: Not a directory; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
