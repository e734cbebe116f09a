--TEST--
extsockets-audit scan: files that do not parse are reported per file, the scan goes on, exit 2 with every finding still reported; files that parse but do not compile are scanned whole
--FILE--
<?php
require __DIR__ . '/cli.inc';
function esa_run_scan_errors(array $args, ?string $cwd = null): array
{
    return esa_run($args, $cwd, null, [], ['-n']);
}

$dir = esa_tree([
    'a-good.php' => "<?php\nsocket_close(\$s);\n",
    'b-parse.php' => "<?php\nsocket_close(\$s);\nfunction f( {\n",
    'c-break.php' => "<?php\nsocket_bind(\$s, 'h');\n\nbreak;\n",
    // The parser's own check: CompileError, like a parse error.
    'd-modifiers.php' => "<?php\nclass A {\n    public public \$x;\n}\n",
    'e-good.php' => "<?php\necho AF_INET;\n",
]);
exec('mkfifo ' . escapeshellarg("$dir/fifo.php"));

echo "== text\n";
esa_show(esa_run_scan_errors(['scan', '.', 'fifo.php'], $dir));
echo "== json: errors\n";
$run = esa_run_scan_errors(['scan', '-f', 'json', '.'], $dir);
$doc = json_decode($run['out'], true);
echo "rc={$run['rc']} summary=", json_encode($doc['summary']), "\n";
echo json_encode($doc['errors'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo "== checkstyle\n";
esa_show(esa_run_scan_errors(['scan', '-f', 'checkstyle', '.'], $dir), true);
echo "== github\n";
esa_show(esa_run_scan_errors(['scan', '-f', 'github', '.'], $dir), true);
echo "== sarif: invocation\n";
$run = esa_run_scan_errors(['scan', '-f', 'sarif', '.'], $dir);
$sarif = json_decode($run['out'], true);
echo "rc={$run['rc']} results=", count($sarif['runs'][0]['results']), "\n";
echo json_encode($sarif['runs'][0]['invocations'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo "== errors win over findings, and no findings: still 2\n";
echo esa_run_scan_errors(['scan', 'b-parse.php'], $dir)['rc'], ' ', esa_run_scan_errors(['scan', 'd-modifiers.php'], $dir)['rc'], "\n";
?>
--EXPECT--
== text
rc=2
a-good.php
  2  function  socket_close  call   breaks  {main}

c-break.php
  2  function  socket_bind   call   breaks  {main}

e-good.php
  2  constant  AF_INET       fetch  breaks  {main}

By symbol:
  1  constant  AF_INET
  1  function  socket_bind
  1  function  socket_close

Verdict: removing ext/sockets breaks 3 sites in 3 files.

5 files scanned: 3 findings in 3 files, 3 errors (on standard error).
E: extsockets-audit: fifo.php: not a regular file or directory
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: d-modifiers.php:3: CompileError: Multiple access type modifiers are not allowed
== json: errors
rc=2 summary={"files":5,"findings":3,"files_with_findings":3,"errors":2}
[
    {
        "path": "b-parse.php",
        "line": 3,
        "type": "ParseError",
        "message": "syntax error, unexpected token \"{\", expecting variable"
    },
    {
        "path": "d-modifiers.php",
        "line": 3,
        "type": "CompileError",
        "message": "Multiple access type modifiers are not allowed"
    }
]
== checkstyle
rc=2
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="a-good.php">
    <error line="2" severity="warning" message="calls socket_close(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="c-break.php">
    <error line="2" severity="warning" message="calls socket_bind(); breaks without ext/sockets" source="extsockets_audit.function.call"/>
  </file>
  <file name="e-good.php">
    <error line="2" severity="warning" message="reads constant AF_INET; breaks without ext/sockets" source="extsockets_audit.constant.fetch"/>
  </file>
  <file name="b-parse.php">
    <error line="3" severity="error" message="syntax error, unexpected token &quot;{&quot;, expecting variable" source="extsockets_audit.ParseError"/>
  </file>
  <file name="d-modifiers.php">
    <error line="3" severity="error" message="Multiple access type modifiers are not allowed" source="extsockets_audit.CompileError"/>
  </file>
</checkstyle>
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: d-modifiers.php:3: CompileError: Multiple access type modifiers are not allowed
== github
rc=2
::warning file=a-good.php,line=2,title=ext/sockets function socket_close::calls socket_close(); breaks without ext/sockets
::warning file=c-break.php,line=2,title=ext/sockets function socket_bind::calls socket_bind(); breaks without ext/sockets
::warning file=e-good.php,line=2,title=ext/sockets constant AF_INET::reads constant AF_INET; breaks without ext/sockets
::error file=b-parse.php,line=3,title=extsockets-audit%3A cannot scan::ParseError: syntax error, unexpected token "{", expecting variable
::error file=d-modifiers.php,line=3,title=extsockets-audit%3A cannot scan::CompileError: Multiple access type modifiers are not allowed
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: d-modifiers.php:3: CompileError: Multiple access type modifiers are not allowed
== sarif: invocation
rc=2 results=3
[
    {
        "executionSuccessful": false,
        "exitCode": 2,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {
                    "text": "b-parse.php:3: ParseError: syntax error, unexpected token \"{\", expecting variable"
                },
                "descriptor": {
                    "id": "ParseError"
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": "b-parse.php",
                                "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                                "startLine": 3
                            }
                        }
                    }
                ]
            },
            {
                "level": "error",
                "message": {
                    "text": "d-modifiers.php:3: CompileError: Multiple access type modifiers are not allowed"
                },
                "descriptor": {
                    "id": "CompileError"
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": "d-modifiers.php",
                                "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                                "startLine": 3
                            }
                        }
                    }
                ]
            }
        ]
    }
]
== errors win over findings, and no findings: still 2
2 2