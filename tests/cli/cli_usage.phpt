--TEST--
extsockets-audit: help, version, and every usage error exits 2 with a message
--FILE--
<?php
require __DIR__ . '/cli.inc';

$help = esa_run(['--help']);
echo "help: rc={$help['rc']} ", strtok($help['out'], "\n"), ' ... ', substr_count($help['out'], "\n"), " lines\n";
var_dump(esa_run(['help'])['out'] === $help['out'], esa_run(['scan', '-h'])['out'] === $help['out']);
$version = esa_run(['--version']);
echo "version: rc={$version['rc']} ", $version['out'];

$dir = esa_tree(['a.php' => "<?php\n"]);
foreach ([
    [],
    ['frob'],
    ['scan'],
    ['report'],
    ['scan', '--frob', '.'],
    ['scan', '-x', '.'],
    ['scan', '--format', 'xml', '.'],
    ['scan', '-f'],
    ['scan', '--output=', '.'],
    ['scan', '--jobs', '0', '.'],
    ['scan', '-j', 'two', '.'],
    ['scan', '--extensions', 'php,,inc', '.'],
    ['scan', '--skip-vendor=yes', '.'],
    ['scan', '-hx'],
    ['scan', '--base-dir', 'missing', '.'],
    ['report', '--jobs', '2', 'a.log'],
    ['report', '--exclude', 'x', 'a.log'],
    ['scan', '--baseline', 'a.json', '--generate-baseline', 'b.json', '.'],
    ['scan', '--fail-on', 'nope', '.'],
    ['scan', '--fail-on=breaks,', '.'],
    ['scan', '--fail-on=executed', '.'],
    ['report', '--fail-on=undeclared', 'a.log'],
    ['report', '--log', 'a.log', 'b.log'],
    ['scan', '--log-base-dir', '/srv', '.'],
    ['scan', '--fail-on', 'breaks', '--generate-baseline', 'b.json', '.'],
] as $args) {
    $run = esa_run($args, $dir);
    printf("%-62s rc=%d %s%s\n", implode(' ', $args) ?: '(nothing)', $run['rc'],
        $run['out'] === '' ? '' : 'STDOUT! ', strtok($run['err'], "\n"));
}

echo "-- accepted spellings --\n";
foreach ([['scan', '--format=json', 'a.php'], ['scan', '-fjson', 'a.php'], ['scan', '-f', 'json', 'a.php'],
          ['--format', 'json', 'scan', 'a.php'], ['scan', 'a.php', '-j2', '--format', 'json'],
          ['scan', '--', 'a.php']] as $args) {
    $run = esa_run($args, $dir);
    printf("%-40s rc=%d %s\n", implode(' ', $args), $run['rc'], $run['out'][0] ?? '');
}
?>
--EXPECT--
help: rc=0 Usage: ... 39 lines
bool(true)
bool(true)
version: rc=0 extsockets-audit 0.1.0
(nothing)                                                      rc=2 extsockets-audit: no command given
frob                                                           rc=2 extsockets-audit: unknown command 'frob'
scan                                                           rc=2 extsockets-audit: scan needs at least one PATH
report                                                         rc=2 extsockets-audit: report needs at least one LOG (or - for standard input)
scan --frob .                                                  rc=2 extsockets-audit: unknown option --frob
scan -x .                                                      rc=2 extsockets-audit: unknown option -x
scan --format xml .                                            rc=2 extsockets-audit: unknown format 'xml' (one of: text, json, sarif, checkstyle, github)
scan -f                                                        rc=2 extsockets-audit: option --format needs a value
scan --output= .                                               rc=2 extsockets-audit: option --output needs a non-empty value
scan --jobs 0 .                                                rc=2 extsockets-audit: --jobs takes a number of processes from 1 to 9999, not '0'
scan -j two .                                                  rc=2 extsockets-audit: --jobs takes a number of processes from 1 to 9999, not 'two'
scan --extensions php,,inc .                                   rc=2 extsockets-audit: --extensions takes a comma-separated list such as php,inc,module
scan --skip-vendor=yes .                                       rc=2 extsockets-audit: option --skip-vendor takes no value
scan -hx                                                       rc=2 extsockets-audit: option -h takes no value
scan --base-dir missing .                                      rc=2 extsockets-audit: --base-dir missing: no such directory
report --jobs 2 a.log                                          rc=2 extsockets-audit: option --jobs applies to scan only
report --exclude x a.log                                       rc=2 extsockets-audit: option --exclude applies to scan only
scan --baseline a.json --generate-baseline b.json .            rc=2 extsockets-audit: --baseline and --generate-baseline exclude each other
scan --fail-on nope .                                          rc=2 extsockets-audit: --fail-on takes breaks, undeclared, executed (repeatable, or a comma-separated list), not 'nope'
scan --fail-on=breaks, .                                       rc=2 extsockets-audit: --fail-on takes breaks, undeclared, executed (repeatable, or a comma-separated list), not ''
scan --fail-on=executed .                                      rc=2 extsockets-audit: --fail-on=executed needs --log LOG: only audit logs tell what ran
report --fail-on=undeclared a.log                              rc=2 extsockets-audit: --fail-on=undeclared applies to scan only: declarations come from the Composer metadata of scanned trees
report --log a.log b.log                                       rc=2 extsockets-audit: option --log applies to scan only
scan --log-base-dir /srv .                                     rc=2 extsockets-audit: --log-base-dir needs --log
scan --fail-on breaks --generate-baseline b.json .             rc=2 extsockets-audit: --fail-on and --generate-baseline exclude each other
-- accepted spellings --
scan --format=json a.php                 rc=0 {
scan -fjson a.php                        rc=0 {
scan -f json a.php                       rc=0 {
--format json scan a.php                 rc=0 {
scan a.php -j2 --format json             rc=0 {
scan -- a.php                            rc=0 V