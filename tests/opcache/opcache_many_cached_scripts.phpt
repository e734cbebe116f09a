--TEST--
opcache: 300 cached scripts with findings, each included three times: each batch unpacked once per process, none lost, none logged twice, and past max_findings every include unpacks again
--EXTENSIONS--
opcache
--FILE--
<?php
/* The store remembers the batch (findings) of each cached script it committed, in a
 * set that grows (300 batches: past its first size) and starts over when it holds
 * max_findings batches; a batch seen again after that is unpacked again, and its
 * findings deduplicate. A batch is remembered whether the store took all of it or not
 * (its refused findings count as dropped once per unpacking). One process compiles the scripts into opcache's file cache;
 * the others get every one of them from it. */
$dir = sys_get_temp_dir() . '/esa_many_cached_' . getmypid();
@mkdir("$dir/cache", 0777, true);
@mkdir("$dir/lib", 0777, true);
for ($i = 0; $i < 300; $i++) {
    file_put_contents("$dir/lib/s$i.php", "<?php\nreturn function () { return \\socket_strerror($i); };\n");
}
file_put_contents("$dir/main.php", '<?php
for ($round = 0; $round < 3; $round++) {
    for ($i = 0; $i < 300; $i++) {
        include __DIR__ . "/lib/s$i.php";
    }
}
ob_start();
(new ReflectionExtension("extsockets_audit"))->info();
$info = ob_get_clean();
$label = "Scripts restored from the code cache => ";
$usage = extsockets_audit_usage();
$files = [];
foreach ($usage as $f) { $files[$f["file"]] = true; }
echo "restored from the cache: ", (int) substr($info, strpos($info, $label) + strlen($label)),
    "; findings: ", count($usage), " in ", count($files), " files\n";
');

function child(string $dir, string $log, int $max): void
{
    $args = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit'];
    if (file_exists(ini_get('extension_dir') . '/opcache.so')) {   /* not when built in (PHP 8.5) */
        array_push($args, '-d', 'zend_extension=opcache');
    }
    array_push($args, '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0',
        '-d', "opcache.file_cache=$dir/cache", '-d', 'opcache.file_cache_only=1', '-d', "extsockets_audit.log=$log",
        '-d', "extsockets_audit.max_findings=$max", '-d', 'display_errors=0', "$dir/main.php");
    $proc = proc_open($args, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    echo 'exit status ', proc_close($proc), "\n";
}
function logged(string $log): string
{
    $records = 0;
    $keys = [];
    $events = [];
    foreach (file($log) as $line) {
        $r = json_decode($line, true);
        if (!isset($r['symbol'])) {
            $events[] = "{$r['kind']} {$r['dropped']}";
            continue;
        }
        $records++;
        $keys["{$r['file']}:{$r['line']}:{$r['symbol']}"] = true;
    }
    return "$records findings, " . count($keys) . " distinct" . ($events ? '; ' . implode(', ', $events) : '');
}
echo "-- compiles every script\n";
child($dir, "$dir/a.log", 10000);
echo "log: ", logged("$dir/a.log"), "\n";
echo "-- gets every script from the file cache\n";
child($dir, "$dir/b.log", 10000);
echo "log: ", logged("$dir/b.log"), "\n";
echo "-- the same with max_findings=100: the store keeps 100, the batches start over\n";
child($dir, "$dir/c.log", 100);
echo "log: ", logged("$dir/c.log"), "\n";
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
-- compiles every script
restored from the cache: 0; findings: 300 in 300 files
exit status 0
log: 300 findings, 300 distinct
-- gets every script from the file cache
restored from the cache: 300; findings: 300 in 300 files
exit status 0
log: 300 findings, 300 distinct
-- the same with max_findings=100: the store keeps 100, the batches start over
PHP Warning:  extsockets_audit: 100 findings recorded, the limit of extsockets_audit.max_findings: new findings are counted as dropped, not recorded, until extsockets_audit_reset() (this process reports this once; see php --ri extsockets_audit)
restored from the cache: 900; findings: 100 in 100 files
exit status 0
log: 100 findings, 100 distinct; dropped 1, dropped 600
