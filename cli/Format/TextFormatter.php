<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Impact;
use ExtsocketsAudit\Cli\Messages;
use ExtsocketsAudit\Cli\Report;
use ExtsocketsAudit\Cli\Text;
use ExtsocketsAudit\Cli\Verdict;

/**
 * For people: the findings grouped by file (and by package first, with
 * Composer metadata), one aligned row each (line, kind, symbol, form, impact,
 * scope), a summary by symbol, the packages whose declaration of ext-sockets
 * does not match their code, the verdict and a closing line with the counts.
 * Errors are counted here and spelled out on standard error.
 */
final class TextFormatter implements Formatter
{
    public function format(Report $report): string
    {
        $out = '';
        $widths = [1, 1, 1, 1, 1];
        foreach ($report->findings as $f) {
            $widths = [max($widths[0], strlen((string) $f['line'])), max($widths[1], strlen($f['kind'])),
                max($widths[2], strlen($f['symbol'])), max($widths[3], strlen($f['form'])),
                max($widths[4], strlen(Impact::of($f)))];
        }
        $groups = [];
        foreach ($report->findings as $f) {
            $groups[$report->composer ? (string) ($f['package'] ?? '') : ''][] = $f;
        }
        $packages = array_column($report->packages, null, 'package');
        // Root projects first, then packages by name, findings outside every project last.
        uksort($groups, static fn($a, $b): int => Report::compare(
            [(string) $a === '' ? 2 : (($packages[$a]['root'] ?? false) ? 0 : 1), (string) $a],
            [(string) $b === '' ? 2 : (($packages[$b]['root'] ?? false) ? 0 : 1), (string) $b]));
        foreach ($groups as $package => $findings) {
            if ($report->composer) {
                $p = $packages[$package] ?? null;
                $out .= ($out === '' ? '' : "\n") . ($package === '' ? 'Outside any Composer project'
                    : 'Package ' . Text::printable($package) . ($p !== null
                        ? ' (' . ($p['root'] ? 'root, ' : '') . Text::printable($p['path']) . ')' : '')) . "\n";
            }
            $file = null;
            foreach ($findings as $f) {
                if ($f['path'] !== $file) {
                    $file = $f['path'];
                    $out .= ($out === '' ? '' : "\n") . Text::printable($file) . "\n";
                }
                $row = sprintf('  %*d  %-*s  %-*s  %-*s  %-*s  %s', $widths[0], $f['line'], $widths[1], $f['kind'],
                    $widths[2], $f['symbol'], $widths[3], $f['form'], $widths[4], Impact::of($f), Text::printable($f['scope']));
                if (isset($f['records'])) {
                    $row .= '  [' . Messages::seen($f) . ']';
                } elseif (!empty($f['executed'])) {
                    $row .= '  [executed in staging]';
                }
                $out .= rtrim($row) . "\n";
            }
        }
        $symbols = $report->bySymbol();
        if ($symbols) {
            $out .= "\nBy symbol:\n";
            $countWidth = strlen((string) $symbols[0]['count']);
            $kindWidth = max(array_map(static fn($s) => strlen($s['kind']), $symbols));
            $symbolWidth = max(array_map(static fn($s) => strlen($s['symbol']), $symbols));
            foreach ($symbols as $s) {
                $row = sprintf('  %*d  %-*s  %-*s', $countWidth, $s['count'], $kindWidth, $s['kind'], $symbolWidth, $s['symbol']);
                if ($s['calls'] !== null) {
                    $row .= sprintf('  %d %s', $s['calls'], $s['calls'] === 1 ? 'call' : 'calls');
                }
                $out .= rtrim($row) . "\n";
            }
        }
        $declarations = self::declarations($report->packages);
        if ($declarations !== '') {
            $out .= "\nDeclarations:\n" . $declarations;
        }
        if ($report->verdict !== null) {
            $out .= ($out === '' ? '' : "\n") . self::verdict($report->verdict);
        }
        return $out . ($out === '' ? '' : "\n") . $this->summary($report) . "\n";
    }

