--TEST--
extsockets-audit scan --jobs N: the same report, byte for byte and in the same order, as one process, in every format
--SKIPIF--
<?php
require __DIR__ . '/cli.inc';
esa_skip_under_valgrind();
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';

$files = [];
for ($i = 0; $i < 60; $i++) {
    $name = sprintf('%s/f%02d.php', ['a', 'b/c', 'd'][$i % 3], $i);
    $files[$name] = match ($i % 6) {
        0 => "<?php\necho 1;\n",
        1 => "<?php\nnamespace N$i;\nfunction f() { return socket_create(AF_INET, SOCK_STREAM, 0); }\n",
        2 => "<?php\nsocket_close(\$s)\nbroken(;\n",
        default => str_repeat("<?php\nif (defined('AF_INET6')) { \\socket_bind(\$s, 'h'); }\n?>\n", $i % 6),
    };
}
$dir = esa_tree($files);

foreach (['text', 'json', 'sarif', 'checkstyle', 'github'] as $format) {
    $one = esa_run(['scan', '-f', $format, '.'], $dir);
    $same = [];
    foreach ([2, 3, 8] as $jobs) {
        $run = esa_run(['scan', '-f', $format, '--jobs', (string) $jobs, '.'], $dir);
        $same[] = "-j$jobs " . ($run === $one ? 'same' : 'DIFFERENT');
    }
    printf("%-10s rc=%d %5d lines out, %2d lines err: %s\n", $format, $one['rc'], substr_count($one['out'], "\n"),
        substr_count($one['err'], "\n"), implode(', ', $same));
}
echo "-- more jobs than files\n";
var_dump(esa_run(['scan', '-j', '16', 'a/f00.php', 'a/f03.php', 'd/f05.php'], $dir) === esa_run(['scan', 'a/f00.php', 'a/f03.php', 'd/f05.php'], $dir));
echo "-- baseline and --generate-baseline\n";
esa_run(['scan', '.', '-j', '3', '--generate-baseline', 'b3.json'], $dir);
esa_run(['scan', '.', '--generate-baseline', 'b1.json'], $dir);
var_dump(file_get_contents("$dir/b1.json") === file_get_contents("$dir/b3.json"));
echo esa_run(['scan', '.', '-j', '4', '--baseline', 'b1.json'], $dir)['out'];
?>
--EXPECT--
text       rc=2   360 lines out, 10 lines err: -j2 same, -j3 same, -j8 same
json       rc=2  2813 lines out, 10 lines err: -j2 same, -j3 same, -j8 same
sarif      rc=2 10076 lines out, 10 lines err: -j2 same, -j3 same, -j8 same
checkstyle rc=2   383 lines out, 10 lines err: -j2 same, -j3 same, -j8 same
github     rc=2   280 lines out, 10 lines err: -j2 same, -j3 same, -j8 same
-- more jobs than files
bool(true)
-- baseline and --generate-baseline
bool(true)
Verdict: removing ext/sockets breaks 10 sites in 10 files.

60 files scanned: no new ext/sockets use, 270 known in b1.json, 10 errors (on standard error).