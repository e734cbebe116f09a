--TEST--
Bounded memory: extsockets-audit report reads the log's "dropped" records as such (a warning that the report lacks findings), not as malformed lines
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/cli/cli.inc';

$dir = esa_tree([
    'app.php' => "<?php\nfunction f(\$s) {\n    \\socket_close(\$s);\n    \\socket_bind(\$s, 'h');\n    \\socket_listen(\$s);\n}\n"
        . "eval('return fn(\$s) => \\socket_read(\$s, 1);');\n",
]);
$php = ['-n', '-d', 'extension_dir=' . ini_get('extension_dir'), '-d', 'extension=extsockets_audit.so',
    '-d', 'extsockets_audit.max_findings=2', '-d', "extsockets_audit.log=$dir/audit.jsonl", '-d', "error_log=$dir/php.err"];
$run = esa_run([], $dir, null, [], $php, "$dir/app.php");
echo "app: rc={$run['rc']}{$run['out']}{$run['err']}\n";

echo "== the log of a process that dropped findings\n";
esa_show(esa_run(['report', 'audit.jsonl', '--base-dir', $dir], $dir));

echo "== a \"dropped\" record without its count is malformed\n";
file_put_contents("$dir/bad.jsonl", '{"ts":"2025-03-01T10:00:00Z","pid":5,"sapi":"cli","kind":"dropped","dropped":"many"}' . "\n");
esa_show(esa_run(['report', 'bad.jsonl'], $dir));
?>
--EXPECTF--
app: rc=0
== the log of a process that dropped findings
rc=1
app.php
  3  function  socket_close  call  breaks  f  [seen in 1 record]
  4  function  socket_bind   call  breaks  f  [seen in 1 record]

By symbol:
  1  function  socket_bind
  1  function  socket_close

Verdict: removing ext/sockets breaks 2 sites in 1 file.

1 log read, 2 records from %s by 1 process (cli): 2 findings in 1 file, 0 errors.
E: extsockets-audit: audit.jsonl: 2 "dropped" records: processes reached extsockets_audit.max_findings and did not log the findings beyond it (up to 2 in one process); this report lacks those
== a "dropped" record without its count is malformed
rc=2
Verdict: nothing read breaks without ext/sockets, but 1 error left part unread.

1 log read, 0 records: no ext/sockets use found, 1 malformed line skipped, 1 error (on standard error).
E: extsockets-audit: bad.jsonl:1: malformed record skipped: invalid "dropped"
E: extsockets-audit: bad.jsonl:1: 1 malformed line skipped (first: invalid "dropped")
