<?php
/*
 * Real code at scale: compiles, without running it, every PHP file of a corpus
 * of Debian-packaged PHP code, three ways, with and without extsockets_audit,
 * and checks that the extension changes nothing and finds what was verified.
 *
 *   php -n tools/ci/realcode-scale.php --module=modules/extsockets_audit.so \
 *       --expected=tests/realcode/expected-debian-corpus.txt PACKAGE...
 *
 * The corpus is every *.php file under --base (/usr/share/php) that the named
 * Debian packages, or the packages they depend on, installed (dpkg -L), so
 * whatever else a machine has installed does not change it.
 *
 * Methods, each file in each:
 *  - scan: extsockets_audit_scan_file() (batched, many files per process);
 *  - lint: `php -l`, once without and once with the extension (PHP 8.2's -l
 *    takes one file, so one process per file);
 *  - opcache: opcache_compile_file() with opcache.enable_cli=1 (batched):
 *    without the extension, with it, and with it and ext/sockets loaded
 *    (which folds the ext/sockets constants).
 * Checks:
 *  - no process crashes: no signal exit, no "Segmentation fault", no
 *    AddressSanitizer or valgrind report, no "zend_mm_heap corrupted";
 *  - every file compiles the same with the extension as without it: the same
 *    lint output and exit status; the same opcache_compile_file() result and
 *    output; and the scan API (which parses, never compiles) fails exactly
 *    where lint reports a parse error;
 *  - the findings of the scan API equal the verified list (--expected), and
 *    the findings the compile hooks record behind opcache_compile_file()
 *    (with and without ext/sockets) equal those of the scan API.
 * Options: --jobs=N (default: CPUs), --methods=scan,lint,opcache, --sample=N
 * (every Nth file only), --lintsample=N (php -l on every Nth of those files
 * only: lint starts two processes per file, the other methods batch), --batch=N (files per batched process), --wrap="CMD"
 * (prefix of every PHP command with the extension, e.g. valgrind), --php=BIN.
 * Exit status 0 when every check passed, 1 otherwise, 2 on usage errors.
 *
 * Run with --worker=MODE (internal) it is one batched process of a method.
 */

const ESA_RECORD = "\x1eESA ";

/* ---------------------------------------------------------------- worker -- */

function esa_worker(string $mode, string $listFile, int $from, int $to): void
{
    $files = array_slice(file($listFile, FILE_IGNORE_NEW_LINES), $from, $to - $from, true);
    $withExtension = function_exists('extsockets_audit_scan_file');
    foreach ($files as $i => $file) {
        $record = ['i' => $i];
        ob_start();
        if ($mode === 'scan') {
            try {
                $record['findings'] = esa_rows(extsockets_audit_scan_file($file));
                $record['ok'] = true;
            } catch (Throwable $e) {
                $record['ok'] = false;
                $record['error'] = get_class($e) . ': ' . $e->getMessage() . ' on line ' . $e->getLine();
            }
        } else {
            $record['ok'] = opcache_compile_file($file);
            if ($withExtension) {
                $record['findings'] = esa_rows(extsockets_audit_usage());
                extsockets_audit_reset();
            }
        }
        $record['out'] = ob_get_clean();
        echo ESA_RECORD, json_encode($record, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES), "\n";
    }
    echo ESA_RECORD, "done\n";
}

/** Findings as comparable lines, without the file (always the compiled one here). */
function esa_rows(array $findings): array
{
    $rows = [];
    foreach ($findings as $f) {
        $rows[] = "{$f['file']}\t{$f['line']} {$f['scope']} {$f['kind']} {$f['symbol']} {$f['form']}";
    }
    sort($rows, SORT_STRING);
    return $rows;
}

/* ---------------------------------------------------------------- driver -- */

function esa_fail_usage(string $message): never
{
    fwrite(STDERR, "realcode-scale: $message\n");
    exit(2);
}

