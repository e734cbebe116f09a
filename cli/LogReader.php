<?php
namespace ExtsocketsAudit\Cli;

/**
 * Reads the extension's audit logs (JSON Lines: one object per finding with ts,
 * pid, host, sapi, file, line, scope, kind, symbol, form, optionally uri or
 * script and calls) and merges the records of the same site (file, line, scope,
 * kind, symbol, form, impact), whatever host, process or log they came from; per site
 * it counts the records of each host ("hosts").
 *
 * Files a syslog daemon wrote are read too: a line with a syslog prefix
 * (rsyslog's RSYSLOG_TraditionalFileFormat "Dec  6 10:00:00 web1 tag[pid]: "
 * or RSYSLOG_FileFormat "2026-12-06T10:00:00.123456+00:00 web1 tag[pid]: ",
 * optionally after "<PRI>") carries the record after the tag's ": ". A record
 * without "host" (written before the extension named hosts) takes the host of
 * the syslog prefix; one without either counts in "records" but under no host.
 *
 * A "dropped" record (kind "dropped", no file: a process that reached
 * extsockets_audit.max_findings, with the count of findings it did not record)
 * is no finding: a warning says that the report lacks some.
 *
 * Unknown keys are ignored, so newer logs stay readable; file_b64 and
 * scope_b64 (the exact bytes of names that are not UTF-8) replace file and
 * scope. A line that is not such a record is counted as malformed and skipped;
 * a JSON object that ends too early (a record cut short, which the writer
 * writes again whole, or the last line of a live log) is counted apart.
 */
final class LogReader
{
    private const REQUIRED_STRINGS = ['file', 'scope', 'kind', 'symbol', 'form'];
    /** Malformed lines quoted per log on standard error; the rest are counted. */
    private const WARNINGS_PER_LOG = 5;
    /**
     * A syslog file's line: optional <PRI>, the time stamp (RFC 3164's
     * "Mmm dd hh:mm:ss" or RFC 3339), the host, the tag with an optional
     * [pid], ":", the message. Groups: host, tag, message.
     */
    private const SYSLOG_LINE = '/^(?:<\d{1,3}>)?(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d))'
        . ' +(\S+) +([^\s\[:]+)(?:\[\d+\])?: ?(.*)$/s';

    /** @var array<string, array<string, mixed>> */
    private array $sites = [];
    private array $stats = [
        'logs' => 0, 'lines' => 0, 'records' => 0, 'malformed' => 0, 'incomplete' => 0,
        'first_seen' => null, 'last_seen' => null, 'sapis' => [], 'hosts' => [], 'processes' => 0,
    ];
    private array $pids = [];
    /** "dropped" records of the log being read, and the largest count among them */
    private int $droppedRecords = 0;
    private int $droppedMost = 0;
    private ?float $firstTime = null;
    private ?float $lastTime = null;

    /** @var array<int, array{path: string, line: ?int, type: string, message: string}> */
    public array $errors = [];
    /** @var string[] lines for standard error */
    public array $warnings = [];

    /** @param string $log a path, or "-" for standard input */
    public function read(string $log): void
    {
        $name = $log === '-' ? '(stdin)' : $log;
        $stream = $log === '-' ? STDIN : (is_dir($log) ? false : @fopen($log, 'rb'));
        if ($stream === false) {
            $this->errors[] = ['path' => $name, 'line' => null, 'type' => 'io',
                'message' => is_dir($log) ? 'is a directory' : (file_exists($log) ? 'cannot read' : 'no such file')];
            return;
        }
        $this->stats['logs']++;
        $malformed = 0;
        $firstBad = null;
        $number = 0;
        $incomplete = 0;
        $this->droppedRecords = $this->droppedMost = 0;
        while (($line = fgets($stream)) !== false) {
            $number++;
            $complete = substr($line, -1) === "\n";
            $line = rtrim($line, "\r\n");
            if (trim($line) === '') {
                continue;
            }
            $this->stats['lines']++;
            $problem = $this->record($line, $cut);
            if ($problem === null) {
                continue;
            }
            // The writer never interleaves lines; a record a full disk cut short is written again,
            // whole, on the next line, and a live log may end in a record being written: both are
            // JSON objects that end too early, not lost data.
            if (!$complete || $cut) {
                $this->stats['incomplete']++;
                if (++$incomplete <= self::WARNINGS_PER_LOG) {
                    $this->warnings[] = "$name:$number: " . ($complete
                        ? 'record cut short (the writer writes it again whole), skipped'
                        : 'last line is incomplete (log still being written?), skipped');
                }
                continue;
            }
            $malformed++;
            $firstBad ??= [$number, $problem];
            if ($malformed <= self::WARNINGS_PER_LOG) {
                $this->warnings[] = "$name:$number: malformed record skipped: $problem";
            }
        }
        if ($log !== '-') {
            fclose($stream);
        }
        if ($this->droppedRecords) {
            $this->warnings[] = "$name: {$this->droppedRecords} \"dropped\" " . ($this->droppedRecords === 1 ? 'record' : 'records')
                . ": processes reached extsockets_audit.max_findings and did not log the findings beyond it"
                . " (up to {$this->droppedMost} in one process); this report lacks those";
        }
        if ($malformed > self::WARNINGS_PER_LOG) {
            $more = $malformed - self::WARNINGS_PER_LOG;
            $this->warnings[] = "$name: $more more malformed " . ($more === 1 ? 'record' : 'records') . ' skipped';
        }
        if ($malformed) {
            $this->stats['malformed'] += $malformed;
            $this->errors[] = ['path' => $name, 'line' => $firstBad[0], 'type' => 'malformed',
                'message' => "$malformed malformed " . ($malformed === 1 ? 'line' : 'lines') . " skipped (first: {$firstBad[1]})"];
        }
    }

