<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Baseline;
use ExtsocketsAudit\Cli\Impact;
use ExtsocketsAudit\Cli\Report;

/**
 * For programs: {tool, version, command, base, summary, verdict, findings,
 * symbols, packages (with Composer metadata), errors}. Findings carry the scan
 * API's keys (file relative to base), package (with Composer metadata),
 * executed (scan --log) and a stable fingerprint; log findings add records,
 * calls, first_seen, last_seen, sapis, hosts (host => records) and contexts.
 * Invalid UTF-8 in names becomes U+FFFD.
 */
final class JsonFormatter implements Formatter
{
    public function format(Report $report): string
    {
        $prints = Baseline::fingerprints($report->findings);
        $findings = [];
        foreach ($report->findings as $i => $f) {
            $row = ['file' => $f['path'], 'line' => $f['line'], 'scope' => $f['scope'], 'kind' => $f['kind'],
                'symbol' => $f['symbol'], 'form' => $f['form'], 'impact' => Impact::of($f)];
            foreach (['package', 'executed', 'records', 'calls', 'first_seen', 'last_seen', 'sapis', 'hosts', 'contexts'] as $extra) {
                if (array_key_exists($extra, $f)) {
                    // hosts: {"web1": records, ...}, {} when no record named its host
                    $row[$extra] = $extra === 'hosts' ? (object) $f[$extra] : $f[$extra];
                }
            }
            $row['fingerprint'] = $prints[$i];
            $findings[] = $row;
        }
        $summary = $report->stats + [
            'findings' => count($report->findings),
            'files_with_findings' => $report->filesWithFindings(),
            'errors' => count($report->errors),
        ];
        if ($report->baselineFile !== null) {
            $summary['baseline'] = ['file' => $report->baselineFile, 'known' => $report->baselined,
                'no_longer_found' => $report->baselineStale];
        }
        $doc = [
            'tool' => 'extsockets-audit',
            'version' => $report->toolVersion,
            'command' => $report->command,
            'base' => $report->paths->base(),
            'summary' => $summary,
            'verdict' => $report->verdict,
            'findings' => $findings,
            'symbols' => $report->command === 'scan'
                ? array_map(static fn(array $s): array => array_diff_key($s, ['calls' => 0]), $report->bySymbol())
                : $report->bySymbol(),
        ];
        if ($report->composer) {
            $doc['packages'] = $report->packages;
        }
        $doc['errors'] = $report->errors;
        return json_encode($doc, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
            | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR) . "\n";
    }
}
