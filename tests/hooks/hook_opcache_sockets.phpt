--TEST--
Compile hooks with opcache and ext/sockets: folded constants are still reported
--EXTENSIONS--
opcache
sockets
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
opcache.optimization_level=-1
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$inc = __DIR__ . '/hook_opcache_sockets.inc';
file_put_contents($inc, <<<'PHP'
<?php
return [AF_INET, \SOCK_STREAM, defined('SOL_TCP'), constant('MSG_PEEK')];
PHP);
var_dump(include $inc);
var_dump(opcache_is_script_cached($inc));
var_dump(AF_INET6 === 10 && \SOMAXCONN > 0);
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/hook_opcache_sockets.inc');
?>
--EXPECT--
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(1)
  [2]=>
  bool(true)
  [3]=>
  int(2)
}
bool(true)
bool(true)
hook_opcache_sockets.php:11 {main} constant AF_INET6 fetch
hook_opcache_sockets.php:11 {main} constant SOMAXCONN fetch
hook_opcache_sockets.inc:2 {main} constant AF_INET fetch
hook_opcache_sockets.inc:2 {main} constant SOCK_STREAM fetch
hook_opcache_sockets.inc:2 {main} constant SOL_TCP probe
hook_opcache_sockets.inc:2 {main} constant MSG_PEEK lookup
