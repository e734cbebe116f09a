<?php
namespace ExtsocketsAudit\Cli;

/** The parsed command line: the command, its operands and every option, checked. */
final class Options
{
    public const FORMATS = ['text', 'json', 'sarif', 'checkstyle', 'github'];
    public const DEFAULT_EXTENSIONS = ['php', 'phtml', 'inc'];

    /** name => [takes a value, commands it applies to (empty: every command)] */
    private const SPEC = [
        'format' => [true, []],
        'output' => [true, []],
        'baseline' => [true, []],
        'generate-baseline' => [true, []],
        'base-dir' => [true, []],
        'extensions' => [true, ['scan']],
        'exclude' => [true, ['scan']],
        'skip-vendor' => [false, ['scan']],
        'jobs' => [true, ['scan']],
        'progress' => [false, ['scan']],
        'no-progress' => [false, ['scan']],
        'log' => [true, ['scan']],
        'log-base-dir' => [true, ['scan']],
        'fail-on' => [true, []],
        'help' => [false, []],
        'version' => [false, []],
    ];
    private const SHORT = ['f' => 'format', 'o' => 'output', 'j' => 'jobs', 'h' => 'help', 'V' => 'version'];

    public string $command = '';
    /** @var string[] paths to scan, or logs to read */
    public array $operands = [];
    public string $format = 'text';
    public ?string $output = null;
    public ?string $baseline = null;
    public ?string $generateBaseline = null;
    public string $baseDir = '';
    /** @var string[] lower-case file name extensions, without the dot */
    public array $extensions = self::DEFAULT_EXTENSIONS;
    /** @var string[] */
    public array $excludes = [];
    public bool $skipVendor = false;
    public int $jobs = 1;
    /** null: on when stderr is a terminal */
    public ?bool $progress = null;
    /** @var string[] audit logs whose call counts tell which scanned sites ran (scan --log) */
    public array $logs = [];
    /** the directory the logged paths are relative to, on the servers that wrote them (default: --base-dir) */
    public string $logBaseDir = '';
    /** @var string[]|null Verdict::CONDITIONS that make the exit status 1; null: the usual exit status */
    public ?array $failOn = null;

    /** @param string[] $args the arguments after the script name */
    public static function parse(array $args): self
    {
        $o = new self();
        $seen = [];
        $positional = [];
        for ($i = 0, $n = count($args); $i < $n; $i++) {
            $arg = $args[$i];
            if ($arg === '--') {
                array_push($positional, ...array_slice($args, $i + 1));
                break;
            }
            if ($arg === '-' || $arg === '' || $arg[0] !== '-') {
                $positional[] = $arg;
                continue;
            }
            $value = null;
            if (strncmp($arg, '--', 2) === 0) {
                $name = substr($arg, 2);
                if (($eq = strpos($name, '=')) !== false) {
                    $value = substr($name, $eq + 1);
                    $name = substr($name, 0, $eq);
                }
                if (!isset(self::SPEC[$name])) {
                    throw new UsageError("unknown option --$name");
                }
            } else {
                $short = $arg[1];
                if (!isset(self::SHORT[$short])) {
                    throw new UsageError("unknown option -$short");
                }
                $name = self::SHORT[$short];
                if (strlen($arg) > 2) {
                    if (!self::SPEC[$name][0]) {
                        throw new UsageError("option -$short takes no value");
                    }
                    $value = substr($arg, 2);
                }
            }
            if (self::SPEC[$name][0]) {
                if ($value === null) {
                    if ($i + 1 >= $n) {
                        throw new UsageError("option --$name needs a value");
                    }
                    $value = $args[++$i];
                }
            } elseif ($value !== null) {
                throw new UsageError("option --$name takes no value");
            }
            $seen[] = $name;
            $o->set($name, $value);
        }

        if (in_array('help', $seen, true) || in_array('version', $seen, true)) {
            $o->command = in_array('help', $seen, true) ? 'help' : 'version';
            return $o;
        }
        if (!$positional) {
            throw new UsageError('no command given');
        }
        $o->command = array_shift($positional);
        $o->operands = $positional;
        if (!in_array($o->command, ['scan', 'report', 'help'], true)) {
            throw new UsageError("unknown command '{$o->command}'");
        }
        foreach ($seen as $name) {
            $for = self::SPEC[$name][1];
            if ($for && !in_array($o->command, $for, true)) {
                throw new UsageError("option --$name applies to " . implode(', ', $for) . ' only');
            }
        }
        if ($o->command === 'scan' && !$o->operands) {
            throw new UsageError('scan needs at least one PATH');
        }
        if ($o->command === 'report' && !$o->operands) {
            throw new UsageError("report needs at least one LOG (or - for standard input)");
        }
        if ($o->baseline !== null && $o->generateBaseline !== null) {
            throw new UsageError('--baseline and --generate-baseline exclude each other');
        }
        if ($o->failOn !== null && $o->generateBaseline !== null) {
            throw new UsageError('--fail-on and --generate-baseline exclude each other');
        }
        if ($o->logBaseDir !== '' && !$o->logs) {
            throw new UsageError('--log-base-dir needs --log');
        }
        if (in_array('executed', $o->failOn ?? [], true) && $o->command === 'scan' && !$o->logs) {
            throw new UsageError('--fail-on=executed needs --log LOG: only audit logs tell what ran');
        }
        if (in_array('undeclared', $o->failOn ?? [], true) && $o->command === 'report') {
            throw new UsageError('--fail-on=undeclared applies to scan only: declarations come from the Composer metadata of scanned trees');
        }
        return $o;
    }

