<?php
/*
 * The comparison linter: phpcs (Debian php-codesniffer) with only
 * Generic.PHP.ForbiddenFunctions, listing every ext/sockets function.
 *
 *   php scan_phpcs.php LIST OUT.tsv FUNCTIONS.txt WORKDIR PHP_COMMAND...
 * Runs `PHP_COMMAND /usr/bin/phpcs` (so it runs under the same php settings as
 * the other scanners), times the whole run, and writes file, line, function.
 */
[, $listFile, $outFile, $functionsFile, $workDir] = $argv;
$php = array_slice($argv, 5);
$functions = file($functionsFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$elements = '';
foreach ($functions as $f) {
    $elements .= "        <element key=\"$f\" value=\"null\"/>\n";
}
$ruleset = "$workDir/phpcs-sockets.xml";
file_put_contents($ruleset, <<<XML
<?xml version="1.0"?>
<ruleset name="ext-sockets">
  <description>Every ext/sockets function, forbidden</description>
  <rule ref="Generic.PHP.ForbiddenFunctions">
    <properties>
      <property name="forbiddenFunctions" type="array">
$elements      </property>
    </properties>
  </rule>
</ruleset>

XML);
$report = "$workDir/phpcs-report.json";
$command = implode(' ', array_map('escapeshellarg', array_merge($php, ['/usr/bin/phpcs', '-q', '--no-cache',
    '--standard=' . $ruleset, '--report=json', '--report-file=' . $report, '--file-list=' . $listFile])));
$start = hrtime(true);
exec($command, $output, $status);
$seconds = (hrtime(true) - $start) / 1e9;
$json = json_decode((string) @file_get_contents($report), true);
if (!is_array($json)) {
    fwrite(STDERR, "phpcs failed ($status): " . implode("\n", $output) . "\n");
    exit(1);
}
$refs = [];
foreach ($json['files'] as $file => $result) {
    foreach ($result['messages'] as $m) {
        if (preg_match('/function (\w+)\(\) is forbidden/', $m['message'], $mm)) {
            $refs["$file\t{$m['line']}\t" . strtolower($mm[1])] = true;
        }
    }
}
$refs = array_keys($refs);
sort($refs);
file_put_contents($outFile, implode("\n", $refs) . ($refs ? "\n" : ''));
echo json_encode(['files' => count($json['files']), 'seconds' => $seconds, 'errors' => 0, 'function_refs' => count($refs)]), "\n";
