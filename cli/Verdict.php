<?php
namespace ExtsocketsAudit\Cli;

/**
 * The answer to "can ext/sockets be removed?": which sites break without it,
 * in how many packages or files, how many of them ran in staging, which
 * packages declare it wrongly, and whether a --fail-on gate holds.
 *
 * A site is a distinct (file, line) with a finding whose impact is `breaks`.
 */
final class Verdict
{
    /** --fail-on conditions */
    public const CONDITIONS = ['breaks', 'undeclared', 'executed'];
    /** Package statuses that --fail-on=undeclared fails on. */
    public const UNDECLARED = ['undeclared', 'optional-unguarded'];
    /** Breaking sites named per package with a declaration problem. */
    public const SITES_SHOWN = 3;

    /**
     * One row per package that has findings or declares ext-sockets, among the
     * packages that files were scanned in; how it declares ext-sockets against
     * what it does with it.
     *
     * @param array<int, array> $findings every finding, in report order, with package and impact
     * @param array<string, array> $scanned name => package (Composer::owner()) of every scanned file
     * @return array<int, array<string, mixed>> root packages first, then by name
     */
    public static function packages(array $findings, array $scanned, Paths $paths): array
    {
        $rows = [];
        foreach ($scanned as $name => $p) {
            $rows[$name] = ['package' => $name, 'path' => $p['dir'] === $paths->base() ? '.' : $paths->display($p['dir']),
                'root' => $p['root'], 'requires' => $p['requires'], 'suggests' => $p['suggests'],
                'breaks' => 0, 'guarded' => 0, 'harmless' => 0, 'status' => '', 'sites' => []];
        }
        $sites = [];
        foreach ($findings as $f) {
            $name = $f['package'] ?? null;
            if ($name === null || !isset($rows[$name])) {
                continue;
            }
            $impact = Impact::of($f);
            if ($impact !== Impact::BREAKS) {
                $rows[$name][$impact]++;
                continue;
            }
            [$path, $line] = Messages::location($f);
            $site = "$path:$line";
            if (!isset($sites[$name][$site])) {
                $sites[$name][$site] = true;
                $rows[$name]['breaks']++;
                if (count($rows[$name]['sites']) < self::SITES_SHOWN) {
                    $rows[$name]['sites'][] = $site;
                }
            }
        }
        foreach ($rows as $name => &$row) {
            $row['status'] = self::status($row);
            if ($row['status'] === 'none' && !$row['breaks'] && !$row['guarded'] && !$row['harmless']) {
                unset($rows[$name]);
            } elseif (!in_array($row['status'], self::UNDECLARED, true)) {
                $row['sites'] = [];
            }
        }
        unset($row);
        $rows = array_values($rows);
        usort($rows, static fn(array $a, array $b): int =>
            Report::compare([$a['root'] ? 0 : 1, $a['package']], [$b['root'] ? 0 : 1, $b['package']]));
        return $rows;
    }

    /**
     * undeclared: sites break, ext-sockets is neither required nor suggested;
     * optional-unguarded: sites break, it is only suggested;
     * unused: it is required, nothing breaks or is guarded;
     * declared: it is required and used; optional: only suggested, every use guarded or harmless;
     * none: neither, and nothing breaks; unknown: the package's declarations could not be read.
     */
    private static function status(array $row): string
    {
        if ($row['requires'] === null) {
            return 'unknown';
        }
        if ($row['requires']) {
            return $row['breaks'] || $row['guarded'] ? 'declared' : 'unused';
        }
        if ($row['breaks']) {
            return $row['suggests'] ? 'optional-unguarded' : 'undeclared';
        }
        return $row['suggests'] ? 'optional' : 'none';
    }

