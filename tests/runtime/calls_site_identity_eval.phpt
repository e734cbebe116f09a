--TEST--
Call counting, site identity: code eval'd again and again from one line, each time at other lines, is counted at the line that ran (an op_array freed and another built at its address is a new site)
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
function run(string $code) { eval($code); }
/* Two evals from one line, then the same codes again in turns: one op_array
 * after another at the same address, the same file name, other lines. */
run("socket_strerror(1);\n\n"); run("\n\nsocket_strerror(2);");
$codes = ["socket_strerror(1);\n\n", "\nsocket_strerror(2);\n", "\n\nsocket_strerror(3); socket_clear_error();"];
foreach ($codes as $code) {
    eval($code);
}
for ($i = 0; $i < 3; $i++) {
    eval($codes[$i]); eval($codes[2 - $i]);
}
/* The callee changes too: one opline, calls of different functions. */
foreach (['socket_clear_error', 'socket_last_error', 'socket_clear_error'] as $name) {
    eval("\n\$name = '$name';\n\$name();");
}
foreach (extsockets_audit_usage() as $f) {
    if ($f['kind'] === 'function') {
        echo substr($f['file'], strlen(__DIR__) + 1), ':', $f['line'], ' ', $f['symbol'], ' ', $f['form'], ' calls=', $f['calls'], "\n";
    }
}
?>
--EXPECT--
calls_site_identity_eval.php(3) : eval()'d code:1 socket_strerror call calls=1
calls_site_identity_eval.php(3) : eval()'d code:3 socket_strerror call calls=1
calls_site_identity_eval.php(9) : eval()'d code:1 socket_strerror call calls=1
calls_site_identity_eval.php(9) : eval()'d code:2 socket_strerror call calls=1
calls_site_identity_eval.php(9) : eval()'d code:3 socket_strerror call calls=1
calls_site_identity_eval.php(9) : eval()'d code:3 socket_clear_error call calls=1
calls_site_identity_eval.php(12) : eval()'d code:1 socket_strerror call calls=2
calls_site_identity_eval.php(12) : eval()'d code:3 socket_strerror call calls=2
calls_site_identity_eval.php(12) : eval()'d code:3 socket_clear_error call calls=2
calls_site_identity_eval.php(12) : eval()'d code:2 socket_strerror call calls=2
calls_site_identity_eval.php(16) : eval()'d code:3 socket_clear_error dynamic calls=2
calls_site_identity_eval.php(16) : eval()'d code:3 socket_last_error dynamic calls=1
