--TEST--
Audit log, text: hostile file names and scopes (C0, DEL, C1, line separators, bidi controls) stay on one line, escaped, and read back exactly
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_hostile_text.log
extsockets_audit.log_format=text
--FILE--
<?php
require __DIR__ . '/log.inc';
require __DIR__ . '/log_hostile.inc';

/* key=value pairs; a quoted value is a JSON string. */
function parse_text_line(string $line): ?array
{
    $record = [];
    $offset = 0;
    while (preg_match('/\G([a-z_0-9]+)=("(?:[^"\\\\]|\\\\.)*"|[^ "]+)(?: |$)/', $line, $m, 0, $offset)) {
        $value = $m[2][0] === '"' ? json_decode($m[2]) : $m[2];
        if ($value === null) {
            return null;
        }
        $record[$m[1]] = preg_match("/^[0-9]+$/", $value) ? (int) $value : $value;
        $offset += strlen($m[0]);
    }
    return $offset === strlen($line) ? $record : null;
}

$log = __DIR__ . '/log_hostile_text.log';
@unlink($log);
$dir = __DIR__ . '/log_hostile_text.d';
esa_hostile_cleanup($dir);
mkdir($dir);
$files = esa_hostile_files($dir);
foreach ($files as $file) {
    include $file;
}
$lines = file($log, FILE_IGNORE_NEW_LINES);
echo count($lines), " lines for ", count(extsockets_audit_usage()), " findings\n";
$records = [];
foreach ($lines as $i => $line) {
    if (preg_match('/[\x00-\x1f]/', $line)) {
        echo "line $i holds a control byte\n";
    }
    $record = parse_text_line($line);
    if ($record === null) {
        echo "line $i does not parse: ", json_encode($line, JSON_INVALID_UTF8_SUBSTITUTE), "\n";
        continue;
    }
    $records[] = $record;
}
esa_hostile_check($records, $files);
esa_hostile_raw_check(file_get_contents($log));
foreach ($records as $r) {
    if ($problems = esa_log_check_common($r)) {
        echo implode(',', $problems), " wrong\n";
    }
}
echo "-- as written --\n";
foreach ([0, 5, 7] as $i) {
    echo str_replace(__DIR__, 'DIR', preg_replace('/^ts=\S+ pid=\d+ /', '', esa_log_mask_host($lines[$i]))), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/log_hostile.inc';
@unlink(__DIR__ . '/log_hostile_text.log');
esa_hostile_cleanup(__DIR__ . '/log_hostile_text.d');
?>
--EXPECTF--
14 lines for 14 findings
newline: exact file name, no file_b64; file "a\nb.inc"; scope "{main}"
carriage return: exact file name, no file_b64; file "a\rb.inc"; scope "{main}"
quote: exact file name, no file_b64; file "q\"uote.inc"; scope "{main}"
backslash: exact file name, no file_b64; file "back\\slash.inc"; scope "{main}"
control bytes: exact file name, no file_b64; file "ctl\u0001\u001b\u007f.inc"; scope "{main}"
forged record: exact file name, no file_b64; file "x\",\"line\":1}\n{\"ts\":\"forged.inc"; scope "{main}"
invalid UTF-8: exact file name, file_b64 given; file "bad��(.inc"; scope "{main}"
latin-1: exact file name, file_b64 given; file "caf�.inc"; scope "{main}"
UTF-8: exact file name, no file_b64; file "café.inc"; scope "{main}"
line separator: exact file name, no file_b64; file "ls\u2028ps\u2029.inc"; scope "{main}"
C1 controls: exact file name, no file_b64; file "c1\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f.inc"; scope "{main}"
bidi controls: exact file name, no file_b64; file "bidi\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069.inc"; scope "{main}"
scope: exact file name, no file_b64; file "scope.inc"; scope "Caf�::m / exact 436166e93a3a6d"
scope with NEL and RLO: exact file name, no file_b64; file "scope_hidden.inc"; scope "Ne\u0085l\u202elpt::m"
47 characters; raw in the log: none; not escaped in the log: none
-- as written --
host=HOST sapi=cli file="DIR/log_hostile_text.d/a\nb.inc" line=2 scope="{main}" kind=function symbol=socket_close form=call impact=breaks script=DIR/log_hostile_text.php
host=HOST sapi=cli file="DIR/log_hostile_text.d/x\",\"line\":1}\n{\"ts\":\"forged.inc" line=2 scope="{main}" kind=function symbol=socket_close form=call impact=breaks script=DIR/log_hostile_text.php
host=HOST sapi=cli file="DIR/log_hostile_text.d/caf�.inc" line=2 scope="{main}" kind=function symbol=socket_close form=call impact=breaks script=DIR/log_hostile_text.php file_b64=%s
