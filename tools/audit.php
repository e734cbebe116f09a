<?php
/*
 * Scans PHP files without running them and prints their ext/sockets references.
 *   php -d extension=modules/extsockets_audit.so tools/audit.php [PATH...]
 * Exit status: 0 nothing found, 1 findings, 2 usage or scan errors.
 */
if (!function_exists('extsockets_audit_scan_file')) {
    fwrite(STDERR, "extsockets_audit is not loaded: build it (phpize && ./configure && make) and run with -d extension=modules/extsockets_audit.so\n");
    exit(2);
}
$paths = array_slice($argv, 1) ?: [dirname(__DIR__) . '/examples/sample'];
$files = [];
foreach ($paths as $path) {
    if (is_dir($path)) {
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($path, FilesystemIterator::SKIP_DOTS));
        foreach ($it as $file) {
            if (preg_match('/\.(php|phtml|inc)$/i', $file->getFilename())) {
                $files[] = $file->getPathname();
            }
        }
    } elseif (is_file($path)) {
        $files[] = $path;
    } else {
        fwrite(STDERR, "$path: no such file or directory\n");
        exit(2);
    }
}
sort($files);
$total = 0;
$errors = 0;
$bySymbol = [];
foreach ($files as $file) {
    try {
        $findings = extsockets_audit_scan_file($file);
    } catch (Throwable $e) {
        $errors++;
        fprintf(STDERR, "%s: %s: %s (line %d)\n", $file, get_class($e), $e->getMessage(), $e->getLine());
        continue;
    }
    if (!$findings) {
        continue;
    }
    echo $file, "\n";
    foreach ($findings as $f) {
        printf("  %5d  %-9s %-28s %-20s %s\n", $f['line'], $f['kind'], $f['symbol'], $f['form'], $f['scope']);
        $bySymbol[$f['kind'] . ' ' . $f['symbol']] = ($bySymbol[$f['kind'] . ' ' . $f['symbol']] ?? 0) + 1;
        $total++;
    }
}
arsort($bySymbol);
echo "\n", count($files), " files scanned, $total findings, $errors errors\n";
foreach ($bySymbol as $symbol => $n) {
    printf("  %5d  %s\n", $n, $symbol);
}
exit($errors ? 2 : ($total ? 1 : 0));
