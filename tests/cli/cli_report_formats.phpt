--TEST--
extsockets-audit report: checkstyle, github and SARIF output of log findings (eval'd code at its eval() line), and a baseline
--FILE--
<?php
require __DIR__ . '/cli.inc';

$dir = esa_tree(['app.log' => implode("\n", [
    '{"ts":"2025-03-01T10:00:00Z","pid":1,"sapi":"fpm-fcgi","file":"/srv/app/src/Client.php","line":16,"scope":"App\\\\Client::open","kind":"function","symbol":"socket_create","form":"ns-fallback","uri":"/ping","calls":3}',
    '{"ts":"2025-03-01T10:00:00Z","pid":1,"sapi":"fpm-fcgi","file":"/srv/app/src/Client.php","line":16,"scope":"App\\\\Client::open","kind":"constant","symbol":"AF_INET","form":"ns-fallback","uri":"/ping"}',
    '{"ts":"2025-03-01T10:00:01Z","pid":2,"sapi":"cli","file":"/srv/app/bin/job.php(12) : eval()\'d code","line":2,"scope":"{closure}","kind":"function","symbol":"socket_write","form":"dynamic","script":"bin/job.php","calls":1}',
    '{"ts":"2025-03-01T10:00:02Z","pid":2,"sapi":"cli","file":"/opt/other/lib.php","line":4,"scope":"{main}","kind":"class","symbol":"Socket","form":"type"}',
    'garbage',
]) . "\n"]);

echo "== checkstyle\n";
$run = esa_run(['report', '-f', 'checkstyle', '--base-dir', '/srv/app', 'app.log'], $dir);
esa_show($run);
echo esa_validate_checkstyle($run['out']);
echo "== github\n";
esa_show(esa_run(['report', '-f', 'github', '--base-dir', '/srv/app', 'app.log'], $dir));
echo "== sarif results\n";
$sarif = json_decode(esa_run(['report', '-f', 'sarif', '--base-dir', '/srv/app', 'app.log'], $dir)['out'], true);
foreach ($sarif['runs'][0]['results'] as $r) {
    $loc = $r['locations'][0]['physicalLocation'];
    printf("%s %s%s:%d %s | %s\n", $r['ruleId'], isset($loc['artifactLocation']['uriBaseId']) ? '%SRCROOT%/' : '',
        $loc['artifactLocation']['uri'], $loc['region']['startLine'], json_encode($r['properties']), $r['message']['text']);
}
echo json_encode($sarif['runs'][0]['invocations']), "\n";
echo "== baseline\n";
esa_show(esa_run(['report', '--base-dir', '/srv/app', '--generate-baseline', 'known.json', 'app.log'], $dir), false);
file_put_contents("$dir/app.log", '{"ts":"2025-03-02T09:00:00Z","pid":9,"sapi":"fpm-fcgi","file":"/srv/app/src/Client.php","line":30,"scope":"App\\\\Client::open","kind":"function","symbol":"socket_create","form":"ns-fallback","calls":1}' . "\n"
    . '{"ts":"2025-03-02T09:00:00Z","pid":9,"sapi":"fpm-fcgi","file":"/srv/app/src/Client.php","line":31,"scope":"App\\\\Client::open","kind":"function","symbol":"socket_connect","form":"ns-fallback","calls":1}' . "\n");
esa_show(esa_run(['report', '--base-dir', '/srv/app', '--baseline', 'known.json', 'app.log'], $dir));
?>
--EXPECT--
== checkstyle
rc=2
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="/opt/other/lib.php">
    <error line="4" severity="info" message="uses class Socket as a type; works without ext/sockets; seen in 1 record" source="extsockets_audit.class.type"/>
  </file>
  <file name="bin/job.php">
    <error line="12" severity="warning" message="calls socket_write() dynamically in {closure}, eval()&apos;d code line 2; breaks without ext/sockets; seen in 1 record, 1 call" source="extsockets_audit.function.dynamic"/>
  </file>
  <file name="src/Client.php">
    <error line="16" severity="warning" message="reads constant AF_INET (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record" source="extsockets_audit.constant.ns-fallback"/>
    <error line="16" severity="warning" message="calls socket_create() (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record, 3 calls" source="extsockets_audit.function.ns-fallback"/>
  </file>
  <file name="app.log">
    <error line="5" severity="error" message="1 malformed line skipped (first: not JSON (Syntax error))" source="extsockets_audit.malformed"/>
  </file>
</checkstyle>
E: extsockets-audit: app.log:5: malformed record skipped: not JSON (Syntax error)
E: extsockets-audit: app.log:5: 1 malformed line skipped (first: not JSON (Syntax error))
valid checkstyle: 4 files, 5 errors
== github
rc=2
::notice file=/opt/other/lib.php,line=4,title=ext/sockets class Socket::uses class Socket as a type; works without ext/sockets; seen in 1 record
::warning file=bin/job.php,line=12,title=ext/sockets function socket_write::calls socket_write() dynamically in {closure}, eval()'d code line 2; breaks without ext/sockets; seen in 1 record, 1 call
::warning file=src/Client.php,line=16,title=ext/sockets constant AF_INET::reads constant AF_INET (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record
::warning file=src/Client.php,line=16,title=ext/sockets function socket_create::calls socket_create() (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record, 3 calls
::error title=extsockets-audit%3A unreadable log::app.log:5: 1 malformed line skipped (first: not JSON (Syntax error))
E: extsockets-audit: app.log:5: malformed record skipped: not JSON (Syntax error)
E: extsockets-audit: app.log:5: 1 malformed line skipped (first: not JSON (Syntax error))
== sarif results
extsockets-class file:///opt/other/lib.php:4 {"kind":"class","symbol":"Socket","form":"type","scope":"{main}","impact":"harmless","records":1,"firstSeen":"2025-03-01T10:00:02Z","lastSeen":"2025-03-01T10:00:02Z","sapis":["cli"]} | uses class Socket as a type; works without ext/sockets; seen in 1 record
extsockets-function %SRCROOT%/bin/job.php:12 {"kind":"function","symbol":"socket_write","form":"dynamic","scope":"{closure}","impact":"breaks","records":1,"calls":1,"firstSeen":"2025-03-01T10:00:01Z","lastSeen":"2025-03-01T10:00:01Z","sapis":["cli"]} | calls socket_write() dynamically in {closure}, eval()'d code line 2; breaks without ext/sockets; seen in 1 record, 1 call
extsockets-constant %SRCROOT%/src/Client.php:16 {"kind":"constant","symbol":"AF_INET","form":"ns-fallback","scope":"App\\Client::open","impact":"breaks","records":1,"firstSeen":"2025-03-01T10:00:00Z","lastSeen":"2025-03-01T10:00:00Z","sapis":["fpm-fcgi"]} | reads constant AF_INET (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record
extsockets-function %SRCROOT%/src/Client.php:16 {"kind":"function","symbol":"socket_create","form":"ns-fallback","scope":"App\\Client::open","impact":"breaks","records":1,"calls":3,"firstSeen":"2025-03-01T10:00:00Z","lastSeen":"2025-03-01T10:00:00Z","sapis":["fpm-fcgi"]} | calls socket_create() (global fallback in a namespace) in App\Client::open; breaks without ext/sockets; seen in 1 record, 3 calls
[{"executionSuccessful":false,"exitCode":2,"toolExecutionNotifications":[{"level":"error","message":{"text":"app.log:5: 1 malformed line skipped (first: not JSON (Syntax error))"},"descriptor":{"id":"malformed"}}]}]
== baseline
rc=2
E: extsockets-audit: app.log:5: malformed record skipped: not JSON (Syntax error)
E: extsockets-audit: app.log:5: 1 malformed line skipped (first: not JSON (Syntax error))
E: extsockets-audit: wrote baseline known.json: 4 findings in 3 files
rc=1
src/Client.php
  31  function  socket_connect  ns-fallback  breaks  App\Client::open  [seen in 1 record, 1 call]

By symbol:
  1  function  socket_connect  1 call

Verdict: removing ext/sockets breaks 2 sites in 1 file (2 of them executed in staging).

1 log read, 2 records from 2025-03-02T09:00:00Z to 2025-03-02T09:00:00Z by 1 process (fpm-fcgi): 1 new finding in 1 file, 1 known in known.json (3 entries no longer found), 0 errors.