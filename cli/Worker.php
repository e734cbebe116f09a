<?php
namespace ExtsocketsAudit\Cli;

/**
 * The child side of `scan --jobs N`: reads jobs from standard input, one per
 * line ("INDEX TAB base64(PATH)"), and answers each on standard output with
 * "INDEX TAB base64(serialize(OUTCOME))", in the order received. The first
 * line it writes is "ready", once the extension is known to be loaded.
 * Base64 keeps any byte a path or a scope may hold off the line framing.
 */
final class Worker
{
    public const READY = "ready\n";

    public static function encodeJob(int $index, string $path): string
    {
        return $index . "\t" . base64_encode($path) . "\n";
    }

    /** @return array{0: int, 1: array}|null */
    public static function decodeAnswer(string $line): ?array
    {
        $parts = explode("\t", rtrim($line, "\n"), 2);
        if (count($parts) !== 2 || !preg_match('/^[0-9]+$/', $parts[0])) {
            return null;
        }
        $outcome = @unserialize((string) base64_decode($parts[1], true), ['allowed_classes' => false]);
        return is_array($outcome) ? [(int) $parts[0], $outcome] : null;
    }

    /** @param resource $in @param resource $out */
    public static function run($in, $out): int
    {
        // The parent may be gone (an error ended the scan): then there is nobody to answer.
        if (@fwrite($out, self::READY) === false) {
            return 0;
        }
        while (($line = fgets($in)) !== false) {
            $parts = explode("\t", rtrim($line, "\n"), 2);
            if (count($parts) !== 2 || !preg_match('/^[0-9]+$/', $parts[0])) {
                fwrite(STDERR, "extsockets-audit worker: bad job line\n");
                return 2;
            }
            $path = (string) base64_decode($parts[1], true);
            $outcome = Scanner::scanFile($path);
            if (@fwrite($out, $parts[0] . "\t" . base64_encode(serialize($outcome)) . "\n") === false) {
                return 0;
            }
            fflush($out);
        }
        return 0;
    }
}