function esa_options(array $argv): array
{
    $o = ['module' => null, 'expected' => null, 'base' => '/usr/share/php', 'jobs' => 0,
        'methods' => 'scan,lint,opcache', 'sample' => 1, 'lintsample' => 1, 'batch' => 0, 'wrap' => '', 'php' => PHP_BINARY,
        'packages' => [], 'worker' => null, 'list' => null, 'from' => 0, 'to' => 0];
    foreach (array_slice($argv, 1) as $arg) {
        if (preg_match('/^--([a-z]+)=(.*)$/s', $arg, $m)) {
            if (!array_key_exists($m[1], $o) || $m[1] === 'packages') {
                esa_fail_usage("unknown option --$m[1]");
            }
            $o[$m[1]] = $m[2];
        } elseif (str_starts_with($arg, '--')) {
            esa_fail_usage("unknown option $arg");
        } else {
            $o['packages'][] = $arg;
        }
    }
    return $o;
}

/** The packages, and every installed package they depend on, recursively. */
function esa_package_closure(array $packages): array
{
    $seen = [];
    $queue = $packages;
    while ($queue) {
        $name = array_shift($queue);
        if (isset($seen[$name])) {
            continue;
        }
        $out = [];
        exec('dpkg-query -W -f=\'${db:Status-Status}\t${Version}\t${Depends}, ${Pre-Depends}\' ' . escapeshellarg($name) . ' 2>/dev/null', $out, $rc);
        if ($rc !== 0 || !$out || !str_starts_with($out[0], "installed\t")) {
            if (in_array($name, $packages, true)) {
                esa_fail_usage("package $name is not installed");
            }
            continue; /* an alternative or virtual package that is not installed */
        }
        [, $version, $depends] = explode("\t", $out[0], 3);
        $seen[$name] = $version;
        foreach (preg_split('/[,|]/', $depends) as $dep) {
            $dep = trim(preg_replace('/\(.*?\)|:\w+/', '', $dep));
            if ($dep !== '' && !isset($seen[$dep])) {
                $queue[] = $dep;
            }
        }
    }
    ksort($seen);
    return $seen;
}

function esa_corpus(array $versions, string $base): array
{
    $files = [];
    $owner = [];
    foreach (array_chunk(array_keys($versions), 50) as $chunk) {
        foreach ($chunk as $package) {
            $out = [];
            exec('dpkg -L ' . escapeshellarg($package), $out);
            foreach ($out as $path) {
                if (str_starts_with($path, $base . '/') && str_ends_with($path, '.php') && is_file($path) && !is_link($path)) {
                    $files[$path] = true;
                    $owner[$path] = $package;
                }
            }
        }
    }
    $files = array_keys($files);
    sort($files, SORT_STRING);
    return [$files, $owner];
}

