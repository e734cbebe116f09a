--TEST--
opcache: a script compiled while the store is full counts its refused findings once, and is not restored from the cache it was just put in (its batch was left unmarked, so the outer hook unpacked and counted it again)
--EXTENSIONS--
opcache
--FILE--
<?php
$dir = sys_get_temp_dir() . '/esa_full_cold_' . getmypid();
@mkdir($dir, 0777, true);
file_put_contents("$dir/a.php", '<?php
function f1() { return socket_create(AF_INET, SOCK_STREAM, 0); }
function f2() { return socket_strerror(1); }
function f3() { return socket_last_error(); }
');
file_put_contents("$dir/main.php", '<?php
function report(string $when): void
{
    ob_start();
    (new ReflectionExtension("extsockets_audit"))->info();
    preg_match("/Scripts restored from the code cache => (\d+)/", ob_get_clean(), $m);
    echo $when, ": findings ", count(extsockets_audit_usage()), ", dropped ", extsockets_audit_stats()["dropped"],
        ", restored ", $m[1], "\n";
}
include __DIR__ . "/a.php";
report("compiled");
');
$args = [PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit'];
if (file_exists(ini_get('extension_dir') . '/opcache.so')) {   /* not when built in (PHP 8.5) */
    array_push($args, '-d', 'zend_extension=opcache');
}
array_push($args, '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0',
    '-d', 'extsockets_audit.max_findings=1', '-d', 'display_errors=0', '-d', 'log_errors=0', "$dir/main.php");
$proc = proc_open($args, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
echo 'exit status ', proc_close($proc), "\n";
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
PHP Warning:  extsockets_audit: 1 findings recorded, the limit of extsockets_audit.max_findings: new findings are counted as dropped, not recorded, until extsockets_audit_reset() (this process reports this once; see php --ri extsockets_audit)
compiled: findings 1, dropped 4, restored 0
exit status 0
