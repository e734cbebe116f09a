--TEST--
opcache modes: warm shared memory with opcache.protect_memory=1 (the cache read-only between compiles): an include served from the cache still reports the script's findings, and nothing of ours writes into the cache
--EXTENSIONS--
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
opcache.protect_memory=1
--FILE--
<?php
require __DIR__ . '/opcache_modes.inc';
include ESA_FIXTURE;
/* Forget everything: the next include is a cache hit, and no compile happens. */
extsockets_audit_reset();
var_dump(extsockets_audit_usage());
include ESA_FIXTURE;
esa_fixture_report();
var_dump(esa_cache_restores());
/* A hit adds nothing new to what the process already holds, and its findings
 * are not unpacked again: once per process (until a reset) is enough. */
include ESA_FIXTURE;
var_dump(count(esa_usage_of(ESA_FIXTURE)), esa_cache_restores());
?>
--EXPECT--
array(0) {
}
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
int(1)
int(16)
int(1)
