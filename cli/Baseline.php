<?php
namespace ExtsocketsAudit\Cli;

/**
 * Known findings that do not fail the build.
 *
 * A finding is known by its file (as reports show it: relative to the base
 * directory), scope, kind, symbol and form, never by its line, and the baseline
 * holds how many such findings the file had. Moving code, adding lines above
 * it or reformatting it changes nothing; a new use of the same symbol in the
 * same function, the same form, counts as one more and fails. When a key has
 * more findings than the baseline allows, the ones further down the file are
 * the new ones.
 */
final class Baseline
{
    public const FORMAT = 1;

    /** @param array<string, int> $allowed key => count */
    private function __construct(private array $allowed)
    {
    }

    /** The identity of a finding without its line. */
    public static function key(array $finding): string
    {
        return implode("\0", array_map(
            static fn (string $part): string => Text::scrub($part),
            [$finding['path'], $finding['scope'], $finding['kind'], $finding['symbol'], $finding['form']]
        ));
    }

    /**
     * The stable fingerprint of each finding (its key and its rank among the
     * findings of the same key), in the order given.
     *
     * @param array<int, array<string, mixed>> $findings in report order
     * @return string[]
     */
    public static function fingerprints(array $findings): array
    {
        $seen = [];
        $prints = [];
        foreach ($findings as $i => $f) {
            $key = self::key($f);
            $seen[$key] = ($seen[$key] ?? 0) + 1;
            $prints[$i] = hash('sha256', $key . "\0" . $seen[$key]);
        }
        return $prints;
    }

    /** @throws \RuntimeException when the file is missing or not a baseline */
    public static function load(string $file): self
    {
        $json = @file_get_contents($file);
        if ($json === false) {
            throw new \RuntimeException("baseline $file: cannot read it (write one with --generate-baseline $file)");
        }
        $data = json_decode($json, true, 16);
        if (!is_array($data) || ($data['extsockets-audit-baseline'] ?? null) !== self::FORMAT
            || !isset($data['findings']) || !is_array($data['findings'])) {
            throw new \RuntimeException("baseline $file: not an extsockets-audit baseline (format " . self::FORMAT . ')');
        }
        $allowed = [];
        foreach ($data['findings'] as $n => $entry) {
            foreach (['file', 'scope', 'kind', 'symbol', 'form'] as $field) {
                if (!is_array($entry) || !isset($entry[$field]) || !is_string($entry[$field])) {
                    throw new \RuntimeException("baseline $file: entry $n has no \"$field\"");
                }
            }
            if (!isset($entry['count']) || !is_int($entry['count']) || $entry['count'] < 1) {
                throw new \RuntimeException("baseline $file: entry $n has no valid \"count\"");
            }
            $key = self::key(['path' => $entry['file']] + $entry);
            $allowed[$key] = ($allowed[$key] ?? 0) + $entry['count'];
        }
        return new self($allowed);
    }

    /**
     * @param array<int, array<string, mixed>> $findings in report order
     * @return string the baseline file's text: one entry per line, sorted, so that it diffs well
     */
    public static function generate(array $findings): string
    {
        $entries = [];
        foreach ($findings as $f) {
            $key = self::key($f);
            $entries[$key] ??= ['file' => Text::scrub($f['path']), 'scope' => Text::scrub($f['scope']),
                'kind' => Text::scrub($f['kind']), 'symbol' => Text::scrub($f['symbol']),
                'form' => Text::scrub($f['form']), 'count' => 0];
            $entries[$key]['count']++;
        }
        $entries = array_values($entries);
        usort($entries, static fn(array $a, array $b): int => Report::compare(
            [$a['file'], $a['kind'], $a['symbol'], $a['form'], $a['scope']],
            [$b['file'], $b['kind'], $b['symbol'], $b['form'], $b['scope']]
        ));
        $lines = array_map(
            static fn(array $e): string => '    ' . json_encode($e, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            $entries
        );
        return "{\n    \"extsockets-audit-baseline\": " . self::FORMAT . ",\n    \"findings\": ["
            . ($lines ? "\n    " . implode(",\n    ", $lines) . "\n    " : '') . "]\n}\n";
    }

    /**
     * Splits findings into new ones and known ones.
     *
     * @param array<int, array<string, mixed>> $findings in report order
     * @return array{0: array<int, array<string, mixed>>, 1: int, 2: int} new findings, known count, stale baseline entries
     */
    public function filter(array $findings): array
    {
        $left = $this->allowed;
        $new = [];
        $known = 0;
        foreach ($findings as $f) {
            $key = self::key($f);
            if (($left[$key] ?? 0) > 0) {
                $left[$key]--;
                $known++;
            } else {
                $new[] = $f;
            }
        }
        return [$new, $known, array_sum($left)];
    }
}
