--TEST--
opcache modes: file cache only, a second process loads the script from disk and still reports its findings
--EXTENSIONS--
opcache
--FILE--
<?php
require __DIR__ . '/opcache_modes.inc';
$dir = sys_get_temp_dir() . '/esa_file_cache_only_' . getmypid();
@mkdir($dir);
$ini = ['opcache.file_cache' => $dir, 'opcache.file_cache_only' => 1];
$code = 'include ESA_FIXTURE; esa_fixture_report(); echo "restored: ", esa_cache_restores(), "\n";';
echo "-- first process (compiles, writes the file cache)\n", esa_child($ini, $code);
echo "-- second process (loads it)\n", esa_child($ini, $code);
esa_rmdir($dir);
?>
--EXPECT--
-- first process (compiles, writes the file cache)
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
-- second process (loads it)
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
restored: 1
