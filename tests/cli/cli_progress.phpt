--TEST--
extsockets-audit scan: a progress line on standard error when it is a terminal (or --progress), erased before the report; quiet otherwise
--FILE--
<?php
require __DIR__ . '/cli.inc';

$files = [];
for ($i = 1; $i <= 12; $i++) {
    $files[sprintf('src/file%02d.php', $i)] = "<?php\nsocket_close(\$s);\n";
}
$files['src/' . str_repeat('a-very-long-directory-name/', 4) . 'last.php'] = "<?php\nsocket_close(\$s);\n";
$dir = esa_tree($files);

function visible(string $s): string
{
    return strtr($s, ["\r" => '<CR>', "\033[K" => '<EL>']);
}
/* The first and the last update are always drawn; those between depend on time. */
function progress(string $err, bool $names = true): string
{
    $updates = explode("<CR><EL>", visible($err));
    if (!$names) {
        // Workers finish in any order: the file named in each update varies.
        $updates = array_map(fn($u) => preg_replace('/%  .*/', '%', $u), $updates);
    }
    $last = array_pop($updates);
    return sprintf("%d+ updates, first %s, last %s, then %s\n", min(2, count($updates) - 1), $updates[1] ?? '-',
        $updates[count($updates) - 1] ?? '-', var_export($last, true));
}

echo "-- stderr is a pipe: quiet\n";
$run = esa_run(['scan', '-f', 'json', 'src'], $dir);
var_dump($run['rc'], $run['err']);
echo "-- --progress on a pipe\n";
$run = esa_run(['scan', '-f', 'json', '--progress', 'src'], $dir, null, ['COLUMNS' => '50']);
echo progress($run['err']);
var_dump(json_decode($run['out'], true)['summary']['findings']);
echo "-- --progress with --jobs 3\n";
echo progress(esa_run(['scan', '--progress', '-j', '3', 'src'], $dir, null, ['COLUMNS' => '50'])['err'], false);
echo "-- --progress and a scan error: the line is erased before the error\n";
file_put_contents("$dir/src/zz.php", "<?php\nfunction (\n");
echo progress(esa_run(['scan', '--progress', 'src/zz.php', 'src/file01.php'], $dir)['err']);

echo "-- a terminal (script(1) gives the command a pseudo-terminal)\n";
foreach (['', ' --no-progress'] as $option) {
    $command = 'cd ' . escapeshellarg($dir) . ' && COLUMNS=60 ' . escapeshellarg(PHP_BINARY) . ' -n '
        . escapeshellarg(esa_bin()) . " scan src/file0*.php -f github$option";
    $tty = shell_exec('script -qec ' . escapeshellarg($command) . ' /dev/null');
    $tty = str_replace("\r\n", "\n", $tty);
    echo "scan$option: ", str_contains($tty, "\r\033[K[") ? 'progress line' : 'no progress line', ', ',
        substr_count($tty, "::warning"), " annotations, report starts on its own line: ",
        var_export((bool) preg_match('/(^|\r\033\[K)::warning file=src\/file01.php/', $tty), true), "\n";
}
?>
--EXPECT--
-- stderr is a pipe: quiet
int(1)
string(0) ""
-- --progress on a pipe
2+ updates, first [ 1/13]   7%  ...ery-long-directory-name/last.php, last [13/13] 100%  src/file12.php, then ''
int(13)
-- --progress with --jobs 3
2+ updates, first [ 1/13]   7%, last [13/13] 100%, then ''
-- --progress and a scan error: the line is erased before the error
2+ updates, first [1/2]  50%  src/file01.php, last [2/2] 100%  src/zz.php, then 'extsockets-audit: src/zz.php:3: ParseError: Unclosed \'(\' on line 2
'
-- a terminal (script(1) gives the command a pseudo-terminal)
scan: progress line, 9 annotations, report starts on its own line: true
scan --no-progress: no progress line, 9 annotations, report starts on its own line: true