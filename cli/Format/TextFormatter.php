<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Messages;
use ExtsocketsAudit\Cli\Report;
use ExtsocketsAudit\Cli\Text;

/**
 * For people: the findings grouped by file, one aligned row each
 * (line, kind, symbol, form, scope), a summary by symbol and a closing line
 * with the counts. Errors are counted here and spelled out on standard error.
 */
final class TextFormatter implements Formatter
{
    public function format(Report $report): string
    {
        $out = '';
        $widths = [1, 1, 1, 1];
        foreach ($report->findings as $f) {
            $widths = [max($widths[0], strlen((string) $f['line'])), max($widths[1], strlen($f['kind'])),
                max($widths[2], strlen($f['symbol'])), max($widths[3], strlen($f['form']))];
        }
        $file = null;
        foreach ($report->findings as $f) {
            if ($f['path'] !== $file) {
                $file = $f['path'];
                $out .= ($out === '' ? '' : "\n") . Text::printable($file) . "\n";
            }
            $row = sprintf('  %*d  %-*s  %-*s  %-*s  %s', $widths[0], $f['line'], $widths[1], $f['kind'],
                $widths[2], $f['symbol'], $widths[3], $f['form'], Text::printable($f['scope']));
            if (isset($f['records'])) {
                $row .= '  [' . Messages::seen($f) . ']';
            }
            $out .= rtrim($row) . "\n";
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
        return $out . ($out === '' ? '' : "\n") . $this->summary($report) . "\n";
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
