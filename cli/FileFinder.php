<?php
namespace ExtsocketsAudit\Cli;

/**
 * Expands the PATH operands of `scan` into the files to scan, in a fixed order
 * (by the path the report shows, byte by byte), whatever order the file system
 * lists them in.
 */
final class FileFinder
{
    /** Version-control metadata: never PHP code, often large. */
    private const SKIPPED_DIRS = ['.git', '.hg', '.svn'];

    /** @var string[] */
    private array $excludes;

    /**
     * @param string[] $extensions lower-case, without the dot
     * @param string[] $excludes glob patterns
     */
    public function __construct(
        private Paths $paths,
        private array $extensions,
        array $excludes,
        private bool $skipVendor
    ) {
        $this->excludes = array_map(
            static fn(string $g): string => preg_replace('~^\./|/+$~', '', $g),
            $excludes
        );
    }

    /**
     * @param string[] $operands as given on the command line
     * @param array<int, array{path: string, message: string}> $errors operands that cannot be read
     * @return string[] absolute paths (symlinks not resolved), each file once
     */
    public function find(array $operands, string $cwd, ?array &$errors): array
    {
        $errors = [];
        $files = [];
        foreach ($operands as $operand) {
            $path = Paths::absolute($operand, $cwd);
            if (is_dir($path)) {
                $this->walk($path, $files, $errors);
            } elseif (is_file($path)) {
                if (!$this->excluded($path)) {
                    $files[] = $path;
                }
            } else {
                $errors[] = ['path' => $operand, 'message' => file_exists($path) || is_link($path)
                    ? 'not a regular file or directory' : 'no such file or directory'];
            }
        }
        $unique = [];
        foreach ($files as $file) {
            $unique[realpath($file) ?: $file] ??= $file;
        }
        $files = array_values($unique);
        usort($files, fn(string $a, string $b): int => strcmp($this->paths->display($a), $this->paths->display($b)));
        return $files;
    }

    /** @param string[] $files @param array<int, array{path: string, message: string}> $errors */
    private function walk(string $dir, array &$files, array &$errors): void
    {
        $entries = @scandir($dir);
        if ($entries === false) {
            $errors[] = ['path' => $this->paths->display($dir), 'message' => 'cannot read directory'];
            return;
        }
        foreach ($entries as $name) {
            if ($name === '.' || $name === '..') {
                continue;
            }
            $path = $dir === '/' ? "/$name" : "$dir/$name";
            if (is_dir($path)) {
                // Symlinked directories are not followed: no loops, no file reached twice.
                if (is_link($path) || in_array($name, self::SKIPPED_DIRS, true)
                    || ($this->skipVendor && $name === 'vendor') || $this->excluded($path)) {
                    continue;
                }
                $this->walk($path, $files, $errors);
            } elseif (is_file($path) && $this->wanted($name) && !$this->excluded($path)) {
                $files[] = $path;
            }
        }
    }

    private function wanted(string $name): bool
    {
        $dot = strrpos($name, '.');
        return $dot !== false && in_array(strtolower(substr($name, $dot + 1)), $this->extensions, true);
    }

    private function excluded(string $path): bool
    {
        $name = basename($path);
        $relative = $this->paths->display($path);
        foreach ($this->excludes as $glob) {
            if (fnmatch($glob, $name) || fnmatch($glob, $relative) || fnmatch($glob, $path)) {
                return true;
            }
        }
        return false;
    }
}
