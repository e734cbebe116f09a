--TEST--
Scan functions: the first scan of a process bails out deep inside classes, methods and closures; what its compile built is freed
--DESCRIPTION--
Op_array constructors run only from a process's first scan on (src/engine_extension.c), and a
scan that bails out frees the op_arrays they recorded. This scan is the process's first: had its
op_arrays not been recorded, its 50 methods, closures and arrow functions (about 36 KB on PHP 8.2)
would stay allocated until the request ends. What a compile that bails out holds only in C
variables stays too (README: a few dozen bytes to ~1 KB), hence the 8 KB bound. (Under
USE_ZEND_ALLOC=0, as in tools/test.sh -m, memory_get_usage() reads 0 and only valgrind looks.)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500 && PHP_DEBUG) die("skip PHP 8.5's debug builds always report the C-local leftovers of PHP's failed compile (README, API)");
--FILE--
<?php
// A debug build reports what PHP's compiler held in C locals when the scanned code
// failed (README, API: a few dozen bytes); valgrind checks this test with a suppression
// for exactly those blocks (tests/valgrind-scan-bailout.supp). PHP 8.5 deprecates
// turning the report off, hence at run time and only before 8.5.
if (PHP_VERSION_ID < 80500) ini_set('report_memleaks', '0');
function code(bool $fails): string {
    $methods = '';
    for ($i = 0; $i < 16; $i++) {
        $methods .= "    public function m$i(\$a) { return function () use (\$a) { return fn() => socket_strerror(\$a + $i); }; }\n";
    }
    return "<?php\nsocket_close(\$s);\nclass K {\n$methods    public function last() {\n        \$f = function () {\n"
        . "            return new class {\n                public function h() { " . ($fails ? 'continue 2;' : 'return 2;') . " }\n"
        . "            };\n        };\n    }\n}\n";
}
function scan_growth(bool $fails): int {
    $code = code($fails);
    $before = memory_get_usage();
    try {
        echo count(extsockets_audit_scan_string($code, 'k.php')), " findings\n";
    } catch (CompileError $e) {
        printf("%s: %s in %s on line %d\n", get_class($e), $e->getMessage(), $e->getFile(), $e->getLine());
    }
    return memory_get_usage() - $before;
}
$file = __DIR__ . '/scan_first_bailout.inc';
file_put_contents($file, "<?php\nfunction before() { return socket_strerror(1); }\n");
include $file;                      // a compile before any scan
$failed = scan_growth(true);        // the process's first scan
$succeeded = scan_growth(false);
echo $failed - $succeeded < 8192 ? "freed\n" : "kept " . ($failed - $succeeded) . " bytes more than a scan that succeeds\n";
var_dump(class_exists('K', false));
echo count(extsockets_audit_usage()), " finding recorded\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/scan_first_bailout.inc');
?>
--EXPECT--
CompileError: 'continue' not in the 'loop' or 'switch' context in k.php on line 23
17 findings
freed
bool(false)
1 finding recorded
