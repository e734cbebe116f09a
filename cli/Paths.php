<?php
namespace ExtsocketsAudit\Cli;

/** Absolute, normalised paths and the way reports show them: relative to a base directory. */
final class Paths
{
    private string $base;

    /** @param string $base an absolute directory */
    public function __construct(string $base)
    {
        $this->base = rtrim(self::normalize($base), '/');
    }

    public function base(): string
    {
        return $this->base === '' ? '/' : $this->base;
    }

    /** $path relative to the base directory when it lies under it, else as an absolute path. */
    public function display(string $path): string
    {
        if ($path === '' || $path[0] !== '/') {
            return $path;                      // eval'd code, "Command line code", ...
        }
        $prefix = $this->base . '/';
        if (strncmp($path, $prefix, strlen($prefix)) === 0) {
            return substr($path, strlen($prefix));
        }
        return $path;
    }

    /** Makes $path absolute against $cwd and removes ".", ".." and doubled slashes, without resolving symlinks. */
    public static function absolute(string $path, string $cwd): string
    {
        if ($path === '' || $path[0] !== '/') {
            $path = $cwd . '/' . $path;
        }
        return self::normalize($path);
    }

    public static function normalize(string $path): string
    {
        $parts = [];
        foreach (explode('/', $path) as $part) {
            if ($part === '' || $part === '.') {
                continue;
            }
            if ($part === '..') {
                array_pop($parts);
                continue;
            }
            $parts[] = $part;
        }
        return '/' . implode('/', $parts);
    }

    /** A URI reference for a path as display() shows it: relative paths stay relative (RFC 3986). */
    public static function uri(string $displayPath): string
    {
        $segments = array_map('rawurlencode', explode('/', $displayPath));
        $uri = implode('/', $segments);
        return ($displayPath !== '' && $displayPath[0] === '/') ? 'file://' . $uri : $uri;
    }

    /** The file URI of the base directory, ending with a slash, as SARIF's uriBaseId requires. */
    public function baseUri(): string
    {
        $uri = self::uri($this->base);
        return substr($uri, -1) === '/' ? $uri : $uri . '/';
    }
}