    private function set(string $name, ?string $value): void
    {
        switch ($name) {
            case 'format':
                if (!in_array($value, self::FORMATS, true)) {
                    throw new UsageError("unknown format '$value' (one of: " . implode(', ', self::FORMATS) . ')');
                }
                $this->format = $value;
                break;
            case 'output':
                $this->output = self::nonEmpty($name, $value);
                break;
            case 'baseline':
                $this->baseline = self::nonEmpty($name, $value);
                break;
            case 'generate-baseline':
                $this->generateBaseline = self::nonEmpty($name, $value);
                break;
            case 'base-dir':
                $this->baseDir = self::nonEmpty($name, $value);
                break;
            case 'extensions':
                $list = [];
                foreach (explode(',', $value) as $ext) {
                    $ext = strtolower(ltrim(trim($ext), '.'));
                    if ($ext === '' || strpbrk($ext, "/\\\0") !== false) {
                        throw new UsageError("--extensions takes a comma-separated list such as php,inc,module");
                    }
                    $list[] = $ext;
                }
                $this->extensions = array_values(array_unique($list));
                break;
            case 'exclude':
                $this->excludes[] = self::nonEmpty($name, $value);
                break;
            case 'skip-vendor':
                $this->skipVendor = true;
                break;
            case 'jobs':
                if (!preg_match('/^[1-9][0-9]{0,3}$/', $value)) {
                    throw new UsageError("--jobs takes a number of processes from 1 to 9999, not '$value'");
                }
                $this->jobs = (int) $value;
                break;
            case 'progress':
                $this->progress = true;
                break;
            case 'no-progress':
                $this->progress = false;
                break;
            case 'log':
                $this->logs[] = self::nonEmpty($name, $value);
                break;
            case 'log-base-dir':
                $this->logBaseDir = self::nonEmpty($name, $value);
                break;
            case 'fail-on':
                foreach (explode(',', $value) as $condition) {
                    $condition = trim($condition);
                    if (!in_array($condition, Verdict::CONDITIONS, true)) {
                        throw new UsageError("--fail-on takes " . implode(', ', Verdict::CONDITIONS)
                            . " (repeatable, or a comma-separated list), not '$condition'");
                    }
                    $this->failOn[] = $condition;
                }
                $this->failOn = array_values(array_unique($this->failOn));
                break;
        }
    }

    private static function nonEmpty(string $name, string $value): string
    {
        if ($value === '') {
            throw new UsageError("option --$name needs a non-empty value");
        }
        return $value;
    }

    public static function usage(): string
    {
        return <<<'TXT'
        Usage:
          extsockets-audit scan [OPTIONS] PATH...    scan PHP files and directories without running them
          extsockets-audit report [OPTIONS] LOG...   aggregate audit logs written by the extension (- reads stdin)
          extsockets-audit --help | --version

        Output:
          -f, --format FORMAT         text (default), json, sarif, checkstyle or github
          -o, --output FILE           write the report to FILE instead of standard output
              --base-dir DIR          print paths relative to DIR (default: the current directory)

        Gating:
              --baseline FILE         accept the findings listed in FILE; report and fail on new ones only
              --generate-baseline FILE
                                      write every current finding to FILE, print nothing else,
                                      and exit 0 (2 if a file or log could not be read)
              --fail-on LIST          exit 1 only when one of these holds, else 0 (2 on errors still):
                                      breaks (a site breaks without ext/sockets), undeclared (a Composer
                                      package uses it unguarded without requiring it; scan only),
                                      executed (a breaking site ran in staging: report, or scan --log);
                                      repeatable or comma-separated; judged on every finding, baseline or not

        Scan:
              --extensions LIST       file name extensions scanned in directories (default: php,phtml,inc);
                                      files named on the command line are scanned whatever their extension
              --exclude GLOB          skip files and directories whose name or relative path matches GLOB
                                      (repeatable; * also matches /)
              --skip-vendor           skip directories named vendor (scanned by default)
          -j, --jobs N                scan with N processes (same output, same order)
              --progress, --no-progress
                                      force the progress line on standard error on or off
                                      (default: on when standard error is a terminal)
              --log LOG               an audit log of the scanned code: sites with calls in it count as
                                      executed in staging (repeatable)
              --log-base-dir DIR      the directory the logged paths are under on the servers that wrote
                                      them, matched to --base-dir here (default: --base-dir)

        Exit status: 0 nothing found, 1 findings (new ones, with --baseline), 2 usage error, or a file
        or log that could not be read or parsed (the findings of everything else are still reported).
        With --fail-on: 1 when a condition holds, else 0; 2 as before.

        TXT;
    }
}
