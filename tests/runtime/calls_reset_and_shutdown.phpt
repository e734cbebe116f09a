--TEST--
Call counting: extsockets_audit_reset() starts the counts afresh; a call with no user code on the stack is not attributed
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
function describe($n) { return socket_strerror($n); }
describe(1);
describe(2);
esa_print_calls(__FILE__);
extsockets_audit_reset();
echo "-- after reset\n";
describe(3);
esa_print_calls(__FILE__);
/* Called by PHP itself at shutdown: no user frame to attribute it to. */
register_shutdown_function('socket_strerror', 4);
register_shutdown_function(function () { echo "-- at shutdown\n"; esa_print_calls(__FILE__); });
?>
--EXPECT--
3 describe socket_strerror call calls=2
12 {main} socket_strerror callable-string calls=0
-- after reset
3 describe socket_strerror dynamic calls=1
-- at shutdown
3 describe socket_strerror dynamic calls=1
