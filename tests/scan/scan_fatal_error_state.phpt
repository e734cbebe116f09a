--TEST--
Scan functions: a fatal error during a scan (memory exhausted while parsing) is shown and ends the request as anywhere else, with the caller's error_reporting back for the shutdown functions
--DESCRIPTION--
The scan silences the lexer's diagnostics about the scanned code as `@` does. It once set
error_reporting to 0 around the parse, and a fatal error bailed out past the restore: the
"Allowed memory size" error was not shown and the shutdown functions ran with error_reporting 0.
Some PHP builds (Debian's 8.2 and 8.4) do not bail out on a memory limit hit inside the parser:
they go on to twice the limit and kill the process, with or without this extension; there the
test skips.
--SKIPIF--
<?php
if (getenv('USE_ZEND_ALLOC') === '0') die('skip memory_limit is not enforced without Zend MM (valgrind, ASan)');
if (!function_exists('exec')) die('skip needs exec()');
exec(escapeshellarg(PHP_BINARY) . ' -n -d memory_limit=16M -r ' . escapeshellarg('eval("return;" . str_repeat("f(1, 2, 3);\n", 400000));') . ' 2>&1', $out, $rc);
if (strpos(implode("\n", $out), 'Allowed memory size') === false) {
    die('skip this PHP does not bail out on a memory limit hit while parsing (' . trim(implode(' ', $out)) . ", exit $rc)");
}
?>
--INI--
memory_limit=16M
fatal_error_backtraces=0
--FILE--
<?php
error_reporting(E_ALL);
register_shutdown_function(function () {
    echo "shutdown: error_reporting is ", error_reporting() === E_ALL ? 'E_ALL' : error_reporting(), "\n";
});
$code = "<?php\n" . str_repeat("f(1, 2, 3);\n", 400000);
extsockets_audit_scan_string($code, 'big.php');
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Allowed memory size of %d bytes exhausted%s(tried to allocate %d bytes) in %s on line %d
shutdown: error_reporting is E_ALL
