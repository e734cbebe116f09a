<?php
namespace ExtsocketsAudit\Cli;

/**
 * The Composer projects of the audited trees: which package each file belongs
 * to, and whether that package declares ext-sockets.
 *
 * A project's root is the nearest directory, from a scanned operand upwards,
 * that holds composer.json or vendor/composer/installed.json. Its installed
 * packages come from VENDOR/composer/installed.json (Composer 1: a list of
 * packages; Composer 2: {"packages": [...]}), with each package's require and
 * suggest as recorded there; without it, from VENDOR/composer/installed.php,
 * which is read as data (PhpArrayReader: array literals, strings, __DIR__),
 * never included, so nothing of the audited tree runs; a package listed only
 * there is judged by its own composer.json. A file belongs to the package whose
 * install path holds it (the longest wins), else to the root project, named by
 * its composer.json ("(root)" without a name). Paths are compared as written,
 * symbolic links not resolved, like the scanned files' paths.
 */
final class Composer
{
    public const UNNAMED_ROOT = '(root)';

    /**
     * @var array<string, array{dir: string, root: array, packages: array}> by root directory;
     * a package: {name, dir, requires: ?bool, suggests: ?bool, root: bool} (null: not known)
     */
    private array $projects = [];
    /** @var string[] problems with the metadata, for standard error */
    public array $warnings = [];

    /** Finds the project that holds $path (absolute, normalised), if any, and reads it once. */
    public function addOperand(string $path): void
    {
        $dir = is_dir($path) ? $path : dirname($path);
        while (true) {
            if (isset($this->projects[$dir])) {
                return;
            }
            $base = $dir === '/' ? '' : $dir;
            if (is_file("$base/composer.json") || is_file("$base/vendor/composer/installed.json")) {
                $this->projects[$dir] = $this->read($dir);
                return;
            }
            if ($dir === '/') {
                return;
            }
            $dir = dirname($dir);
        }
    }

    public function found(): bool
    {
        return $this->projects !== [];
    }

    /**
     * The package a file belongs to: that of the innermost project holding it, or
     * null when no project holds it.
     *
     * @return array{name: string, dir: string, requires: ?bool, suggests: ?bool, root: bool}|null
     */
    public function owner(string $file): ?array
    {
        $best = null;
        foreach ($this->projects as $dir => $project) {
            if (self::holds($dir, $file) && ($best === null || strlen($dir) > strlen($best))) {
                $best = $dir;
            }
        }
        if ($best === null) {
            return null;
        }
        foreach ($this->projects[$best]['packages'] as $package) {
            if (self::holds($package['dir'], $file)) {
                return $package;
            }
        }
        return $this->projects[$best]['root'];
    }

    private static function holds(string $dir, string $file): bool
    {
        return $dir === '/' || strncmp($file, $dir . '/', strlen($dir) + 1) === 0;
    }

    private function read(string $dir): array
    {
        $base = $dir === '/' ? '' : $dir;
        $root = ['name' => self::UNNAMED_ROOT, 'dir' => $dir, 'requires' => null, 'suggests' => null, 'root' => true];
        $vendor = "$base/vendor";
        $json = self::json("$base/composer.json", $problem);
        if ($json !== null) {
            if (isset($json['name']) && is_string($json['name']) && $json['name'] !== '') {
                $root['name'] = $json['name'];
            }
            $root['requires'] = self::declares($json['require'] ?? null);
            $root['suggests'] = self::declares($json['suggest'] ?? null);
            $vendorDir = $json['config']['vendor-dir'] ?? null;
            if (is_string($vendorDir) && $vendorDir !== '') {
                $vendor = Paths::absolute($vendorDir, $dir);
            }
        } elseif ($problem !== null) {
            $this->warnings[] = "$base/composer.json: $problem; its declarations are not checked";
        }

        $packages = [];
        $installed = "$vendor/composer/installed.json";
        if (is_file($installed)) {
            $packages = $this->installedJson($installed, "$vendor/composer", $vendor);
        } elseif (is_file("$vendor/composer/installed.php")) {
            $packages = $this->installedPhp("$vendor/composer/installed.php", "$vendor/composer", $root['name']);
        }
        $packages = array_values(array_filter($packages, static fn(array $p): bool => $p['dir'] !== $dir));
        usort($packages, static fn(array $a, array $b): int => strlen($b['dir']) <=> strlen($a['dir']));
        return ['dir' => $dir, 'root' => $root, 'packages' => $packages];
    }

