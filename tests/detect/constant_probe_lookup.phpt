--TEST--
Constants: defined() probes and constant() lookups
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
if (defined('SO_REUSEPORT')) {}
$v = constant('SOL_TCP');
$w = constant('\SOL_UDP');
if (\defined(
    'TCP_NODELAY'
)) {}
$x = constant(name: 'MSG_PEEK');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
if (defined('AF_INET')) {}
$v = constant('AF_INET6');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not socket constants --\n";
$code = <<<'PHP'
<?php
defined('so_reuseport');
defined('App\SO_REUSEPORT');
constant('Foo::AF_INET');
constant($name);
defined('PHP_EOL');
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} constant SO_REUSEPORT probe
3 {main} constant SOL_TCP lookup
4 {main} constant SOL_UDP lookup
6 {main} constant TCP_NODELAY probe
8 {main} constant MSG_PEEK lookup
-- namespace --
3 {main} constant AF_INET probe
4 {main} constant AF_INET6 lookup
-- not socket constants --
(none)
