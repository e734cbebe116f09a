--TEST--
Scan functions: a function declared twice throws CompileError and declares nothing (PHP 8.0-8.3)
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP 8.4 names the kind of symbol: scan_errors_redeclare_php84.phpt');
--FILE--
<?php
// A debug build reports what PHP's compiler held in C locals when the scanned code
// failed (README, API: a few dozen bytes); valgrind checks this test with a suppression
// for exactly those blocks (tests/valgrind-scan-bailout.supp). PHP 8.5 deprecates
// turning the report off, hence at run time and only before 8.5.
if (PHP_VERSION_ID < 80500) ini_set('report_memleaks', '0');
function scan(string $code, string $name): void {
    try {
        var_dump(extsockets_audit_scan_string($code, $name));
    } catch (Throwable $e) {
        printf("%s: %s in %s on line %d\n", get_class($e), $e->getMessage(), $e->getFile(), $e->getLine());
    }
}

scan("<?php\nfunction dup() {}\nfunction dup() {}\n", 'redeclare.php');
var_dump(function_exists('dup'));
// The failed scan left nothing behind that the next one would trip over.
scan("<?php\nfunction dup() {}\n", 'once.php');
scan("<?php\nfunction dup() {}\nfunction dup() {}\n", 'again.php');
?>
--EXPECT--
CompileError: Cannot redeclare dup() (previously declared in redeclare.php:2) in redeclare.php on line 3
bool(false)
array(0) {
}
CompileError: Cannot redeclare dup() (previously declared in again.php:2) in again.php on line 3