    /**
     * Takes one line into the sites; returns why it is not a record, or null.
     * $cut tells whether it is a JSON object that ends too early.
     */
    private function record(string $line, ?bool &$cut): ?string
    {
        // A syslog daemon's line: the record is its message, and the host it names is the
        // record's when the record has none.
        $syslogHost = null;
        $syslog = '';
        if (ltrim($line)[0] !== '{' && preg_match(self::SYSLOG_LINE, $line, $m)) {
            [, $syslogHost, $tag, $line] = $m;
            $syslog = 'a syslog message of ' . Text::printable($tag) . ', ';
            if (trim($line) === '') {
                return $syslog . 'empty';
            }
        }
        $r = json_decode($line, true, 64, JSON_INVALID_UTF8_SUBSTITUTE | JSON_BIGINT_AS_STRING);
        // Cut inside a string, PHP's decoder reports the end of input as a control character.
        $cut = $r === null && in_array(json_last_error(), [JSON_ERROR_SYNTAX, JSON_ERROR_CTRL_CHAR], true)
            && strncmp(ltrim($line, ' '), '{"', 2) === 0;
        if ($cut && $syslog !== '') {
            // Not the file writer's cut, which it writes again: a syslog daemon cut the message
            // at its maxMessageSize, and nothing sends it again.
            $cut = false;
            return $syslog . 'cut short (a syslog daemon\'s maxMessageSize: docs/FLEET.md)';
        }
        if (!is_array($r) || ltrim($line)[0] !== '{') {
            if (preg_match('/^ts=\S+ pid=/', $line)) {
                return $syslog . 'a text record (extsockets_audit.log_format=text): report reads the json format';
            }
            return $syslog . (json_last_error() !== JSON_ERROR_NONE ? 'not JSON (' . json_last_error_msg() . ')' : 'not a JSON object');
        }
        // Names that are not valid UTF-8 come with their exact bytes in a *_b64 twin.
        foreach (['file', 'scope', 'uri', 'script', 'host'] as $key) {
            if (isset($r[$key . '_b64']) && is_string($r[$key . '_b64'])) {
                $bytes = base64_decode($r[$key . '_b64'], true);
                if ($bytes !== false) {
                    $r[$key] = $bytes;
                }
            }
        }
        if (($r['kind'] ?? null) === 'dropped' && !isset($r['file'])) {
            if (!isset($r['dropped']) || !is_int($r['dropped']) || $r['dropped'] < 0) {
                return 'invalid "dropped"';
            }
            $this->droppedRecords++;
            $this->droppedMost = max($this->droppedMost, $r['dropped']);
            return null;
        }
        foreach (self::REQUIRED_STRINGS as $key) {
            if (!isset($r[$key]) || !is_string($r[$key]) || ($r[$key] === '' && $key !== 'scope')) {
                return "missing or invalid \"$key\"";
            }
        }
        if (!isset($r['line']) || !is_int($r['line']) || $r['line'] < 0) {
            return 'missing or invalid "line"';
        }
        if (isset($r['calls']) && (!is_int($r['calls']) || $r['calls'] < 0)) {
            return 'invalid "calls"';
        }
        $this->stats['records']++;

        $impact = Impact::of($r);      // records of older extensions have none
        $key = implode("\0", [$r['file'], $r['line'], $r['scope'], $r['kind'], $r['symbol'], $r['form'], $impact]);
        $site = &$this->sites[$key];
        $site ??= [
            'file' => $r['file'], 'line' => $r['line'], 'scope' => $r['scope'], 'kind' => $r['kind'],
            'symbol' => $r['symbol'], 'form' => $r['form'], 'impact' => $impact,
            'records' => 0, 'calls' => null, 'first_seen' => null, 'last_seen' => null, 'sapis' => [], 'hosts' => [], 'contexts' => [],
            'first_time' => null, 'last_time' => null,
        ];
        $site['records']++;
        if (isset($r['calls'])) {
            $site['calls'] = ($site['calls'] ?? 0) + $r['calls'];
        }
        $sapi = isset($r['sapi']) && is_string($r['sapi']) ? $r['sapi'] : null;
        if ($sapi !== null) {
            $site['sapis'][$sapi] = true;
            $this->stats['sapis'][$sapi] = ($this->stats['sapis'][$sapi] ?? 0) + 1;
        }
        // Records from before the extension named hosts take the syslog prefix's, or none.
        $host = isset($r['host']) && is_string($r['host']) && $r['host'] !== '' ? $r['host'] : $syslogHost;
        if ($host !== null) {
            $site['hosts'][$host] = ($site['hosts'][$host] ?? 0) + 1;
            $this->stats['hosts'][$host] = ($this->stats['hosts'][$host] ?? 0) + 1;
        }
        // Process ids repeat from host to host.
        if (isset($r['pid']) && is_int($r['pid'])) {
            $this->pids[($host ?? '') . "\0" . ($sapi ?? '') . "\0" . $r['pid']] = true;
        }
        foreach (['uri', 'script'] as $context) {
            if (isset($r[$context]) && is_string($r[$context]) && count($site['contexts']) < 5) {
                $site['contexts'][$r[$context]] = true;
            }
        }
        $time = isset($r['ts']) && is_string($r['ts']) ? self::time($r['ts']) : null;
        if ($time !== null) {
            if ($site['first_time'] === null || $time < $site['first_time']) {
                [$site['first_time'], $site['first_seen']] = [$time, $r['ts']];
            }
            if ($site['last_time'] === null || $time > $site['last_time']) {
                [$site['last_time'], $site['last_seen']] = [$time, $r['ts']];
            }
            if ($this->firstTime === null || $time < $this->firstTime) {
                [$this->firstTime, $this->stats['first_seen']] = [$time, $r['ts']];
            }
            if ($this->lastTime === null || $time > $this->lastTime) {
                [$this->lastTime, $this->stats['last_seen']] = [$time, $r['ts']];
            }
        }
        return null;
    }

