--TEST--
extsockets_audit_usage(): each finding once per process; extsockets_audit_reset()
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$inc = __DIR__ . '/usage_dedup_reset.inc';
file_put_contents($inc, <<<'PHP'
<?php
return function ($s) {
    \socket_close($s);
    \socket_close($s);
    return AF_INET;
};
PHP);

echo "-- the same file included twice --\n";
include $inc;
include $inc;
esa_print(extsockets_audit_usage(), true);

echo "-- eval of the same code: at one line, at two lines --\n";
$code = 'return fn($s) => \socket_bind($s, "h");';
for ($i = 0; $i < 3; $i++) {
    eval($code);
}
eval($code);
eval($code);
esa_print(array_values(array_filter(extsockets_audit_usage(), fn($f) => str_contains($f['file'], 'eval'))), true);

echo "-- reset --\n";
extsockets_audit_reset();
var_dump(extsockets_audit_usage());
extsockets_audit_reset();
include $inc;
eval($code);
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/usage_dedup_reset.inc');
?>
--EXPECT--
-- the same file included twice --
usage_dedup_reset.inc:3 {closure} function socket_close call
usage_dedup_reset.inc:4 {closure} function socket_close call
usage_dedup_reset.inc:5 {closure} constant AF_INET fetch
-- eval of the same code: at one line, at two lines --
usage_dedup_reset.php(22) : eval()'d code:1 {closure} function socket_bind call
usage_dedup_reset.php(24) : eval()'d code:1 {closure} function socket_bind call
usage_dedup_reset.php(25) : eval()'d code:1 {closure} function socket_bind call
-- reset --
array(0) {
}
usage_dedup_reset.inc:3 {closure} function socket_close call
usage_dedup_reset.inc:4 {closure} function socket_close call
usage_dedup_reset.inc:5 {closure} constant AF_INET fetch
usage_dedup_reset.php(33) : eval()'d code:1 {closure} function socket_bind call