    /** Composer 1 (a list) or 2 ({"packages": [...]}); install-path is relative to vendor/composer/. */
    private function installedJson(string $file, string $composerDir, string $vendor): array
    {
        $data = self::json($file, $problem);
        $list = null;
        if (is_array($data) && isset($data['packages']) && is_array($data['packages'])) {
            $list = $data['packages'];
        } elseif (is_array($data) && ($data === [] || isset($data[0]))) {
            $list = $data;
        }
        if ($list === null) {
            $this->warnings[] = "$file: " . ($problem ?? 'not a Composer installed.json') . '; its packages are not known';
            return [];
        }
        $packages = [];
        foreach ($list as $p) {
            if (!is_array($p) || !isset($p['name']) || !is_string($p['name']) || $p['name'] === '') {
                continue;
            }
            if (array_key_exists('install-path', $p)) {
                if (!is_string($p['install-path'])) {
                    continue;                    // a metapackage: no files
                }
                $path = Paths::absolute($p['install-path'], $composerDir);
            } else {
                $path = Paths::absolute($p['name'], $vendor);    // Composer 1
            }
            $packages[] = ['name' => $p['name'], 'dir' => $path, 'requires' => self::declares($p['require'] ?? null),
                'suggests' => self::declares($p['suggest'] ?? null), 'root' => false];
        }
        return $packages;
    }

    /** Composer 2's installed.php: 'versions' => [name => ['install_path' => __DIR__ . '/../x/y', ...]]. */
    private function installedPhp(string $file, string $composerDir, string $rootName): array
    {
        try {
            $data = (new PhpArrayReader($composerDir))->read((string) @file_get_contents($file));
        } catch (\UnexpectedValueException $e) {
            $this->warnings[] = "$file: not read ({$e->getMessage()}); its packages are not known";
            return [];
        }
        if (!is_array($data) || !isset($data['versions']) || !is_array($data['versions'])) {
            $this->warnings[] = "$file: no 'versions'; its packages are not known";
            return [];
        }
        $packages = [];
        foreach ($data['versions'] as $name => $p) {
            if (!is_string($name) || $name === $rootName || !is_array($p) || !isset($p['install_path'])
                || !is_string($p['install_path'])) {
                continue;                        // the root, virtual packages, metapackages
            }
            $path = Paths::absolute($p['install_path'], $composerDir);
            $own = self::json("$path/composer.json", $problem);
            $packages[] = ['name' => $name, 'dir' => $path,
                'requires' => $own === null ? null : self::declares($own['require'] ?? null),
                'suggests' => $own === null ? null : self::declares($own['suggest'] ?? null), 'root' => false];
        }
        return $packages;
    }

    /** Whether a require or suggest map names ext-sockets (platform names ignore case). */
    private static function declares(mixed $map): bool
    {
        if (!is_array($map)) {
            return false;
        }
        foreach (array_keys($map) as $name) {
            if (strtolower((string) $name) === 'ext-sockets') {
                return true;
            }
        }
        return false;
    }

    /** A JSON file's object or list; null with $problem set when it is not one, null alone when it is absent. */
    private static function json(string $file, ?string &$problem): ?array
    {
        $problem = null;
        if (!is_file($file)) {
            return null;
        }
        $text = @file_get_contents($file);
        if ($text === false) {
            $problem = 'cannot read it';
            return null;
        }
        $data = json_decode($text, true, 512);
        if (!is_array($data)) {
            $problem = 'not valid JSON';
            return null;
        }
        return $data;
    }
}
