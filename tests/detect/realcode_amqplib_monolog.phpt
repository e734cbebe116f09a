--TEST--
Real code: ext/sockets references in Debian's php-amqplib and php-monolog match the verified list
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
/* Verified against php-amqplib 3.5.3-1 and php-monolog 2.9.1-1 (Debian 12); on
 * another version, regenerate tests/realcode/expected-amqplib-monolog.txt with
 * tests/realcode/scan_packages.php and re-check every changed line by hand. */
require dirname(__DIR__) . '/realcode/scan_packages.php';

$result = esa_realcode_scan(['/usr/share/php/PhpAmqpLib', '/usr/share/php/Monolog']);
$actual = explode("\n", rtrim(esa_realcode_format($result), "\n"));
$expected = explode("\n", rtrim(file_get_contents(dirname(__DIR__) . '/realcode/expected-amqplib-monolog.txt'), "\n"));

if ($actual === $expected) {
    echo "OK {$result['findings']} findings in {$result['files']} files\n";
} else {
    foreach (array_diff($expected, $actual) as $line) {
        echo "missing: $line\n";
    }
    foreach (array_diff($actual, $expected) as $line) {
        echo "extra:   $line\n";
    }
    if (!array_diff($expected, $actual) && !array_diff($actual, $expected)) {
        echo "same lines, different order or repetition\n";
    }
}
?>
--EXPECT--
OK 68 findings in 184 files
