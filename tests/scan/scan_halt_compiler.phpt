--TEST--
scanning code with __halt_compiler() registers __COMPILER_HALT_OFFSET__ in the process
--FILE--
<?php
$file = __DIR__ . '/bug_scan_halt_compiler.inc';
file_put_contents($file, "<?php\necho \"included\\n\";\n__halt_compiler();DATA");
$before = count(get_defined_constants());
extsockets_audit_scan_file($file);
var_dump(count(get_defined_constants()) === $before);
include $file;
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/bug_scan_halt_compiler.inc');
?>
--EXPECT--
bool(true)
included
