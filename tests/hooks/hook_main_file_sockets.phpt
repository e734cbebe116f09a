--TEST--
Compile hooks: findings of the main script, ext/sockets loaded (see hook_main_file.phpt)
--EXTENSIONS--
sockets
--FILE--
<?php
namespace App;

use Socket as S;
use function socket_close as close;

require dirname(__DIR__) . '/print.inc';

function open(): ?\Socket {
    if (!\extension_loaded('sockets')) {
        return null;
    }
    return socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
}
class Pool {
    const FAMILY = \AF_INET;
    public function drop(S $s) { close($s); }
}
var_dump(open());
esa_print(esa_usage_of(__FILE__));
var_dump(count(extsockets_audit_usage()) === count(esa_usage_of(__FILE__)));
?>
--EXPECT--
object(Socket)#1 (0) {
}
4 {main} class Socket import
5 {main} function socket_close import
9 App\open class Socket type
10 App\open extension sockets probe
13 App\open function socket_create ns-fallback
13 App\open constant AF_INET ns-fallback
13 App\open constant SOCK_STREAM ns-fallback
13 App\open constant SOL_TCP ns-fallback
16 App\Pool constant AF_INET const-expr
17 App\Pool::drop class Socket type
17 App\Pool::drop function socket_close alias
bool(true)
