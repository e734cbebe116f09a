<?php
namespace ExtsocketsAudit\Cli;

/** Scans files with extsockets_audit_scan_file(), in this process, one after the other. */
final class Scanner
{
    /**
     * The outcome of one file: ['findings' => list] or ['error' => {type, message, line}].
     *
     * @return array{findings?: array<int, array<string, mixed>>, error?: array{type: string, message: string, line: ?int}}
     */
    public static function scanFile(string $path): array
    {
        try {
            return ['findings' => extsockets_audit_scan_file($path)];
        } catch (\CompileError $e) {
            return ['error' => ['type' => get_class($e), 'message' => $e->getMessage(), 'line' => $e->getLine()]];
        } catch (\Throwable $e) {
            return ['error' => ['type' => get_class($e), 'message' => $e->getMessage(), 'line' => null]];
        }
    }

    /**
     * @param string[] $files
     * @param callable(string): void $done called after each file
     * @return array<int, array> outcomes, indexed like $files
     */
    public function scan(array $files, callable $done): array
    {
        $results = [];
        foreach ($files as $i => $file) {
            $results[$i] = self::scanFile($file);
            $done($file);
        }
        return $results;
    }
}
