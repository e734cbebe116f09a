--TEST--
Audit log, JSON Lines: one record per finding with the documented keys, file mode 0640, json_last_error() untouched
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/log_json.jsonl
--FILE--
<?php
require __DIR__ . '/log.inc';

$log = __DIR__ . '/log_json.jsonl';
@unlink($log);
umask(022);
$inc = __DIR__ . '/log_json.inc';
file_put_contents($inc, <<<'PHP'
<?php
namespace Net;
use Socket;
function connect(string $host): ?Socket {
    $s = socket_create(\AF_INET, SOCK_STREAM, 0);
    return \socket_connect($s, $host, 80) ? $s : null;
}
PHP);

json_decode('{');
include $inc;
var_dump(json_last_error() === JSON_ERROR_SYNTAX);

$records = esa_log_records($log);
esa_log_print($records);
echo 'keys: ', implode(' ', array_keys($records[0])), "\n";
var_dump($records[0]['line'], $records[0]['file'] === $inc);
printf("mode %o\n", fileperms($log) & 0777);
echo 'same findings as extsockets_audit_usage(): ';
var_dump(array_map(fn($r) => array_intersect_key($r, array_flip(['file', 'line', 'scope', 'kind', 'symbol', 'form', 'impact'])), $records)
    === array_map(fn($f) => array_diff_key($f, ['calls' => 0]), extsockets_audit_usage()));
esa_log_info();
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_json.jsonl');
@unlink(__DIR__ . '/log_json.inc');
?>
--EXPECTF--
bool(true)
log_json.inc:3 {main} class Socket import
log_json.inc:4 Net\connect class Socket type
log_json.inc:5 Net\connect function socket_create ns-fallback
log_json.inc:5 Net\connect constant AF_INET fetch
log_json.inc:5 Net\connect constant SOCK_STREAM ns-fallback
log_json.inc:6 Net\connect function socket_connect call
keys: ts pid host sapi file line scope kind symbol form impact script
int(3)
bool(true)
mode 640
same findings as extsockets_audit_usage(): bool(true)
Audit log => %slog_json.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 6 written, 0 held back, 0 dropped
