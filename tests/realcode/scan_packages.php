<?php
/*
 * Scans every *.php file under the given directories with
 * extsockets_audit_scan_file() (compiled, never run) and prints one line per
 * finding:
 *
 *     relative/path.php:line scope kind symbol form
 *
 * sorted by path, then line, then the rest of the line; then one "ERROR" line
 * per file that failed to compile, and a final summary line. Paths are printed
 * relative to the parent of the directory named on the command line, so
 *
 *     php -n -d extension=modules/extsockets_audit.so tests/realcode/scan_packages.php \
 *         /usr/share/php/PhpAmqpLib /usr/share/php/Monolog
 *
 * prints paths relative to /usr/share/php. Exit status: 0 clean, 1 some files
 * failed to scan, 2 usage error.
 *
 * tests/detect/realcode_amqplib_monolog.phpt requires this file and calls
 * esa_realcode_scan() / esa_realcode_format() itself; the command-line part
 * below runs only when this file is the script being executed.
 */

/**
 * @param string[] $dirs directories (or single files) to scan
 * @return array{lines: string[], errors: string[], files: int, findings: int}
 */
function esa_realcode_scan(array $dirs): array
{
    $rows = [];
    $errors = [];
    $files = 0;
    foreach ($dirs as $dir) {
        $real = realpath($dir);
        if ($real === false) {
            throw new InvalidArgumentException("$dir: no such file or directory");
        }
        $base = dirname($real);
        $list = [];
        if (is_dir($real)) {
            $it = new RecursiveIteratorIterator(
                new RecursiveDirectoryIterator($real, FilesystemIterator::SKIP_DOTS)
            );
            foreach ($it as $file) {
                if ($file->isFile() && str_ends_with($file->getFilename(), '.php')) {
                    $list[] = $file->getPathname();
                }
            }
        } else {
            $list[] = $real;
        }
        sort($list, SORT_STRING);
        foreach ($list as $path) {
            $files++;
            $rel = substr($path, strlen($base) + 1);
            try {
                $findings = extsockets_audit_scan_file($path);
            } catch (Throwable $e) {
                $errors[] = sprintf('ERROR %s: %s: %s (line %d)', $rel, get_class($e), $e->getMessage(), $e->getLine());
                continue;
            }
            foreach ($findings as $f) {
                if ($f['file'] !== $path) {
                    $errors[] = sprintf('ERROR %s: finding reports file %s', $rel, $f['file']);
                }
                $rows[] = [$rel, (int) $f['line'], "{$f['scope']} {$f['kind']} {$f['symbol']} {$f['form']}"];
            }
        }
    }
    usort($rows, fn($a, $b) => [$a[0], $a[1], $a[2]] <=> [$b[0], $b[1], $b[2]]);
    $lines = array_map(fn($r) => "$r[0]:$r[1] $r[2]", $rows);
    return ['lines' => $lines, 'errors' => $errors, 'files' => $files, 'findings' => count($lines)];
}

/** The full text the command line prints for a scan result. */
function esa_realcode_format(array $result): string
{
    $out = '';
    foreach ($result['lines'] as $line) {
        $out .= $line . "\n";
    }
    foreach ($result['errors'] as $line) {
        $out .= $line . "\n";
    }
    return $out . sprintf(
        "# files scanned: %d, findings: %d, errors: %d\n",
        $result['files'],
        $result['findings'],
        count($result['errors'])
    );
}

if (PHP_SAPI === 'cli' && isset($argv[0]) && realpath($argv[0]) === __FILE__) {
    if (!function_exists('extsockets_audit_scan_file')) {
        fwrite(STDERR, "extsockets_audit is not loaded: run with -d extension=modules/extsockets_audit.so\n");
        exit(2);
    }
    if ($argc < 2) {
        fwrite(STDERR, "usage: php -n -d extension=.../extsockets_audit.so {$argv[0]} DIR...\n");
        exit(2);
    }
    try {
        $result = esa_realcode_scan(array_slice($argv, 1));
    } catch (InvalidArgumentException $e) {
        fwrite(STDERR, $e->getMessage() . "\n");
        exit(2);
    }
    echo esa_realcode_format($result);
    exit($result['errors'] ? 1 : 0);
}
