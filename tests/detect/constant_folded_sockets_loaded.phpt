--TEST--
Compile hooks: constants that PHP folds to values when ext/sockets is loaded are still reported
--EXTENSIONS--
sockets
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

var_dump(AF_INET === 2, \SOCK_STREAM === 1);
var_dump(defined('SO_REUSEADDR'), constant('SOL_TCP') === 6);
if (false) {
    echo \AF_INET6, MSG_PEEK;
}
function never_called() {
    return [SOL_UDP, \SOMAXCONN];
}
const FAMILY = AF_UNIX;
class Options {
    const LEVEL = SOL_SOCKET;
}
echo FAMILY === AF_UNIX ? "folded\n" : "?\n";
eval('var_dump(\SOCK_DGRAM === 2);');
esa_print(esa_usage_of(__FILE__));
echo "-- eval --\n";
esa_print(array_values(array_filter(extsockets_audit_usage(), fn($f) => str_contains($f['file'], 'eval'))), true);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
folded
bool(true)
4 {main} constant AF_INET fetch
4 {main} constant SOCK_STREAM fetch
5 {main} constant SO_REUSEADDR probe
5 {main} constant SOL_TCP lookup
7 {main} constant AF_INET6 fetch
7 {main} constant MSG_PEEK fetch
10 never_called constant SOL_UDP fetch
10 never_called constant SOMAXCONN fetch
12 {main} constant AF_UNIX const-expr
14 Options constant SOL_SOCKET const-expr
16 {main} constant AF_UNIX fetch
-- eval --
%s(17) : eval()'d code:1 {main} constant SOCK_DGRAM fetch
