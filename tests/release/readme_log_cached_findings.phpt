--TEST--
README (audit log): a process that gets a script from opcache, without compiling it, logs its findings too, once
--EXTENSIONS--
opcache
--FILE--
<?php
/* Two processes share opcache's file cache (file_cache_only) and one audit log: the first
 * compiles the script, the second loads it from the cache. Each logs the findings once. */
$dir = sys_get_temp_dir() . '/esa_readme_cached_' . getmypid();
@mkdir("$dir/cache", 0777, true);
$log = "$dir/audit.log";
file_put_contents("$dir/app.php", "<?php\nreturn function () {\n    return socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\n};\n");
file_put_contents("$dir/main.php", '<?php
include __DIR__ . "/app.php";
include __DIR__ . "/app.php";   // again: nothing new to log
ob_start();
(new ReflectionExtension("extsockets_audit"))->info();
$info = ob_get_clean();
$label = "Scripts restored from the code cache => ";
echo "restored from the cache: ", (int) substr($info, strpos($info, $label) + strlen($label)), "\n";
');

function child(string $dir, string $log): void
{
    $args = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit'];
    if (file_exists(ini_get('extension_dir') . '/opcache.so')) {   /* not when built in (PHP 8.5) */
        array_push($args, '-d', 'zend_extension=opcache');
    }
    array_push($args, '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0',
        '-d', "opcache.file_cache=$dir/cache", '-d', 'opcache.file_cache_only=1', '-d', "extsockets_audit.log=$log",
        "$dir/main.php");
    $proc = proc_open($args, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    echo 'exit status ', proc_close($proc), "\n";
}
/* The first process compiles app.php, then gets it from the file cache at the second include,
 * whose findings it committed when it compiled them: nothing is unpacked again (0 restored). */
echo "-- first process: compiles app.php\n";
child($dir, $log);
echo "-- second process: opcache serves app.php from its file cache\n";
child($dir, $log);

$byPid = [];
foreach (file($log) as $line) {
    $r = json_decode($line, true);
    $byPid[$r['pid']][] = "{$r['line']} {$r['kind']} {$r['symbol']} {$r['form']} ({$r['scope']})";
}
echo "-- the log: ", count($byPid), " processes\n";
foreach (array_values($byPid) as $i => $records) {
    echo "process ", $i + 1, ":\n  ", implode("\n  ", $records), "\n";
}
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
-- first process: compiles app.php
restored from the cache: 0
exit status 0
-- second process: opcache serves app.php from its file cache
restored from the cache: 1
exit status 0
-- the log: 2 processes
process 1:
  3 function socket_create call ({closure})
  3 constant AF_INET fetch ({closure})
  3 constant SOCK_STREAM fetch ({closure})
  3 constant SOL_TCP fetch ({closure})
process 2:
  3 function socket_create call ({closure})
  3 constant AF_INET fetch ({closure})
  3 constant SOCK_STREAM fetch ({closure})
  3 constant SOL_TCP fetch ({closure})
