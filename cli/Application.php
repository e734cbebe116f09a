<?php
namespace ExtsocketsAudit\Cli;

use ExtsocketsAudit\Cli\Format\CheckstyleFormatter;
use ExtsocketsAudit\Cli\Format\Formatter;
use ExtsocketsAudit\Cli\Format\GithubFormatter;
use ExtsocketsAudit\Cli\Format\JsonFormatter;
use ExtsocketsAudit\Cli\Format\SarifFormatter;
use ExtsocketsAudit\Cli\Format\TextFormatter;

/** The commands: parses the command line, runs scan or report, writes the report, returns the exit status. */
final class Application
{
    public const EXIT_CLEAN = 0;
    public const EXIT_FINDINGS = 1;
    public const EXIT_ERROR = 2;

    /** Hidden command a `scan --jobs N` starts its workers with. */
    private const WORKER = '__worker';

    public function __construct(private string $script)
    {
    }

    /** @param string[] $argv */
    public function run(array $argv): int
    {
        try {
            if (($argv[1] ?? null) === self::WORKER) {
                $status = (new ModuleLoader($this->script))->ensureLoaded($argv);
                return $status ?? Worker::run(STDIN, STDOUT);
            }
            $options = Options::parse(array_slice($argv, 1));
            switch ($options->command) {
                case 'help':
                    echo Options::usage();
                    return self::EXIT_CLEAN;
                case 'version':
                    try {
                        $status = (new ModuleLoader($this->script))->ensureLoaded($argv);
                    } catch (ModuleMissing $e) {
                        $status = null;
                    }
                    if ($status === null) {
                        echo 'extsockets-audit ', phpversion('extsockets_audit') ?: '(extension not found)', "\n";
                    }
                    return $status ?? self::EXIT_CLEAN;
                case 'scan':
                    $status = (new ModuleLoader($this->script))->ensureLoaded($argv);
                    if ($status !== null) {
                        return $status;
                    }
                    return $this->finish($options, $this->scan($options));
                default:
                    return $this->finish($options, $this->report($options));
            }
        } catch (UsageError $e) {
            self::warn($e->getMessage() . "\n" . "Run 'extsockets-audit --help' for usage.");
            return self::EXIT_ERROR;
        } catch (\RuntimeException $e) {          // ModuleMissing, unreadable baseline, unwritable output, ...
            self::warn($e->getMessage());
            return self::EXIT_ERROR;
        } catch (\Throwable $e) {
            // A bug of ours must still end with the status CI reads as "no answer", not PHP's 255.
            self::warn(sprintf('internal error: %s: %s at %s:%d', get_class($e), $e->getMessage(), $e->getFile(), $e->getLine()));
            return self::EXIT_ERROR;
        }
    }

