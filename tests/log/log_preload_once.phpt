--TEST--
Audit log with preloading: each finding of a preloaded file is logged once, by the process that serves the requests, also when opcache preloads in a child process (PHP started as root)
--EXTENSIONS--
opcache
--SKIPIF--
<?php
for ($dir = sys_get_temp_dir(); $dir !== '/' && $dir !== '.'; $dir = dirname($dir)) {
    if ((fileperms($dir) & 0001) === 0) {
        die("skip preloading as an unprivileged user needs every directory above the temporary directory searchable by others ($dir is not)");
    }
}
?>
--FILE--
<?php
require dirname(__DIR__) . '/opcache/opcache_modes.inc';
$dir = sys_get_temp_dir() . '/esa-preload-log-' . getmypid();
mkdir($dir);
chmod($dir, 0777);
$preload = "$dir/preloaded.php";
file_put_contents($preload, "<?php\nfunction preloaded() { return socket_create(AF_INET, SOCK_STREAM, 0); }\n");
chmod($preload, 0644);
$log = "$dir/audit.log";
$ini = ['opcache.preload' => $preload, 'extsockets_audit.log' => $log];
$root = preg_match('/^Uid:\s+\d+\s+0\s/m', (string) @file_get_contents('/proc/self/status'));
if ($root) {
    /* As root opcache preloads in a forked child that switches to this user. */
    $ini['opcache.preload_user'] = 'nobody';
}
echo esa_child($ini, 'echo count(extsockets_audit_usage()), " findings recorded by the process that runs the script\n";');
$records = array_map(fn($l) => json_decode($l, true), file($log, FILE_IGNORE_NEW_LINES));
foreach ($records as $r) {
    echo "$r[line] $r[scope] $r[kind] $r[symbol] $r[form]\n";
}
echo count(array_unique(array_column($records, 'pid'))), " process logged them\n";
unlink($log);
unlink($preload);
rmdir($dir);
?>
--EXPECT--
3 findings recorded by the process that runs the script
2 preloaded function socket_create call
2 preloaded constant AF_INET fetch
2 preloaded constant SOCK_STREAM fetch
1 process logged them
