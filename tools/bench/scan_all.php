<?php
/* Scans every *.php file under a directory (default /usr/share/php) once, in this
 * process, and prints how many findings came out: a workload for callgrind
 * (BENCHMARKS.md, "Impact"). Files that do not parse are skipped. */
$dir = $argv[1] ?? '/usr/share/php';
$n = 0;
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
foreach ($it as $f) {
    if ($f->getExtension() !== 'php') {
        continue;
    }
    try {
        $n += count(extsockets_audit_scan_file($f->getPathname()));
    } catch (Throwable $e) {
    }
}
echo $n, "\n";