/** A pool of commands run at most $jobs at a time; $done($id, $out, $err, $status) as each ends. */
function esa_run_pool(array $commands, int $jobs, callable $done): void
{
    $running = [];
    $next = 0;
    $ids = array_keys($commands);
    while ($next < count($ids) || $running) {
        while ($next < count($ids) && count($running) < $jobs) {
            $id = $ids[$next++];
            $proc = proc_open($commands[$id], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
            if (!$proc) {
                $done($id, '', 'cannot start ' . implode(' ', $commands[$id]), ['exit' => -1, 'signal' => 0]);
                continue;
            }
            stream_set_blocking($pipes[1], false);
            stream_set_blocking($pipes[2], false);
            $running[$id] = ['proc' => $proc, 'pipes' => $pipes, 'out' => '', 'err' => ''];
        }
        $read = [];
        foreach ($running as $job) {
            foreach ([1, 2] as $fd) {
                if (!feof($job['pipes'][$fd])) {
                    $read[] = $job['pipes'][$fd];
                }
            }
        }
        if ($read) {
            $w = $e = null;
            stream_select($read, $w, $e, 1);
        }
        foreach ($running as $id => &$job) {
            $job['out'] .= (string) stream_get_contents($job['pipes'][1]);
            $job['err'] .= (string) stream_get_contents($job['pipes'][2]);
            if (feof($job['pipes'][1]) && feof($job['pipes'][2])) {
                fclose($job['pipes'][1]);
                fclose($job['pipes'][2]);
                $status = proc_get_status($job['proc']);
                while ($status['running']) {
                    usleep(1000);
                    $status = proc_get_status($job['proc']);
                }
                proc_close($job['proc']);
                $done($id, $job['out'], $job['err'], ['exit' => $status['exitcode'], 'signal' => $status['signaled'] ? $status['termsig'] : 0]);
                unset($running[$id]);
            }
        }
        unset($job);
    }
}

/** Why this process output says it crashed, or null. */
function esa_crash_reason(string $text, array $status): ?string
{
    if ($status['signal']) {
        return "killed by signal {$status['signal']}";
    }
    foreach (['Segmentation fault', 'AddressSanitizer', 'LeakSanitizer', 'zend_mm_heap corrupted',
            'Assertion `', 'Invalid read of size', 'Invalid write of size', 'Conditional jump or move',
            'are definitely lost', 'are indirectly lost', 'Use of uninitialised', 'Invalid free'] as $needle) {
        if (str_contains($text, $needle)) {
            return "reported \"$needle\"";
        }
    }
    if ($status['exit'] === 99) {
        return 'exit status 99 (valgrind --error-exitcode)';
    }
    if ($status['exit'] >= 128 && $status['exit'] !== 255) {
        return "exit status {$status['exit']}";
    }
    return null;
}

final class Esa_Report
{
    public array $failures = [];
    public int $crashes = 0;

    public function fail(string $what): void
    {
        $this->failures[] = $what;
    }

    public int $memory = 0;

    /** A process that died, or a memory error or leak that ASan or valgrind reported. */
    public function crash(string $what): void
    {
        if (preg_match('/reported "(are definitely lost|are indirectly lost|Invalid read|Invalid write|Conditional jump|Use of uninitialised|Invalid free)|valgrind --error-exitcode/', $what)) {
            $this->memory++;
            $this->fail("MEMORY $what");
            return;
        }
        $this->crashes++;
        $this->fail("CRASH $what");
    }
}

/**
 * Runs one batched method over the files: batches of files per process, and
 * when a process stops early (a fatal error ends it) the file it stopped at
 * gets the output it left, and a new process goes on after it.
 * Returns [index => record].
 */
function esa_run_batched(string $label, array $phpArgs, array $files, string $listFile, array $o, Esa_Report $report): array
{
    $results = [];
    $todo = [[0, count($files)]];
    $batch = (int) $o['batch'] ?: max(50, (int) ceil(count($files) / max(1, (int) $o['jobs'])));
    $ranges = [];
    foreach ($todo as [$from, $to]) {
        for ($s = $from; $s < $to; $s += $batch) {
            $ranges[] = [$s, min($to, $s + $batch)];
        }
    }
    while ($ranges) {
        $commands = [];
        foreach ($ranges as $k => [$from, $to]) {
            $commands[$k] = array_merge($phpArgs, [__FILE__, "--worker=$label", "--list=$listFile", "--from=$from", "--to=$to"]);
        }
        $again = [];
        esa_run_pool($commands, (int) $o['jobs'], function ($k, $out, $err, $status) use (&$results, &$again, $ranges, $files, $label, $report) {
            [$from, $to] = $ranges[$k];
            $next = $from;
            $finished = false;
            $trailing = '';
            foreach (explode(ESA_RECORD, $out) as $n => $chunk) {
                if ($n === 0) {
                    $trailing = $chunk;
                    continue;
                }
                $nl = strpos($chunk, "\n");
                $line = $nl === false ? $chunk : substr($chunk, 0, $nl);
                $trailing = $nl === false ? '' : substr($chunk, $nl + 1);
                if ($line === 'done') {
                    $finished = true;
                    continue;
                }
                $record = json_decode($line, true);
                if (!is_array($record)) {
                    $report->fail("$label: unreadable record from worker: " . substr($line, 0, 200));
                    continue;
                }
                $results[$record['i']] = $record;
                $next = $record['i'] + 1;
            }
            $crash = esa_crash_reason($out . $err, $status);
            if ($crash !== null) {
                $where = $next < $to ? $files[$next] : "(after the batch $from-$to)";
                $report->crash("$label: $where: $crash\n" . esa_excerpt($trailing . $err));
            }
            if (!$finished && $next < $to) {
                /* The process ended at file $next: that is its result, the rest goes to a new process. */
                $results[$next] = ['i' => $next, 'ok' => false, 'died' => true, 'exit' => $status['exit'],
                    'out' => trim($trailing . $err)];
                if ($next + 1 < $to) {
                    $again[] = [$next + 1, $to];
                }
            } elseif ($err !== '' && $crash === null) {
                $report->fail("$label: batch $from-$to wrote to stderr:\n" . esa_excerpt($err));
            }
        });
        $ranges = $again;
    }
    ksort($results);
    return $results;
}

function esa_excerpt(string $text): string
{
    $text = trim($text);
    return strlen($text) > 2000 ? substr($text, 0, 2000) . "\n[...]" : $text;
}

function esa_lint_all(array $phpArgs, array $files, array $o, Esa_Report $report, string $label): array
{
    $commands = [];
    foreach ($files as $i => $file) {
        $commands[$i] = array_merge($phpArgs, ['-l', $file]);
    }
    $results = [];
    esa_run_pool($commands, (int) $o['jobs'], function ($i, $out, $err, $status) use (&$results, $files, $report, $label) {
        $crash = esa_crash_reason($out . $err, $status);
        if ($crash !== null) {
            $report->crash("$label: {$files[$i]}: $crash\n" . esa_excerpt($out . $err));
        }
        $results[$i] = ['out' => $out, 'err' => $err, 'exit' => $status['exit']];
    });
    ksort($results);
    return $results;
}

/** "relative/path:line scope kind symbol form" lines of the findings in $records. */
function esa_finding_lines(array $records, array $files, string $base, Esa_Report $report, string $label): array
{
    $lines = [];
    foreach ($records as $i => $record) {
        foreach ($record['findings'] ?? [] as $row) {
            [$file, $rest] = explode("\t", $row, 2);
            if ($file !== $files[$i]) {
                $report->fail("$label: a finding of {$files[$i]} names $file");
            }
            [$line, $tail] = explode(' ', $rest, 2);
            $lines[] = [substr($files[$i], strlen($base) + 1), (int) $line, $tail];
        }
    }
    usort($lines, fn($a, $b) => [$a[0], $a[1], $a[2]] <=> [$b[0], $b[1], $b[2]]);
    return array_map(fn($l) => "$l[0]:$l[1] $l[2]", $lines);
}

/**
 * The verified list: "# package version" header lines name the package versions
 * it was verified against; the other lines are findings.
 */
function esa_read_expected(string $path): array
{
    $versions = [];
    $lines = [];
    foreach (file($path, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match('/^# verified: (\S+) (\S+)$/', $line, $m)) {
            $versions[$m[1]] = $m[2];
        } elseif ($line !== '' && $line[0] !== '#') {
            $lines[] = $line;
        }
    }
    return [$versions, $lines];
}

function esa_main(array $o): int
{
    $started = microtime(true);
    $report = new Esa_Report();
    if (!$o['module'] || !is_file($o['module'])) {
        esa_fail_usage('--module=PATH of the built extension is required');
    }
    if (!$o['packages']) {
        esa_fail_usage('name the Debian packages of the corpus');
    }
    $o['jobs'] = (int) $o['jobs'] ?: max(1, (int) trim((string) shell_exec('nproc')));
    $methods = array_flip(explode(',', $o['methods']));
    $module = realpath($o['module']);
    $base = rtrim($o['base'], '/');
    $extDir = dirname((string) shell_exec(escapeshellarg($o['php']) . ' -n -r \'echo ini_get("extension_dir"), "/x";\''));
    $wrap = $o['wrap'] === '' ? [] : preg_split('/\s+/', trim($o['wrap']));

    $versions = esa_package_closure($o['packages']);
    [$files, $owner] = esa_corpus($versions, $base);
    if ((int) $o['sample'] > 1) {
        $files = array_values(array_filter($files, fn($i) => $i % (int) $o['sample'] === 0, ARRAY_FILTER_USE_KEY));
    }
    if (!$files) {
        esa_fail_usage("no PHP files under $base in " . implode(' ', $o['packages']));
    }
    $listFile = tempnam(sys_get_temp_dir(), 'esa-corpus');
    file_put_contents($listFile, implode("\n", $files) . "\n");
    printf("realcode: %d PHP files under %s from %d packages (%s and their dependencies)%s\n",
        count($files), $base, count(array_unique(array_intersect_key($owner, array_flip($files)))),
        implode(' ', $o['packages']), (int) $o['sample'] > 1 ? ", every {$o['sample']}th file" : '');

    $plain = [$o['php'], '-n', '-d', 'memory_limit=-1', '-d', 'display_errors=1', '-d', 'log_errors=0', '-d', 'error_reporting=-1'];
    $withExt = array_merge($wrap, $plain, ['-d', "extension=$module"]);
    $opcache = ['-d', "zend_extension=$extDir/opcache.so", '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1',
        '-d', 'opcache.memory_consumption=512', '-d', 'opcache.interned_strings_buffer=64',
        '-d', 'opcache.max_accelerated_files=100000', '-d', 'opcache.file_update_protection=0'];
    $counts = [];
    $times = [];

    $scanLines = null;
    $scan = null;
    if (isset($methods['scan'])) {
        $t = microtime(true);
        $scan = esa_run_batched('scan', $withExt, $files, $listFile, $o, $report);
        $scanLines = esa_finding_lines($scan, $files, $base, $report, 'scan');
        $errors = count(array_filter($scan, fn($r) => !$r['ok']));
        $counts[] = sprintf('scan API: %d files, %d findings, %d parse errors', count($scan), count($scanLines), $errors);
        $times['scan'] = microtime(true) - $t;
    }

    $lint = null;
    if (isset($methods['lint'])) {
        $t = microtime(true);
        $lintFiles = $files;
        if ((int) $o['lintsample'] > 1) {
            $lintFiles = array_filter($files, fn($i) => $i % (int) $o['lintsample'] === 0, ARRAY_FILTER_USE_KEY);
        }
        $lint = esa_lint_all($plain, $lintFiles, $o, $report, 'php -l');
        $lintExt = esa_lint_all($withExt, $lintFiles, $o, $report, 'php -l with the extension');
        $differ = 0;
        $failed = 0;
        foreach ($lintFiles as $i => $file) {
            $a = $lint[$i];
            $b = $lintExt[$i];
            $failed += $a['exit'] !== 0;
            if ($a !== $b) {
                $differ++;
                $report->fail("php -l: $file: differs with the extension:\n--- without (exit {$a['exit']})\n"
                    . esa_excerpt($a['out'] . $a['err']) . "\n+++ with (exit {$b['exit']})\n" . esa_excerpt($b['out'] . $b['err']));
            }
            /* The scan parses and never compiles: it fails exactly where php -l reports a
             * parse error, and scans a file that fails only to compile. */
            $parseError = $a['exit'] !== 0 && str_contains($a['out'] . $a['err'], 'Parse error');
            if ($scan !== null && isset($scan[$i]) && $scan[$i]['ok'] === $parseError) {
                $report->fail("scan API: $file: " . ($scan[$i]['ok'] ? 'scans, yet php -l reports a parse error: ' . esa_excerpt($a['out'] . $a['err'])
                    : 'fails (' . ($scan[$i]['error'] ?? $scan[$i]['out']) . '), yet php -l reports no parse error'));
            }
        }
        $counts[] = sprintf('php -l: %d files x 2 (without, with the extension)%s, %d fail to lint, %d differ', count($lintFiles),
            (int) $o['lintsample'] > 1 ? ", every {$o['lintsample']}th file" : '', $failed, $differ);
        $times['lint'] = microtime(true) - $t;
    }

    if (isset($methods['opcache'])) {
        $t = microtime(true);
        $runs = [
            'opcache' => array_merge($plain, $opcache),
            'opcache+ext' => array_merge($withExt, $opcache),
            'opcache+ext+sockets' => array_merge($withExt, $opcache, ['-d', "extension=$extDir/sockets.so"]),
        ];
        $res = [];
        foreach ($runs as $label => $args) {
            $res[$label] = esa_run_batched($label, $args, $files, $listFile, $o, $report);
        }
        $differ = 0;
        $failed = 0;
        foreach ($files as $i => $file) {
            $a = $res['opcache'][$i] ?? null;
            $failed += !($a['ok'] ?? false);
            foreach (['opcache+ext', 'opcache+ext+sockets'] as $label) {
                $b = $res[$label][$i] ?? null;
                if (!$a || !$b || $a['ok'] !== $b['ok'] || $a['out'] !== $b['out']) {
                    $differ++;
                    $report->fail("opcache_compile_file: $file: differs in $label:\n--- without\n"
                        . esa_excerpt(json_encode($a)) . "\n+++ $label\n" . esa_excerpt(json_encode($b)));
                }
            }
        }
        foreach (['opcache+ext', 'opcache+ext+sockets'] as $label) {
            $lines = esa_finding_lines($res[$label], $files, $base, $report, $label);
            if ($scanLines !== null && $lines !== $scanLines) {
                $report->fail("$label: the compile hooks' findings differ from the scan API's:\n"
                    . esa_diff($scanLines, $lines, 'scan API', $label));
            }
        }
        $counts[] = sprintf('opcache_compile_file: %d files x 3 (without; with the extension; with it and ext/sockets), %d fail to compile, %d differ',
            count($files), $failed, $differ);
        $times['opcache'] = microtime(true) - $t;
    }

    if ($scanLines !== null && $o['expected'] && (int) $o['sample'] <= 1) {
        [$verified, $expected] = esa_read_expected($o['expected']);
        $byPackage = function (array $lines) use ($base, $owner): array {
            $grouped = [];
            foreach ($lines as $line) {
                $grouped[$owner[$base . '/' . strstr($line, ':', true)] ?? '?'][] = $line;
            }
            return $grouped;
        };
        $want = $byPackage($expected);
        $got = $byPackage($scanLines);
        foreach (array_unique(array_merge(array_keys($want), array_keys($got))) as $package) {
            $w = $want[$package] ?? [];
            $g = $got[$package] ?? [];
            if ($w === $g) {
                continue;
            }
            $diff = esa_diff($w, $g, 'verified', 'found');
            $installed = $versions[$package] ?? 'not installed';
            if (isset($verified[$package]) && $verified[$package] !== $installed) {
                echo "WARNING: $package is $installed, the list was verified against {$verified[$package]}: re-verify\n$diff\n";
            } else {
                $report->fail("findings of $package ($installed) differ from the verified list {$o['expected']}:\n$diff");
            }
        }
        $counts[] = sprintf('findings: %d in %d files, verified list: %d lines in %d packages',
            count($scanLines), count(array_unique(array_map(fn($l) => strstr($l, ':', true), $scanLines))),
            count($expected), count($verified));
    }
    unlink($listFile);

    foreach ($counts as $line) {
        echo "  $line\n";
    }
    foreach ($times as $method => $seconds) {
        printf("  time %s: %.1f s\n", $method, $seconds);
    }
    foreach ($report->failures as $failure) {
        echo "FAIL $failure\n";
    }
    printf("realcode: %d files, %s findings, %d crashes, %d memory errors or leaks, %d failures, %.0f s\n",
        count($files), $scanLines === null ? '-' : count($scanLines), $report->crashes, $report->memory,
        count($report->failures), microtime(true) - $started);
    return $report->failures ? 1 : 0;
}

function esa_diff(array $want, array $got, string $a, string $b): string
{
    $out = '';
    foreach (array_diff($want, $got) as $line) {
        $out .= "  only $a: $line\n";
    }
    foreach (array_diff($got, $want) as $line) {
        $out .= "  only $b: $line\n";
    }
    return $out === '' ? "  same lines, different order or repetition\n" : $out;
}

$o = esa_options($argv);
if ($o['worker'] !== null) {
    esa_worker($o['worker'] === 'scan' ? 'scan' : 'opcache', $o['list'], (int) $o['from'], (int) $o['to']);
    exit(0);
}
exit(esa_main($o));
