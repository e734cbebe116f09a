<?php
namespace ExtsocketsAudit\Cli;

/**
 * What removing ext/sockets does to a finding: `harmless` (it works without the
 * extension), `guarded` (it would break, but runs only after a check for the
 * extension succeeded) or `breaks`. The extension decides it when it walks the
 * code; rows without it (logs and modules older than the key) get it here, from
 * the form alone, and never as guarded: a form that reads, calls or creates
 * something of ext/sockets breaks, the others (types, tests, names, probes) do not.
 */
final class Impact
{
    public const HARMLESS = 'harmless';
    public const GUARDED = 'guarded';
    public const BREAKS = 'breaks';
    public const ALL = [self::HARMLESS, self::GUARDED, self::BREAKS];

    /** Forms that work without ext/sockets, for rows that carry no impact. */
    private const HARMLESS_FORMS = ['type', 'instanceof', 'catch', 'class-name', 'import', 'attribute', 'probe'];

    /** The finding's impact: its own `impact` when it has a known one, else derived from its form. */
    public static function of(array $finding): string
    {
        $impact = $finding['impact'] ?? null;
        if (is_string($impact) && in_array($impact, self::ALL, true)) {
            return $impact;
        }
        return in_array($finding['form'] ?? '', self::HARMLESS_FORMS, true) ? self::HARMLESS : self::BREAKS;
    }
}
