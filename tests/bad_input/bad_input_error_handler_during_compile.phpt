--TEST--
Bad input: user code that runs during a compile (an error handler for a compile-time deprecation) includes files and throws from an autoloader
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$dep = __DIR__ . '/bad_input_error_handler_during_compile_dep.inc';
$nested = __DIR__ . '/bad_input_error_handler_during_compile_nested.inc';
file_put_contents($dep, "<?php\n\$v = 1;\n\$s = \"\${v}\";\nreturn \\socket_strerror(AF_INET);\n");
file_put_contents($nested, "<?php\nreturn \\defined('SOCK_STREAM');\n");
spl_autoload_register(function ($class) {
    throw new RuntimeException("cannot load $class");
});
set_error_handler(function ($no, $message) use ($nested) {
    echo "handler: $message\n";
    /* A compile inside the compile, then an exception out of it. */
    include_once $nested;
    class_exists('Missing');
    return true;
});
try {
    include $dep;
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
restore_error_handler();
/* The compile succeeded before the handler threw: its findings are recorded, like the nested file's. */
esa_print(extsockets_audit_usage(), true);
echo "-- scans keep warnings to themselves:\n";
set_error_handler(function () { echo "never called\n"; return true; });
esa_print(extsockets_audit_scan_file($dep));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_error_handler_during_compile_dep.inc');
@unlink(__DIR__ . '/bad_input_error_handler_during_compile_nested.inc');
?>
--EXPECT--
handler: Using ${var} in strings is deprecated, use {$var} instead
RuntimeException: cannot load Missing
bad_input_error_handler_during_compile_nested.inc:2 {main} constant SOCK_STREAM probe
bad_input_error_handler_during_compile_dep.inc:4 {main} function socket_strerror call
bad_input_error_handler_during_compile_dep.inc:4 {main} constant AF_INET fetch
-- scans keep warnings to themselves:
4 {main} function socket_strerror call
4 {main} constant AF_INET fetch
