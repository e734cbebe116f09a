--TEST--
extsockets-audit report: records counted per host (key "host", or the syslog line's host for records without one); syslog files of rsyslog's two default file formats and bare messages read, a message a daemon cut is an error; process ids per host
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
    return json_encode($r + ['ts' => '2026-12-06T10:00:00.000001Z', 'pid' => 100, 'host' => 'web1', 'sapi' => 'fpm-fcgi',
        'file' => '/srv/app/src/Client.php', 'line' => 16, 'scope' => 'App\Client::open', 'kind' => 'function',
        'symbol' => 'socket_create', 'form' => 'call'], JSON_UNESCAPED_SLASHES);
}
/* Without "host", as versions before it wrote them. */
function old(array $r): string
{
    return json_encode(array_diff_key(json_decode(rec($r), true), ['host' => 0]), JSON_UNESCAPED_SLASHES);
}
$dir = esa_tree([
    // Two hosts, the same pid on both: two processes.
    'plain.log' => rec([]) . "\n" . rec(['host' => 'web2']) . "\n" . rec(['host' => 'web2', 'calls' => 4]) . "\n"
        . rec(['host' => 'web1', 'line' => 30, 'symbol' => 'socket_close']) . "\n"
        . old(['pid' => 7, 'line' => 30, 'symbol' => 'socket_close']) . "\n",
    // rsyslog's RSYSLOG_FileFormat (Debian 12's default) and RSYSLOG_TraditionalFileFormat; the
    // record's host wins over the line's; a record without one takes the line's.
    'central.log' => '2026-12-06T10:00:00.123456+00:00 relay1 extsockets_audit[100]: ' . rec([]) . "\n"
        . '2026-12-06T10:00:01+01:00 relay2 extsockets_audit[101]: ' . rec(['host' => 'web2', 'pid' => 101]) . "\n"
        . 'Dec  6 10:00:02 db-3 extsockets_audit[102]: ' . old(['pid' => 102]) . "\n"
        . 'Dec 16 10:00:03 db-3 extsockets_audit[102]:' . old(['pid' => 102, 'calls' => 2]) . "\n"
        . '<14>Dec  6 10:00:04 10.0.0.9 extsockets_audit[103]: ' . old(['pid' => 103, 'line' => 30, 'symbol' => 'socket_close']) . "\n"
        . "Dec  6 10:00:05 relay1 sshd[1]: Accepted publickey for root\n"
        . "Dec  6 10:00:06 relay1 extsockets_audit[104]: ts=2026-12-06T10:00:06.000000Z pid=104 host=web1 sapi=cli\n"
        . "Dec  6 10:00:07 relay1 extsockets_audit[104]: \n"
        . 'Dec  6 10:00:08 relay1 extsockets_audit[105]: ' . substr(rec(['pid' => 105]), 0, 50) . "\n",
    // A template that writes the message alone: bare JSON, after the space rsyslog keeps.
    'bare.log' => ' ' . rec(['host' => 'web3']) . "\n" . old([]) . "\n",
    // Eight hosts at one site: five named in the text.
    'many.log' => implode("\n", array_map(fn($n) => rec(['host' => "web$n", 'pid' => $n]), [8, 7, 6, 5, 4, 3, 2, 1])) . "\n",
]);

echo "== two hosts, one record without a host (counted under none)\n";
esa_show(esa_run(['report', 'plain.log', '--base-dir', '/srv/app'], $dir));
$run = esa_run(['report', '-f', 'json', 'plain.log', '--base-dir', '/srv/app'], $dir);
$doc = json_decode($run['out'], true);
echo 'summary: ', json_encode(array_intersect_key($doc['summary'], array_flip(['records', 'hosts', 'processes']))), "\n";
foreach ($doc['findings'] as $f) {
    echo "$f[line] $f[symbol]: records $f[records], hosts ", json_encode($f['hosts']), "\n";
}
echo "== a syslog file\n";
esa_show(esa_run(['report', 'central.log', '--base-dir', '/srv/app'], $dir));
$doc = json_decode(esa_run(['report', '-f', 'json', 'central.log', '--base-dir', '/srv/app'], $dir)['out'], true);
echo 'summary: ', json_encode(array_intersect_key($doc['summary'], array_flip(['records', 'hosts', 'processes', 'malformed']))), "\n";
echo "== bare messages\n";
$doc = json_decode(esa_run(['report', '-f', 'json', 'bare.log'], $dir)['out'], true);
echo 'summary: ', json_encode(array_intersect_key($doc['summary'], array_flip(['records', 'hosts', 'malformed']))), "\n";
echo "== many hosts\n";
esa_show(esa_run(['report', 'many.log', '--base-dir', '/srv/app'], $dir));
?>
--EXPECT--
== two hosts, one record without a host (counted under none)
rc=1
src/Client.php
  16  function  socket_create  call  breaks  App\Client::open  [seen in 3 records, 4 calls, on 2 hosts (web1 1, web2 2)]
  30  function  socket_close   call  breaks  App\Client::open  [seen in 2 records]

