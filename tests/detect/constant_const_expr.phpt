--TEST--
Constants: inside constant expressions (const-expr wins over fetch, ns-fallback and alias)
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
const TOP = AF_INET;
class Server {
    const FAMILY = AF_INET6 | 0;
    public $type = SOCK_STREAM;
    public static array $opts = [SO_REUSEADDR, SOL_SOCKET];
    public function open($flags = MSG_PEEK, int ...$rest) {
        static $backlog = SOMAXCONN;
        return MSG_DONTWAIT;
    }
}
function connect($proto = \SOL_TCP, $obj = new Options(SO_LINGER)) {}
enum Kind: int {
    case Stream = SOCK_STREAM;
    case Dgram = SOCK_DGRAM;
    const RAW = SOCK_RAW;
}
#[Attr(MSG_OOB, flags: MSG_WAITALL)]
class Tagged {}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace, through an alias --\n";
$code = <<<'PHP'
<?php
namespace App;
use const AF_INET as FAM;
const A = FAM;
const B = AF_UNIX;
const C = \AF_INET6;
function f($x = FAM, $y = SOCK_DGRAM) {
    return [FAM, SOCK_DGRAM];
}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} constant AF_INET const-expr
4 Server constant AF_INET6 const-expr
5 Server constant SOCK_STREAM const-expr
6 Server constant SO_REUSEADDR const-expr
6 Server constant SOL_SOCKET const-expr
7 Server::open constant MSG_PEEK const-expr
8 Server::open constant SOMAXCONN const-expr
9 Server::open constant MSG_DONTWAIT fetch
12 connect constant SOL_TCP const-expr
12 connect constant SO_LINGER const-expr
14 Kind constant SOCK_STREAM const-expr
15 Kind constant SOCK_DGRAM const-expr
16 Kind constant SOCK_RAW const-expr
18 Tagged constant MSG_OOB const-expr
18 Tagged constant MSG_WAITALL const-expr
-- namespace, through an alias --
3 {main} constant AF_INET import
4 {main} constant AF_INET const-expr
5 {main} constant AF_UNIX const-expr
6 {main} constant AF_INET6 const-expr
7 App\f constant AF_INET const-expr
7 App\f constant SOCK_DGRAM const-expr
8 App\f constant AF_INET alias
8 App\f constant SOCK_DGRAM ns-fallback