    private function scan(Options $options): Report
    {
        $cwd = self::cwd();
        $report = new Report('scan', $this->paths($options, $cwd, true), phpversion('extsockets_audit') ?: null);
        $finder = new FileFinder($report->paths, $options->extensions, $options->excludes, $options->skipVendor);
        $files = $finder->find($options->operands, $cwd, $pathErrors);
        foreach ($pathErrors as $e) {
            $report->errors[] = ['path' => $e['path'], 'line' => null, 'type' => 'io', 'message' => $e['message']];
        }

        $progress = Progress::wanted($options->progress, STDERR) ? new Progress(STDERR, count($files), $report->paths) : null;
        $done = static function (string $file) use ($progress): void {
            $progress?->advance($file);
        };
        if ($options->jobs > 1 && count($files) > 1) {
            $command = ModuleLoader::phpCommand([$this->script, self::WORKER]);
            $outcomes = (new ParallelScanner($command, $options->jobs))->scan($files, $done);
        } else {
            $outcomes = (new Scanner())->scan($files, $done);
        }
        $progress?->finish();

        $composer = new Composer();
        foreach ($options->operands as $operand) {
            $path = Paths::absolute($operand, $cwd);
            if (file_exists($path)) {
                $composer->addOperand($path);
            }
        }
        foreach ($composer->warnings as $warning) {
            self::warn($warning);
        }
        $report->composer = $composer->found();

        $findings = [];
        $scanned = [];      // package name => package, of every file scanned
        foreach ($files as $i => $file) {
            $path = $report->paths->display($file);
            $owner = $report->composer ? $composer->owner($file) : null;
            if ($owner !== null) {
                $scanned[$owner['name']] ??= $owner;
            }
            if (isset($outcomes[$i]['error'])) {
                $e = $outcomes[$i]['error'];
                $report->errors[] = ['path' => $path, 'line' => $e['line'], 'type' => $e['type'],
                    'message' => str_replace($file, $path, $e['message'])];
                continue;
            }
            foreach ($outcomes[$i]['findings'] as $f) {
                // The file as found, not as PHP resolved it: a symlinked tree keeps its own paths.
                // Only the keys a scan means: rows of other API versions may carry more.
                $row = ['file' => $file, 'path' => $path, 'line' => $f['line'], 'scope' => $f['scope'],
                    'kind' => $f['kind'], 'symbol' => $f['symbol'], 'form' => $f['form'], 'impact' => Impact::of($f)];
                if ($report->composer) {
                    $row['package'] = $owner['name'] ?? null;
                }
                $findings[] = $row;
            }
        }
        $report->stats = ['files' => count($files)];
        $logOnly = [];
        if ($options->logs) {
            $logOnly = $this->joinLogs($options, $report, $cwd, $files, $findings, $composer);
        }
        $report->findings = $findings;
        if ($report->composer) {
            $report->packages = Verdict::packages($findings, $scanned, $report->paths);
        }
        $report->verdict = Verdict::of($findings, $report->packages, $report->composer, $logOnly, (bool) $options->logs,
            $options->failOn, count($report->errors));
        return $report;
    }

    /**
     * scan --log: marks each finding `executed` when a log has a record of the same
     * file, line and symbol with calls; returns the sites of scanned files that the
     * logs saw called by a run-time name only (form dynamic), which no scan can see.
     * Paths match relative to --base-dir here and --log-base-dir in the logs (the
     * scanned file's real path too, for logs of this machine).
     *
     * @param string[] $files @param array<int, array> $findings
     * @return array<int, array{file: string, path: string, line: int, package: ?string}>
     */
    private function joinLogs(Options $options, Report $report, string $cwd, array $files, array &$findings, Composer $composer): array
    {
        $reader = new LogReader();
        foreach ($options->logs as $log) {
            $reader->read($log);
        }
        foreach ($reader->warnings as $warning) {
            self::warn($warning);
        }
        array_push($report->errors, ...$reader->errors);
        $stats = $reader->stats();
        $report->stats += ['logs' => $stats['logs'], 'log_records' => $stats['records']];
        $logPaths = $options->logBaseDir === '' ? $report->paths : new Paths(Paths::absolute($options->logBaseDir, $cwd));

        $ran = [];
        $dynamic = [];
        foreach ($reader->findings() as $lf) {
            $key = $logPaths->display($lf['file']) . "\0" . $lf['line'];
            $calls = $lf['calls'] ?? 0;
            $ran[$key . "\0" . $lf['symbol']] = ($ran[$key . "\0" . $lf['symbol']] ?? false) || $calls > 0;
            if ($lf['form'] === 'dynamic' && $calls > 0) {
                $dynamic[$logPaths->display($lf['file'])][] = $lf['line'];
            }
        }
        $names = static function (string $file) use ($report): array {
            $real = realpath($file);
            return array_unique([$report->paths->display($file), $real === false ? $file : $report->paths->display($real)]);
        };
        foreach ($findings as &$f) {
            $f['executed'] = false;
            foreach ($names($f['file']) as $name) {
                $f['executed'] = $f['executed'] || ($ran["$name\0{$f['line']}\0{$f['symbol']}"] ?? false);
            }
        }
        unset($f);
        $logOnly = [];
        if ($dynamic) {
            foreach ($files as $file) {
                foreach ($names($file) as $name) {
                    foreach ($dynamic[$name] ?? [] as $line) {
                        $owner = $report->composer ? $composer->owner($file) : null;
                        $logOnly["$file\0$line"] = ['file' => $file, 'path' => $report->paths->display($file), 'line' => $line,
                            'package' => $owner['name'] ?? null];
                    }
                }
            }
        }
        return array_values($logOnly);
    }

