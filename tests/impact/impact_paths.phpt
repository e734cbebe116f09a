--TEST--
Impact on every path: usage(), the scan API and the log give each finding the same impact; a dynamic call seen at run time breaks (without ext/sockets: impact_without_sockets.phpt)
--EXTENSIONS--
sockets
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log={PWD}/impact_paths.jsonl
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
require dirname(__DIR__) . '/log/log.inc';

$log = __DIR__ . '/impact_paths.jsonl';
$inc = __DIR__ . '/impact_paths.inc';
file_put_contents($inc, <<<'PHP'
<?php
function impact_paths_demo(?Socket $s) {
    if (!extension_loaded('sockets')) {
        return null;
    }
    $name = 'socket_' . 'strerror';
    $name(0);
    return socket_strerror(0);
}
echo AF_INET, "\n";
impact_paths_demo(null);
PHP);
include $inc;
$key = fn(array $f) => "$f[line] $f[symbol] $f[form] $f[impact]";
$usage = esa_usage_of($inc);
esa_print($usage, false, true);
$compiled = array_values(array_filter(array_map($key, $usage), fn($k) => !str_contains($k, 'dynamic')));

echo "-- the scan API --\n";
var_dump(array_map($key, extsockets_audit_scan_file($inc)) === $compiled);

echo "-- the log --\n";
$logged = array_map($key, array_values(array_filter(esa_log_records($log), fn($r) => ($r['file'] ?? '') === $inc)));
var_dump($logged === array_map($key, $usage));

?>
--CLEAN--
<?php
@unlink(__DIR__ . '/impact_paths.jsonl');
@unlink(__DIR__ . '/impact_paths.inc');
?>
--EXPECT--
2
2 impact_paths_demo class Socket type harmless
3 impact_paths_demo extension sockets probe harmless
8 impact_paths_demo function socket_strerror call guarded
10 {main} constant AF_INET fetch breaks
7 impact_paths_demo function socket_strerror dynamic breaks
-- the scan API --
bool(true)
-- the log --
bool(true)
