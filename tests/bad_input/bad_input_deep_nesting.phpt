--TEST--
Bad input: expressions nested 10,000 deep compile with the extension exactly when they compile without it
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$file = __DIR__ . '/bad_input_deep_nesting.inc';

/* PHP alone and PHP with the extension lint the same file; their verdicts must match.
 * Whether 10,000 levels compile at all is PHP's own business: 8.2 compiles the
 * left-deep chains, 8.3+ may stop with its compile-time stack limit, and the
 * parser stops right-deep nesting at 10,000 levels ("memory exhausted"). */
function lint(string $file, bool $with): string
{
    $cmd = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir')];
    if ($with) {
        array_push($cmd, '-d', 'extension=extsockets_audit');
    }
    array_push($cmd, '-d', 'display_errors=stdout', '-l', $file);
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    return proc_close($proc) . ' ' . trim($out);
}

$n = 10000;
$shapes = [
    'sum' => '$x = ' . str_repeat('1 + ', $n) . '\SOCK_STREAM;',
    'property chain' => '$x = $a' . str_repeat('->b', $n) . ';',
    'call chain' => '$x = $a' . str_repeat('()', $n) . ';',
    'dim chain' => '$x = $a' . str_repeat('[0]', $n) . ' . \AF_INET;',
    'concat' => '$x = \'socket_close\'' . str_repeat(' . $a', $n) . ';',
    'parentheses' => '$x = ' . str_repeat('(', $n) . 'AF_INET' . str_repeat(')', $n) . ';',
    'arrays' => '$x = ' . str_repeat('[', $n) . 'SOL_TCP' . str_repeat(']', $n) . ';',
    'calls' => '$x = ' . str_repeat('f(', $n) . 'SO_DEBUG' . str_repeat(')', $n) . ';',
    'negations' => '$x = ' . str_repeat('!', $n) . 'MSG_PEEK;',
    /* every link guards the next (impact): the chain is walked without recursion */
    'checks and'    => '$x = ' . str_repeat("extension_loaded('sockets') && ", $n) . 'SOCK_STREAM;',
    'if conditions' => str_repeat("if (extension_loaded('sockets') && \$a) ", 1000) . 'socket_close($a);',
];
foreach ($shapes as $shape => $code) {
    file_put_contents($file, "<?php\nfunction deep(\$a) {\n    $code\n}\n");
    $without = lint($file, false);
    $with = lint($file, true);
    echo str_pad($shape, 15), $with === $without ? 'same verdict' : "DIFFERENT:\n  without: $without\n  with:    $with", "\n";
}

/* And where the compile succeeds everywhere, the findings deep inside are exact. */
$m = 2000;
file_put_contents($file, "<?php\nfunction deep(\$a) {\n"
    . "    \$x = " . str_repeat('1 + ', $m) . "\\SOCK_STREAM;\n"
    . "    \$y = \$a" . str_repeat('->b', $m) . "(AF_INET);\n"
    . "    \$z = \$a" . str_repeat('()', $m) . ";\n"
    . "    \$w = \$a" . str_repeat('[0]', $m) . " . \\AF_INET;\n"
    . "    return 'socket_close'" . str_repeat('()', 3) . ";\n"
    . "}\n"
    . "\$v = " . str_repeat("defined('AF_INET6') && ", $m) . "AF_INET6;\n"
    . "\$u = " . str_repeat("!defined('AF_INET6') || ", $m) . "AF_INET6;\n");
include $file;
esa_print(esa_usage_of($file), false, true);
esa_print(extsockets_audit_scan_file($file), false, true);

/* The scan API only parses, so chains longer than PHP compiles reach the walker:
 * each link of && or || guards the next, and the chain is walked without recursion. */
$k = 100000;
file_put_contents($file, "<?php\n\$x = " . str_repeat("extension_loaded('sockets') && ", $k) . "SOCK_STREAM;\n"
    . "\$y = " . str_repeat("!extension_loaded('sockets') || ", $k) . "SOCK_DGRAM;\n");
esa_print(extsockets_audit_scan_file($file), false, true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bad_input_deep_nesting.inc');
?>
--EXPECT--
sum            same verdict
property chain same verdict
call chain     same verdict
dim chain      same verdict
concat         same verdict
parentheses    same verdict
arrays         same verdict
calls          same verdict
negations      same verdict
checks and     same verdict
if conditions  same verdict
3 deep constant SOCK_STREAM fetch breaks
4 deep constant AF_INET fetch breaks
6 deep constant AF_INET fetch breaks
7 deep function socket_close callable-string breaks
9 {main} constant AF_INET6 probe harmless
9 {main} constant AF_INET6 fetch guarded
10 {main} constant AF_INET6 probe harmless
10 {main} constant AF_INET6 fetch guarded
3 deep constant SOCK_STREAM fetch breaks
4 deep constant AF_INET fetch breaks
6 deep constant AF_INET fetch breaks
7 deep function socket_close callable-string breaks
9 {main} constant AF_INET6 probe harmless
9 {main} constant AF_INET6 fetch guarded
10 {main} constant AF_INET6 probe harmless
10 {main} constant AF_INET6 fetch guarded
2 {main} extension sockets probe harmless
2 {main} constant SOCK_STREAM fetch guarded
3 {main} extension sockets probe harmless
3 {main} constant SOCK_DGRAM fetch guarded
