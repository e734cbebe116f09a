--TEST--
Functions: function_exists() and is_callable() probes
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
if (function_exists('socket_create')) {}
if (\function_exists('\socket_close')) {}
if (is_callable('Socket_Bind')) {}
if (function_exists(function: 'socket_listen')) {}
if (!function_exists(
    'socket_accept'
)) {}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
if (function_exists('socket_read')) {}
if (is_callable('\socket_write')) {}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not probes of socket functions --\n";
$code = <<<'PHP'
<?php
function_exists('socket_nothing');
function_exists('App\socket_create');
is_callable($name);
method_exists($obj, 'socket_create');
is_callable([$obj, 'socket_create']);
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} function socket_create probe
3 {main} function socket_close probe
4 {main} function socket_bind probe
5 {main} function socket_listen probe
7 {main} function socket_accept probe
-- namespace --
3 {main} function socket_read probe
4 {main} function socket_write probe
-- not probes of socket functions --
(none)
