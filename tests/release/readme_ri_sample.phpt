--TEST--
README: the `php --ri extsockets_audit` sample is what the module prints with default settings
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
/* The block of README.md that starts with "$ php -n -d extension=... --ri extsockets_audit". */
$root = dirname(__DIR__, 2);
$readme = file_get_contents("$root/README.md");
preg_match_all('/^```\n(\$ php [^\n]*--ri extsockets_audit)\n(.*?)^```$/ms', $readme, $blocks);
var_dump(count($blocks[0]));
echo $blocks[1][0], "\n";
$sample = $blocks[2][0];

/* The same command, with this build's module. */
$module = realpath(ini_get('extension_dir') . '/extsockets_audit.so') ?: realpath("$root/modules/extsockets_audit.so");
$proc = proc_open([PHP_BINARY, '-n', '-d', "extension=$module", '--ri', 'extsockets_audit'],
    [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
$actual = stream_get_contents($pipes[1]);
fclose($pipes[1]);
echo 'exit status ', proc_close($proc), "\n";

/* The version is the build's; a PHP with ext/sockets built in (a --enable-sockets build) counts calls. */
$actual = str_replace('Version => ' . phpversion('extsockets_audit') . "\n", "Version => VERSION\n", $actual);
$sample = preg_replace('/^Version => \d+\.\d+\.\d+\S*$/m', 'Version => VERSION', $sample);
$builtIn = shell_exec(escapeshellarg(PHP_BINARY) . ' -n -m');
if (preg_match('/^sockets$/m', (string) $builtIn)) {
    $actual = str_replace("Counting calls of ext/sockets functions => yes\n",
        "Counting calls of ext/sockets functions => no (ext/sockets is not loaded)\n", $actual);
}
if ($actual === $sample) {
    echo "the README's sample is the module's output\n";
} else {
    echo "differs:\n-- README\n$sample-- module\n$actual";
}
?>
--EXPECT--
int(1)
$ php -n -d extension=modules/extsockets_audit.so --ri extsockets_audit
exit status 0
the README's sample is the module's output
