--TEST--
extsockets-audit scan --format sarif: SARIF 2.1.0 with one rule per kind, relative URIs, fingerprints that survive moving code
--FILE--
<?php
require __DIR__ . '/cli.inc';

$dir = esa_tree(['src/Conn.php' => "<?php\nclass Conn {\n    public function __construct(public \\Socket \$s) {}\n    public function close(): void { socket_close(\$this->s); }\n}\n"]);
$run = esa_run(['scan', '--format', 'sarif', 'src'], $dir);
$base = 'file://' . implode('/', array_map('rawurlencode', explode('/', $dir))) . '/';
esa_show($run, true, [$base => 'file:///BASE/']);

echo "-- fingerprints: code moved down, then the same call added once more\n";
function prints(string $dir): array
{
    $sarif = json_decode(esa_run(['scan', '-f', 'sarif', '.'], $dir)['out'], true);
    return array_map(fn($r) => $r['locations'][0]['physicalLocation']['region']['startLine'] . ' '
        . $r['properties']['symbol'] . ' ' . substr($r['partialFingerprints']['extsocketsAudit/v1'], 0, 12),
        $sarif['runs'][0]['results']);
}
$dir = esa_tree(['a.php' => "<?php\nfunction f(\$s) {\n    socket_close(\$s);\n}\n"]);
echo implode("\n", prints($dir)), "\n";
file_put_contents("$dir/a.php", "<?php\n// a comment\n\nfunction f(\$s) {\n    if (\$s) {\n        socket_close(\$s);\n    }\n}\n");
echo implode("\n", prints($dir)), "\n";
file_put_contents("$dir/a.php", "<?php\n// a comment\n\nfunction f(\$s) {\n    if (\$s) {\n        socket_close(\$s);\n    }\n    socket_close(\$s);\n}\n");
echo implode("\n", prints($dir)), "\n";
?>
--EXPECT--
rc=1
{
    "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0",
    "runs": [
        {
            "tool": {
                "driver": {
                    "name": "extsockets-audit",
                    "version": "0.1.0",
                    "semanticVersion": "0.1.0",
                    "rules": [
                        {
                            "id": "extsockets-function",
                            "name": "ExtSocketsFunctionUse",
                            "shortDescription": {
                                "text": "Use of an ext/sockets function"
                            },
                            "fullDescription": {
                                "text": "The code calls, imports, references as a callable or probes for a function of the sockets extension."
                            },
                            "defaultConfiguration": {
                                "level": "warning"
                            },
                            "help": {
                                "text": "The code calls, imports, references as a callable or probes for a function of the sockets extension. A use that breaks where the extension is not installed is a warning, one that is guarded by a check for it or works without it a note; review each use, or accept it in the baseline (--generate-baseline)."
                            },
                            "properties": {
                                "tags": [
                                    "ext-sockets",
                                    "dependency",
                                    "portability"
                                ]
                            }
                        },
                        {
                            "id": "extsockets-constant",
                            "name": "ExtSocketsConstantUse",
                            "shortDescription": {
                                "text": "Use of an ext/sockets constant"
                            },
                            "fullDescription": {
                                "text": "The code reads, imports, looks up or probes for a constant of the sockets extension."
                            },
                            "defaultConfiguration": {
                                "level": "warning"
                            },
                            "help": {
                                "text": "The code reads, imports, looks up or probes for a constant of the sockets extension. A use that breaks where the extension is not installed is a warning, one that is guarded by a check for it or works without it a note; review each use, or accept it in the baseline (--generate-baseline)."
                            },
                            "properties": {
                                "tags": [
                                    "ext-sockets",
                                    "dependency",
                                    "portability"
                                ]
                            }
                        },
                        {
                            "id": "extsockets-class",
                            "name": "ExtSocketsClassUse",
                            "shortDescription": {
                                "text": "Use of an ext/sockets class"
                            },
                            "fullDescription": {
                                "text": "The code uses the Socket or AddressInfo class of the sockets extension (type, instanceof, new, catch, ...)."
                            },
                            "defaultConfiguration": {
                                "level": "warning"
                            },
                            "help": {
                                "text": "The code uses the Socket or AddressInfo class of the sockets extension (type, instanceof, new, catch, ...). A use that breaks where the extension is not installed is a warning, one that is guarded by a check for it or works without it a note; review each use, or accept it in the baseline (--generate-baseline)."
                            },
                            "properties": {
                                "tags": [
                                    "ext-sockets",
                                    "dependency",
                                    "portability"
                                ]
                            }
                        },
                        {
                            "id": "extsockets-extension",
                            "name": "ExtSocketsExtensionUse",
                            "shortDescription": {
                                "text": "Probe for the sockets extension"
                            },
                            "fullDescription": {
                                "text": "The code asks whether the sockets extension is loaded (extension_loaded, get_extension_funcs, ReflectionExtension)."
                            },
                            "defaultConfiguration": {
                                "level": "warning"
                            },
                            "help": {
                                "text": "The code asks whether the sockets extension is loaded (extension_loaded, get_extension_funcs, ReflectionExtension). A use that breaks where the extension is not installed is a warning, one that is guarded by a check for it or works without it a note; review each use, or accept it in the baseline (--generate-baseline)."
                            },
                            "properties": {
                                "tags": [
                                    "ext-sockets",
                                    "dependency",
                                    "portability"
                                ]
                            }
                        }
                    ]
                }
            },
            "originalUriBaseIds": {
                "%SRCROOT%": {
                    "uri": "file:///BASE/"
                }
            },
            "invocations": [
                {
                    "executionSuccessful": true,
                    "exitCode": 1
                }
            ],
            "results": [
                {
                    "ruleId": "extsockets-class",
                    "ruleIndex": 2,
                    "level": "note",
                    "message": {
                        "text": "uses class Socket as a type in Conn::__construct; works without ext/sockets"
                    },
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {
                                    "uri": "src/Conn.php",
                                    "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                    "startLine": 3
                                }
                            },
                            "logicalLocations": [
                                {
                                    "fullyQualifiedName": "Conn::__construct"
                                }
                            ]
                        }
                    ],
                    "partialFingerprints": {
                        "extsocketsAudit/v1": "5d1a4d08f5be2e20ee73a58f39953fc906e2e1ee70ca359fe3216d12a130ae13"
                    },
                    "properties": {
                        "kind": "class",
                        "symbol": "Socket",
                        "form": "type",
                        "scope": "Conn::__construct",
                        "impact": "harmless"
                    }
                },
                {
                    "ruleId": "extsockets-function",
                    "ruleIndex": 0,
                    "level": "warning",
                    "message": {
                        "text": "calls socket_close() in Conn::close; breaks without ext/sockets"
                    },
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {
                                    "uri": "src/Conn.php",
                                    "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                    "startLine": 4
                                }
                            },
                            "logicalLocations": [
                                {
                                    "fullyQualifiedName": "Conn::close"
                                }
                            ]
                        }
                    ],
                    "partialFingerprints": {
                        "extsocketsAudit/v1": "efb4aeadd1a3aaa84ee0a0b145d129b6123539a693a1925f9ab26155c35deeea"
                    },
                    "properties": {
                        "kind": "function",
                        "symbol": "socket_close",
                        "form": "call",
                        "scope": "Conn::close",
                        "impact": "breaks"
                    }
                }
            ],
            "properties": {
                "verdict": {
                    "removable": false,
                    "breaking_sites": 1,
                    "files": 1,
                    "packages": null,
                    "executed": null,
                    "log_only_sites": 0,
                    "undeclared": [],
                    "text": "removing ext/sockets breaks 1 site in 1 file"
                }
            }
        }
    ]
}
-- fingerprints: code moved down, then the same call added once more
3 socket_close 21fa2e37e00e
6 socket_close 21fa2e37e00e
6 socket_close 21fa2e37e00e
8 socket_close 1622f325ef43