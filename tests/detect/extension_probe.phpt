--TEST--
Extension: probes of the 'sockets' extension name
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
if (extension_loaded('sockets')) {}
if (\extension_loaded('SOCKETS')) {}
$f = get_extension_funcs('sockets');
$r = new ReflectionExtension('sockets');
$r = new \ReflectionExtension(name: 'sockets');
if (!extension_loaded(
    'sockets'
)) {}
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- namespace --\n";
$code = <<<'PHP'
<?php
namespace App;
use ReflectionExtension as RE;
if (extension_loaded('sockets')) {}
new RE('sockets');
new ReflectionExtension('sockets');
PHP;
esa_print(extsockets_audit_scan_string($code));

echo "-- not probes of the extension --\n";
$code = <<<'PHP'
<?php
extension_loaded('socket');
extension_loaded('standard');
echo 'sockets';
$name = 'sockets';
strlen('sockets');
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} extension sockets probe
3 {main} extension sockets probe
4 {main} extension sockets probe
5 {main} extension sockets probe
6 {main} extension sockets probe
8 {main} extension sockets probe
-- namespace --
4 {main} extension sockets probe
5 {main} extension sockets probe
-- not probes of the extension --
(none)
