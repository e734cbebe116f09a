--TEST--
Audit log under logrotate(8) with the shipped stanza (examples/logrotate): rename and create in a directory only root may write, a long-running PHP follows; a created file it may not open: records go on into the rotated one
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
$logrotate = trim((string) @shell_exec('command -v logrotate || ls /usr/sbin/logrotate /sbin/logrotate 2>/dev/null'));
if ($logrotate === '') die('skip logrotate(8) is not installed (Debian: apt-get install logrotate)');
if (trim((string) shell_exec('id -u')) === '0') {
    if (!is_executable('/usr/bin/setpriv')) die('skip running as root without setpriv');
    /* valgrind follows the child, and as nobody cannot write its report. */
    if (getenv('USE_ZEND_ALLOC') === '0') die('skip as root under valgrind');
    /* The test hands its files to nobody by name. */
    $probe = tempnam(sys_get_temp_dir(), 'esa_chown');
    $named = @chown($probe, 'nobody');
    unlink($probe);
    if (!$named) die('skip this PHP cannot look up the user nobody by name (chown)');
}
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$logrotate = strtok(trim(shell_exec('command -v logrotate || ls /usr/sbin/logrotate /sbin/logrotate 2>/dev/null')), "\n");
$root = trim(shell_exec('id -u')) === '0';
/* As root: the directory is root's, and PHP runs as nobody, as FPM workers do. */
$user = $root ? 'nobody' : trim(shell_exec('id -un'));
$group = trim(shell_exec($root ? 'id -gn nobody' : 'id -gn'));
$dir = sys_get_temp_dir() . '/esa_logrotate_' . getmypid();
@mkdir("$dir/logs", 0755, true);
chmod($dir, 0755);
chmod("$dir/logs", 0755);
$log = "$dir/logs/audit.jsonl";
touch($log);
chmod($log, 0640);
if ($root) {
    chown($log, $user);
    chgrp($log, $group);
}
copy(ini_get('extension_dir') . '/extsockets_audit.so', "$dir/extsockets_audit.so");
chmod("$dir/extsockets_audit.so", 0644);

/* The shipped stanza, its path and create owner made this test's; su only as root. */
$stanza = file_get_contents(dirname(__DIR__, 2) . '/examples/logrotate/extsockets-audit');
$stanza = str_replace('/var/log/php/extsockets_audit.jsonl', $log, $stanza);
$stanza = preg_replace('/^(\s*create) 0640 www-data adm$/m', "\$1 0640 $user $group", $stanza, 1, $created);
if (!$root) {
    $stanza = preg_replace('/^\s*su .*\n/m', '', $stanza);
}
$config = "$dir/logrotate.conf";
file_put_contents($config, $stanza);
chmod($config, 0644);
$rotate = function (string $config) use ($logrotate, $dir) {
    exec(escapeshellarg($logrotate) . ' -f -s ' . escapeshellarg("$dir/state") . ' ' . escapeshellarg($config) . ' 2>&1', $out, $status);
    echo "logrotate: exit status $status", $out ? ': ' . implode("\n", $out) : '', "\n";
};
echo "stanza: create rewritten $created time, ", $root ? 'su kept' : 'su removed', "\n";

/* The child includes lib<k>.inc when sig/go<k> appears, then writes sig/done<k>. */
mkdir("$dir/sig");
chmod("$dir/sig", 0777);
for ($k = 1; $k <= 5; $k++) {
    file_put_contents("$dir/lib$k.inc", "<?php\n" . str_repeat("\n", $k) . "return fn(\$s) => socket_close(\$s);\n");
}
file_put_contents("$dir/child.php", <<<'PHP'
<?php
for ($k = 1; $k <= 5; $k++) {
    for ($t = 0; !file_exists(__DIR__ . "/sig/go$k") && $t < 3000; $t++) {
        usleep(10000);
    }
    include __DIR__ . "/lib$k.inc";
    touch(__DIR__ . "/sig/done$k");
}
PHP);
foreach (glob("$dir/*") as $f) {
    if (is_file($f)) {
        chmod($f, 0644);
    }
}
$command = [PHP_BINARY, '-n', '-d', "extension_dir=$dir", '-d', 'extension=extsockets_audit.so',
    '-d', "extsockets_audit.log=$log", "$dir/child.php"];
if ($root) {
    $command = array_merge(['/usr/bin/setpriv', '--reuid=65534', '--regid=' . esa_group_id($group), '--clear-groups'], $command);
}
function esa_group_id(string $group): string
{
    return trim(shell_exec('getent group ' . escapeshellarg($group) . ' | cut -d: -f3'));
}
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$step = function (int $k) use ($dir) {
    touch("$dir/sig/go$k");
    for ($t = 0; !file_exists("$dir/sig/done$k") && $t < 3000; $t++) {
        usleep(10000);
    }
};
$later = fn() => usleep(1100000);

$step(1);
echo "-- logrotate with the stanza --\n";
$rotate($config);
$later();
$step(2);
echo "-- logrotate creating a file PHP may not open (mode 0440) --\n";
file_put_contents("$dir/wrong.conf", str_replace("create 0640 $user", "create 0440 $user", $stanza));
chmod("$dir/wrong.conf", 0644);
$rotate("$dir/wrong.conf");
$later();
$step(3);
$later();
$step(4);
echo "-- the mode put right --\n";
chmod($log, 0640);
$later();
$step(5);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
echo 'exit status ', proc_close($process), "\n", str_replace($dir, 'DIR', $out);

foreach (['audit.jsonl.2.gz', 'audit.jsonl.1', 'audit.jsonl'] as $name) {
    $data = @file_get_contents("$dir/logs/$name");
    if ($data !== false && substr($name, -3) === '.gz') {
        $data = shell_exec('gzip -dc ' . escapeshellarg("$dir/logs/$name"));
    }
    echo "$name:\n";
    foreach (explode("\n", trim((string) $data)) as $line) {
        $r = json_decode($line, true);
        echo $line === '' ? "(empty)\n" : (is_array($r) ? basename($r['file']) . ':' . $r['line'] . "\n" : "not a record\n");
    }
}
exec('rm -rf ' . escapeshellarg($dir));
?>
--EXPECT--
stanza: create rewritten 1 time, su kept
-- logrotate with the stanza --
logrotate: exit status 0
-- logrotate creating a file PHP may not open (mode 0440) --
logrotate: exit status 0
-- the mode put right --
exit status 0
PHP Warning:  extsockets_audit: the audit log DIR/logs/audit.jsonl was rotated, and this process cannot open the new file: Permission denied; records go on into the file the path named before, and the path is tried again every second (this process reports no further failures; see php --ri extsockets_audit)
audit.jsonl.2.gz:
lib1.inc:3
audit.jsonl.1:
lib2.inc:4
lib3.inc:5
lib4.inc:6
audit.jsonl:
lib5.inc:7
