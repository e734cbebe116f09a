--TEST--
extsockets-audit --baseline / --generate-baseline: known findings pass, new ones fail, moving code does not matter
--FILE--
<?php
require __DIR__ . '/cli.inc';

$dir = esa_tree([
    'src/Net.php' => "<?php\nnamespace App;\nfunction open() {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\n",
    'src/Probe.php' => "<?php\nif (extension_loaded('sockets')) {\n    echo 'yes';\n}\n",
]);
function step(string $what, array $args, string $dir): void
{
    echo "-- $what\n";
    esa_show(esa_run($args, $dir), true, [$GLOBALS['dir'] => 'DIR', substr($GLOBALS['dir'], 1) => 'DIR']);
}

step('generate', ['scan', 'src', '--generate-baseline', 'baseline.json'], $dir);
echo file_get_contents("$dir/baseline.json");
step('the same code passes', ['scan', 'src', '--baseline', 'baseline.json'], $dir);

file_put_contents("$dir/src/Net.php", "<?php\nnamespace App;\n\n/** Opens a socket. */\nfunction open()\n{\n    \$s = socket_create(\n        AF_INET,\n        SOCK_STREAM,\n        0\n    );\n    return \$s;\n}\n");
step('code moved and reformatted: still passes', ['scan', 'src', '--baseline', 'baseline.json'], $dir);

file_put_contents("$dir/src/Net.php", "<?php\nnamespace App;\nfunction open() {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\nfunction again() {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\nfunction open2() {\n    \\socket_close(open());\n}\n");
step('new uses in another function fail, in every format', ['scan', 'src', '--baseline', 'baseline.json'], $dir);
step('github', ['scan', 'src', '--baseline', 'baseline.json', '-f', 'github'], $dir);
$json = json_decode(esa_run(['scan', 'src', '--baseline', 'baseline.json', '-f', 'json'], $dir)['out'], true);
echo json_encode($json['summary']), "\n";

file_put_contents("$dir/src/Net.php", "<?php\nnamespace App;\nfunction open() {\n    socket_create(AF_INET, SOCK_STREAM, 0);\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\n");
step('one more of the same use in the same function fails (the later one is new)', ['scan', 'src', '--baseline', 'baseline.json'], $dir);

unlink("$dir/src/Probe.php");
file_put_contents("$dir/src/Net.php", "<?php\nnamespace App;\nfunction open() {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\n");
step('a use removed: passes, the stale entry is counted', ['scan', 'src', '--baseline', 'baseline.json'], $dir);

step('the baseline is keyed by paths relative to --base-dir', ['scan', "$dir/src", '--baseline', "$dir/baseline.json"], '/');
step('... so give the same base', ['scan', "$dir/src", '--baseline', "$dir/baseline.json", '--base-dir', $dir], '/');

echo "-- bad baselines\n";
file_put_contents("$dir/broken.json", "{\"findings\": [\n");
file_put_contents("$dir/wrong.json", "{\"extsockets-audit-baseline\": 1, \"findings\": [{\"file\": \"a.php\"}]}\n");
foreach (['missing.json', 'broken.json', 'wrong.json'] as $file) {
    esa_show(esa_run(['scan', 'src', '--baseline', $file], $dir));
}
echo "-- generating where it cannot be written\n";
esa_show(esa_run(['scan', 'src', '--generate-baseline', 'no/such/dir.json'], $dir));
echo "-- generating with a scan error: written, exit 2\n";
file_put_contents("$dir/src/Bad.php", "<?php\nsocket_close(\$s)\n");
esa_show(esa_run(['scan', 'src', '--generate-baseline', 'with-error.json'], $dir));
echo file_get_contents("$dir/with-error.json");
?>
--EXPECT--
-- generate
rc=0
E: extsockets-audit: wrote baseline baseline.json: 4 findings in 2 files
{
    "extsockets-audit-baseline": 1,
    "findings": [
        {"file":"src/Net.php","scope":"App\\open","kind":"constant","symbol":"AF_INET","form":"ns-fallback","count":1},
        {"file":"src/Net.php","scope":"App\\open","kind":"constant","symbol":"SOCK_STREAM","form":"ns-fallback","count":1},
        {"file":"src/Net.php","scope":"App\\open","kind":"function","symbol":"socket_create","form":"ns-fallback","count":1},
        {"file":"src/Probe.php","scope":"{main}","kind":"extension","symbol":"sockets","form":"probe","count":1}
    ]
}
-- the same code passes
rc=0
Verdict: removing ext/sockets breaks 1 site in 1 file.

