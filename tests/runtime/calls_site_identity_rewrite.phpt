--TEST--
Call counting, site identity: a file rewritten in place between two includes is counted at the lines of the version that ran
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
$inc = __DIR__ . '/calls_site_identity_rewrite.inc';
/* The same shape each time, the call one line lower: each version's op_array
 * may land where the previous one was freed. */
for ($v = 0; $v < 4; $v++) {
    file_put_contents($inc, "<?php\n" . str_repeat("\n", $v) . "socket_strerror($v);\n");
    touch($inc, 1000000000 + $v); /* opcache compares modification times, to the second */
    include $inc;
    include $inc;
}
/* A function of the file, called from the file's code and again later. */
for ($v = 0; $v < 2; $v++) {
    file_put_contents($inc, "<?php\n" . str_repeat("\n", $v) . "return function () { socket_clear_error(); };\n");
    touch($inc, 1000000100 + $v);
    $f = include $inc;
    $f();
    $f();
}
esa_print_calls($inc);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/calls_site_identity_rewrite.inc');
?>
--EXPECT--
2 {main} socket_strerror call calls=2
3 {main} socket_strerror call calls=2
4 {main} socket_strerror call calls=2
5 {main} socket_strerror call calls=2
2 {closure} socket_clear_error call calls=2
3 {closure} socket_clear_error call calls=2
