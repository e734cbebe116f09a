--TEST--
Classes: enums, anonymous classes, interfaces and traits that use socket symbols
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace Net;
use Socket;
enum Type: int implements \Countable {
    case Stream = SOCK_STREAM;
    case Dgram = \SOCK_DGRAM;
    const DEFAULT = self::Stream;
    public function open(): Socket { return \socket_create(AF_INET, $this->value, 0); }
    public function count(): int { return 0; }
}
interface Transport extends \Countable {
    const LEVEL = SOL_SOCKET;
    public function socket(): ?\Socket;
}
interface Stream extends Transport, \AddressInfo {}
trait UsesSockets {
    private Socket $sock;
    public function close(): void { \socket_close($this->sock); }
}
$server = new class(AF_INET) extends \Socket implements Transport {
    use UsesSockets;
    public $opt = SO_REUSEADDR;
    public function __construct(int $family) {}
    public function socket(): ?\Socket { return null; }
    public function count(): int { return \socket_last_error(); }
};
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} class Socket import
5 Net\Type constant SOCK_STREAM const-expr
6 Net\Type constant SOCK_DGRAM const-expr
8 Net\Type::open function socket_create call
8 Net\Type::open constant AF_INET ns-fallback
8 Net\Type::open class Socket type
12 Net\Transport constant SOL_SOCKET const-expr
13 Net\Transport::socket class Socket type
15 Net\Stream class AddressInfo extends
17 Net\UsesSockets class Socket type
18 Net\UsesSockets::close function socket_close call
20 {main} constant AF_INET ns-fallback
20 class@anonymous class Socket extends
22 class@anonymous constant SO_REUSEADDR const-expr
24 class@anonymous::socket class Socket type
25 class@anonymous::count function socket_last_error call