    private function report(Options $options): Report
    {
        $cwd = self::cwd();
        $report = new Report('report', $this->paths($options, $cwd, false), phpversion('extsockets_audit') ?: null);
        $reader = new LogReader();
        foreach ($options->operands as $log) {
            $reader->read($log);
        }
        foreach ($reader->warnings as $warning) {
            self::warn($warning);
        }
        $report->errors = $reader->errors;
        $report->stats = $reader->stats();
        $findings = $reader->findings();
        $counted = false;
        foreach ($findings as &$f) {
            $f['path'] = $report->paths->display($f['file']);
            $counted = $counted || $f['calls'] !== null;
        }
        unset($f);
        $report->findings = $findings;
        // Sites ran when their records count calls: without any count (calls not counted), nobody knows.
        $report->verdict = Verdict::of($findings, [], false, [], $counted, $options->failOn, count($report->errors));
        return $report;
    }

    /** Applies or writes the baseline, writes the report and the errors; returns the exit status. */
    private function finish(Options $options, Report $report): int
    {
        if ($options->generateBaseline !== null) {
            self::write($options->generateBaseline, Baseline::generate($report->findings));
            self::printErrors($report);
            $files = $report->filesWithFindings();
            self::warn(sprintf('wrote baseline %s: %d %s in %d %s', $options->generateBaseline,
                count($report->findings), count($report->findings) === 1 ? 'finding' : 'findings',
                $files, $files === 1 ? 'file' : 'files'));
            return $report->errors ? self::EXIT_ERROR : self::EXIT_CLEAN;
        }
        if ($options->baseline !== null) {
            [$report->findings, $report->baselined, $report->baselineStale] =
                Baseline::load($options->baseline)->filter($report->findings);
            $report->baselineFile = $options->baseline;
        }
        $output = self::formatter($options->format)->format($report);
        if ($options->output !== null) {
            self::write($options->output, $output);
        } else {
            fwrite(STDOUT, $output);
        }
        self::printErrors($report);
        return $report->exitStatus();
    }

    private static function formatter(string $format): Formatter
    {
        return match ($format) {
            'json' => new JsonFormatter(),
            'sarif' => new SarifFormatter(),
            'checkstyle' => new CheckstyleFormatter(),
            'github' => new GithubFormatter(),
            default => new TextFormatter(),
        };
    }

    /** @param bool $local whether the base must exist here (scan), or may name a directory of the machine that wrote the logs */
    private function paths(Options $options, string $cwd, bool $local): Paths
    {
        if ($options->baseDir === '') {
            return new Paths($cwd);
        }
        $base = Paths::absolute($options->baseDir, $cwd);
        if ($local && !is_dir($base)) {
            throw new UsageError("--base-dir {$options->baseDir}: no such directory");
        }
        return new Paths($base);
    }

    private static function cwd(): string
    {
        // $PWD keeps the symlinks the user sees, as shells do; getcwd() resolves them.
        $pwd = getenv('PWD');
        $cwd = getcwd();
        if ($pwd !== false && $pwd !== '' && $pwd[0] === '/' && $cwd !== false && realpath($pwd) === $cwd) {
            return $pwd;
        }
        if ($cwd === false) {
            throw new \RuntimeException('cannot determine the current directory');
        }
        return $cwd;
    }

    private static function write(string $file, string $contents): void
    {
        if (@file_put_contents($file, $contents) !== strlen($contents)) {
            throw new \RuntimeException("cannot write $file");
        }
    }

    private static function printErrors(Report $report): void
    {
        foreach ($report->errors as $e) {
            self::warn(Messages::error($e));
        }
    }

    private static function warn(string $message): void
    {
        $message = Text::printable($message, "\n");
        fwrite(STDERR, 'extsockets-audit: ' . str_replace("\n", "\nextsockets-audit: ", $message) . "\n");
    }
}
