--TEST--
opcache: a blacklisted script (compiled, never stored) keeps its findings with its op_array until the request frees it, and the scripts stored in the meantime carry theirs to the next process
--EXTENSIONS--
opcache
--FILE--
<?php
require __DIR__ . '/opcache_modes.inc';
$dir = sys_get_temp_dir() . '/esa_blocks_waiting_' . getmypid();
@mkdir("$dir/cache", 0777, true);
file_put_contents("$dir/not_cached.php", '<?php
function not_cached() { return socket_strerror(1); }
');
file_put_contents("$dir/later.php", '<?php
function later() { return socket_last_error(); }
');
file_put_contents("$dir/blacklist.txt", "$dir/not_cached.php\n");
$ini = ['opcache.file_cache' => "$dir/cache", 'opcache.blacklist_filename' => "$dir/blacklist.txt"];
$code = 'include ' . var_export("$dir/not_cached.php", true) . '; include ESA_FIXTURE; include ' . var_export("$dir/later.php", true) . ';
foreach (extsockets_audit_usage() as $f) {
    if ($f["file"] !== ESA_FIXTURE) {
        echo basename($f["file"]), " ", $f["line"], " ", $f["symbol"], "\n";
    }
}
echo "fixture: ", count(esa_usage_of(ESA_FIXTURE)), " findings; restored: ", esa_cache_restores(), "\n";';
echo "-- first process (stores two scripts in shared memory and the file cache)\n", esa_child($ini, $code);
echo "-- second process (loads them from the file cache)\n", esa_child($ini, $code);
esa_rmdir($dir);
?>
--EXPECT--
-- first process (stores two scripts in shared memory and the file cache)
not_cached.php 2 socket_strerror
later.php 2 socket_last_error
fixture: 16 findings; restored: 0
-- second process (loads them from the file cache)
not_cached.php 2 socket_strerror
later.php 2 socket_last_error
fixture: 16 findings; restored: 2
