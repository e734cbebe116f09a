--TEST--
README: the command-line install commands work as documented (prefix replaced by a temporary directory), and the installed command runs
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--SKIPIF--
<?php
if (!is_executable('/bin/sh')) die('skip needs /bin/sh');
?>
--FILE--
<?php
/* The ```sh block of README.md's "Command line" section that installs the command. */
$root = dirname(__DIR__, 2);
$readme = file_get_contents("$root/README.md");
preg_match_all('/^```sh\n(.*?)^```$/ms', $readme, $blocks);
$install = array_values(array_filter($blocks[1], fn($b) => str_contains($b, 'cp -r bin cli')));
var_dump(count($install));
$commands = $install[0];

$prefix = sys_get_temp_dir() . '/esa_readme_install_' . getmypid();
/* As root, without sudo (tests may run as any user), into the temporary prefix. */
$script = str_replace(['sudo ', '/usr/local/'], ['', "$prefix/"], $commands);
echo strtr($script, [$prefix => 'PREFIX']);

function run(array $command, string $cwd, array $env = []): void
{
    $proc = proc_open($command, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $cwd, $env + getenv());
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    echo $out, 'exit status ', proc_close($proc), "\n";
}
echo "-- install, from the source tree\n";
run(['/bin/sh', '-e', '-c', $script], $root);
var_dump(is_link("$prefix/bin/extsockets-audit"), is_file("$prefix/lib/extsockets-audit/cli/Application.php"));

echo "-- installed extsockets-audit --version, from elsewhere\n";
ob_start();
/* Through the link, under this PHP (the script's "#!/usr/bin/env php" could find another one);
 * it finds the module through EXTSOCKETS_AUDIT_MODULE, as an installed command does through
 * extension_dir after `make install`. */
$module = realpath(ini_get('extension_dir') . '/extsockets_audit.so') ?: realpath("$root/modules/extsockets_audit.so");
run([PHP_BINARY, '-n', "$prefix/bin/extsockets-audit", '--version'], sys_get_temp_dir(), ['EXTSOCKETS_AUDIT_MODULE' => $module]);
echo str_replace(phpversion('extsockets_audit'), 'VERSION', ob_get_clean());

echo "-- installing again over the first install\n";
run(['/bin/sh', '-e', '-c', $script], $root);
exec('rm -rf ' . escapeshellarg($prefix));
?>
--EXPECT--
int(1)
install -d PREFIX/lib/extsockets-audit PREFIX/bin
cp -r bin cli PREFIX/lib/extsockets-audit/
ln -sf PREFIX/lib/extsockets-audit/bin/extsockets-audit PREFIX/bin/extsockets-audit
-- install, from the source tree
exit status 0
bool(true)
bool(true)
-- installed extsockets-audit --version, from elsewhere
extsockets-audit VERSION
exit status 0
-- installing again over the first install
exit status 0
