<?php
namespace ExtsocketsAudit\Cli;

/**
 * Makes the extension available to the scan: when this PHP has not loaded it,
 * finds the module (build tree, $EXTSOCKETS_AUDIT_MODULE, PHP's extension_dir)
 * and runs the same command again under PHP with -d extension=MODULE.
 */
final class ModuleLoader
{
    private const MODULE = 'extsockets_audit';
    /** Set in the environment of the re-executed PHP, so that a module PHP refuses to load cannot loop. */
    private const REEXEC_MARK = 'EXTSOCKETS_AUDIT_REEXEC';

    public function __construct(private string $script)
    {
    }

    public static function isLoaded(): bool
    {
        return function_exists('extsockets_audit_scan_file');
    }

    /**
     * Returns null when the extension is loaded; otherwise runs $argv again with
     * the module loaded and returns that run's exit status.
     *
     * @param string[] $argv
     * @throws ModuleMissing when no loadable module was found
     */
    public function ensureLoaded(array $argv): ?int
    {
        if (self::isLoaded()) {
            return null;
        }
        $root = dirname($this->script, 2);
        $build = is_file("$root/config.m4")
            ? "cd $root && phpize && ./configure --enable-extsockets-audit && make"
            : 'phpize && ./configure --enable-extsockets-audit && make (in the extsockets_audit sources)';
        if (getenv(self::REEXEC_MARK) !== false) {
            throw new ModuleMissing(sprintf(
                "PHP %s could not load %s (see PHP's warning above): not a module for this PHP version and build.\n"
                . "Rebuild it for this PHP: %s",
                PHP_VERSION,
                getenv(self::REEXEC_MARK),
                str_replace('phpize &&', 'phpize --clean && phpize &&', $build)
            ));
        }
        $module = $this->locate($root, $looked);
        if ($module === null) {
            throw new ModuleMissing(
                "the extsockets_audit extension is not loaded and no built module was found (looked for "
                . implode(', ', $looked) . ").\n"
                . "build it:            $build\n"
                . "or install it:       make install, and extension=extsockets_audit in php.ini\n"
                . "or name the module:  EXTSOCKETS_AUDIT_MODULE=/path/to/extsockets_audit.so"
            );
        }
        // A module PHP cannot load makes a startup warning: keep it off standard output, which holds the report.
        $command = array_merge(self::phpCommand(['-d', 'display_errors=stderr', '-d', 'extension=' . $module]), $argv);
        putenv(self::REEXEC_MARK . '=' . $module);
        return self::execute($command);
    }

    /**
     * The PHP binary and the options this PHP was started with (php.ini choice,
     * -d settings), plus $extra: what a child PHP running our script needs.
     *
     * @param string[] $extra
     * @return string[]
     */
    public static function phpCommand(array $extra = []): array
    {
        return array_merge([PHP_BINARY], self::phpOptions(), $extra);
    }

    /** @return string[] */
    private static function phpOptions(): array
    {
        $argv = $_SERVER['argv'] ?? null;
        // Linux tells the exact options PHP was started with; keep them all.
        $cmdline = @file_get_contents('/proc/self/cmdline');
        if (is_string($cmdline) && $cmdline !== '' && is_array($argv)) {
            $words = explode("\0", rtrim($cmdline, "\0"));
            $tail = count($argv);
            if (count($words) > $tail && array_slice($words, -$tail) === $argv) {
                return array_slice($words, 1, count($words) - $tail - 1);
            }
        }
        $ini = php_ini_loaded_file();
        return $ini === false ? ['-n'] : ['-c', $ini];
    }

    /** @param string[]|null $looked set to the places searched */
    private function locate(string $root, ?array &$looked): ?string
    {
        $file = self::MODULE . '.' . (PHP_SHLIB_SUFFIX);
        $looked = [];
        $named = getenv('EXTSOCKETS_AUDIT_MODULE');
        if ($named !== false && $named !== '') {
            if (!is_file($named)) {
                throw new ModuleMissing("EXTSOCKETS_AUDIT_MODULE=$named: no such file");
            }
            return realpath($named);
        }
        $candidates = [$root . '/modules/' . $file];
        $extDir = (string) ini_get('extension_dir');
        if ($extDir !== '') {
            $candidates[] = rtrim($extDir, '/\\') . DIRECTORY_SEPARATOR . $file;
        }
        foreach ($candidates as $candidate) {
            $looked[] = $candidate;
            if (is_file($candidate)) {
                return realpath($candidate);
            }
        }
        return null;
    }

    /** @param string[] $command */
    private static function execute(array $command): int
    {
        if (function_exists('pcntl_exec')) {
            // Replacing this process keeps the terminal, signals and exit status as they are.
            @pcntl_exec($command[0], array_slice($command, 1), getenv());
        }
        $process = proc_open($command, [STDIN, STDOUT, STDERR], $pipes);
        if (!is_resource($process)) {
            throw new ModuleMissing('cannot start ' . PHP_BINARY . ' to load the extension');
        }
        $status = proc_close($process);
        return $status < 0 ? 2 : $status;
    }
}
