--TEST--
Call counting: sites that run and sites that never run, counted per call, in functions, methods, closures and recursion
--EXTENSIONS--
sockets
--FILE--
<?php
namespace App;
require __DIR__ . '/calls.inc';

function open() { return socket_create(AF_INET, SOCK_STREAM, SOL_TCP); }
class Conn {
    public function error($s) { return \socket_last_error($s); }
    public static function explain(int $n): string { return $n ? self::explain($n - 1) . \socket_strerror($n) : ''; }
}
$a = open();
$b = open();
(new Conn)->error($a);
Conn::explain(3);
$describe = fn(int $n) => socket_strerror($n);
for ($i = 0; $i < 5; $i++) {
    $describe($i);
}
$close = function ($s) { socket_close($s); };
array_map($close, [$a, $b]);
if (false) {
    socket_bind($a, '127.0.0.1');
}
\esa_print_calls(__FILE__);
?>
--EXPECT--
5 App\open socket_create ns-fallback calls=2
7 App\Conn::error socket_last_error call calls=1
8 App\Conn::explain socket_strerror call calls=3
14 {closure} socket_strerror ns-fallback calls=5
18 {closure} socket_close ns-fallback calls=2
21 {main} socket_bind ns-fallback calls=0
