--TEST--
extsockets-audit --format sarif: valid against the official SARIF 2.1.0 schema (findings, none, errors, baseline, odd names, logs)
--SKIPIF--
<?php
require __DIR__ . '/cli.inc';
esa_skip_under_valgrind();
if (!is_file(esa_sarif_schema())) {
    die('skip SARIF schema validation: ' . esa_sarif_schema() . ' is missing (set EXTSOCKETS_AUDIT_SARIF_SCHEMA to sarif-schema-2.1.0.json)');
}
if (esa_python() === null) {
    die('skip SARIF schema validation needs python3 with jsonschema (apt-get install python3-jsonschema; .ci/run installs it)');
}
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';

$schema = esa_sarif_schema();
$sample = realpath(ESA_ROOT . '/examples/sample');
$dir = esa_tree([
    'clean.php' => "<?php\necho 1;\n",
    'parse.php' => "<?php\nsocket_close(\$s);\nfunction f( {\n",
    "odd \"name\" %\xff.php" => "<?php\nsocket_close(\$s);\n",
    'new.php' => "<?php\nsocket_bind(\$s, 'h');\n",
    'log.jsonl' => implode("\n", [
        '{"ts":"2025-03-01T10:00:00Z","pid":10,"sapi":"fpm-fcgi","file":"/srv/app/a.php","line":3,"scope":"A::b","kind":"function","symbol":"socket_create","form":"call","uri":"/x","calls":4}',
        '{"ts":"2025-03-01T10:00:01Z","pid":11,"sapi":"cli","file":"/srv/app/b.php(7) : eval()\'d code","line":1,"scope":"{main}","kind":"function","symbol":"socket_close","form":"dynamic"}',
        '{"ts":"2025-03-01T10:00:02Z","pid":11,"sapi":"cli","file":"Command line code","line":0,"scope":"{main}","kind":"future-kind","symbol":"x","form":"y"}',
        'not json',
    ]) . "\n",
]);
esa_run(['scan', 'new.php', '--generate-baseline', 'base.json'], $dir);
$composer = esa_tree([
    'composer.json' => '{"name": "acme/app"}',
    'src/a.php' => "<?php\nif (extension_loaded('sockets')) { socket_close(\$s); }\nfunction f(Socket \$s) {}\n",
    'vendor/acme/raw/r.php' => "<?php\nsocket_bind(\$s, 'h');\n",
    'vendor/composer/installed.json' => '{"packages": [{"name": "acme/raw", "install-path": "../acme/raw"}]}',
    'staging.log' => '{"file":"/srv/app/vendor/acme/raw/r.php","line":2,"scope":"{main}","kind":"function","symbol":"socket_bind","form":"call","impact":"breaks","calls":3}' . "\n",
]);

foreach ([
    'examples/sample' => [['scan', '-f', 'sarif', $sample], null],
    'examples/sample from /' => [['scan', '-f', 'sarif', $sample], '/'],
    'nothing found' => [['scan', '-f', 'sarif', 'clean.php'], $dir],
    'parse error and a missing path' => [['scan', '-f', 'sarif', '.', 'missing.php'], $dir],
    'baseline' => [['scan', '-f', 'sarif', '--baseline', 'base.json', '.'], $dir],
    'jobs' => [['scan', '-f', 'sarif', '-j', '2', $sample], null],
    'report' => [['report', '-f', 'sarif', 'log.jsonl', '--base-dir', '/srv/app'], $dir],
    'empty report' => [['report', '-f', 'sarif', '-'], $dir],
    'Composer packages, verdict, log, --fail-on' => [['scan', '-f', 'sarif', '.', '--log', 'staging.log',
        '--log-base-dir', '/srv/app', '--fail-on', 'undeclared,executed'], $composer],
] as $what => [$args, $cwd]) {
    $run = esa_run($args, $cwd ?? realpath(ESA_ROOT));
    echo "$what: rc={$run['rc']} ", esa_validate('validate_sarif.py', $run['out'], [$schema]);
}
?>
--EXPECT--
examples/sample: rc=1 valid SARIF 2.1.0: 21 results, 0 notifications
examples/sample from /: rc=1 valid SARIF 2.1.0: 21 results, 0 notifications
nothing found: rc=0 valid SARIF 2.1.0: 0 results, 0 notifications
parse error and a missing path: rc=2 valid SARIF 2.1.0: 2 results, 2 notifications
baseline: rc=2 valid SARIF 2.1.0: 1 results, 1 notifications
jobs: rc=1 valid SARIF 2.1.0: 21 results, 0 notifications
report: rc=2 valid SARIF 2.1.0: 3 results, 1 notifications
empty report: rc=0 valid SARIF 2.1.0: 0 results, 0 notifications
Composer packages, verdict, log, --fail-on: rc=1 valid SARIF 2.1.0: 4 results, 0 notifications
