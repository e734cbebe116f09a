--TEST--
Scan functions: parse and compile errors throw; PHP keeps working afterwards
--DESCRIPTION--
A redeclared function is in scan_errors_redeclare*.phpt: its message differs by PHP version.
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500 && PHP_DEBUG) die("skip PHP 8.5's debug builds always report the C-local leftovers of PHP's failed compile (README, API)");
--FILE--
<?php
// A debug build reports what PHP's compiler held in C locals when the scanned code
// failed (README, API: a few dozen bytes); valgrind checks this test with a suppression
// for exactly those blocks (tests/valgrind-scan-bailout.supp). PHP 8.5 deprecates
// turning the report off, hence at run time and only before 8.5.
if (PHP_VERSION_ID < 80500) ini_set('report_memleaks', '0');
require __DIR__ . '/print.inc';

class Guard { public function __destruct() { echo "Guard destructed\n"; } }
$guard = new Guard;

function scan(string $code, string $name): void {
    try {
        esa_print(extsockets_audit_scan_string($code, $name));
    } catch (Throwable $e) {
        printf("%s: %s in %s on line %d\n", get_class($e), $e->getMessage(), $e->getFile(), $e->getLine());
    }
}

scan("<?php\n\\socket_close(\$s);\nfunction f( {\n", 'parse.php');
scan("<?php\n\\socket_close(\$s);\n\nbreak;\n", 'break.php');
scan("<?php\nnamespace App;\nuse Lib\\A as C;\nuse Lib\\B as C;\n", 'use.php');
scan("<?php\nclass K {\n    public function m() {\n        foreach (\$a as \$b) { \$f = function () { continue 2; }; }\n    }\n}\n", 'nested.php');
scan("<?php\nfunction f(): static {}\n", 'static.php');

echo "-- still working --\n";
scan("<?php\n\\socket_close(\$s);\n", 'ok.php');
$fixture = __DIR__ . '/scan_errors.inc';
file_put_contents($fixture, "<?php\nif (false) { \\socket_bind(\$s, 'h'); }\n");
include $fixture;
esa_print(esa_usage_of($fixture));
var_dump(class_exists('K', false));
echo "end\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/scan_errors.inc');
?>
--EXPECT--
ParseError: syntax error, unexpected token "{", expecting variable in parse.php on line 3
CompileError: 'break' not in the 'loop' or 'switch' context in break.php on line 4
CompileError: Cannot use Lib\B as C because the name is already in use in use.php on line 4
CompileError: 'continue' not in the 'loop' or 'switch' context in nested.php on line 4
CompileError: Cannot use "static" when no class scope is active in static.php on line 2
-- still working --
2 {main} function socket_close call
2 {main} function socket_bind call
bool(false)
end
Guard destructed
