--TEST--
Bad input: a fatal compile error in eval'd code ends the request as without the extension; what was recorded before stays
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
register_shutdown_function(function () {
    echo "shutdown:\n";
    esa_print(extsockets_audit_usage());
});
eval("return \\defined('SOCK_RAW');");
eval("socket_close(\$s);\nwhile (true) {}\nbreak 2;");
echo "not reached\n";
?>
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s : eval()'d code on line 3
shutdown:
1 {main} constant SOCK_RAW probe
