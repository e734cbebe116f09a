--TEST--
System calls: none per compile with the audit log off (no getpid() per compile that records findings); with it on, one write() per compile that records new findings, and nothing else per compile
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux') die('skip counts system calls with strace (Linux)');
/* tools/test.sh -m (valgrind) and tools/ci/asan run the children under a tool that makes system calls of its own. */
if (getenv('USE_ZEND_ALLOC') === '0') die('skip under valgrind or AddressSanitizer: the tool\'s own system calls would be counted');
if (trim((string) shell_exec('command -v strace 2>/dev/null')) === '') die('skip strace is not installed (Debian: strace; .ci/run installs it)');
if (trim((string) shell_exec('strace -f -c -o /dev/null true 2>&1 >/dev/null; echo $?')) !== '0') die('skip strace cannot trace here (ptrace not permitted)');
?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/esa_syscalls_' . getmypid();
mkdir($dir);
/* 40 files, each with findings of its own, included without opcache: 40 compiles. */
$main = "<?php\n";
for ($i = 0; $i < 40; $i++) {
    file_put_contents("$dir/f$i.php", "<?php\nfunction f$i() { return socket_strerror(AF_INET + $i); }\n");
    $main .= "include __DIR__ . '/f$i.php';\n";
}
file_put_contents("$dir/main.php", $main);

function esa_count(string $dir, array $args): array
{
    $out = "$dir/strace.out";
    $cmd = array_merge(['strace', '-f', '-c', '-o', $out, PHP_BINARY, '-n'], $args, ["$dir/main.php"]);
    $p = proc_open($cmd, [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    proc_close($p);
    $counts = [];
    foreach (file($out) as $line) {
        if (preg_match('/^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$/', $line, $m)) {
            $counts[$m[2]] = (int) $m[1];
        }
    }
    unlink($out);
    return $counts;
}

$ext = ['-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit'];
$without = esa_count($dir, []);
$off = esa_count($dir, $ext);
$on = esa_count($dir, array_merge($ext, ['-d', "extsockets_audit.log=$dir/audit.log"]));
$d = fn(array $a, array $b, string $call) => ($a[$call] ?? 0) - ($b[$call] ?? 0);
echo "log off: getpid() calls added by the extension: ", $d($off, $without, 'getpid'), " (at startup)\n";
echo "log on: getpid() calls added: ", $d($on, $without, 'getpid'), "\n";
echo "log on: write() calls added over log off: ", $d($on, $off, 'write'), "\n";
echo "log on: records: ", count(file("$dir/audit.log")), "\n";
unlink("$dir/audit.log");
for ($i = 0; $i < 40; $i++) {
    unlink("$dir/f$i.php");
}
unlink("$dir/main.php");
rmdir($dir);
?>
--EXPECT--
log off: getpid() calls added by the extension: 1 (at startup)
log on: getpid() calls added: 1
log on: write() calls added over log off: 40
log on: records: 80
