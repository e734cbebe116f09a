--TEST--
Audit log path that is a FIFO (with a stalled reader, or none) or a socket: refused at once with one warning naming it, the request never waits; a character device (/dev/null) is written
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (!function_exists('posix_mkfifo') && trim((string) @shell_exec('command -v mkfifo')) === '') {
    die('skip neither posix_mkfifo() nor mkfifo(1) to make a FIFO');
}
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$dir = sys_get_temp_dir() . '/esa_not_regular_' . getmypid();
@mkdir($dir);
$fifo = "$dir/audit.fifo";
$lib = "$dir/lib.inc";
$child = "$dir/child.php";
file_put_contents($lib, "<?php\nreturn fn(\$s) => socket_close(\$s);\n");
esa_child_script($child, $lib);
$run = function (string $log) use ($child, $dir) {
    $started = microtime(true);
    [$status, $out, $err] = esa_run_bounded(esa_child_command($child, ['extsockets_audit.log' => $log]), 20);
    echo $status === null ? "the child hung: killed after 20 s\n" : "exit status $status\n";
    echo str_replace($dir, 'DIR', $out . $err);
};

if (function_exists('posix_mkfifo')) {
    posix_mkfifo($fifo, 0600);
} else {
    exec('mkfifo -m 0600 ' . escapeshellarg($fifo));
}
echo "-- a FIFO whose reader does not read, its pipe full --\n";
/* Read and write ends in one open that does not wait; filled until a write would block. */
$pipe = fopen($fifo, 'r+');
stream_set_blocking($pipe, false);
$filled = 0;
while (($n = fwrite($pipe, str_repeat('x', 4096))) > 0) {
    $filled += $n;
}
$run($fifo);
$held = '';
while (($data = fread($pipe, 65536)) !== false && $data !== '') {
    $held .= $data;
}
echo 'the FIFO holds only what the test wrote: ', var_export($held === str_repeat('x', $filled), true), "\n";

echo "-- a FIFO without a reader --\n";
fclose($pipe);
$run($fifo);

echo "-- a socket --\n";
$socket = "$dir/audit.sock";
$server = stream_socket_server("unix://$socket", $errno, $error);
$run($socket);
fclose($server);

echo "-- a character device --\n";
$run('/dev/null');

foreach (glob("$dir/*") as $f) {
    unlink($f);
}
rmdir($dir);
?>
--EXPECT--
-- a FIFO whose reader does not read, its pipe full --
exit status 0
Audit log => DIR/audit.fifo (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log path check => not writable: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log records => 0 written, 1 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/audit.fifo: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null); findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
the FIFO holds only what the test wrote: true
-- a FIFO without a reader --
exit status 0
Audit log => DIR/audit.fifo (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log path check => not writable: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log records => 0 written, 1 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/audit.fifo: the path is a FIFO (named pipe), which the audit log does not write to (only to a regular file, or a character device such as /dev/null); findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
-- a socket --
exit status 0
Audit log => DIR/audit.sock (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: open: the path is a socket, which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log path check => not writable: the path is a socket, which the audit log does not write to (only to a regular file, or a character device such as /dev/null)
Audit log records => 0 written, 1 held back, 0 dropped
PHP Warning:  extsockets_audit: cannot open the audit log DIR/audit.sock: the path is a socket, which the audit log does not write to (only to a regular file, or a character device such as /dev/null); findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
-- a character device --
exit status 0
Audit log => /dev/null (json)
Audit log host => HOST (the system's host name)
Audit log last write => ok at TS
Audit log path check => writable
Audit log records => 1 written, 0 held back, 0 dropped
