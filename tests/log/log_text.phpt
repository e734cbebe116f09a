--TEST--
Audit log, text format: one key=value line per finding, values that need it quoted as JSON strings
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_text.log
extsockets_audit.log_format=text
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_text.log';
@unlink($log);
$inc = __DIR__ . '/log_text.inc';
file_put_contents($inc, <<<'PHP'
<?php
namespace App;
return fn($s) => socket_close($s);
PHP);

include $inc;
eval('if (false) { echo \AF_INET; }');
foreach (file($log) as $line) {
    $line = esa_log_mask_host($line);
    $line = preg_replace('/^ts=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z pid=' . getmypid() . ' /', 'ts=TS pid=PID ', $line);
    echo str_replace(__DIR__, 'DIR', $line);
}
var_dump(ini_get('extsockets_audit.log_format'));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_text.log');
@unlink(__DIR__ . '/log_text.inc');
?>
--EXPECT--
ts=TS pid=PID host=HOST sapi=cli file=DIR/log_text.inc line=3 scope="{closure}" kind=function symbol=socket_close form=ns-fallback impact=breaks script=DIR/log_text.php
ts=TS pid=PID host=HOST sapi=cli file="DIR/log_text.php(14) : eval()'d code" line=1 scope="{main}" kind=constant symbol=AF_INET form=fetch impact=breaks script=DIR/log_text.php
string(4) "text"
