--TEST--
extsockets-audit scan on Debian's php-amqplib and php-monolog: the verified findings, with one process or two
--SKIPIF--
<?php
foreach (['/usr/share/php/PhpAmqpLib', '/usr/share/php/Monolog'] as $dir) {
    if (!is_dir($dir)) {
        die("skip $dir is missing (apt-get install php-amqplib php-monolog)");
    }
}
?>
--FILE--
<?php
/* The same list tests/detect/realcode_amqplib_monolog.phpt checks through the scan API
 * (php-amqplib 3.5.3-1, php-monolog 2.9.1-1, Debian 12). */
require __DIR__ . '/cli.inc';

$expected = explode("\n", rtrim(file_get_contents(dirname(__DIR__) . '/realcode/expected-amqplib-monolog.txt'), "\n"));
$summary = array_pop($expected);
foreach (['1' => [], '2' => ['--jobs', '2']] as $jobs => $option) {
    $run = esa_run(array_merge(['scan', '-f', 'json', '--base-dir', '/usr/share/php',
        '/usr/share/php/PhpAmqpLib', '/usr/share/php/Monolog'], $option), '/');
    $doc = json_decode($run['out'], true);
    $actual = array_map(fn($f) => "{$f['file']}:{$f['line']} {$f['scope']} {$f['kind']} {$f['symbol']} {$f['form']}", $doc['findings']);
    usort($actual, function ($a, $b) {
        [$fa, $la] = explode(':', strtok($a, ' '));
        [$fb, $lb] = explode(':', strtok($b, ' '));
        return [$fa, (int) $la, $a] <=> [$fb, (int) $lb, $b];
    });
    echo "jobs=$jobs rc={$run['rc']} files={$doc['summary']['files']} findings={$doc['summary']['findings']} errors={$doc['summary']['errors']} ",
        $actual === $expected ? 'same as the verified list' : "DIFFERENT:\n" . implode("\n", array_diff($expected, $actual)) . "\n--\n" . implode("\n", array_diff($actual, $expected)), "\n";
}
echo "verified list: $summary\n";
?>
--EXPECT--
jobs=1 rc=1 files=184 findings=68 errors=0 same as the verified list
jobs=2 rc=1 files=184 findings=68 errors=0 same as the verified list
verified list: # files scanned: 184, findings: 68, errors: 0
