<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Baseline;
use ExtsocketsAudit\Cli\Impact;
use ExtsocketsAudit\Cli\Messages;
use ExtsocketsAudit\Cli\Paths;
use ExtsocketsAudit\Cli\Report;

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one rule per
 * kind (function, constant, class, extension), one result per finding at its
 * file and line, URIs relative to %SRCROOT% (the base directory), and a
 * fingerprint that survives moving code (the baseline's key and rank), so a
 * viewer tracks the same finding across commits. A finding that breaks without
 * ext/sockets is a warning, a guarded or harmless one a note; the run's
 * properties hold the verdict (and the packages, with Composer metadata).
 * Files that could not be scanned are tool execution notifications; the run is
 * then not successful.
 */
final class SarifFormatter implements Formatter
{
    private const BASE_ID = '%SRCROOT%';
    private const FINGERPRINT = 'extsocketsAudit/v1';

    public function format(Report $report): string
    {
        $kinds = array_keys(Messages::RULES);
        $extra = array_diff(array_unique(array_column($report->findings, 'kind')), $kinds);
        sort($extra, SORT_STRING);
        $kinds = array_merge($kinds, $extra);
        $ruleIndex = array_flip($kinds);

        $rules = [];
        foreach ($kinds as $kind) {
            [$short, $full] = Messages::RULES[$kind] ?? ["Use of ext/sockets ($kind)", "The code uses the sockets extension ($kind)."];
            $rules[] = [
                'id' => self::ruleId($kind),
                'name' => 'ExtSockets' . str_replace(' ', '', ucwords(strtr($kind, '-_', '  '))) . 'Use',
                'shortDescription' => ['text' => $short],
                'fullDescription' => ['text' => $full],
                'defaultConfiguration' => ['level' => 'warning'],
                'help' => ['text' => $full . ' A use that breaks where the extension is not installed is a warning,'
                    . ' one that is guarded by a check for it or works without it a note;'
                    . ' review each use, or accept it in the baseline (--generate-baseline).'],
                'properties' => ['tags' => ['ext-sockets', 'dependency', 'portability']],
            ];
        }

        $prints = Baseline::fingerprints($report->findings);
        $results = [];
        foreach ($report->findings as $i => $f) {
            [$path, $line] = Messages::location($f);
            $impact = Impact::of($f);
            $properties = ['kind' => $f['kind'], 'symbol' => $f['symbol'], 'form' => $f['form'], 'scope' => $f['scope'],
                'impact' => $impact];
            foreach (['package', 'executed', 'records', 'calls', 'first_seen' => 'firstSeen', 'last_seen' => 'lastSeen', 'sapis'] as $key => $name) {
                $key = is_int($key) ? $name : $key;
                if (isset($f[$key])) {
                    $properties[$name] = $f[$key];
                }
            }
            $results[] = [
                'ruleId' => self::ruleId($f['kind']),
                'ruleIndex' => $ruleIndex[$f['kind']],
                'level' => $impact === Impact::BREAKS ? 'warning' : 'note',
                'message' => ['text' => Messages::describe($f)],
                'locations' => [self::location($path, $line) + [
                    'logicalLocations' => [['fullyQualifiedName' => $f['scope']]],
                ]],
                'partialFingerprints' => [self::FINGERPRINT => $prints[$i]],
                'properties' => $properties,
            ];
        }

        $notifications = [];
        foreach ($report->errors as $e) {
            $n = [
                'level' => 'error',
                'message' => ['text' => Messages::error($e)],
                'descriptor' => ['id' => $e['type']],
            ];
            if ($report->command === 'scan') {
                $n['locations'] = [self::location($e['path'], $e['line'])];
            }
            $notifications[] = $n;
        }

        $driver = ['name' => 'extsockets-audit'];
        if ($report->toolVersion !== null) {
            $driver['version'] = $report->toolVersion;
            $driver['semanticVersion'] = $report->toolVersion;
        }
        $driver['rules'] = $rules;
        $invocation = ['executionSuccessful' => !$report->errors, 'exitCode' => $report->exitStatus()];
        if ($notifications) {
            $invocation['toolExecutionNotifications'] = $notifications;
        }
        $run = [
            'tool' => ['driver' => $driver],
            'originalUriBaseIds' => [self::BASE_ID => ['uri' => $report->paths->baseUri()]],
            'invocations' => [$invocation],
            'results' => $results,
        ];
        if ($report->baselineFile !== null) {
            $run['properties'] = ['baseline' => $report->baselineFile, 'knownFindings' => $report->baselined];
        }
        if ($report->verdict !== null) {
            $run['properties']['verdict'] = $report->verdict;
        }
        if ($report->composer) {
            $run['properties']['packages'] = $report->packages;
        }
        $sarif = [
            '$schema' => 'https://json.schemastore.org/sarif-2.1.0.json',
            'version' => '2.1.0',
            'runs' => [$run],
        ];
        return json_encode($sarif, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
            | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR) . "\n";
    }

    private static function ruleId(string $kind): string
    {
        return 'extsockets-' . $kind;
    }

    /** A SARIF location: relative paths against %SRCROOT%, absolute ones as file: URIs. */
    private static function location(string $path, ?int $line): array
    {
        $artifact = ['uri' => Paths::uri($path)];
        if ($path === '' || $path[0] !== '/') {
            $artifact['uriBaseId'] = self::BASE_ID;
        }
        $physical = ['artifactLocation' => $artifact];
        if ($line !== null && $line >= 1) {
            $physical['region'] = ['startLine' => $line];
        }
        return ['physicalLocation' => $physical];
    }
}
