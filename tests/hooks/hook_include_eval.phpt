--TEST--
Compile hooks: included files and eval()'d code; failed compiles record nothing
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$lib = __DIR__ . '/hook_include_eval.lib.inc';
$bad = __DIR__ . '/hook_include_eval.bad.inc';
file_put_contents($lib, <<<'PHP'
<?php
namespace Lib;

function connect(string $host): \Socket|false {
    $s = \socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    return \socket_connect($s, $host, 80) ? $s : false;
}
eval('namespace Lib; if (false) { \socket_close($s); }');
PHP);
file_put_contents($bad, "<?php\n\\socket_bind(\$s, 'h');\nfunction (\n");

require_once $lib;
esa_print(esa_usage_of($lib));
echo "-- eval --\n";
eval('if (false) {
    echo SO_REUSEADDR;
    \socket_listen($s);
}');
$f = eval('return fn($s) => socket_accept($s);');
esa_print(array_values(array_filter(extsockets_audit_usage(), fn($f) => str_contains($f['file'], "eval()'d code"))), true);
echo "-- parse errors --\n";
try {
    include $bad;
} catch (ParseError $e) {
    echo $e->getMessage(), "\n";
}
try {
    eval("\\socket_write(\$s, 'x');\nfunction (");
} catch (ParseError $e) {
    echo $e->getMessage(), "\n";
}
esa_print(esa_usage_of($bad));
echo "-- all, in order --\n";
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/hook_include_eval.lib.inc');
@unlink(__DIR__ . '/hook_include_eval.bad.inc');
?>
--EXPECT--
4 Lib\connect class Socket type
5 Lib\connect function socket_create call
5 Lib\connect constant AF_INET ns-fallback
5 Lib\connect constant SOCK_STREAM ns-fallback
5 Lib\connect constant SOL_TCP ns-fallback
6 Lib\connect function socket_connect call
-- eval --
hook_include_eval.lib.inc(8) : eval()'d code:1 {main} function socket_close call
hook_include_eval.php(21) : eval()'d code:2 {main} constant SO_REUSEADDR fetch
hook_include_eval.php(21) : eval()'d code:3 {main} function socket_listen call
hook_include_eval.php(25) : eval()'d code:1 {closure} function socket_accept call
-- parse errors --
Unclosed '(' on line 3
Unclosed '('
(none)
-- all, in order --
hook_include_eval.lib.inc:4 Lib\connect class Socket type
hook_include_eval.lib.inc:5 Lib\connect function socket_create call
hook_include_eval.lib.inc:5 Lib\connect constant AF_INET ns-fallback
hook_include_eval.lib.inc:5 Lib\connect constant SOCK_STREAM ns-fallback
hook_include_eval.lib.inc:5 Lib\connect constant SOL_TCP ns-fallback
hook_include_eval.lib.inc:6 Lib\connect function socket_connect call
hook_include_eval.lib.inc(8) : eval()'d code:1 {main} function socket_close call
hook_include_eval.php(21) : eval()'d code:2 {main} constant SO_REUSEADDR fetch
hook_include_eval.php(21) : eval()'d code:3 {main} function socket_listen call
hook_include_eval.php(25) : eval()'d code:1 {closure} function socket_accept call
