--TEST--
Constants: unqualified reads inside a namespace, and when a namespaced constant shadows them
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
namespace App\Net;
echo AF_INET;
echo \AF_INET6;
echo namespace\SOCK_STREAM;
echo Sub\SOCK_STREAM;
$f = fn() => MSG_PEEK;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- dropped: the same code declares const in that namespace --\n";
$code = <<<'PHP'
<?php
namespace App\Net;
echo SOL_UDP;
echo SOL_TCP;
echo \SOL_UDP;
const SOL_UDP = 17;
const sol_tcp = 6;
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- dropped: define() of the namespaced name --\n";
$code = <<<'PHP'
<?php
namespace App {
    echo SOCK_DGRAM;
    echo SOCK_RAW;
    echo SOCK_STREAM;
    echo SOCK_SEQPACKET;
}
namespace {
    define('App\SOCK_DGRAM', 2);
    define('app\SOCK_RAW', 3);
    define('App\sock_stream', 1);
    define('Other\SOCK_SEQPACKET', 5);
}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- a const in another namespace does not shadow --\n";
$code = <<<'PHP'
<?php
namespace A {
    echo MSG_OOB;
}
namespace B {
    const MSG_OOB = 1;
}
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
3 {main} constant AF_INET ns-fallback
4 {main} constant AF_INET6 fetch
7 {closure} constant MSG_PEEK ns-fallback
-- dropped: the same code declares const in that namespace --
4 {main} constant SOL_TCP ns-fallback
5 {main} constant SOL_UDP fetch
-- dropped: define() of the namespaced name --
5 {main} constant SOCK_STREAM ns-fallback
6 {main} constant SOCK_SEQPACKET ns-fallback
-- a const in another namespace does not shadow --
3 {main} constant MSG_OOB ns-fallback
