--TEST--
extsockets-audit report: audit logs (JSON Lines) merged by site across logs and processes; unknown keys ignored; malformed lines counted, not fatal
--FILE--
<?php
require __DIR__ . '/cli.inc';

function rec(array $r): string
{
    return json_encode($r + ['ts' => '2025-03-01T10:00:00Z', 'pid' => 100, 'sapi' => 'fpm-fcgi',
        'file' => '/srv/app/src/Client.php', 'line' => 16, 'scope' => 'App\Client::open', 'kind' => 'function',
        'symbol' => 'socket_create', 'form' => 'ns-fallback'], JSON_UNESCAPED_SLASHES) . "\n";
}
$dir = esa_tree([
    'fpm.log' => rec(['uri' => '/ping'])
        . rec(['symbol' => 'AF_INET', 'kind' => 'constant', 'uri' => '/ping'])
        . rec(['ts' => '2025-03-01T11:30:00.5+01:00', 'pid' => 101, 'uri' => '/status', 'later' => ['nested' => [1, 2]]])
        . "\n"
        . rec(['file' => '/srv/app/bin/job.php', 'line' => 9, 'scope' => '{main}', 'symbol' => 'socket_close', 'form' => 'call', 'ts' => '2025-02-28T23:59:59Z']),
    'cli.log' => str_replace("\n", "\r\n", rec(['sapi' => 'cli', 'pid' => 7, 'script' => '/srv/app/bin/job.php', 'file' => '/srv/app/bin/job.php', 'line' => 9, 'scope' => '{main}', 'symbol' => 'socket_close', 'form' => 'call', 'calls' => 2]))
        . rec(['sapi' => 'cli', 'pid' => 7, 'file' => '/srv/app/bin/job.php', 'line' => 9, 'scope' => '{main}', 'symbol' => 'socket_close', 'form' => 'call', 'calls' => 5])
        . rec(['sapi' => 'cli', 'pid' => 7, 'file' => "/srv/app/bin/job.php(3) : eval()'d code", 'line' => 1, 'scope' => '{main}', 'symbol' => 'socket_write', 'form' => 'dynamic', 'calls' => 1]),
    'bad.log' => rec(['pid' => 5])
        . "not json\n"
        . "[1, 2]\n"
        . "{\"file\": \"/a.php\"}\n"
        . rtrim(rec(['line' => '16'])) . "\n"
        . rtrim(rec(['calls' => -1])) . "\n"
        . rtrim(rec(['kind' => ''])) . "\n"
        . "{\"ts\":\"2025-03-01T10:00:00Z\",\"file\":\"/srv/app/src/Cli",
    'torn.log' => rec(['pid' => 6]) . substr(rec(['pid' => 6, 'line' => 20]), 0, 60) . "\n" . rec(['pid' => 6, 'line' => 20])
        . '{"ts":"2025-03-01T12:00:00Z","pid":6,"file":"/srv/app/sr',
    'text.log' => "ts=2025-03-04T10:20:30.123456Z pid=4242 sapi=fpm-fcgi file=/srv/app/a.php line=41 scope=\"{main}\" kind=function symbol=socket_create form=call\n",
    'b64.log' => rec(['file' => "/srv/app/caf\u{FFFD}.php", 'file_b64' => base64_encode("/srv/app/caf\xe9.php"),
        'scope' => "\u{FFFD}::run", 'scope_b64' => base64_encode("\xe9::run")])
        . rec(['file' => '/srv/app/x.php', 'file_b64' => 'not base64!']),
    'empty.log' => '',
]);

echo "== text, two logs\n";
esa_show(esa_run(['report', 'fpm.log', 'cli.log', '--base-dir', '/srv/app'], $dir));
echo "== json\n";
esa_show(esa_run(['report', '-f', 'json', 'fpm.log', 'cli.log', '--base-dir', '/srv/app'], $dir));
echo "== standard input\n";
esa_show(esa_run(['report', '-'], $dir, file_get_contents("$dir/cli.log")));
echo "== malformed lines: counted, the first few quoted, exit 2\n";
esa_show(esa_run(['report', 'bad.log'], $dir));
echo "== a record cut short and written again, a last line still being written: warnings, not errors\n";
esa_show(esa_run(['report', 'torn.log'], $dir));
echo "== the text format is not read\n";
esa_show(esa_run(['report', 'text.log'], $dir));
echo "== names that are not UTF-8: the exact bytes from file_b64 and scope_b64\n";
$run = esa_run(['report', '-f', 'json', 'b64.log'], $dir);
echo "rc={$run['rc']}\n";
foreach (json_decode($run['out'], true)['findings'] as $f) {
    echo $f['file'], ' ', $f['scope'], "\n";
}
esa_show(esa_run(['report', 'b64.log'], $dir));
echo "== nothing in it\n";
esa_show(esa_run(['report', 'empty.log'], $dir));
echo "== logs that cannot be read\n";
esa_show(esa_run(['report', 'missing.log', '.', 'empty.log'], $dir));
?>
--EXPECT--
== text, two logs
rc=1
bin/job.php
   9  function  socket_close   call         breaks  {main}  [seen in 3 records, 7 calls]

