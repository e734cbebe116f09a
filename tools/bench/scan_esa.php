<?php
/*
 * Scan throughput of extsockets_audit_scan_file(): scans every file of argv[1],
 * writes the function references it found to argv[2] (TSV: file, line, function)
 * and prints files, seconds and counts as JSON.
 */
$files = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
// The forms that are a direct reference to the function by name: what the other scanners look for.
$forms = ['call' => true, 'ns-fallback' => true, 'alias' => true, 'first-class-callable' => true];
$refs = [];
$errors = 0;
$findings = 0;
$start = hrtime(true);
foreach ($files as $file) {
    try {
        foreach (extsockets_audit_scan_file($file) as $f) {
            $findings++;
            if ($f['kind'] === 'function' && isset($forms[$f['form']])) {
                $refs["$file\t{$f['line']}\t" . strtolower($f['symbol'])] = true;
            }
        }
    } catch (Throwable $e) {
        $errors++;
    }
}
$seconds = (hrtime(true) - $start) / 1e9;
ksort($refs);
file_put_contents($argv[2], implode("\n", array_keys($refs)) . ($refs ? "\n" : ''));
echo json_encode(['files' => count($files), 'seconds' => $seconds, 'errors' => $errors,
    'findings' => $findings, 'function_refs' => count($refs)]), "\n";
