--TEST--
extsockets-audit: the verdict (scan, scan --log, report), --fail-on=breaks|undeclared|executed, impact in every format
--SKIPIF--
<?php
require __DIR__ . '/cli.inc';
esa_skip_under_valgrind();
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';

function rec(array $r): string
{
    return json_encode($r + ['ts' => '2025-03-01T10:00:00Z', 'pid' => 100, 'sapi' => 'fpm-fcgi', 'scope' => '{main}',
        'kind' => 'function', 'form' => 'call'], JSON_UNESCAPED_SLASHES) . "\n";
}
$dir = esa_tree([
    'composer.json' => '{"name": "acme/app"}',
    'src/Net.php' => "<?php\nfunction net_open(\$s) {\n    \$t = socket_create(AF_INET, SOCK_STREAM, 0);\n    return \$s instanceof Socket;\n}\n",
    'src/Job.php' => "<?php\nsocket_close(\$s);\n\$f = 'socket_' . \$op;\n\$f(\$s, 'x');\nif (function_exists('socket_bind')) { socket_bind(\$s, 'h'); }\n",
    // staging: socket_create ran, socket_close was only compiled, a call by a run-time name ran
    'staging.log' => rec(['file' => '/srv/app/src/Net.php', 'line' => 3, 'symbol' => 'socket_create', 'impact' => 'breaks'])
        . rec(['file' => '/srv/app/src/Net.php', 'line' => 3, 'symbol' => 'socket_create', 'impact' => 'breaks', 'calls' => 2])
        . rec(['file' => '/srv/app/src/Job.php', 'line' => 2, 'symbol' => 'socket_close', 'impact' => 'breaks'])
        . rec(['file' => '/srv/app/src/Job.php', 'line' => 4, 'symbol' => 'socket_write', 'form' => 'dynamic', 'impact' => 'breaks', 'calls' => 1]),
    'compiled.log' => rec(['file' => '/srv/app/src/Net.php', 'line' => 3, 'symbol' => 'socket_create']),
]);
$clean = esa_tree([
    'composer.json' => '{"name": "acme/clean", "suggest": {"ext-sockets": "faster"}}',
    'a.php' => "<?php\nif (extension_loaded('sockets')) {\n    socket_close(\$s);\n}\nfunction f(?Socket \$s) {}\n",
]);

