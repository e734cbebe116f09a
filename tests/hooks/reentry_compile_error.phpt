--TEST--
Re-entrant compiles: a fatal compile error at depth 1, 2 or 3 of nested compiles (a file through a stream wrapper, eval'd code, a real file), with and without opcache: what compiled before is recorded, nothing of the compiles it cut short, and compiling works afterwards
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/opcache/opcache_modes.inc';

$scenario = __DIR__ . '/reentry_compile_error.inc';
$real = __DIR__ . '/reentry_compile_error_real.inc';
/* Each has a finding, then a compile error. */
$bad = "<?php\nreturn fn(\$s) => \\socket_close(\$s);\nfunction esa_twice() {}\nfunction esa_twice() {}\n";
file_put_contents($real, $bad);
file_put_contents($scenario, <<<'PHP'
<?php
require_once __DIR__ . '/reentry.inc';
register_shutdown_function(function () {
    /* After the fatal error: a compile works as before, and is recorded. */
    eval('return fn($s) => \socket_strerror(1);');
    echo "shutdown:\n";
    esa_print_sorted(extsockets_audit_usage());
});
$bad = file_get_contents(__DIR__ . '/reentry_compile_error_real.inc');
/* okK: compiled at depth K + 1, before lK + 1 (or the bad one) is opened; lK: cut short. */
$files = [];
for ($k = 0; $k < $depth; $k++) {
    $files["ok$k"] = ['code' => "<?php\n" . str_repeat("\n", $k) . "return fn(\$s) => \\socket_bind(\$s, 'ok$k');\n"];
}
for ($k = 1; $k < $depth; $k++) {
    $files["l$k"] = ['before' => ["ok$k"], 'code' => "<?php\nreturn fn(\$s) => \\socket_listen(\$s, $k);\n"];
    if ($k + 1 < $depth) {
        $files["l$k"]['before'][] = 'l' . ($k + 1);
    }
}
$files['err'] = ['code' => $bad];
$last = $depth > 1 ? 'l' . ($depth - 1) : null;
if ($kind === 'eval') {
    $last === null ? null : $files[$last]['eval'] = [substr($bad, strlen("<?php\n"))];
} else {
    $failing = $kind === 'file' ? 'err' : __DIR__ . '/reentry_compile_error_real.inc';
    $last === null ? null : $files[$last]['before'][] = $failing;
}
EsaWrapper::$files = $files;
include 'esa://ok0';
if ($last !== null) {
    include 'esa://l1';
} elseif ($kind === 'eval') {
    eval(substr($bad, strlen("<?php\n")));
} else {
    include $kind === 'file' ? 'esa://err' : __DIR__ . '/reentry_compile_error_real.inc';
}
echo "not reached\n";
PHP);

foreach ([0, 1] as $opcache) {
    foreach (['file', 'eval', 'real'] as $kind) {
        for ($depth = 1; $depth <= 3; $depth++) {
            echo "== ", $opcache ? 'opcache' : 'no opcache', ", $kind, depth $depth\n";
            echo str_replace(__DIR__ . '/', '', esa_child(['opcache.enable' => $opcache, 'fatal_error_backtraces' => 0 /* PHP 8.5 */],
                "\$depth = $depth;\n\$kind = '$kind';\nrequire '$scenario';"));
        }
    }
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/reentry_compile_error.inc');
@unlink(__DIR__ . '/reentry_compile_error_real.inc');
?>
--EXPECTF--
== no opcache, file, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== no opcache, file, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== no opcache, file, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
== no opcache, eval, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== no opcache, eval, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== no opcache, eval, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
== no opcache, real, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== no opcache, real, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== no opcache, real, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
== opcache, file, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== opcache, file, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== opcache, file, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
== opcache, eval, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== opcache, eval, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== opcache, eval, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
== opcache, real, depth 1

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
exit status 255
== opcache, real, depth 2

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
exit status 255
== opcache, real, depth 3

Fatal error: Cannot redeclare %s
shutdown:
  reentry_compile_error.inc(5) : eval()'d code:1 socket_strerror call
  esa://ok0:2 socket_bind call
  esa://ok1:3 socket_bind call
  esa://ok2:4 socket_bind call
exit status 255
