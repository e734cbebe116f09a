--TEST--
Call counting, site identity: copies of one function (closures rebound to other scopes, with run-time caches of their own; generators) count at one site, in memory that does not grow with the copies
--EXTENSIONS--
sockets
--FILE--
<?php
require __DIR__ . '/calls.inc';
class A {}
class B {}
$f = function () { return socket_strerror(1); };
foreach ([A::class, B::class, null] as $scope) {
    for ($i = 0; $i < 3; $i++) {
        Closure::bind($f, null, $scope)();
    }
}
function gen() { yield socket_strerror(2); yield socket_strerror(3); }
foreach ([1, 2] as $round) {
    foreach (gen() as $message) {}
}
/* A copy bound to another scope each time: each has a run-time cache of its own. */
$before = memory_get_usage();
for ($i = 0; $i < 20000; $i++) {
    Closure::bind($f, null, $i % 2 ? A::class : B::class)();
}
$growth = memory_get_usage() - $before;
echo $growth < 64 * 1024 ? "memory flat\n" : "memory grew by $growth bytes\n";
esa_print_calls(__FILE__);
?>
--EXPECT--
memory flat
5 {closure} socket_strerror call calls=20009
11 gen socket_strerror call calls=4
