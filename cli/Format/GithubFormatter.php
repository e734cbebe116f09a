<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Impact;
use ExtsocketsAudit\Cli\Messages;
use ExtsocketsAudit\Cli\Report;
use ExtsocketsAudit\Cli\Text;

/**
 * GitHub Actions workflow commands: one "::warning file=...,line=...::..." per
 * finding that breaks without ext/sockets, "::notice ..." per guarded or
 * harmless one, and "::error ...::..." per error, which the runner turns into
 * annotations on the changed lines. Values are escaped as the runner expects
 * (%, CR and LF everywhere; also : and , in properties), so no name can end an
 * annotation early or inject a workflow command.
 */
final class GithubFormatter implements Formatter
{
    public function format(Report $report): string
    {
        $out = '';
        foreach ($report->findings as $f) {
            [$path, $line] = Messages::location($f);
            $command = Impact::of($f) === Impact::BREAKS ? '::warning ' : '::notice ';
            $out .= $command . self::properties(['file' => $path, 'line' => $line, 'title' => Messages::title($f)])
                . '::' . self::data(Messages::describe($f)) . "\n";
        }
        foreach ($report->errors as $e) {
            // A log is no file of the repository: its errors are annotations without a place.
            if ($report->command === 'report') {
                $props = ['title' => 'extsockets-audit: unreadable log'];
                $text = Messages::error($e);
            } else {
                $props = ['file' => $e['path']] + ($e['line'] !== null ? ['line' => $e['line']] : [])
                    + ['title' => 'extsockets-audit: cannot scan'];
                $text = Messages::errorText($e);
            }
            $out .= '::error ' . self::properties($props) . '::' . self::data($text) . "\n";
        }
        return $out;
    }

    /** @param array<string, string|int> $props */
    private static function properties(array $props): string
    {
        $parts = [];
        foreach ($props as $name => $value) {
            $parts[] = $name . '=' . strtr(self::data((string) $value), [':' => '%3A', ',' => '%2C']);
        }
        return implode(',', $parts);
    }

    private static function data(string $s): string
    {
        return strtr(Text::scrub($s), ['%' => '%25', "\r" => '%0D', "\n" => '%0A']);
    }
}
