--TEST--
Property hooks (PHP 8.4+): references in get and set hooks and in hooked promoted parameters, scoped Class::$prop::hook
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip property hooks need PHP 8.4'); ?>
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$code = <<<'PHP'
<?php
namespace Net;
class Conn {
    public ?\Socket $socket {
        get => $this->socket ??= socket_create(AF_INET, SOCK_STREAM, SOL_TCP) ?: null;
        set(?\Socket $value) { \socket_close($this->socket); $this->socket = $value; }
    }
    public function __construct(
        public int $family = \AF_INET6 { get => $this->family; set => \defined('AF_UNIX') ? $value : 0; },
    ) {}
}
PHP;
esa_print(extsockets_audit_scan_string($code, 'hooks.php'));
$file = __DIR__ . '/property_hooks_php84.inc';
file_put_contents($file, $code);
include $file;
echo "-- compiled\n";
esa_print(esa_usage_of($file));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/property_hooks_php84.inc');
?>
--EXPECT--
4 Net\Conn class Socket type
5 Net\Conn::$socket::get function socket_create ns-fallback
5 Net\Conn::$socket::get constant AF_INET ns-fallback
5 Net\Conn::$socket::get constant SOCK_STREAM ns-fallback
5 Net\Conn::$socket::get constant SOL_TCP ns-fallback
6 Net\Conn::$socket::set class Socket type
6 Net\Conn::$socket::set function socket_close call
9 Net\Conn::__construct constant AF_INET6 const-expr
9 Net\Conn::$family::set constant AF_UNIX probe
-- compiled
4 Net\Conn class Socket type
5 Net\Conn::$socket::get function socket_create ns-fallback
5 Net\Conn::$socket::get constant AF_INET ns-fallback
5 Net\Conn::$socket::get constant SOCK_STREAM ns-fallback
5 Net\Conn::$socket::get constant SOL_TCP ns-fallback
6 Net\Conn::$socket::set class Socket type
6 Net\Conn::$socket::set function socket_close call
9 Net\Conn::__construct constant AF_INET6 const-expr
9 Net\Conn::$family::set constant AF_UNIX probe
