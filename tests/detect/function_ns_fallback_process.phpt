--TEST--
Compile hooks: an ns-fallback is dropped when the namespaced function or constant already exists
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$decl = __DIR__ . '/function_ns_fallback_process.decl.inc';
$use = __DIR__ . '/function_ns_fallback_process.use.inc';
file_put_contents($decl, <<<'PHP'
<?php
namespace Net;
function socket_close($s) {}
const SOCK_RAW = 99;
PHP);
file_put_contents($use, <<<'PHP'
<?php
namespace Net;
return function ($s) {
    socket_close($s);
    socket_bind($s, 'h');
    return [SOCK_RAW, SOCK_DGRAM];
};
PHP);

echo "-- before Net\\socket_close exists --\n";
include $use;
esa_print(esa_usage_of($use));

extsockets_audit_reset();
echo "-- after --\n";
include $decl;
var_dump(function_exists('Net\socket_close'), defined('Net\SOCK_RAW'));
include $use;
esa_print(esa_usage_of($use));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/function_ns_fallback_process.decl.inc');
@unlink(__DIR__ . '/function_ns_fallback_process.use.inc');
?>
--EXPECT--
-- before Net\socket_close exists --
4 {closure} function socket_close ns-fallback
5 {closure} function socket_bind ns-fallback
6 {closure} constant SOCK_RAW ns-fallback
6 {closure} constant SOCK_DGRAM ns-fallback
-- after --
bool(true)
bool(true)
5 {closure} function socket_bind ns-fallback
6 {closure} constant SOCK_DGRAM ns-fallback