echo "== scan: the verdict\n";
esa_show(esa_run(['scan', 'src'], $dir));
echo "== scan --log: sites with calls in the logs ran in staging\n";
esa_show(esa_run(['scan', 'src', '--log', 'staging.log', '--log-base-dir', '/srv/app'], $dir));
echo "== the logged paths as they are, of this machine\n";
file_put_contents("$dir/local.log", str_replace('/srv/app', $dir, file_get_contents("$dir/staging.log")));
$run = esa_run(['scan', '-f', 'json', 'src', '--log', 'local.log'], $dir);
$doc = json_decode($run['out'], true);
echo "rc={$run['rc']}\n";
foreach ($doc['findings'] as $f) {
    echo "{$f['file']}:{$f['line']} {$f['symbol']} {$f['impact']} executed=", var_export($f['executed'], true), "\n";
}
echo json_encode($doc['verdict'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode(array_intersect_key($doc['summary'], ['logs' => 1, 'log_records' => 1])), "\n";
echo "== a compile-time record proves no run\n";
$run = esa_run(['scan', 'src', '--log', 'compiled.log', '--log-base-dir', '/srv/app', '-f', 'json'], $dir);
echo "rc={$run['rc']} ", json_decode($run['out'], true)['verdict']['text'], "\n";
echo "== nothing breaks: ext/sockets can be removed\n";
esa_show(esa_run(['scan', '.'], $clean));

echo "== --fail-on\n";
foreach ([
    [$dir, ['scan', 'src', '--fail-on', 'breaks']],
    [$clean, ['scan', '.', '--fail-on', 'breaks']],
    [$dir, ['scan', 'src', '--fail-on=undeclared']],
    [$clean, ['scan', '.', '--fail-on=undeclared']],
    [$dir, ['scan', 'src', '--fail-on=executed', '--log', 'staging.log', '--log-base-dir', '/srv/app']],
    [$dir, ['scan', 'src', '--fail-on=executed', '--log', 'compiled.log', '--log-base-dir', '/srv/app']],
    [$dir, ['scan', 'src', '--fail-on=undeclared,executed', '--log', 'compiled.log', '--log-base-dir', '/srv/app']],
    [$dir, ['scan', 'src', '--fail-on', 'executed', '--fail-on', 'breaks', '--log', 'staging.log', '--log-base-dir', '/srv/app']],
    [$dir, ['report', 'staging.log', '--fail-on=executed']],
    [$dir, ['report', 'compiled.log', '--fail-on=executed']],
    [$dir, ['report', 'compiled.log', '--fail-on=breaks']],
    [$clean, ['scan', '.', 'missing.php', '--fail-on=breaks']],
] as [$cwd, $args]) {
    $run = esa_run($args, $cwd);
    $lines = explode("\n", rtrim($run['out']));
    printf("%-95s rc=%d %s\n", implode(' ', $args), $run['rc'], $lines[count($lines) - 3]);
}
echo "== --fail-on judges every finding, a baseline or not; baselines stay as they were\n";
esa_run(['scan', 'src', '--generate-baseline', 'b.json'], $dir);
echo str_contains(file_get_contents("$dir/b.json"), 'impact') ? "impact in the baseline\n" : "no impact in the baseline\n";
$run = esa_run(['scan', 'src', '--baseline', 'b.json'], $dir);
echo "baseline: rc={$run['rc']}\n";
$run = esa_run(['scan', 'src', '--baseline', 'b.json', '--fail-on', 'breaks'], $dir);
echo "baseline --fail-on breaks: rc={$run['rc']}\n";

echo "== report: the verdict from the records' impact (old records: from the form), executed = calls\n";
file_put_contents("$dir/old.log", rec(['file' => '/srv/app/a.php', 'line' => 2, 'kind' => 'class', 'symbol' => 'Socket', 'form' => 'type'])
    . rec(['file' => '/srv/app/a.php', 'line' => 3, 'symbol' => 'socket_close'])
    . rec(['file' => '/srv/app/a.php', 'line' => 5, 'symbol' => 'socket_bind', 'impact' => 'guarded', 'calls' => 4]));
esa_show(esa_run(['report', 'old.log', 'staging.log', '--base-dir', '/srv/app'], $dir));

echo "== impact in every format\n";
$run = esa_run(['scan', '-f', 'sarif', 'src'], $dir);
$sarif = json_decode($run['out'], true)['runs'][0];
foreach ($sarif['results'] as $r) {
    echo "sarif {$r['level']} {$r['properties']['impact']} {$r['properties']['package']} {$r['message']['text']}\n";
}
echo 'sarif run: ', json_encode($sarif['properties']['verdict']['text'], JSON_UNESCAPED_SLASHES), ', ', $sarif['properties']['packages'][0]['status'], "\n";
$run = esa_run(['scan', '-f', 'checkstyle', 'src'], $dir);
preg_match_all('/severity="(\w+)" message="([^"]*)"/', $run['out'], $m, PREG_SET_ORDER);
foreach ($m as [, $severity, $message]) {
    echo "checkstyle $severity $message\n";
}
echo esa_run(['scan', '-f', 'github', 'src'], $dir)['out'];
?>
--EXPECT--
== scan: the verdict
rc=1
Package acme/app (root, .)

src/Job.php
  2  function  socket_close   call        breaks    {main}
  5  function  socket_bind    probe       harmless  {main}
  5  function  socket_bind    call        guarded   {main}

src/Net.php
  3  function  socket_create  call        breaks    net_open
  3  constant  AF_INET        fetch       breaks    net_open
  3  constant  SOCK_STREAM    fetch       breaks    net_open
  4  class     Socket         instanceof  harmless  net_open

By symbol:
  2  function  socket_bind
  1  class     Socket
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_close
  1  function  socket_create

Declarations:
  acme/app: undeclared requirement: ext-sockets is not in require, 2 sites break without it: src/Job.php:2, src/Net.php:3

Verdict: removing ext/sockets breaks 2 sites in 1 package.

2 files scanned: 7 findings in 2 files, 0 errors.
== scan --log: sites with calls in the logs ran in staging
rc=1
Package acme/app (root, .)

src/Job.php
  2  function  socket_close   call        breaks    {main}
  5  function  socket_bind    probe       harmless  {main}
  5  function  socket_bind    call        guarded   {main}

src/Net.php
  3  function  socket_create  call        breaks    net_open  [executed in staging]
  3  constant  AF_INET        fetch       breaks    net_open
  3  constant  SOCK_STREAM    fetch       breaks    net_open
  4  class     Socket         instanceof  harmless  net_open

By symbol:
  2  function  socket_bind
  1  class     Socket
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_close
  1  function  socket_create

Declarations:
  acme/app: undeclared requirement: ext-sockets is not in require, 2 sites break without it: src/Job.php:2, src/Net.php:3

Verdict: removing ext/sockets breaks 3 sites in 1 package (2 of them executed in staging, 1 called by a name built at run time, seen in the logs only).

2 files scanned: 7 findings in 2 files, 0 errors.
== the logged paths as they are, of this machine
rc=1
src/Job.php:2 socket_close breaks executed=false
src/Job.php:5 socket_bind harmless executed=false
src/Job.php:5 socket_bind guarded executed=false
src/Net.php:3 socket_create breaks executed=true
src/Net.php:3 AF_INET breaks executed=false
src/Net.php:3 SOCK_STREAM breaks executed=false
src/Net.php:4 Socket harmless executed=false
{
    "removable": false,
    "breaking_sites": 3,
    "files": 2,
    "packages": 1,
    "executed": 2,
    "log_only_sites": 1,
    "undeclared": [
        "acme/app"
    ],
    "text": "removing ext/sockets breaks 3 sites in 1 package (2 of them executed in staging, 1 called by a name built at run time, seen in the logs only)"
}
{"logs":1,"log_records":4}
== a compile-time record proves no run
rc=1 removing ext/sockets breaks 2 sites in 1 package (0 of them executed in staging)
== nothing breaks: ext/sockets can be removed
rc=1
Package acme/clean (root, .)

a.php
  2  extension  sockets       probe  harmless  {main}
  3  function   socket_close  call   guarded   {main}
  5  class      Socket        type   harmless  f

By symbol:
  1  class      Socket
  1  extension  sockets
  1  function   socket_close

Verdict: ext/sockets can be removed.

1 file scanned: 3 findings in 1 file, 0 errors.
== --fail-on
scan src --fail-on breaks                                                                       rc=1 --fail-on breaks: fails on breaks.
scan . --fail-on breaks                                                                         rc=0 --fail-on breaks: passes.
scan src --fail-on=undeclared                                                                   rc=1 --fail-on undeclared: fails on undeclared.
scan . --fail-on=undeclared                                                                     rc=0 --fail-on undeclared: passes.
scan src --fail-on=executed --log staging.log --log-base-dir /srv/app                           rc=1 --fail-on executed: fails on executed.
scan src --fail-on=executed --log compiled.log --log-base-dir /srv/app                          rc=0 --fail-on executed: passes.
scan src --fail-on=undeclared,executed --log compiled.log --log-base-dir /srv/app               rc=1 --fail-on undeclared,executed: fails on undeclared.
scan src --fail-on executed --fail-on breaks --log staging.log --log-base-dir /srv/app          rc=1 --fail-on executed,breaks: fails on executed, breaks.
report staging.log --fail-on=executed                                                           rc=1 --fail-on executed: fails on executed.
report compiled.log --fail-on=executed                                                          rc=0 --fail-on executed: passes.
report compiled.log --fail-on=breaks                                                            rc=1 --fail-on breaks: fails on breaks.
scan . missing.php --fail-on=breaks                                                             rc=2 --fail-on breaks: passes.
== --fail-on judges every finding, a baseline or not; baselines stay as they were
no impact in the baseline
baseline: rc=0
baseline --fail-on breaks: rc=1
== report: the verdict from the records' impact (old records: from the form), executed = calls
rc=1
a.php
  2  class     Socket         type     harmless  {main}  [seen in 1 record]
  3  function  socket_close   call     breaks    {main}  [seen in 1 record]
  5  function  socket_bind    call     guarded   {main}  [seen in 1 record, 4 calls]

src/Job.php
  2  function  socket_close   call     breaks    {main}  [seen in 1 record]
  4  function  socket_write   dynamic  breaks    {main}  [seen in 1 record, 1 call]

src/Net.php
  3  function  socket_create  call     breaks    {main}  [seen in 2 records, 2 calls]

By symbol:
  2  function  socket_close
  1  class     Socket
  1  function  socket_bind    4 calls
  1  function  socket_create  2 calls
  1  function  socket_write   1 call

Verdict: removing ext/sockets breaks 4 sites in 3 files (2 of them executed in staging).

2 logs read, 7 records from 2025-03-01T10:00:00Z to 2025-03-01T10:00:00Z by 1 process (fpm-fcgi): 6 findings in 3 files, 0 errors.
== impact in every format
sarif warning breaks acme/app calls socket_close(); breaks without ext/sockets (package acme/app)
sarif note harmless acme/app probes for function socket_bind(); works without ext/sockets (package acme/app)
sarif note guarded acme/app calls socket_bind(); guarded by a check for ext/sockets (package acme/app)
sarif warning breaks acme/app calls socket_create() in net_open; breaks without ext/sockets (package acme/app)
sarif warning breaks acme/app reads constant AF_INET in net_open; breaks without ext/sockets (package acme/app)
sarif warning breaks acme/app reads constant SOCK_STREAM in net_open; breaks without ext/sockets (package acme/app)
sarif note harmless acme/app tests instanceof Socket in net_open; works without ext/sockets (package acme/app)
sarif run: "removing ext/sockets breaks 2 sites in 1 package", undeclared
checkstyle warning calls socket_close(); breaks without ext/sockets (package acme/app)
checkstyle info probes for function socket_bind(); works without ext/sockets (package acme/app)
checkstyle info calls socket_bind(); guarded by a check for ext/sockets (package acme/app)
checkstyle warning calls socket_create() in net_open; breaks without ext/sockets (package acme/app)
checkstyle warning reads constant AF_INET in net_open; breaks without ext/sockets (package acme/app)
checkstyle warning reads constant SOCK_STREAM in net_open; breaks without ext/sockets (package acme/app)
checkstyle info tests instanceof Socket in net_open; works without ext/sockets (package acme/app)
::warning file=src/Job.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets (package acme/app)
::notice file=src/Job.php,line=5,title=ext/sockets function socket_bind::probes for function socket_bind(); works without ext/sockets (package acme/app)
::notice file=src/Job.php,line=5,title=ext/sockets function socket_bind::calls socket_bind(); guarded by a check for ext/sockets (package acme/app)
::warning file=src/Net.php,line=3,title=ext/sockets function socket_create::calls socket_create() in net_open; breaks without ext/sockets (package acme/app)
::warning file=src/Net.php,line=3,title=ext/sockets constant AF_INET::reads constant AF_INET in net_open; breaks without ext/sockets (package acme/app)
::warning file=src/Net.php,line=3,title=ext/sockets constant SOCK_STREAM::reads constant SOCK_STREAM in net_open; breaks without ext/sockets (package acme/app)
::notice file=src/Net.php,line=4,title=ext/sockets class Socket::tests instanceof Socket in net_open; works without ext/sockets (package acme/app)