    /**
     * The verdict over every finding (a baseline excuses nothing here).
     *
     * @param array<int, array> $findings with impact; `executed` (scan --log) or `calls` (report)
     * @param array<int, array> $packages Verdict::packages() rows, empty without Composer metadata
     * @param array<int, array> $logOnly sites seen only in the logs (calls by a run-time name), all breaking and executed
     * @param bool $executedKnown whether logs tell what ran
     * @param string[]|null $failOn --fail-on conditions
     * @return array<string, mixed>
     */
    public static function of(array $findings, array $packages, bool $composer, array $logOnly, bool $executedKnown,
                              ?array $failOn, int $errors): array
    {
        $sites = [];
        foreach ($findings as $f) {
            if (Impact::of($f) !== Impact::BREAKS) {
                continue;
            }
            $key = $f['file'] . "\0" . $f['line'];
            $site = &$sites[$key];
            $site ??= ['path' => $f['path'], 'package' => $f['package'] ?? null, 'executed' => false, 'hosts' => []];
            $site['executed'] = $site['executed'] || ($f['executed'] ?? (isset($f['calls']) && $f['calls'] > 0));
            foreach (array_keys($f['hosts'] ?? []) as $host) {
                $site['hosts'][(string) $host] = true;
            }
            unset($site);
        }
        $logOnlySites = 0;
        foreach ($logOnly as $f) {
            $site = &$sites[$f['file'] . "\0" . $f['line']];
            if ($site === null) {
                $site = ['path' => $f['path'], 'package' => $f['package'] ?? null, 'executed' => true, 'hosts' => []];
                $logOnlySites++;
            }
            $site['executed'] = true;
            unset($site);
        }
        $n = count($sites);
        $executed = count(array_filter($sites, static fn(array $s): bool => $s['executed']));
        $owners = array_unique(array_map(static fn(array $s): string => (string) $s['package'], $sites));
        $files = count(array_unique(array_column($sites, 'path')));
        $undeclared = array_values(array_map(static fn(array $p): string => $p['package'],
            array_filter($packages, static fn(array $p): bool => in_array($p['status'], self::UNDECLARED, true))));

        $verdict = [
            'removable' => $n === 0,
            'breaking_sites' => $n,
            'files' => $files,
            'packages' => $composer ? count($owners) : null,
            'executed' => $executedKnown ? $executed : null,
            'log_only_sites' => $logOnlySites,
            'undeclared' => $undeclared,
        ];
        // Per host, when the log records name their hosts (absent: one unnamed host).
        $hostNames = [];
        foreach ($sites as $s) {
            foreach (array_keys($s['hosts']) as $h) {
                $hostNames[$h] = true;
            }
        }
        if ($hostNames) {
            $hosts = [];
            foreach ($sites as $s) {
                foreach ($s['hosts'] ? array_keys($s['hosts']) : [''] as $h) {
                    $hosts[$h] ??= ['host' => $h === '' ? null : (string) $h, 'breaking_sites' => 0, 'executed' => 0];
                    $hosts[$h]['breaking_sites']++;
                    $hosts[$h]['executed'] += $s['executed'] ? 1 : 0;
                }
            }
            uksort($hosts, static fn($a, $b): int => Report::compare([(string) $a === '' ? 1 : 0, (string) $a],
                [(string) $b === '' ? 1 : 0, (string) $b]));      // by name, records without a host last
            $verdict['hosts'] = array_values($hosts);
        }
        $verdict['text'] = self::sentence($verdict, $errors);
        if ($failOn !== null) {
            $holds = ['breaks' => $n > 0, 'undeclared' => $undeclared !== [], 'executed' => $executed > 0];
            $verdict['fail_on'] = $failOn;
            $verdict['failed'] = array_values(array_filter($failOn, static fn(string $c): bool => $holds[$c]));
        }
        return $verdict;
    }

    private static function sentence(array $v, int $errors): string
    {
        if ($v['removable']) {
            return $errors
                ? 'nothing read breaks without ext/sockets, but ' . self::plural($errors, 'error') . ' left part unread'
                : 'ext/sockets can be removed';
        }
        $text = 'removing ext/sockets breaks ' . self::plural($v['breaking_sites'], 'site') . ' in '
            . ($v['packages'] !== null ? self::plural($v['packages'], 'package') : self::plural($v['files'], 'file'));
        if ($v['executed'] !== null) {
            $text .= " ({$v['executed']} of them executed in staging"
                . ($v['log_only_sites'] ? ", {$v['log_only_sites']} called by a name built at run time, seen in the logs only" : '') . ')';
        }
        return $text;
    }

    public static function plural(int $n, string $one, ?string $many = null): string
    {
        return $n . ' ' . ($n === 1 ? $one : ($many ?? $one . 's'));
    }
}
