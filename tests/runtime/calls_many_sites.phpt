--TEST--
Call counting: thousands of sites in one file and in eval'd code, each counted exactly
--EXTENSIONS--
sockets
--FILE--
<?php
$inc = __DIR__ . '/calls_many_sites.inc';
$n = 3000;
$code = "<?php\nfunction calls_many_sites() {\n";
for ($i = 0; $i < $n; $i++) {
    /* Line $i + 3 runs its call ($i % 5) + 1 times. */
    $code .= "for (\$k = 0; \$k <= " . ($i % 5) . "; \$k++) socket_strerror(\$k);\n";
}
$code .= "}\ncalls_many_sites();\ncalls_many_sites();\n";
file_put_contents($inc, $code);
include $inc;

/* 1,000 evals from one line, each freed before the next: 50 line numbers, each
 * code eval'd ($i % 3) + 1 times in a row. */
$evalExpected = [];
for ($i = 0; $i < 1000; $i++) {
    $line = $i % 50 + 1;
    for ($k = 0; $k <= $i % 3; $k++) {
        eval(str_repeat("\n", $line - 1) . 'socket_strerror(0);');
    }
    $evalExpected[$line] = ($evalExpected[$line] ?? 0) + $i % 3 + 1;
}

$fileSites = $fileWrong = $evalSites = $evalWrong = 0;
foreach (extsockets_audit_usage() as $f) {
    if ($f['file'] === $inc && $f['scope'] === 'calls_many_sites') {
        $fileSites++;
        if ($f['calls'] !== 2 * (($f['line'] - 3) % 5 + 1)) {
            $fileWrong++;
            echo "$f[line]: calls=$f[calls]\n";
        }
    } elseif (str_ends_with($f['file'], "eval()'d code")) {
        $evalSites++;
        if ($f['calls'] !== $evalExpected[$f['line']]) {
            $evalWrong++;
            echo "eval $f[line]: calls=$f[calls], not {$evalExpected[$f['line']]}\n";
        }
    }
}
echo "file: $fileSites sites, $fileWrong wrong\n";
echo "eval: $evalSites sites, $evalWrong wrong\n";
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/calls_many_sites.inc');
?>
--EXPECT--
file: 3000 sites, 0 wrong
eval: 50 sites, 0 wrong
