--TEST--
extsockets-audit: hostile file names (quotes, markup, %, commas, colons, newlines, invalid UTF-8) stay inside their field in every format
--FILE--
<?php
require __DIR__ . '/cli.inc';

$use = "<?php\nsocket_close(\$s);\n";
$dir = esa_tree([
    "we\"ird <&> 'q'.php" => $use,
    'a,b:c%0A.php' => $use,
    "new\nline.php" => $use,
    "bad\xff.php" => $use,
    "::error::x.php" => $use,
    'sp ace/x.php' => $use,
]);

echo "== text\n";
esa_show(esa_run(['scan', '.'], $dir));
echo "== github: one line per annotation\n";
esa_show(esa_run(['scan', '-f', 'github', '.'], $dir));
echo "== checkstyle\n";
$run = esa_run(['scan', '-f', 'checkstyle', '.'], $dir);
esa_show($run);
echo esa_validate_checkstyle($run['out']);
echo "== json\n";
$doc = json_decode(esa_run(['scan', '-f', 'json', '.'], $dir)['out'], true, 512, JSON_THROW_ON_ERROR);
var_dump(array_column($doc['findings'], 'file'));
echo "== sarif uris\n";
$sarif = json_decode(esa_run(['scan', '-f', 'sarif', '.'], $dir)['out'], true, 512, JSON_THROW_ON_ERROR);
foreach ($sarif['runs'][0]['results'] as $r) {
    echo $r['locations'][0]['physicalLocation']['artifactLocation']['uri'], "\n";
}
echo "== baseline: the same names match again\n";
esa_show(esa_run(['scan', '.', '--generate-baseline', 'base.json'], $dir), false);
esa_show(esa_run(['scan', '.', '--baseline', 'base.json'], $dir));
?>
--EXPECT--
== text
rc=1
::error::x.php
  2  function  socket_close  call  breaks  {main}

a,b:c%0A.php
  2  function  socket_close  call  breaks  {main}

bad\xff.php
  2  function  socket_close  call  breaks  {main}

new\x0aline.php
  2  function  socket_close  call  breaks  {main}

sp ace/x.php
  2  function  socket_close  call  breaks  {main}

we"ird <&> 'q'.php
  2  function  socket_close  call  breaks  {main}

By symbol:
  6  function  socket_close

Verdict: removing ext/sockets breaks 6 sites in 6 files.

6 files scanned: 6 findings in 6 files, 0 errors.
== github: one line per annotation
rc=1
::warning file=%3A%3Aerror%3A%3Ax.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=a%2Cb%3Ac%250A.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=bad�.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=new%0Aline.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=sp ace/x.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=we"ird <&> 'q'.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
== checkstyle
rc=1
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="::error::x.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="a,b:c%0A.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="bad�.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="new&#10;line.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="sp ace/x.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="we&quot;ird &lt;&amp;&gt; &apos;q&apos;.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
</checkstyle>
valid checkstyle: 6 files, 6 errors
== json
array(6) {
  [0]=>
  string(14) "::error::x.php"
  [1]=>
  string(12) "a,b:c%0A.php"
  [2]=>
  string(10) "bad�.php"
  [3]=>
  string(12) "new
line.php"
  [4]=>
  string(12) "sp ace/x.php"
  [5]=>
  string(18) "we"ird <&> 'q'.php"
}
== sarif uris
%3A%3Aerror%3A%3Ax.php
a%2Cb%3Ac%250A.php
bad%FF.php
new%0Aline.php
sp%20ace/x.php
we%22ird%20%3C%26%3E%20%27q%27.php
== baseline: the same names match again
rc=0
E: extsockets-audit: wrote baseline base.json: 6 findings in 6 files
rc=0
Verdict: removing ext/sockets breaks 6 sites in 6 files.

6 files scanned: no new ext/sockets use, 6 known in base.json, 0 errors.