--TEST--
Re-entrant compiles under opcache: a script served from the cache brings its findings even when user code compiles other code during the lookup (an error handler for the warnings opcache.record_warnings replays)
--EXTENSIONS--
opcache
--SKIPIF--
<?php
if (ini_get('opcache.record_warnings') === false) die('skip opcache.record_warnings needs PHP 8.1');
/* PHP 8.5's opcache calls the error handler for the recorded warnings on the first compile too,
 * and counts the lookups differently: the expected output below is that of PHP 8.1 to 8.4. */
if (PHP_VERSION_ID >= 80500) die('skip the replay of recorded warnings differs on PHP 8.5 (expected output is for 8.1 to 8.4)');
?>
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
opcache.record_warnings=1
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require dirname(__DIR__) . '/opcache/opcache_modes.inc';
require __DIR__ . '/reentry.inc';

$a = __DIR__ . '/reentry_opcache_lookup_a.inc';
$b = __DIR__ . '/reentry_opcache_lookup_b.inc';
/* Each has a compile-time deprecation, which a cache hit replays. */
file_put_contents($a, "<?php\nreturn [function (\$x = 1, \$y) {},\n    fn(\$s) => \\socket_create(AF_INET, SOCK_STREAM, 0)];\n");
file_put_contents($b, "<?php\n\nreturn [function (\$x = 1, \$y) {},\n    fn(\$s) => \\socket_bind(\$s, 'h')];\n");
set_error_handler(function (int $no, string $message, string $file, int $line) use ($a, $b) {
    echo "  handler: ", basename($file), ":$line\n";
    if ($file === $a) {
        include $b;
    }
    eval('return fn($s) => \socket_write($s, "x");');
    return true;
});
for ($round = 1; $round <= 3; $round++) {
    $restores = esa_cache_restores();
    echo "round $round: include a\n";
    include $a;
    var_dump(opcache_is_script_cached($a));
    echo "  restored from the cache: ", esa_cache_restores() - $restores, "\n";
    esa_print_sorted(extsockets_audit_usage());
    extsockets_audit_reset();
}
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/reentry_opcache_lookup_a.inc');
@unlink(__DIR__ . '/reentry_opcache_lookup_b.inc');
?>
--EXPECT--
round 1: include a
bool(true)
  restored from the cache: 0
  reentry_opcache_lookup_a.inc:3 AF_INET fetch
  reentry_opcache_lookup_a.inc:3 SOCK_STREAM fetch
  reentry_opcache_lookup_a.inc:3 socket_create call
round 2: include a
  handler: reentry_opcache_lookup_a.inc:2
bool(true)
  restored from the cache: 1
  reentry_opcache_lookup.php(15) : eval()'d code:1 socket_write call
  reentry_opcache_lookup_a.inc:3 AF_INET fetch
  reentry_opcache_lookup_a.inc:3 SOCK_STREAM fetch
  reentry_opcache_lookup_a.inc:3 socket_create call
  reentry_opcache_lookup_b.inc:4 socket_bind call
round 3: include a
  handler: reentry_opcache_lookup_a.inc:2
bool(true)
  restored from the cache: 2
  reentry_opcache_lookup.php(15) : eval()'d code:1 socket_write call
  reentry_opcache_lookup_a.inc:3 AF_INET fetch
  reentry_opcache_lookup_a.inc:3 SOCK_STREAM fetch
  reentry_opcache_lookup_a.inc:3 socket_create call
  reentry_opcache_lookup_b.inc:4 socket_bind call
