--TEST--
Impact without ext/sockets: the same code as impact_paths.phpt gets the same impacts; the use marked breaks is the one that fails
--SKIPIF--
<?php if (extension_loaded('sockets')) die('skip sockets is loaded (built into this PHP)'); ?>
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$inc = __DIR__ . '/impact_without_sockets.inc';
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
try {
    include $inc;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$usage = esa_usage_of($inc);
esa_print($usage, false, true);
echo "-- the scan API --\n";
$key = fn(array $f) => "$f[line] $f[symbol] $f[form] $f[impact]";
var_dump(array_map($key, extsockets_audit_scan_file($inc)) === array_map($key, $usage));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/impact_without_sockets.inc');
?>
--EXPECT--
Undefined constant "AF_INET"
2 impact_paths_demo class Socket type harmless
3 impact_paths_demo extension sockets probe harmless
8 impact_paths_demo function socket_strerror call guarded
10 {main} constant AF_INET fetch breaks
-- the scan API --
bool(true)
