--TEST--
extsockets-audit scan: which files a scan takes (extensions, --exclude, vendor, symlinks, VCS dirs, duplicates, missing paths)
--FILE--
<?php
require __DIR__ . '/cli.inc';

$use = "<?php\nsocket_close(\$s);\n";
$dir = esa_tree([
    'src/a.php' => $use, 'src/B.PHP' => $use, 'src/c.inc' => $use, 'src/d.phtml' => $use,
    'src/e.module' => $use, 'src/f.txt' => $use, 'src/tests/t.php' => $use, 'src/Legacy/old.php' => $use,
    'vendor/acme/lib/v.php' => $use, 'src/vendor/w.php' => $use, '.git/hooks/h.php' => $use,
    'lib/vendor.php' => $use, 'odd name, 100%.php' => $use,
]);
symlink("$dir/src", "$dir/linked-dir");
symlink("$dir/src/a.php", "$dir/src/z-link.php");

foreach ([
    ['.'],
    ['.', '--extensions', 'PHP,.module'],
    ['.', '--exclude', 'tests', '--exclude', 'src/Legacy/'],
    ['.', '--exclude', '*.inc', '--exclude', './lib/*'],
    ['.', '--exclude', 'src/*'],
    ['.', '--skip-vendor'],
    ['src/f.txt', 'src/e.module', 'src/a.php', 'src/../src/a.php'],
    ['src/c.inc', '--exclude', '*.inc'],
    ['linked-dir'],
    ['src', 'missing.php', 'missing-dir'],
] as $args) {
    $run = esa_run(array_merge(['scan', '-f', 'json'], $args), $dir);
    echo implode(' ', $args), "\n  ", esa_scanned($run);
    foreach (array_filter(explode("\n", $run['err'])) as $line) {
        echo "  E: $line\n";
    }
}
?>
--EXPECT--
.
  rc=1 files=10: lib/vendor.php odd name, 100%.php src/B.PHP src/Legacy/old.php src/a.php src/c.inc src/d.phtml src/tests/t.php src/vendor/w.php vendor/acme/lib/v.php
. --extensions PHP,.module
  rc=1 files=9: lib/vendor.php odd name, 100%.php src/B.PHP src/Legacy/old.php src/a.php src/e.module src/tests/t.php src/vendor/w.php vendor/acme/lib/v.php
. --exclude tests --exclude src/Legacy/
  rc=1 files=8: lib/vendor.php odd name, 100%.php src/B.PHP src/a.php src/c.inc src/d.phtml src/vendor/w.php vendor/acme/lib/v.php
. --exclude *.inc --exclude ./lib/*
  rc=1 files=8: odd name, 100%.php src/B.PHP src/Legacy/old.php src/a.php src/d.phtml src/tests/t.php src/vendor/w.php vendor/acme/lib/v.php
. --exclude src/*
  rc=1 files=3: lib/vendor.php odd name, 100%.php vendor/acme/lib/v.php
. --skip-vendor
  rc=1 files=8: lib/vendor.php odd name, 100%.php src/B.PHP src/Legacy/old.php src/a.php src/c.inc src/d.phtml src/tests/t.php
src/f.txt src/e.module src/a.php src/../src/a.php
  rc=1 files=3: src/a.php src/e.module src/f.txt
src/c.inc --exclude *.inc
  rc=0 files=0: 
linked-dir
  rc=1 files=7: linked-dir/B.PHP linked-dir/Legacy/old.php linked-dir/a.php linked-dir/c.inc linked-dir/d.phtml linked-dir/tests/t.php linked-dir/vendor/w.php
src missing.php missing-dir
  rc=2 files=7: src/B.PHP src/Legacy/old.php src/a.php src/c.inc src/d.phtml src/tests/t.php src/vendor/w.php
  E: extsockets-audit: missing.php: no such file or directory
  E: extsockets-audit: missing-dir: no such file or directory