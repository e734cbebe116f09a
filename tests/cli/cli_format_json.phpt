--TEST--
extsockets-audit scan --format json: the document, its summary, fingerprints and symbols
--FILE--
<?php
require __DIR__ . '/cli.inc';

$dir = esa_tree([
    'lib/Pool.php' => <<<'PHP'
        <?php
        namespace Lib;

        function drain(array $all): void
        {
            foreach ($all as $s) {
                socket_close($s);
            }
            \socket_close(end($all));
        }
        PHP,
    'lib/none.php' => "<?php\necho 1;\n",
]);
$run = esa_run(['scan', '--format', 'json', 'lib'], $dir);
esa_show($run, true, [$dir => 'DIR']);
echo "-- nothing found\n";
esa_show(esa_run(['scan', '-f', 'json', 'lib/none.php'], $dir), true, [$dir => 'DIR']);
?>
--EXPECT--
rc=1
{
    "tool": "extsockets-audit",
    "version": "0.1.0",
    "command": "scan",
    "base": "DIR",
    "summary": {
        "files": 2,
        "findings": 2,
        "files_with_findings": 1,
        "errors": 0
    },
    "verdict": {
        "removable": false,
        "breaking_sites": 2,
        "files": 1,
        "packages": null,
        "executed": null,
        "log_only_sites": 0,
        "undeclared": [],
        "text": "removing ext/sockets breaks 2 sites in 1 file"
    },
    "findings": [
        {
            "file": "lib/Pool.php",
            "line": 7,
            "scope": "Lib\\drain",
            "kind": "function",
            "symbol": "socket_close",
            "form": "ns-fallback",
            "impact": "breaks",
            "fingerprint": "39f1c532035c8b5bf0179280e03ad0318abb3a3fb1f5ee9fee7fa841818fbc3c"
        },
        {
            "file": "lib/Pool.php",
            "line": 9,
            "scope": "Lib\\drain",
            "kind": "function",
            "symbol": "socket_close",
            "form": "call",
            "impact": "breaks",
            "fingerprint": "524b5464c37e324733d89f876ec3d11467c635a8c289c362aeb3eea10827f741"
        }
    ],
    "symbols": [
        {
            "kind": "function",
            "symbol": "socket_close",
            "count": 2
        }
    ],
    "errors": []
}
-- nothing found
rc=0
{
    "tool": "extsockets-audit",
    "version": "0.1.0",
    "command": "scan",
    "base": "DIR",
    "summary": {
        "files": 1,
        "findings": 0,
        "files_with_findings": 0,
        "errors": 0
    },
    "verdict": {
        "removable": true,
        "breaking_sites": 0,
        "files": 0,
        "packages": null,
        "executed": null,
        "log_only_sites": 0,
        "undeclared": [],
        "text": "ext/sockets can be removed"
    },
    "findings": [],
    "symbols": [],
    "errors": []
}