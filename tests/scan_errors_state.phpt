--TEST--
Scan functions: a scan that fails leaves error handling as it was (diagnostics shown, none replayed)
--DESCRIPTION--
PHP 8.5's compiler records diagnostics until the compile ends; a scan that bails out must not
leave that recording on (later warnings would vanish) nor its error listed (the next compile
error would report it instead of its own).
--FILE--
<?php
try {
    extsockets_audit_scan_string("<?php\nbreak;\n", 'first.php');
} catch (CompileError $e) {
    echo $e->getMessage(), " in ", $e->getFile(), "\n";
}
trigger_error("shown at once", E_USER_WARNING);
echo "after the warning\n";
try {
    extsockets_audit_scan_string("<?php\n\nclass A { const X = 1; const X = 2; }\n", 'second.php');
} catch (CompileError $e) {
    echo $e->getMessage(), " in ", $e->getFile(), " on line ", $e->getLine(), "\n";
}
?>
--EXPECTF--
'break' not in the 'loop' or 'switch' context in first.php

Warning: shown at once in %s on line %d
after the warning
Cannot redefine class constant A::X in second.php on line 3