2 files scanned: no new ext/sockets use, 4 known in baseline.json, 0 errors.
-- code moved and reformatted: still passes
rc=0
Verdict: removing ext/sockets breaks 3 sites in 1 file.

2 files scanned: no new ext/sockets use, 4 known in baseline.json, 0 errors.
-- new uses in another function fail, in every format
rc=1
src/Net.php
   7  function  socket_create  ns-fallback  breaks  App\again
   7  constant  AF_INET        ns-fallback  breaks  App\again
   7  constant  SOCK_STREAM    ns-fallback  breaks  App\again
  10  function  socket_close   call         breaks  App\open2

By symbol:
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_close
  1  function  socket_create

Verdict: removing ext/sockets breaks 3 sites in 1 file.

2 files scanned: 4 new findings in 1 file, 4 known in baseline.json, 0 errors.
-- github
rc=1
::warning file=src/Net.php,line=7,title=ext/sockets function socket_create::calls socket_create() (global fallback in a namespace) in App\again; breaks without ext/sockets
::warning file=src/Net.php,line=7,title=ext/sockets constant AF_INET::reads constant AF_INET (global fallback in a namespace) in App\again; breaks without ext/sockets
::warning file=src/Net.php,line=7,title=ext/sockets constant SOCK_STREAM::reads constant SOCK_STREAM (global fallback in a namespace) in App\again; breaks without ext/sockets
::warning file=src/Net.php,line=10,title=ext/sockets function socket_close::calls socket_close() in App\open2; breaks without ext/sockets
{"files":2,"findings":4,"files_with_findings":1,"errors":0,"baseline":{"file":"baseline.json","known":4,"no_longer_found":0}}
-- one more of the same use in the same function fails (the later one is new)
rc=1
src/Net.php
  5  function  socket_create  ns-fallback  breaks  App\open
  5  constant  AF_INET        ns-fallback  breaks  App\open
  5  constant  SOCK_STREAM    ns-fallback  breaks  App\open

By symbol:
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_create

Verdict: removing ext/sockets breaks 2 sites in 1 file.

2 files scanned: 3 new findings in 1 file, 4 known in baseline.json, 0 errors.
-- a use removed: passes, the stale entry is counted
rc=0
Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: no new ext/sockets use, 3 known in baseline.json (1 entry no longer found), 0 errors.
-- the baseline is keyed by paths relative to --base-dir
rc=1
DIR/src/Net.php
  4  function  socket_create  ns-fallback  breaks  App\open
  4  constant  AF_INET        ns-fallback  breaks  App\open
  4  constant  SOCK_STREAM    ns-fallback  breaks  App\open

By symbol:
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_create

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 3 new findings in 1 file, 0 known in DIR/baseline.json (4 entries no longer found), 0 errors.
-- ... so give the same base
rc=0
Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: no new ext/sockets use, 3 known in DIR/baseline.json (1 entry no longer found), 0 errors.
-- bad baselines
rc=2
E: extsockets-audit: baseline missing.json: cannot read it (write one with --generate-baseline missing.json)
rc=2
E: extsockets-audit: baseline broken.json: not an extsockets-audit baseline (format 1)
rc=2
E: extsockets-audit: baseline wrong.json: entry 0 has no "scope"
-- generating where it cannot be written
rc=2
E: extsockets-audit: cannot write no/such/dir.json
-- generating with a scan error: written, exit 2
rc=2
E: extsockets-audit: src/Bad.php:3: ParseError: syntax error, unexpected end of file
E: extsockets-audit: wrote baseline with-error.json: 3 findings in 1 file
{
    "extsockets-audit-baseline": 1,
    "findings": [
        {"file":"src/Net.php","scope":"App\\open","kind":"constant","symbol":"AF_INET","form":"ns-fallback","count":1},
        {"file":"src/Net.php","scope":"App\\open","kind":"constant","symbol":"SOCK_STREAM","form":"ns-fallback","count":1},
        {"file":"src/Net.php","scope":"App\\open","kind":"function","symbol":"socket_create","form":"ns-fallback","count":1}
    ]
}