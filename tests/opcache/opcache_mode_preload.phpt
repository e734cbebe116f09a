--TEST--
opcache modes: preloading compiles before any request (in a child process when PHP runs as root), the findings reach the requests
--EXTENSIONS--
opcache
--SKIPIF--
<?php
/* As root, opcache preloads in a child that switches to opcache.preload_user, who must reach
 * the preload script: the test preloads a copy in a directory of its own under the temporary
 * directory, never the checkout, which may sit in a directory only its owner can enter. */
for ($dir = sys_get_temp_dir(); $dir !== '/' && $dir !== '.'; $dir = dirname($dir)) {
    if ((fileperms($dir) & 0001) === 0) {
        die("skip preloading as an unprivileged user needs every directory above the temporary directory searchable by others ($dir is not)");
    }
}
?>
--FILE--
<?php
require __DIR__ . '/opcache_modes.inc';
$dir = sys_get_temp_dir() . '/esa-preload-' . getmypid();
mkdir($dir);
chmod($dir, 0755);
$preload = "$dir/cached_script.php";
copy(ESA_FIXTURE, $preload);
chmod($preload, 0644);
$ini = ['opcache.preload' => $preload];
if (preg_match('/^Uid:\s+\d+\s+0\s/m', (string) @file_get_contents('/proc/self/status'))) {
    /* As root opcache preloads in a forked child that switches to this user. */
    $ini['opcache.preload_user'] = 'nobody';
}
$code = 'var_dump(function_exists("Fixture\\Cached\\open")); esa_print(esa_usage_of(' . var_export($preload, true) . '), false, true); echo "restored: ", esa_cache_restores(), "\n";';
echo esa_child($ini, $code);
unlink($preload);
rmdir($dir);
?>
--EXPECT--
bool(true)
6 {main} function socket_close import harmless
7 {main} constant SOL_TCP import harmless
10 Fixture\Cached\open constant AF_INET const-expr breaks
10 Fixture\Cached\open class Socket type harmless
12 Fixture\Cached\open constant SOCK_STREAM const-expr breaks
13 Fixture\Cached\open function socket_create call breaks
13 Fixture\Cached\open constant SOL_TCP fetch breaks
20 Fixture\Cached\Pool constant AF_INET6 const-expr breaks
21 Fixture\Cached\Pool::drain class Socket type harmless
23 Fixture\Cached\Pool::drain function socket_close callable-string breaks
24 {closure} function socket_close alias breaks
25 Fixture\Cached\Pool::drain function socket_last_error first-class-callable breaks
30 {main} extension sockets probe harmless
31 {main} function socket_clear_error call guarded
33 {main} extension sockets probe harmless
33 {main} constant MSG_PEEK probe harmless
restored: 0
