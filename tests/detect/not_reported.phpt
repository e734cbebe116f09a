--TEST--
Not reported: methods, properties, user class members, comments, strings, qualified and declared names
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
// socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
/* socket_close($s); new Socket; */
/** @param Socket $s uses AF_INET */
# extension_loaded('sockets')
$o->socket_create();
$o?->socket_close();
$o->socket_bind(...);
Factory::socket_create();
Factory::AF_INET;
$o->AF_INET;
$o::SOCK_STREAM;
Foo\socket_create();
\Foo\socket_create();
Foo\AF_INET;
\Foo\Socket::class;
echo 'socket_create', "AF_INET", 'Socket', 'sockets';
echo <<<TXT
socket_create() with AF_INET
TXT;
$name = 'socket_create';
$name();
$socket_create = 1;
class Factory {
    const AF_INET = 2;
    public $SOCK_STREAM;
    public function socket_create() {}
    public static function socket_close() {}
}
function socket_helper() {}
label_AF_INET: ;
?>
<p>socket_create(AF_INET) in inline HTML</p>
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespaced names the same code declares --\n";
$code = <<<'PHP'
<?php
namespace Net;
function socket_create() {}
const AF_INET = 2;
class Socket {}
socket_create();
socket_create(...);
echo AF_INET;
new Socket;
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
(none)
-- namespaced names the same code declares --
(none)