By symbol:
  1  function  socket_close
  1  function  socket_create  4 calls

Verdict: removing ext/sockets breaks 2 sites in 1 file (1 of them executed in staging).
  host web1: breaks 2 sites (1 executed)
  host web2: breaks 1 site (1 executed)

1 log read, 5 records from 2026-12-06T10:00:00.000001Z to 2026-12-06T10:00:00.000001Z by 3 processes (fpm-fcgi): 2 findings in 1 file, 0 errors.
summary: {"records":5,"hosts":{"web1":2,"web2":2},"processes":3}
16 socket_create: records 3, hosts {"web1":1,"web2":2}
30 socket_close: records 2, hosts {"web1":1}
== a syslog file
rc=2
src/Client.php
  16  function  socket_create  call  breaks  App\Client::open  [seen in 4 records, 2 calls, on 3 hosts (db-3 2, web1 1, web2 1)]
  30  function  socket_close   call  breaks  App\Client::open  [seen in 1 record]

By symbol:
  1  function  socket_close
  1  function  socket_create  2 calls

Verdict: removing ext/sockets breaks 2 sites in 1 file (1 of them executed in staging).
  host 10.0.0.9: breaks 1 site (0 executed)
  host db-3: breaks 1 site (1 executed)
  host web1: breaks 1 site (1 executed)
  host web2: breaks 1 site (1 executed)

1 log read, 5 records from 2026-12-06T10:00:00.000001Z to 2026-12-06T10:00:00.000001Z by 4 processes (fpm-fcgi): 2 findings in 1 file, 4 malformed lines skipped, 1 error (on standard error).
E: extsockets-audit: central.log:6: malformed record skipped: a syslog message of sshd, not JSON (Syntax error)
E: extsockets-audit: central.log:7: malformed record skipped: a syslog message of extsockets_audit, a text record (extsockets_audit.log_format=text): report reads the json format
E: extsockets-audit: central.log:8: malformed record skipped: a syslog message of extsockets_audit, empty
E: extsockets-audit: central.log:9: malformed record skipped: a syslog message of extsockets_audit, cut short (a syslog daemon's maxMessageSize: docs/FLEET.md)
E: extsockets-audit: central.log:6: 4 malformed lines skipped (first: a syslog message of sshd, not JSON (Syntax error))
summary: {"records":5,"malformed":4,"hosts":{"10.0.0.9":1,"db-3":2,"web1":1,"web2":1},"processes":4}
== bare messages
summary: {"records":2,"malformed":0,"hosts":{"web3":1}}
== many hosts
rc=1
src/Client.php
  16  function  socket_create  call  breaks  App\Client::open  [seen in 8 records, on 8 hosts (web1 1, web2 1, web3 1, web4 1, web5 1, and 3 more)]

By symbol:
  1  function  socket_create

Verdict: removing ext/sockets breaks 1 site in 1 file.
  host web1: breaks 1 site
  host web2: breaks 1 site
  host web3: breaks 1 site
  host web4: breaks 1 site
  host web5: breaks 1 site
  host web6: breaks 1 site
  host web7: breaks 1 site
  host web8: breaks 1 site

1 log read, 8 records from 2026-12-06T10:00:00.000001Z to 2026-12-06T10:00:00.000001Z by 8 processes (fpm-fcgi): 1 finding in 1 file, 0 errors.
