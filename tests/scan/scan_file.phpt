--TEST--
extsockets_audit_scan_file(): findings, a compile-only error scanned whole, parse errors, unreadable paths; results are not added to usage()
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$file = __DIR__ . '/scan_file.inc';
file_put_contents($file, <<<'PHP'
<?php
namespace Lib;
function open() {
    return \socket_create(AF_INET, SOCK_STREAM, 0);
}
PHP);
$findings = extsockets_audit_scan_file($file);
var_dump($findings[0]['file'] === $file);
esa_print($findings, true);
var_dump(function_exists('Lib\open'));
var_dump(esa_usage_of($file));

echo "-- errors --\n";
$bad = __DIR__ . '/scan_file_bad.inc';
// Parses but does not compile: scanned whole, no error.
file_put_contents($bad, "<?php\n\nwhile (true) {}\ncontinue;\n\\socket_close(\$s);\n");
esa_print(extsockets_audit_scan_file($bad), true);
file_put_contents($bad, "<?php\n\\socket_close(\$s)\n\\socket_bind(\$s);\n");
try {
    extsockets_audit_scan_file($bad);
} catch (ParseError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    var_dump($e->getFile() === $bad, $e->getLine());
}

echo "-- unreadable paths --\n";
foreach ([__DIR__ . '/scan_file_missing.inc', __DIR__, '', "a\0b"] as $path) {
    try {
        extsockets_audit_scan_file($path);
    } catch (Throwable $e) {
        echo get_class($e), ': ', str_replace(__DIR__, 'DIR', $e->getMessage()), "\n";
    }
}
var_dump(extsockets_audit_usage());
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/scan_file.inc');
@unlink(__DIR__ . '/scan_file_bad.inc');
?>
--EXPECT--
bool(true)
scan_file.inc:4 Lib\open function socket_create call
scan_file.inc:4 Lib\open constant AF_INET ns-fallback
scan_file.inc:4 Lib\open constant SOCK_STREAM ns-fallback
bool(false)
array(0) {
}
-- errors --
scan_file_bad.inc:5 {main} function socket_close call
ParseError: syntax error, unexpected fully qualified name "\socket_bind"
bool(true)
int(3)
-- unreadable paths --
RuntimeException: Cannot open 'DIR/scan_file_missing.inc' for scanning: No such file or directory
RuntimeException: Cannot scan 'DIR': it is a directory
ValueError: extsockets_audit_scan_file(): Argument #1 ($path) must be a non-empty path without NUL bytes
ValueError: extsockets_audit_scan_file(): Argument #1 ($path) must not contain any null bytes
array(0) {
}
