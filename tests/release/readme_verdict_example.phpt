--TEST--
README: the worked example of the verdict (scan --log, --fail-on) is what the command prints on the tree it describes
--SKIPIF--
<?php
require __DIR__ . '/../cli/cli.inc';
esa_skip_under_valgrind();
?>
--FILE--
<?php
require __DIR__ . '/../cli/cli.inc';

/* The block of README.md's "Command line" section that starts with "$ bin/extsockets-audit scan . --log". */
$readme = file_get_contents(ESA_ROOT . '/README.md');
preg_match('/^```\n\$ bin\/extsockets-audit (scan \. --log [^\n]*)\n(.*?)^```$/ms', $readme, $m);
[, $command, $shown] = $m;
echo "$command\n";

$dir = esa_tree([
    'composer.json' => '{"name": "acme/app", "require": {"php": ">=8.1", "ext-sockets": "*"}}',
    'src/App.php' => "<?php\nnamespace App;\n\nfinal class App\n{\n    public function run(\$s): bool\n    {\n"
        . "        if (\$s instanceof \\Socket) {\n            return socket_close(\$s) === null;\n        }\n        return false;\n    }\n}\n",
    'vendor/acme/net/src/Client.php' => "<?php\nnamespace Acme\\Net;\n\nfunction open()\n{\n    return socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\n}\n",
    'vendor/acme/raw/src/Raw.php' => "<?php\nfunction raw_send(\$s, string \$b): int\n{\n    return socket_write(\$s, \$b);\n}\n",
    'vendor/composer/installed.json' => json_encode(['packages' => [
        ['name' => 'acme/net', 'version' => '1.0.0', 'require' => ['ext-sockets' => '*'], 'install-path' => '../acme/net'],
        ['name' => 'acme/raw', 'version' => '1.0.0', 'require' => ['php' => '>=8.0'], 'install-path' => '../acme/raw'],
    ], 'dev' => true, 'dev-package-names' => []]),
    'staging.log' => json_encode(['ts' => '2025-03-01T10:00:00Z', 'pid' => 7, 'sapi' => 'fpm-fcgi',
        'file' => '/srv/app/vendor/acme/net/src/Client.php', 'line' => 6, 'scope' => 'Acme\Net\open', 'kind' => 'function',
        'symbol' => 'socket_create', 'form' => 'ns-fallback', 'impact' => 'breaks', 'calls' => 12], JSON_UNESCAPED_SLASHES) . "\n",
]);
$run = esa_run(explode(' ', $command), $dir);
echo "rc={$run['rc']}\n";
// What the README shows, "..." standing for lines left out, must be in the output, in order.
$at = 0;
foreach (explode("...\n", $shown) as $part) {
    $found = $part === '' ? $at : strpos($run['out'], $part, $at);
    if ($found === false) {
        echo "not in the output:\n$part\n--- the output:\n{$run['out']}";
        break;
    }
    $at = $found + strlen($part);
}
if ($found !== false) {
    echo $at === strlen($run['out']) ? "the README's lines are the command's\n" : "the output goes on after the README's last line\n";
}
?>
--EXPECT--
scan . --log staging.log --log-base-dir /srv/app --fail-on=undeclared,executed
rc=1
the README's lines are the command's