bin/job.php(3) : eval()'d code
   1  function  socket_write   dynamic      breaks  {main}  [seen in 1 record, 1 call]

src/Client.php
  16  constant  AF_INET        ns-fallback  breaks  App\Client::open  [seen in 1 record]
  16  function  socket_create  ns-fallback  breaks  App\Client::open  [seen in 2 records]

By symbol:
  1  constant  AF_INET
  1  function  socket_close   7 calls
  1  function  socket_create
  1  function  socket_write   1 call

Verdict: removing ext/sockets breaks 3 sites in 3 files (2 of them executed in staging).

2 logs read, 7 records from 2025-02-28T23:59:59Z to 2025-03-01T11:30:00.5+01:00 by 3 processes (cli, fpm-fcgi): 4 findings in 3 files, 0 errors.
== json
rc=1
{
    "tool": "extsockets-audit",
    "version": null,
    "command": "report",
    "base": "/srv/app",
    "summary": {
        "logs": 2,
        "lines": 7,
        "records": 7,
        "malformed": 0,
        "incomplete": 0,
        "first_seen": "2025-02-28T23:59:59Z",
        "last_seen": "2025-03-01T11:30:00.5+01:00",
        "sapis": {
            "cli": 3,
            "fpm-fcgi": 4
        },
        "hosts": {},
        "processes": 3,
        "findings": 4,
        "files_with_findings": 3,
        "errors": 0
    },
    "verdict": {
        "removable": false,
        "breaking_sites": 3,
        "files": 3,
        "packages": null,
        "executed": 2,
        "log_only_sites": 0,
        "undeclared": [],
        "text": "removing ext/sockets breaks 3 sites in 3 files (2 of them executed in staging)"
    },
    "findings": [
        {
            "file": "bin/job.php",
            "line": 9,
            "scope": "{main}",
            "kind": "function",
            "symbol": "socket_close",
            "form": "call",
            "impact": "breaks",
            "records": 3,
            "calls": 7,
            "first_seen": "2025-02-28T23:59:59Z",
            "last_seen": "2025-03-01T10:00:00Z",
            "sapis": [
                "cli",
                "fpm-fcgi"
            ],
            "hosts": {},
            "contexts": [
                "/srv/app/bin/job.php"
            ],
            "fingerprint": "b53f666f594d353387a14cf752801a97e4e214a727af509baff99ee364616b8f"
        },
        {
            "file": "bin/job.php(3) : eval()'d code",
            "line": 1,
            "scope": "{main}",
            "kind": "function",
            "symbol": "socket_write",
            "form": "dynamic",
            "impact": "breaks",
            "records": 1,
            "calls": 1,
            "first_seen": "2025-03-01T10:00:00Z",
            "last_seen": "2025-03-01T10:00:00Z",
            "sapis": [
                "cli"
            ],
            "hosts": {},
            "contexts": [],
            "fingerprint": "0adb1fd21a7454e1bae9e767eceac5e0e3433875b16fd09bb8e1e700ec63f584"
        },
        {
            "file": "src/Client.php",
            "line": 16,
            "scope": "App\\Client::open",
            "kind": "constant",
            "symbol": "AF_INET",
            "form": "ns-fallback",
            "impact": "breaks",
            "records": 1,
            "calls": null,
            "first_seen": "2025-03-01T10:00:00Z",
            "last_seen": "2025-03-01T10:00:00Z",
            "sapis": [
                "fpm-fcgi"
            ],
            "hosts": {},
            "contexts": [
                "/ping"
            ],
            "fingerprint": "d90baf05f3c8cf08d4b7569a1334eb1d21af592159dbac5fd297086a1a1f0cde"
        },
        {
            "file": "src/Client.php",
            "line": 16,
            "scope": "App\\Client::open",
            "kind": "function",
            "symbol": "socket_create",
            "form": "ns-fallback",
            "impact": "breaks",
            "records": 2,
            "calls": null,
            "first_seen": "2025-03-01T10:00:00Z",
            "last_seen": "2025-03-01T11:30:00.5+01:00",
            "sapis": [
                "fpm-fcgi"
            ],
            "hosts": {},
            "contexts": [
                "/ping",
                "/status"
            ],
            "fingerprint": "a14aff1b8117e7f2a072782dee9b261aae9927cefba1f022644dcd806b05f815"
        }
    ],
    "symbols": [
        {
            "kind": "constant",
            "symbol": "AF_INET",
            "count": 1,
            "calls": null
        },
        {
            "kind": "function",
            "symbol": "socket_close",
            "count": 1,
            "calls": 7
        },
        {
            "kind": "function",
            "symbol": "socket_create",
            "count": 1,
            "calls": null
        },
        {
            "kind": "function",
            "symbol": "socket_write",
            "count": 1,
            "calls": 1
        }
    ],
    "errors": []
}
== standard input
rc=1
/srv/app/bin/job.php
  9  function  socket_close  call     breaks  {main}  [seen in 2 records, 7 calls]

