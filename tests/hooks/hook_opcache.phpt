--TEST--
Compile hooks with opcache: the same findings, cached files add nothing new
--EXTENSIONS--
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
opcache.optimization_level=-1
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$inc = __DIR__ . '/hook_opcache.inc';
file_put_contents($inc, <<<'PHP'
<?php
namespace Lib;
use function socket_close as close;
return function (?\Socket $s) {
    if (\function_exists('socket_create') && \defined('AF_INET')) {
        $s = \socket_create(\AF_INET, SOCK_STREAM, 0);
        close($s);
    }
    return [MSG_PEEK, \socket_read(...)];
};
PHP);

var_dump(opcache_get_status(false)['opcache_enabled']);
if (false) {
    echo \AF_INET, SOCK_STREAM;
    socket_bind($s, 'h');
}
include $inc;
var_dump(opcache_is_script_cached($inc));
include $inc;
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/hook_opcache.inc');
?>
--EXPECT--
bool(true)
bool(true)
hook_opcache.php:20 {main} constant AF_INET fetch
hook_opcache.php:20 {main} constant SOCK_STREAM fetch
hook_opcache.php:21 {main} function socket_bind call
hook_opcache.inc:3 {main} function socket_close import
hook_opcache.inc:4 {closure} class Socket type
hook_opcache.inc:5 {closure} function socket_create probe
hook_opcache.inc:5 {closure} constant AF_INET probe
hook_opcache.inc:6 {closure} function socket_create call
hook_opcache.inc:6 {closure} constant AF_INET fetch
hook_opcache.inc:6 {closure} constant SOCK_STREAM ns-fallback
hook_opcache.inc:7 {closure} function socket_close alias
hook_opcache.inc:9 {closure} constant MSG_PEEK ns-fallback
hook_opcache.inc:9 {closure} function socket_read first-class-callable
