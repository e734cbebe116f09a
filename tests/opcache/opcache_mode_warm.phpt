--TEST--
opcache modes: warm shared memory, an include served from the cache still reports the script's findings
--EXTENSIONS--
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
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
6 {main} function socket_close import
7 {main} constant SOL_TCP import
10 Fixture\Cached\open constant AF_INET const-expr
10 Fixture\Cached\open class Socket type
12 Fixture\Cached\open constant SOCK_STREAM const-expr
13 Fixture\Cached\open function socket_create call
13 Fixture\Cached\open constant SOL_TCP fetch
20 Fixture\Cached\Pool constant AF_INET6 const-expr
21 Fixture\Cached\Pool::drain class Socket type
23 Fixture\Cached\Pool::drain function socket_close callable-string
24 {closure} function socket_close alias
25 Fixture\Cached\Pool::drain function socket_last_error first-class-callable
30 {main} extension sockets probe
30 {main} constant MSG_PEEK probe
int(1)
int(14)
int(1)
