<?php
namespace ExtsocketsAudit\Cli;

/**
 * What a command found, as every output format receives it.
 *
 * A finding is an array with the keys of the scan API (file, line, scope, kind,
 * symbol, form, impact) plus `path`, the file as reports show it, and `package`
 * with Composer metadata; `report` adds records, calls, first_seen, last_seen,
 * sapis and contexts; `scan --log` adds `executed`. An error is an
 * array {path, line (int|null), type, message}.
 */
final class Report
{
    /** @var array<int, array<string, mixed>> findings to report: with a baseline, the new ones only */
    public array $findings = [];
    /** @var array<int, array{path: string, line: ?int, type: string, message: string}> */
    public array $errors = [];
    /** @var array<string, mixed> scan: files; report: logs, lines, records, malformed, ... */
    public array $stats = [];
    /** Findings the baseline accepted (not in $findings). */
    public int $baselined = 0;
    /** Baseline entries that matched nothing any more. */
    public int $baselineStale = 0;
    public ?string $baselineFile = null;
    /** Whether the audited trees have Composer metadata: findings then carry `package`. */
    public bool $composer = false;
    /** @var array<int, array<string, mixed>> Verdict::packages() rows */
    public array $packages = [];
    /** @var array<string, mixed>|null Verdict::of(), over every finding (before the baseline) */
    public ?array $verdict = null;

    public function __construct(public string $command, public Paths $paths, public ?string $toolVersion)
    {
    }

    /** @return array<int, array{kind: string, symbol: string, count: int, calls: ?int}> most frequent first */
    public function bySymbol(): array
    {
        $rows = [];
        foreach ($this->findings as $f) {
            $key = $f['kind'] . "\0" . $f['symbol'];
            $rows[$key] ??= ['kind' => $f['kind'], 'symbol' => $f['symbol'], 'count' => 0, 'calls' => null];
            $rows[$key]['count']++;
            if (isset($f['calls'])) {
                $rows[$key]['calls'] = ($rows[$key]['calls'] ?? 0) + $f['calls'];
            }
        }
        $rows = array_values($rows);
        usort($rows, static fn(array $a, array $b): int =>
            self::compare([$b['count'], $a['kind'], $a['symbol']], [$a['count'], $b['kind'], $b['symbol']]));
        return $rows;
    }

    /** Compares two lists field by field: numbers by value, strings byte by byte (never as numbers). */
    public static function compare(array $a, array $b): int
    {
        foreach ($a as $i => $x) {
            $y = $b[$i];
            $c = is_string($x) || is_string($y) ? strcmp((string) $x, (string) $y) : $x <=> $y;
            if ($c !== 0) {
                return $c < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    /** @return int number of distinct files with findings */
    public function filesWithFindings(): int
    {
        return count(array_unique(array_column($this->findings, 'path')));
    }

    /**
     * 0 nothing found, 1 findings, 2 errors (which win: the answer is incomplete).
     * With --fail-on: 2 errors, else 1 when a condition holds, else 0, findings or not.
     */
    public function exitStatus(): int
    {
        if ($this->errors) {
            return Application::EXIT_ERROR;
        }
        if (isset($this->verdict['failed'])) {
            return $this->verdict['failed'] ? Application::EXIT_FINDINGS : Application::EXIT_CLEAN;
        }
        return $this->findings ? Application::EXIT_FINDINGS : Application::EXIT_CLEAN;
    }
}