/srv/app/bin/job.php(3) : eval()'d code
  1  function  socket_write  dynamic  breaks  {main}  [seen in 1 record, 1 call]

By symbol:
  1  function  socket_close  7 calls
  1  function  socket_write  1 call

Verdict: removing ext/sockets breaks 2 sites in 2 files (2 of them executed in staging).

1 log read, 3 records from 2025-03-01T10:00:00Z to 2025-03-01T10:00:00Z by 1 process (cli): 2 findings in 2 files, 0 errors.
== malformed lines: counted, the first few quoted, exit 2
rc=2
/srv/app/src/Client.php
  16  function  socket_create  ns-fallback  breaks  App\Client::open  [seen in 1 record]

By symbol:
  1  function  socket_create

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 log read, 1 record from 2025-03-01T10:00:00Z to 2025-03-01T10:00:00Z by 1 process (fpm-fcgi): 1 finding in 1 file, 6 malformed lines skipped, 1 incomplete record skipped, 1 error (on standard error).
E: extsockets-audit: bad.log:2: malformed record skipped: not JSON (Syntax error)
E: extsockets-audit: bad.log:3: malformed record skipped: not a JSON object
E: extsockets-audit: bad.log:4: malformed record skipped: missing or invalid "scope"
E: extsockets-audit: bad.log:5: malformed record skipped: missing or invalid "line"
E: extsockets-audit: bad.log:6: malformed record skipped: invalid "calls"
E: extsockets-audit: bad.log:8: last line is incomplete (log still being written?), skipped
E: extsockets-audit: bad.log: 1 more malformed record skipped
E: extsockets-audit: bad.log:2: 6 malformed lines skipped (first: not JSON (Syntax error))
== a record cut short and written again, a last line still being written: warnings, not errors
rc=1
/srv/app/src/Client.php
  16  function  socket_create  ns-fallback  breaks  App\Client::open  [seen in 1 record]
  20  function  socket_create  ns-fallback  breaks  App\Client::open  [seen in 1 record]

By symbol:
  2  function  socket_create

Verdict: removing ext/sockets breaks 2 sites in 1 file.

1 log read, 2 records from 2025-03-01T10:00:00Z to 2025-03-01T10:00:00Z by 1 process (fpm-fcgi): 2 findings in 1 file, 2 incomplete records skipped, 0 errors.
E: extsockets-audit: torn.log:2: record cut short (the writer writes it again whole), skipped
E: extsockets-audit: torn.log:4: last line is incomplete (log still being written?), skipped
== the text format is not read
rc=2
Verdict: nothing read breaks without ext/sockets, but 1 error left part unread.

1 log read, 0 records: no ext/sockets use found, 1 malformed line skipped, 1 error (on standard error).
E: extsockets-audit: text.log:1: malformed record skipped: a text record (extsockets_audit.log_format=text): report reads the json format
E: extsockets-audit: text.log:1: 1 malformed line skipped (first: a text record (extsockets_audit.log_format=text): report reads the json format)
== names that are not UTF-8: the exact bytes from file_b64 and scope_b64
rc=1
/srv/app/caf�.php �::run
/srv/app/x.php App\Client::open
rc=1
/srv/app/caf\xe9.php
  16  function  socket_create  ns-fallback  breaks  \xe9::run  [seen in 1 record]

/srv/app/x.php
  16  function  socket_create  ns-fallback  breaks  App\Client::open  [seen in 1 record]

By symbol:
  2  function  socket_create

Verdict: removing ext/sockets breaks 2 sites in 2 files.

1 log read, 2 records from 2025-03-01T10:00:00Z to 2025-03-01T10:00:00Z by 1 process (fpm-fcgi): 2 findings in 2 files, 0 errors.
== nothing in it
rc=0
Verdict: ext/sockets can be removed.

1 log read, 0 records: no ext/sockets use found, 0 errors.
== logs that cannot be read
rc=2
Verdict: nothing read breaks without ext/sockets, but 2 errors left part unread.

1 log read, 0 records: no ext/sockets use found, 2 errors (on standard error).
E: extsockets-audit: missing.log: no such file
E: extsockets-audit: .: is a directory