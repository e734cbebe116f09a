--TEST--
Compile hooks: the same findings with ext/sockets loaded (see hook_sockets_not_loaded.phpt)
--EXTENSIONS--
sockets
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

function unused(): ?Socket {
    if (!extension_loaded('sockets') || !function_exists('socket_create') || !defined('AF_INET')) {
        return null;
    }
    $s = socket_create(\AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
    $close = socket_close(...);
    array_map('socket_close', [$s]);
    $level = constant('SOL_UDP');
    return $s instanceof Socket ? $s : null;
}
class Cfg { const BACKLOG = SOMAXCONN; }
eval('namespace App; if (false) { echo AF_INET6; \socket_listen($s, \SOMAXCONN); }');
esa_print(extsockets_audit_usage(), true);
?>
--EXPECTF--
%s.php:4 unused class Socket type
%s.php:5 unused extension sockets probe
%s.php:5 unused function socket_create probe
%s.php:5 unused constant AF_INET probe
%s.php:8 unused function socket_create call
%s.php:8 unused constant AF_INET fetch
%s.php:8 unused constant SOCK_STREAM fetch
%s.php:8 unused constant SOL_TCP fetch
%s.php:9 unused function socket_set_option call
%s.php:9 unused constant SOL_SOCKET fetch
%s.php:9 unused constant SO_REUSEADDR fetch
%s.php:10 unused function socket_close first-class-callable
%s.php:11 unused function socket_close callable-string
%s.php:12 unused constant SOL_UDP lookup
%s.php:13 unused class Socket instanceof
%s.php:15 Cfg constant SOMAXCONN const-expr
%s.php(16) : eval()'d code:1 {main} constant AF_INET6 ns-fallback
%s.php(16) : eval()'d code:1 {main} function socket_listen call
%s.php(16) : eval()'d code:1 {main} constant SOMAXCONN fetch
