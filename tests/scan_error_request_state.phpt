--TEST--
Scan functions: a fatal compile error leaves the request as it was (stack frame, cycle collector, clean shutdown)
--FILE--
<?php
/* A compile error in a scanned file bails out of PHP's compiler; zend_bailout()
 * also drops the current stack frame, switches the cycle collector off and marks
 * the request as ending in a fatal error. The scan must put all three back. */
function make_cycles(): void
{
    for ($i = 0; $i < 50; $i++) {
        $o = new stdClass;
        $o->self = $o;
    }
}

function cycles(): int
{
    make_cycles();
    return gc_collect_cycles();
}

function gen()
{
    try {
        yield 1;
    } finally {
        echo "generator finally ran\n";
    }
}

function scan_broken(): void
{
    try {
        extsockets_audit_scan_string("<?php\nbreak;\n", 'broken.php');
    } catch (CompileError $e) {
        echo $e->getMessage(), "\n";
        echo $e->getTraceAsString(), "\n";
    }
}

$g = gen();
$g->current();
echo "cycles collected before: ", cycles(), "\n";
scan_broken();
echo "cycles collected after: ", cycles(), "\n";
unset($g);
echo "end\n";
?>
--EXPECTF--
cycles collected before: 50
'break' not in the 'loop' or 'switch' context
#0 %sscan_error_request_state.php(%d): extsockets_audit_scan_string('<?php\nbreak;\n', 'broken.php')
#1 %sscan_error_request_state.php(%d): scan_broken()
#2 {main}
cycles collected after: 50
generator finally ran
end