    /** The packages whose composer.json does not match what their code does, one line each. */
    private static function declarations(array $packages): string
    {
        $out = '';
        foreach ($packages as $p) {
            $sites = Verdict::plural($p['breaks'], 'site') . ' ' . ($p['breaks'] === 1 ? 'breaks' : 'break') . ' without it: '
                . implode(', ', array_map(static fn(string $site): string => Text::printable($site), $p['sites']))
                . ($p['breaks'] > count($p['sites']) ? ' and ' . ($p['breaks'] - count($p['sites'])) . ' more' : '');
            $line = match ($p['status']) {
                'undeclared' => 'undeclared requirement: ext-sockets is not in require, ' . $sites,
                'optional-unguarded' => 'optional but unguarded: ext-sockets is only in suggest, ' . $sites,
                'unused' => 'declared but unused: ext-sockets is in require, nothing breaks or is guarded without it',
                'unknown' => $p['breaks'] ? 'declarations unknown (no readable composer.json), '
                    . Verdict::plural($p['breaks'], 'site') . ' ' . ($p['breaks'] === 1 ? 'breaks' : 'break') . ' without ext-sockets' : null,
                default => null,
            };
            if ($line !== null) {
                $out .= '  ' . Text::printable($p['package']) . ': ' . $line . "\n";
            }
        }
        return $out;
    }

    private static function verdict(array $v): string
    {
        $out = 'Verdict: ' . $v['text'] . ".\n";
        // Per host when the logs came from more than one: with one, the verdict says it all.
        foreach (count($v['hosts'] ?? []) > 1 ? $v['hosts'] : [] as $h) {
            $out .= '  ' . ($h['host'] === null ? '(records without a host)' : 'host ' . Text::printable($h['host']))
                . ': breaks ' . Verdict::plural($h['breaking_sites'], 'site')
                . ($v['executed'] !== null ? " ({$h['executed']} executed)" : '') . "\n";
        }
        if (isset($v['fail_on'])) {
            $out .= '--fail-on ' . implode(',', $v['fail_on']) . ': '
                . ($v['failed'] ? 'fails on ' . implode(', ', $v['failed']) : 'passes') . ".\n";
        }
        return $out;
    }

    private function summary(Report $r): string
    {
        $n = count($r->findings);
        $found = $n === 0
            ? ($r->baselineFile !== null ? 'no new ext/sockets use' : 'no ext/sockets use found')
            : self::plural($n, $r->baselineFile !== null ? 'new finding' : 'finding')
                . ' in ' . self::plural($r->filesWithFindings(), 'file');
        if ($r->command === 'scan') {
            $text = self::plural($r->stats['files'], 'file') . " scanned: $found";
        } else {
            $s = $r->stats;
            $text = self::plural($s['logs'], 'log') . ' read, ' . self::plural($s['records'], 'record');
            if ($s['first_seen'] !== null) {
                $text .= " from {$s['first_seen']} to {$s['last_seen']}";
            }
            if ($s['processes']) {
                $text .= ' by ' . self::plural($s['processes'], 'process', 'processes')
                    . ' (' . implode(', ', array_keys((array) $s['sapis'])) . ')';
            }
            $text .= ": $found";
            if ($s['malformed']) {
                $text .= ', ' . self::plural($s['malformed'], 'malformed line') . ' skipped';
            }
            if ($s['incomplete']) {
                $text .= ', ' . self::plural($s['incomplete'], 'incomplete record') . ' skipped';
            }
        }
        if ($r->baselineFile !== null) {
            $text .= ', ' . $r->baselined . ' known in ' . Text::printable($r->baselineFile);
            if ($r->baselineStale) {
                $text .= ' (' . self::plural($r->baselineStale, 'entry', 'entries') . ' no longer found)';
            }
        }
        $errors = count($r->errors);
        return $text . ', ' . self::plural($errors, 'error') . ($errors ? ' (on standard error)' : '') . '.';
    }

    private static function plural(int $n, string $one, ?string $many = null): string
    {
        return $n . ' ' . ($n === 1 ? $one : ($many ?? $one . 's'));
    }
}
