--TEST--
opcache modes: off (no opcache) gives the fixture's findings
--INI--
opcache.enable=0
opcache.enable_cli=0
--FILE--
<?php
require __DIR__ . '/opcache_modes.inc';
/* PHP 8.5 always has opcache: off means not enabled. */
var_dump(function_exists('opcache_get_status') && opcache_get_status(false) !== false);
include ESA_FIXTURE;
esa_fixture_report();
var_dump(esa_cache_restores());
?>
--EXPECT--
bool(false)
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
int(0)
