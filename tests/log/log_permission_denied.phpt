--TEST--
Audit log the process may not write (as nobody, when the suite runs as root): one warning, PHP keeps running
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (function_exists('posix_geteuid') ? posix_geteuid() === 0 : trim((string) shell_exec('id -u')) === '0') {
    if (!is_executable('/usr/bin/setpriv')) die('skip running as root without setpriv');
    /* valgrind follows the child, and as nobody cannot write its report. */
    if (getenv('USE_ZEND_ALLOC') === '0') die('skip as root under valgrind');
}
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

/* As root, the child runs as nobody, from a directory nobody can read. */
$root = trim((string) shell_exec('id -u')) === '0';
$dir = sys_get_temp_dir() . '/esa_permission_denied_' . getmypid();
@mkdir($dir, 0755);
chmod($dir, 0755);
copy(ini_get('extension_dir') . '/extsockets_audit.so', "$dir/extsockets_audit.so");
file_put_contents("$dir/lib.inc", "<?php\nreturn fn(\$s) => socket_close(\$s);\n");
file_put_contents("$dir/child.php", "<?php\ninclude __DIR__ . '/lib.inc';\neval('if (false) { echo AF_INET; }');\n"
    . "echo count(extsockets_audit_usage()), \" findings recorded\\n\";\n"
    . "ob_start(); (new ReflectionExtension('extsockets_audit'))->info();\n"
    . "echo implode(\"\\n\", preg_grep('/^Audit log/', explode(\"\\n\", ob_get_clean()))), \"\\n\";\n");
file_put_contents("$dir/audit.jsonl", '');
chmod("$dir/audit.jsonl", 0400);
$command = [PHP_BINARY, '-n', '-d', "extension_dir=$dir", '-d', 'extension=extsockets_audit.so',
    '-d', "extsockets_audit.log=$dir/audit.jsonl", "$dir/child.php"];
if ($root) {
    $command = array_merge(['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'], $command);
}
[$status, $out, $err] = esa_run($command);
echo "exit status $status\n";
echo str_replace($dir, 'DIR', preg_replace('/\d{4}-\d\d-\d\dT[\d:.]+Z/', 'TS', esa_log_mask_host($out) . $err));
var_dump(filesize("$dir/audit.jsonl"));
foreach (glob("$dir/*") as $f) {
    unlink($f);
}
rmdir($dir);
?>
--EXPECT--
exit status 0
2 findings recorded
Audit log => DIR/audit.jsonl (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: Permission denied
Audit log path check => not writable: Permission denied
Audit log records => 0 written, 2 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/audit.jsonl: Permission denied; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
int(0)
