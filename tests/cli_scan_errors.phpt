--TEST--
extsockets-audit scan: files that do not compile are reported per file, the scan goes on, exit 2 with every finding still reported
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500 && PHP_DEBUG) die("skip PHP 8.5's debug builds always report the C-local leftovers of PHP's failed compile (README, API)");
--FILE--
<?php
require __DIR__ . '/cli/cli.inc';
/* A debug build reports what PHP's compiler held in C locals when a scanned file
 * failed (README, API); valgrind checks those blocks with a suppression instead.
 * PHP 8.5 deprecates turning the report off. */
function esa_run_scan_errors(array $args, ?string $cwd = null): array
{
    $php_args = PHP_VERSION_ID < 80500 ? ['-n', '-d', 'report_memleaks=0'] : ['-n'];
    return esa_run($args, $cwd, null, [], $php_args);
}

$dir = esa_tree([
    'a-good.php' => "<?php\nsocket_close(\$s);\n",
    'b-parse.php' => "<?php\nsocket_close(\$s);\nfunction f( {\n",
    'c-break.php' => "<?php\nsocket_bind(\$s, 'h');\n\nbreak;\n",
    'd-redeclare.php' => "<?php\nfunction dup(\$a) {}\nfunction twice(\$a, \$a) {}\n",
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
echo esa_run_scan_errors(['scan', 'b-parse.php'], $dir)['rc'], ' ', esa_run_scan_errors(['scan', 'd-redeclare.php'], $dir)['rc'], "\n";
?>
--EXPECT--
== text
rc=2
a-good.php
  2  function  socket_close  call   {main}

e-good.php
  2  constant  AF_INET       fetch  {main}

By symbol:
  1  constant  AF_INET
  1  function  socket_close

5 files scanned: 2 findings in 2 files, 4 errors (on standard error).
E: extsockets-audit: fifo.php: not a regular file or directory
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: c-break.php:4: CompileError: 'break' not in the 'loop' or 'switch' context
E: extsockets-audit: d-redeclare.php:3: CompileError: Redefinition of parameter $a
== json: errors
rc=2 summary={"files":5,"findings":2,"files_with_findings":2,"errors":3}
[
    {
        "path": "b-parse.php",
        "line": 3,
        "type": "ParseError",
        "message": "syntax error, unexpected token \"{\", expecting variable"
    },
    {
        "path": "c-break.php",
        "line": 4,
        "type": "CompileError",
        "message": "'break' not in the 'loop' or 'switch' context"
    },
    {
        "path": "d-redeclare.php",
        "line": 3,
        "type": "CompileError",
        "message": "Redefinition of parameter $a"
    }
]
== checkstyle
rc=2
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="a-good.php">
    <error line="2" severity="warning" message="calls socket_close()" source="extsockets_audit.function.call"/>
  </file>
  <file name="e-good.php">
    <error line="2" severity="warning" message="reads constant AF_INET" source="extsockets_audit.constant.fetch"/>
  </file>
  <file name="b-parse.php">
    <error line="3" severity="error" message="syntax error, unexpected token &quot;{&quot;, expecting variable" source="extsockets_audit.ParseError"/>
  </file>
  <file name="c-break.php">
    <error line="4" severity="error" message="&apos;break&apos; not in the &apos;loop&apos; or &apos;switch&apos; context" source="extsockets_audit.CompileError"/>
  </file>
  <file name="d-redeclare.php">
    <error line="3" severity="error" message="Redefinition of parameter $a" source="extsockets_audit.CompileError"/>
  </file>
</checkstyle>
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: c-break.php:4: CompileError: 'break' not in the 'loop' or 'switch' context
E: extsockets-audit: d-redeclare.php:3: CompileError: Redefinition of parameter $a
== github
rc=2
::warning file=a-good.php,line=2,title=ext/sockets function socket_close::calls socket_close()
::warning file=e-good.php,line=2,title=ext/sockets constant AF_INET::reads constant AF_INET
::error file=b-parse.php,line=3,title=extsockets-audit%3A cannot scan::ParseError: syntax error, unexpected token "{", expecting variable
::error file=c-break.php,line=4,title=extsockets-audit%3A cannot scan::CompileError: 'break' not in the 'loop' or 'switch' context
::error file=d-redeclare.php,line=3,title=extsockets-audit%3A cannot scan::CompileError: Redefinition of parameter $a
E: extsockets-audit: b-parse.php:3: ParseError: syntax error, unexpected token "{", expecting variable
E: extsockets-audit: c-break.php:4: CompileError: 'break' not in the 'loop' or 'switch' context
E: extsockets-audit: d-redeclare.php:3: CompileError: Redefinition of parameter $a
== sarif: invocation
rc=2 results=2
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
                    "text": "c-break.php:4: CompileError: 'break' not in the 'loop' or 'switch' context"
                },
                "descriptor": {
                    "id": "CompileError"
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": "c-break.php",
                                "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                                "startLine": 4
                            }
                        }
                    }
                ]
            },
            {
                "level": "error",
                "message": {
                    "text": "d-redeclare.php:3: CompileError: Redefinition of parameter $a"
                },
                "descriptor": {
                    "id": "CompileError"
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": "d-redeclare.php",
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