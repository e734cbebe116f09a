--TEST--
Re-entrant compiles: user code that compiles while extsockets_audit_scan_file() compiles (a file stream wrapper whose read includes a file) gets an Error, and neither the scan nor the process is harmed
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/reentry.inc';

/* Takes the place of file://, and includes esa://nested when the scan first reads. */
final class FileWrapper
{
    public $context;
    private $handle;
    private bool $included = false;

    private static function plain(callable $f)
    {
        stream_wrapper_restore('file');
        try {
            return $f();
        } finally {
            stream_wrapper_unregister('file');
            stream_wrapper_register('file', self::class);
        }
    }

    public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool
    {
        $this->handle = self::plain(fn() => fopen($path, $mode));
        return $this->handle !== false;
    }

    public function stream_read(int $count): string
    {
        if (!$this->included) {
            $this->included = true;
            try {
                include 'esa://nested';
            } catch (Error $e) {
                echo '  in stream_read: ', get_class($e), ': ', $e->getMessage(), "\n";
                throw $e;
            }
        }
        return (string) fread($this->handle, $count);
    }

    public function stream_eof(): bool
    {
        return feof($this->handle);
    }

    public function stream_stat(): array
    {
        return fstat($this->handle);
    }

    public function url_stat(string $path, int $flags)
    {
        return self::plain(fn() => @stat($path));
    }

    public function stream_set_option(int $option, int $arg1, ?int $arg2): bool
    {
        return false;
    }

    public function stream_close(): void
    {
        fclose($this->handle);
    }
}

EsaWrapper::$files = ['nested' => ['code' => "<?php\nfunction esa_nested(\$s) { return \\socket_bind(\$s, 'n'); }\n"]];
$target = __DIR__ . '/reentry_scan_target.inc';
foreach (['compiles' => '', 'has a compile error' => 'function g() {}'] as $what => $tail) {
    echo "-- the scanned file $what\n";
    file_put_contents($target, "<?php\nfunction g(\$s) { return \\socket_close(\$s); }\n$tail\n");
    stream_wrapper_unregister('file');
    stream_wrapper_register('file', FileWrapper::class);
    try {
        esa_print(extsockets_audit_scan_file($target));
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    stream_wrapper_restore('file');
    var_dump(function_exists('esa_nested'), function_exists('g'));
    esa_print(extsockets_audit_usage());
}
echo "-- afterwards, as usual\n";
file_put_contents($target, "<?php\nfunction g(\$s) { return \\socket_close(\$s); }\n");
esa_print(extsockets_audit_scan_file($target));
include 'esa://nested';
var_dump(function_exists('esa_nested'));
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/reentry_scan_target.inc');
?>
--EXPECT--
-- the scanned file compiles
  in stream_read: Error: extsockets_audit cannot compile esa://nested while extsockets_audit_scan_file() or extsockets_audit_scan_string() compiles
Error: extsockets_audit cannot compile esa://nested while extsockets_audit_scan_file() or extsockets_audit_scan_string() compiles
bool(false)
bool(false)
(none)
-- the scanned file has a compile error
  in stream_read: Error: extsockets_audit cannot compile esa://nested while extsockets_audit_scan_file() or extsockets_audit_scan_string() compiles
Error: extsockets_audit cannot compile esa://nested while extsockets_audit_scan_file() or extsockets_audit_scan_string() compiles
bool(false)
bool(false)
(none)
-- afterwards, as usual
2 g function socket_close call
bool(true)
nested:2 esa_nested function socket_bind call
