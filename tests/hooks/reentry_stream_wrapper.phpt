--TEST--
Re-entrant compiles: a stream wrapper whose opening includes through itself, 3 levels deep, with a parse error (file and eval) and an error handler that compiles at each level; with and without opcache
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/opcache/opcache_modes.inc';

$scenario = __DIR__ . '/reentry_stream_wrapper.inc';
$real = __DIR__ . '/reentry_stream_wrapper_real.inc';
file_put_contents($real, "<?php\n\n\n\n\nreturn fn(\$s) => \\socket_accept(\$s);\n");
file_put_contents($scenario, <<<'PHP'
<?php
require_once __DIR__ . '/reentry.inc';
$level = fn(int $n, string $symbol, array $before) => [
    'before' => $before,
    /* One that compiles (a finding on line $n), one that does not, while the file is being opened. */
    'eval' => [str_repeat("\n", $n - 1) . "return fn(\$s) => \\socket_write(\$s, '$n');", "return \\socket_send(\$s, '$n') +;"],
    /* A compile-time deprecation on line $n + 1, a finding on line $n + 2. */
    'code' => "<?php\n" . str_repeat("\n", $n - 1) . "return [function (\$x = 1, \$y) {},\n    fn(\$s) => \\$symbol(\$s)];\n",
];
EsaWrapper::$files = [
    'l1' => $level(1, 'socket_create_listen', ['l2', 'bad1']),
    'l2' => $level(2, 'socket_listen', ['l3', 'bad2']),
    'l3' => $level(3, 'socket_close', [__DIR__ . '/reentry_stream_wrapper_real.inc', 'bad3']),
    /* A parse error after code that would be findings. */
    'bad1' => ['code' => "<?php\nreturn fn(\$s) => \\socket_recv(\$s, \$b, 1, 0);\nfunction (\n"],
    'bad2' => ['code' => "<?php\nreturn fn(\$s) => \\socket_recv(\$s, \$b, 2, 0);\nfunction (\n"],
    'bad3' => ['code' => "<?php\nreturn fn(\$s) => \\socket_recv(\$s, \$b, 3, 0);\nfunction (\n"],
    'handled' => ['code' => "<?php\nreturn fn(\$s) => \\socket_shutdown(\$s);\n"],
];
/* Runs while a file is compiled, on its deprecation (line $line): compiles more, one of
 * them in vain; the eval'd finding is on the line after $line. */
set_error_handler(function (int $no, string $message, string $file, int $line) {
    if ($no !== E_DEPRECATED) {
        return false;
    }
    eval(str_repeat("\n", $line) . 'return fn($s) => \socket_set_nonblock($s);');
    include 'esa://handled';
    try {
        eval('return \socket_set_block($s) +;');
    } catch (ParseError $e) {
    }
    return true;
});
include 'esa://l1';
echo "findings:\n";
esa_print_sorted(extsockets_audit_usage());
extsockets_audit_reset();
include 'esa://l1';
echo "after a reset, the same again:\n";
esa_print_sorted(extsockets_audit_usage());
PHP);

echo "== without opcache, in this process\n";
require $scenario;
echo "== with opcache\n";
echo esa_child([], "require '$scenario';");
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/reentry_stream_wrapper.inc');
@unlink(__DIR__ . '/reentry_stream_wrapper_real.inc');
?>
--EXPECT--
== without opcache, in this process
  opening l3: ParseError in bad3:4
  opening l3: ParseError in eval()'d code:1
  opening l2: ParseError in bad2:4
  opening l2: ParseError in eval()'d code:1
  opening l1: ParseError in bad1:4
  opening l1: ParseError in eval()'d code:1
findings:
  reentry.inc(34) : eval()'d code:1 socket_write call
  reentry.inc(34) : eval()'d code:2 socket_write call
  reentry.inc(34) : eval()'d code:3 socket_write call
  reentry_stream_wrapper.inc(26) : eval()'d code:3 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:4 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:5 socket_set_nonblock call
  reentry_stream_wrapper_real.inc:6 socket_accept call
  esa://handled:2 socket_shutdown call
  esa://l1:3 socket_create_listen call
  esa://l2:4 socket_listen call
  esa://l3:5 socket_close call
  opening l3: ParseError in bad3:4
  opening l3: ParseError in eval()'d code:1
  opening l2: ParseError in bad2:4
  opening l2: ParseError in eval()'d code:1
  opening l1: ParseError in bad1:4
  opening l1: ParseError in eval()'d code:1
after a reset, the same again:
  reentry.inc(34) : eval()'d code:1 socket_write call
  reentry.inc(34) : eval()'d code:2 socket_write call
  reentry.inc(34) : eval()'d code:3 socket_write call
  reentry_stream_wrapper.inc(26) : eval()'d code:3 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:4 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:5 socket_set_nonblock call
  reentry_stream_wrapper_real.inc:6 socket_accept call
  esa://handled:2 socket_shutdown call
  esa://l1:3 socket_create_listen call
  esa://l2:4 socket_listen call
  esa://l3:5 socket_close call
== with opcache
  opening l3: ParseError in bad3:4
  opening l3: ParseError in eval()'d code:1
  opening l2: ParseError in bad2:4
  opening l2: ParseError in eval()'d code:1
  opening l1: ParseError in bad1:4
  opening l1: ParseError in eval()'d code:1
findings:
  reentry.inc(34) : eval()'d code:1 socket_write call
  reentry.inc(34) : eval()'d code:2 socket_write call
  reentry.inc(34) : eval()'d code:3 socket_write call
  reentry_stream_wrapper.inc(26) : eval()'d code:3 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:4 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:5 socket_set_nonblock call
  reentry_stream_wrapper_real.inc:6 socket_accept call
  esa://handled:2 socket_shutdown call
  esa://l1:3 socket_create_listen call
  esa://l2:4 socket_listen call
  esa://l3:5 socket_close call
  opening l3: ParseError in bad3:4
  opening l3: ParseError in eval()'d code:1
  opening l2: ParseError in bad2:4
  opening l2: ParseError in eval()'d code:1
  opening l1: ParseError in bad1:4
  opening l1: ParseError in eval()'d code:1
after a reset, the same again:
  reentry.inc(34) : eval()'d code:1 socket_write call
  reentry.inc(34) : eval()'d code:2 socket_write call
  reentry.inc(34) : eval()'d code:3 socket_write call
  reentry_stream_wrapper.inc(26) : eval()'d code:3 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:4 socket_set_nonblock call
  reentry_stream_wrapper.inc(26) : eval()'d code:5 socket_set_nonblock call
  reentry_stream_wrapper_real.inc:6 socket_accept call
  esa://handled:2 socket_shutdown call
  esa://l1:3 socket_create_listen call
  esa://l2:4 socket_listen call
  esa://l3:5 socket_close call
