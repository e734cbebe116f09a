--TEST--
Audit log on a full disk (/dev/full): one warning, findings still recorded, a bounded backlog, the rest counted as dropped
--SKIPIF--
<?php
if (!is_writable('/dev/full')) die('skip /dev/full is not available');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log=/dev/full
error_log={PWD}/log_full_disk.err
--FILE--
<?php
require __DIR__ . '/log.inc';

$err = __DIR__ . '/log_full_disk.err';
@unlink($err);
$small = __DIR__ . '/log_full_disk_small.inc';
file_put_contents($small, "<?php\nreturn fn(\$s) => socket_close(\$s);\n");
include $small;
echo count(extsockets_audit_usage()), " finding recorded\n";
esa_log_info();

echo "-- 6000 more findings: more than the backlog holds --\n";
$big = __DIR__ . '/log_full_disk_big.inc';
file_put_contents($big, "<?php\nif (false) {\n" . str_repeat("echo AF_INET;\n", 6000) . "}\n");
include $big;
echo count(extsockets_audit_usage()), " findings recorded\n";
ob_start();
esa_log_info();
$info = ob_get_clean();
echo $info;
preg_match('/(\d+) held back, (\d+) dropped/', $info, $m);
$record = strlen(json_encode(['ts' => '2000-01-01T00:00:00.000000Z', 'pid' => getmypid(), 'host' => gethostname(), 'sapi' => PHP_SAPI,
    'file' => $big, 'line' => 1000, 'scope' => '{main}', 'kind' => 'constant', 'symbol' => 'AF_INET', 'form' => 'fetch', 'impact' => 'breaks',
    'script' => realpath(__FILE__)], JSON_UNESCAPED_SLASHES)) + 1;
var_dump($m[1] + $m[2] === 6001, $m[1] * $record <= 1024 * 1024 + 6001, $m[1] * $record > 1024 * 1024 - 2 * $record);
echo esa_error_log($err);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/log_full_disk.err');
@unlink(__DIR__ . '/log_full_disk_small.inc');
@unlink(__DIR__ . '/log_full_disk_big.inc');
?>
--EXPECTF--
1 finding recorded
Audit log => /dev/full (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: write: No space left on device
Audit log path check => writable
Audit log records => 0 written, 1 held back, 0 dropped
-- 6000 more findings: more than the backlog holds --
6001 findings recorded
Audit log => /dev/full (json)
Audit log host => HOST (the system's host name)
Audit log last write => failed at TS: write: No space left on device
Audit log path check => writable
Audit log records => 0 written, %d held back, %d dropped
bool(true)
bool(true)
bool(true)
PHP Warning:  extsockets_audit: cannot write the audit log /dev/full: No space left on device; findings are still recorded, and held back until the log can be written again (this process reports no further failures; see php --ri extsockets_audit)
