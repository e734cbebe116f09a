--TEST--
Release metadata: package.xml is current, and it, phpversion(), php --ri and the CLI agree on the version
--SKIPIF--
<?php
$root = dirname(__DIR__, 2);
if (!is_file("$root/package.xml") || !is_file("$root/tools/gen_package_xml.php")) {
    die('skip needs a clone (an unpacked release tarball holds neither package.xml nor the generator)');
}
exec('git -C ' . escapeshellarg($root) . ' rev-parse --git-dir 2>/dev/null', $out, $rc);
if ($rc !== 0) {
    die('skip needs git and a clone');
}
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip checks files, not memory: its child processes (git) are not ours to run under valgrind');
}
?>
--FILE--
<?php
$root = dirname(__DIR__, 2);

/* The staleness check of tools/gen_package_xml.php (also run by tools/ci/package-check). */
exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg("$root/tools/gen_package_xml.php")
    . ' --check 2>&1', $out, $rc);
echo $rc === 0 ? "gen_package_xml --check: current\n" : "gen_package_xml --check: exit $rc\n" . implode("\n", $out) . "\n";

/* One version everywhere: the module (from php_extsockets_audit.h), the phpinfo row that
 * `php --ri` prints, package.xml, and the command-line front end where it exists. */
$version = phpversion('extsockets_audit');
$mismatches = [];

ob_start();
(new ReflectionExtension('extsockets_audit'))->info();
$info = ob_get_clean();
if (!preg_match('/^Version => (\S+)$/m', $info, $m) || $m[1] !== $version) {
    $mismatches[] = 'php --ri: ' . ($m[1] ?? 'no Version row');
}

preg_match('~<version>\s*<release>([^<]*)</release>~', file_get_contents("$root/package.xml"), $m);
if (($m[1] ?? null) !== $version) {
    $mismatches[] = 'package.xml: ' . ($m[1] ?? 'no <version><release>');
}

if (is_file("$root/bin/extsockets-audit")) {
    $cmd = escapeshellarg(PHP_BINARY) . ' -n -d extension_dir=' . escapeshellarg(ini_get('extension_dir'))
        . ' -d extension=extsockets_audit ' . escapeshellarg("$root/bin/extsockets-audit") . ' --version 2>&1';
    exec($cmd, $cli, $cliRc);
    if ($cliRc !== 0 || !preg_match('/(^|\s)' . preg_quote($version, '/') . '(\s|$)/', implode("\n", $cli))) {
        $mismatches[] = "bin/extsockets-audit --version (exit $cliRc): " . implode(' | ', $cli);
    }
}

var_dump((bool) preg_match('/^\d+\.\d+\.\d+((alpha|beta|RC)\d+)?$/', $version));
echo 'mismatches: ', $mismatches ? implode('; ', $mismatches) : 'none', "\n";
?>
--EXPECT--
gen_package_xml --check: current
bool(true)
mismatches: none
