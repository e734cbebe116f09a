--TEST--
Call counting with opcache and the JIT: cold and warm includes, loops hot enough to be compiled to machine code
--EXTENSIONS--
sockets
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
opcache.jit=tracing
opcache.jit_buffer_size=16M
opcache.jit_hot_loop=1
opcache.jit_hot_func=1
--FILE--
<?php
require __DIR__ . '/calls.inc';
$inc = __DIR__ . '/calls_opcache.inc';
file_put_contents($inc, <<<'PHP'
<?php
if (!function_exists('calls_opcache_run')) {
    function calls_opcache_run(int $n): void {
        $dynamic = 'socket_' . 'clear' . '_error' . str_repeat('', $n);
        for ($i = 0; $i < $n; $i++) {
            socket_strerror($i);
            $dynamic();
        }
    }
}
calls_opcache_run(100);
PHP);
include $inc;
esa_print_calls($inc);
echo "-- warm: served from the cache\n";
extsockets_audit_reset();
include $inc;
calls_opcache_run(50);
esa_print_calls($inc);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/calls_opcache.inc');
?>
--EXPECT--
6 calls_opcache_run socket_strerror call calls=100
7 calls_opcache_run socket_clear_error dynamic calls=100
-- warm: served from the cache
6 calls_opcache_run socket_strerror call calls=150
7 calls_opcache_run socket_clear_error dynamic calls=150
