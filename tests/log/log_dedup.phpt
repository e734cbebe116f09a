--TEST--
Audit log: a process logs each finding once between resets, whatever the compiles; extsockets_audit_reset() forgets what was logged too
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_dedup.jsonl
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_dedup.jsonl';
@unlink($log);
$inc = __DIR__ . '/log_dedup.inc';
file_put_contents($inc, "<?php\nreturn function (\$s) {\n    \\socket_close(\$s);\n    return AF_INET;\n};\n");
$other = __DIR__ . '/log_dedup_other.inc';
file_put_contents($other, "<?php\nreturn fn(\$s) => \\socket_bind(\$s, 'h');\n");
function listener() { return eval('return fn($s) => \socket_listen($s);'); }

echo "-- include in a loop, eval in a loop --\n";
for ($i = 0; $i < 5; $i++) {
    include $inc;
    listener();
}
esa_log_print(esa_log_records($log));

echo "-- after extsockets_audit_reset(): the array fills again, and the log writes them again --\n";
extsockets_audit_reset();
include $inc;
listener();
echo count(extsockets_audit_usage()), " findings in the array\n";
esa_log_print(array_slice(esa_log_records($log), 3));

echo "-- between resets, each once --\n";
include $other;
include $other;
include $inc;
listener();
esa_log_print(array_slice(esa_log_records($log), 6));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_dedup.jsonl');
@unlink(__DIR__ . '/log_dedup.inc');
@unlink(__DIR__ . '/log_dedup_other.inc');
?>
--EXPECT--
-- include in a loop, eval in a loop --
log_dedup.inc:3 {closure} function socket_close call
log_dedup.inc:4 {closure} constant AF_INET fetch
log_dedup.php(10) : eval()'d code:1 {closure} function socket_listen call
-- after extsockets_audit_reset(): the array fills again, and the log writes them again --
3 findings in the array
log_dedup.inc:3 {closure} function socket_close call
log_dedup.inc:4 {closure} constant AF_INET fetch
log_dedup.php(10) : eval()'d code:1 {closure} function socket_listen call
-- between resets, each once --
log_dedup_other.inc:2 {closure} function socket_bind call