    /** Seconds since the epoch of an RFC 3339 time stamp, or null. */
    private static function time(string $ts): ?float
    {
        if (!preg_match('/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/', $ts)) {
            return null;
        }
        try {
            $date = new \DateTimeImmutable($ts);
        } catch (\Exception $e) {
            return null;
        }
        return (float) $date->format('U.u');
    }

    /** @return array<int, array<string, mixed>> one finding per site, by file, line, kind, symbol, form, scope */
    public function findings(): array
    {
        $findings = [];
        foreach ($this->sites as $site) {
            unset($site['first_time'], $site['last_time']);
            $site['sapis'] = array_map('strval', array_keys($site['sapis']));
            sort($site['sapis'], SORT_STRING);
            // host => records, by host name (a numeric name is an integer key)
            ksort($site['hosts'], SORT_STRING);
            $site['contexts'] = array_map('strval', array_keys($site['contexts']));
            $findings[] = $site;
        }
        usort($findings, static fn(array $a, array $b): int => Report::compare(
            [$a['file'], $a['line'], $a['kind'], $a['symbol'], $a['form'], $a['scope']],
            [$b['file'], $b['line'], $b['kind'], $b['symbol'], $b['form'], $b['scope']]
        ));
        return $findings;
    }

    /** @return array<string, mixed> */
    public function stats(): array
    {
        $stats = $this->stats;
        ksort($stats['sapis'], SORT_STRING);
        $stats['sapis'] = (object) $stats['sapis'];
        ksort($stats['hosts'], SORT_STRING);
        $stats['hosts'] = (object) $stats['hosts'];
        $stats['processes'] = count($this->pids);
        return $stats;
    }
}
