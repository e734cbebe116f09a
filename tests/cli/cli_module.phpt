--TEST--
extsockets-audit: finds the module (loaded, build tree, extension_dir, EXTSOCKETS_AUDIT_MODULE), says how to build it when missing
--FILE--
<?php
require __DIR__ . '/cli.inc';

$module = realpath(ESA_ROOT . '/modules/extsockets_audit.so');
$dir = esa_tree(['a.php' => "<?php\nsocket_close(\$s);\n", 'b/c.php' => "<?php\nsocket_bind(\$s, 'h');\n", 'empty.log' => '']);
// A copy of the command outside the source tree: no modules/ beside it, as when installed.
$copy = esa_tree([]);
mkdir("$copy/bin");
copy(esa_bin(), "$copy/bin/extsockets-audit");
foreach (glob(ESA_ROOT . '/cli/{,Format/}*.php', GLOB_BRACE) as $file) {
    $target = $copy . '/cli/' . substr($file, strlen(ESA_ROOT . '/cli/'));
    @mkdir(dirname($target), 0777, true);
    copy($file, $target);
}
$extDir = esa_tree([]);
symlink($module, "$extDir/extsockets_audit.so");
$badDir = esa_tree(['extsockets_audit.so' => "not a shared object\n"]);
$emptyDir = esa_tree([]);

function show(string $what, array $run, array $paths): void
{
    echo "-- $what\n";
    $run['err'] = implode("\n", preg_grep('/^extsockets-audit: /', explode("\n", $run['err'])));
    esa_show(['out' => strtr($run['out'], $paths), 'err' => strtr($run['err'], $paths)] + $run);
}
$paths = [$copy => 'COPY', $extDir => 'EXTDIR', $badDir => 'BADDIR', $emptyDir => 'EMPTYDIR', $module => 'MODULE', ESA_ROOT => 'ROOT', realpath(ESA_ROOT) => 'ROOT'];

show('not loaded: the build tree has it', esa_run(['scan', 'a.php'], $dir), $paths);
show('loaded by php -d extension=', esa_run(['scan', 'a.php'], $dir, null, [], ['-n', '-d', "extension=$module"]), $paths);
show('loaded, and asked for a worker pool', esa_run(['scan', '-j', '2', 'a.php', '.', '--format', 'github'], $dir, null, [], ['-n', '-d', "extension=$module"]), $paths);
show('installed copy, module in extension_dir', esa_run(['scan', 'a.php'], $dir, null, [], ['-n', '-d', "extension_dir=$extDir"], "$copy/bin/extsockets-audit"), $paths);
show('installed copy, EXTSOCKETS_AUDIT_MODULE', esa_run(['scan', 'a.php'], $dir, null, ['EXTSOCKETS_AUDIT_MODULE' => $module], ['-n', '-d', "extension_dir=$emptyDir"], "$copy/bin/extsockets-audit"), $paths);
show('EXTSOCKETS_AUDIT_MODULE names no file', esa_run(['scan', 'a.php'], $dir, null, ['EXTSOCKETS_AUDIT_MODULE' => "$emptyDir/x.so"]), $paths);
show('installed copy, no module anywhere', esa_run(['scan', 'a.php'], $dir, null, [], ['-n', '-d', "extension_dir=$emptyDir"], "$copy/bin/extsockets-audit"), $paths);
show('a module PHP cannot load', esa_run(['scan', 'a.php'], $dir, null, [], ['-n', '-d', "extension_dir=$badDir"], "$copy/bin/extsockets-audit"), $paths);
show('--version without a module', esa_run(['--version'], $dir, null, [], ['-n', '-d', "extension_dir=$emptyDir"], "$copy/bin/extsockets-audit"), $paths);
show('report needs no module', esa_run(['report', 'empty.log'], $dir, null, [], ['-n', '-d', "extension_dir=$emptyDir"], "$copy/bin/extsockets-audit"), $paths);
?>
--EXPECTF--
-- not loaded: the build tree has it
rc=1
a.php
  2  function  socket_close  call  breaks  {main}

By symbol:
  1  function  socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 1 finding in 1 file, 0 errors.
-- loaded by php -d extension=
rc=1
a.php
  2  function  socket_close  call  breaks  {main}

By symbol:
  1  function  socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 1 finding in 1 file, 0 errors.
-- loaded, and asked for a worker pool
rc=1
::warning file=a.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=b/c.php,line=2,title=ext/sockets function socket_bind::calls socket_bind(); breaks without ext/sockets
-- installed copy, module in extension_dir
rc=1
a.php
  2  function  socket_close  call  breaks  {main}

By symbol:
  1  function  socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 1 finding in 1 file, 0 errors.
-- installed copy, EXTSOCKETS_AUDIT_MODULE
rc=1
a.php
  2  function  socket_close  call  breaks  {main}

By symbol:
  1  function  socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 1 finding in 1 file, 0 errors.
-- EXTSOCKETS_AUDIT_MODULE names no file
rc=2
E: extsockets-audit: EXTSOCKETS_AUDIT_MODULE=EMPTYDIR/x.so: no such file
-- installed copy, no module anywhere
rc=2
E: extsockets-audit: the extsockets_audit extension is not loaded and no built module was found (looked for COPY/modules/extsockets_audit.so, EMPTYDIR/extsockets_audit.so).
E: extsockets-audit: build it:            phpize && ./configure --enable-extsockets-audit && make (in the extsockets_audit sources)
E: extsockets-audit: or install it:       make install, and extension=extsockets_audit in php.ini
E: extsockets-audit: or name the module:  EXTSOCKETS_AUDIT_MODULE=/path/to/extsockets_audit.so
-- a module PHP cannot load
rc=2
E: extsockets-audit: PHP %s could not load BADDIR/extsockets_audit.so (see PHP's warning above): not a module for this PHP version and build.
E: extsockets-audit: Rebuild it for this PHP: phpize --clean && phpize && ./configure --enable-extsockets-audit && make (in the extsockets_audit sources)
-- --version without a module
rc=0
extsockets-audit (extension not found)
-- report needs no module
rc=0
Verdict: ext/sockets can be removed.

1 log read, 0 records: no ext/sockets use found, 0 errors.
