<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Impact;
use ExtsocketsAudit\Cli\Messages;
use ExtsocketsAudit\Cli\Report;

/**
 * Checkstyle XML, which Jenkins (warnings-ng), GitLab converters, reviewdog and
 * most CI dashboards read: <checkstyle><file name><error line severity message
 * source/></file></checkstyle>. Findings that break without ext/sockets are
 * warnings, guarded and harmless ones info, with source
 * "extsockets_audit.KIND.FORM"; files that cannot be scanned get an error.
 */
final class CheckstyleFormatter implements Formatter
{
    public function format(Report $report): string
    {
        $files = [];
        foreach ($report->findings as $f) {
            [$path, $line] = Messages::location($f);
            $severity = Impact::of($f) === Impact::BREAKS ? 'warning' : 'info';
            $files[$path][] = ['line' => $line, 'severity' => $severity, 'message' => Messages::describe($f),
                'source' => "extsockets_audit.{$f['kind']}.{$f['form']}"];
        }
        foreach ($report->errors as $e) {
            $entry = ['severity' => 'error', 'message' => $e['message'], 'source' => 'extsockets_audit.' . $e['type']];
            $files[$e['path']][] = ($e['line'] !== null ? ['line' => $e['line']] : []) + $entry;
        }
        $out = '<?xml version="1.0" encoding="UTF-8"?>' . "\n" . '<checkstyle version="4.3">' . "\n";
        foreach ($files as $path => $entries) {
            $out .= '  <file name="' . self::attr((string) $path) . '">' . "\n";
            foreach ($entries as $entry) {
                $out .= '    <error';
                foreach ($entry as $name => $value) {
                    $out .= ' ' . $name . '="' . self::attr((string) $value) . '"';
                }
                $out .= "/>\n";
            }
            $out .= "  </file>\n";
        }
        return $out . "</checkstyle>\n";
    }

    /**
     * An attribute value: escaped, invalid UTF-8 replaced with U+FFFD, and the
     * characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR) shown as \xNN.
     */
    private static function attr(string $s): string
    {
        $s = preg_replace_callback('/[\x00-\x08\x0b\x0c\x0e-\x1f]/', static fn($m) => sprintf('\\x%02x', ord($m[0])), $s);
        return strtr(htmlspecialchars($s, ENT_QUOTES | ENT_XML1 | ENT_SUBSTITUTE, 'UTF-8'),
            ["\t" => '&#9;', "\n" => '&#10;', "\r" => '&#13;']);
    }
}
