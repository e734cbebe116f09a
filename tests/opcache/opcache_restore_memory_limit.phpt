--TEST--
opcache: memory_limit hit while a cached script's findings are unpacked is PHP's fatal error, nothing more (the findings unpacked before it, in request memory, were left pending: the debug build stopped on "zend_mm_heap corrupted" at shutdown)
--EXTENSIONS--
opcache
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
/* tools/test.sh -m (valgrind) and tools/ci/asan set USE_ZEND_ALLOC=0: without Zend's allocator the limit is
 * kept by another path with another message, and what this test is about (pending findings in
 * freed request memory, found by the debug build's heap checks) is Zend's heap. */
if (getenv('USE_ZEND_ALLOC') === '0') die('skip under valgrind or AddressSanitizer: needs Zend\'s allocator');
?>
--FILE--
<?php
/* A script with 2,001 findings: 2,000 in methods with short names, then one in
 * a method whose name is 3 MB. The child compiles it (findings committed),
 * forgets them (extsockets_audit_reset()), sets memory_limit 1 MB above what it
 * holds and includes the script again: opcache serves it, and its findings are
 * unpacked again, each scope name in request memory; the 2,000 short ones fit,
 * the 3 MB one does not (a block that size is always asked of the system, so
 * the limit is met there whatever the allocator holds in reserve). */
$dir = sys_get_temp_dir() . '/esa_restore_limit_' . getmypid();
@mkdir($dir, 0777, true);
$methods = '';
for ($i = 0; $i < 2000; $i++) {
    $methods .= "    public function m$i() { return \\socket_strerror($i); }\n";
}
$methods .= '    public function m' . str_repeat('x', 3 * 1024 * 1024) . "() { return \\socket_strerror(1); }\n";
file_put_contents("$dir/big.php", "<?php\nreturn new class {\n$methods};\n");
unset($methods);
file_put_contents("$dir/main.php", '<?php
include __DIR__ . "/big.php";
echo count(extsockets_audit_usage()), " findings\n";
extsockets_audit_reset();
ini_set("memory_limit", (string) (memory_get_usage(true) + 1024 * 1024));
include __DIR__ . "/big.php";
echo "not reached\n";
');
/* fatal_error_backtraces=0: PHP 8.5 follows a fatal error with its stack trace (unknown before, and ignored). */
$args = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit'];
if (file_exists(ini_get('extension_dir') . '/opcache.so')) {   /* not when built in (PHP 8.5) */
    array_push($args, '-d', 'zend_extension=opcache');
}
array_push($args, '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0',
    '-d', 'memory_limit=128M', '-d', 'fatal_error_backtraces=0', '-d', 'display_errors=1', '-d', 'log_errors=0', '-d', 'html_errors=0', "$dir/main.php");
$proc = proc_open($args, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
echo trim(stream_get_contents($pipes[1])), "\n";
fclose($pipes[1]);
echo 'exit status ', proc_close($proc), "\n";
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECTF--
2001 findings

Fatal error: Allowed memory size of %d bytes exhausted%s(tried to allocate %d bytes) in %smain.php on line 6
exit status 255
