<?php
namespace ExtsocketsAudit\Cli;

/**
 * One self-overwriting status line on standard error while a scan runs:
 * "[  120/4517]   2%  src/Foo.php". Redrawn at most ten times a second, erased
 * when the scan ends, so it never mixes with the report.
 */
final class Progress
{
    private int $done = 0;
    private float $drawnAt = 0.0;
    private bool $drawn = false;

    /** @param resource $stream */
    public function __construct(private $stream, private int $total, private Paths $paths)
    {
    }

    /** On when asked, or when not told and the stream is a terminal. */
    public static function wanted(?bool $option, $stream): bool
    {
        return $option ?? (function_exists('stream_isatty') && @stream_isatty($stream));
    }

    public function advance(string $file): void
    {
        $this->done++;
        $now = microtime(true);
        if ($this->done < $this->total && $now - $this->drawnAt < 0.1) {
            return;
        }
        $this->drawnAt = $now;
        $width = max(40, (int) (getenv('COLUMNS') ?: 80)) - 1;
        $digits = strlen((string) $this->total);
        $line = sprintf('[%*d/%d] %3d%%  ', $digits, $this->done, $this->total, intdiv(100 * $this->done, max(1, $this->total)));
        $name = Text::printable($this->paths->display($file));
        $room = $width - strlen($line);
        if (strlen($name) > $room) {
            $name = '...' . substr($name, -($room - 3));
        }
        fwrite($this->stream, "\r\033[K" . $line . $name);
        $this->drawn = true;
    }

    public function finish(): void
    {
        if ($this->drawn) {
            fwrite($this->stream, "\r\033[K");
        }
    }
}
