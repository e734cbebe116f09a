--TEST--
Walker: chains as long as PHP itself compiles ($a . $b . ..., ->m()->m()..., [0][0]..., f()()...) and deeply nested arrays do not exhaust the C stack
--SKIPIF--
<?php
/* Only where PHP compiles these chains without the extension (its own stack use
 * differs between versions; PHP 8.2 with an 8 MB stack stops near 32,000 links). */
$code = "<?php\nreturn;\n\$a = AF_INET" . str_repeat(' . $a', 28000) . ";\n\$b = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP)"
    . str_repeat('->m()', 28000) . ";\n\$c = \\socket_last_error()" . str_repeat('[0]', 28000) . ";\n\$d = socket_read(...)"
    . str_repeat('()', 28000) . ";\n\$e = Socket::class" . str_repeat('::B', 50) . ";\n"
    . "\$f = " . str_repeat('[', 6000) . 'SOCK_DGRAM' . str_repeat(']', 6000) . ";\n";
$file = tempnam(sys_get_temp_dir(), 'esa_deep');
file_put_contents($file, $code);
exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg($file) . ' 2>&1', $out, $status);
unlink($file);
if ($status !== 0) {
    die("skip PHP itself does not compile 28,000-link chains here (exit status $status)");
}
?>
--FILE--
<?php
/* Such chains are as deep as they are long. The walker used to recurse once per
 * link, with a bigger frame than PHP's compiler, and crashed PHP 8.2 at about
 * 24,700 links where PHP alone compiles 32,000 to 58,000 (8 MB stack). It now
 * walks them with a stack on the heap. The findings sit at the deepest link.
 * ::B chains take PHP's own compiler quadratic time, so that one stays short.
 * The nested arrays are the input tools/ci/fuzz found: from 6,000 levels (PHP parses up
 * to about 9,990) they overflowed the stack of the ASan build, whose frames are
 * larger. */
require dirname(__DIR__) . '/print.inc';

$n = 28000;
$code = "<?php\n"
    . "\$a = AF_INET" . str_repeat(' . $a', $n) . ";\n"
    . "\$b = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP)" . str_repeat('->m()', $n) . ";\n"
    . "\$c = \\socket_last_error()" . str_repeat('[0]', $n) . ";\n"
    . "\$d = socket_read(...)" . str_repeat('()', $n) . ";\n"
    . "\$e = Socket::class" . str_repeat('::B', 50) . ";\n"
    . "\$f = " . str_repeat('[', 6000) . 'SOCK_DGRAM' . str_repeat(']', 6000) . ";\n";

echo "-- scan --\n";
esa_print(extsockets_audit_scan_string($code, 'deep.php'));

echo "-- include --\n";
$file = __DIR__ . '/walker_deep_chains.inc';
file_put_contents($file, '<?php return; ?>' . $code);
include $file;
esa_print(esa_usage_of($file));
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/walker_deep_chains.inc');
?>
--EXPECT--
-- scan --
2 {main} constant AF_INET fetch
3 {main} function socket_create call
3 {main} constant AF_INET6 fetch
3 {main} constant SOCK_STREAM fetch
3 {main} constant SOL_TCP fetch
4 {main} function socket_last_error call
5 {main} function socket_read first-class-callable
6 {main} class Socket class-name
7 {main} constant SOCK_DGRAM fetch
-- include --
2 {main} constant AF_INET fetch
3 {main} function socket_create call
3 {main} constant AF_INET6 fetch
3 {main} constant SOCK_STREAM fetch
3 {main} constant SOL_TCP fetch
4 {main} function socket_last_error call
5 {main} function socket_read first-class-callable
6 {main} class Socket class-name
7 {main} constant SOCK_DGRAM fetch
