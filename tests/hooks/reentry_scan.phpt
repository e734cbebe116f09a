--TEST--
Re-entrant scans: user code that runs while a scan reads its file (a stream wrapper) may include files and scan; a scan may run inside a compile (an error handler); each gets its own findings
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/reentry.inc';

/* Takes the place of file://; when a scan first reads, it includes esa://FileWrapper::$include
 * and scans a string: user code that compiles and scans while a scan reads. */
final class FileWrapper
{
    public $context;
    private $handle;
    private bool $included = false;
    public static string $include = '';

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
            include 'esa://' . self::$include;
            echo "  in stream_read, a scan: ";
            esa_print(extsockets_audit_scan_string("<?php\n\n\\socket_listen(\$s);\n", 'read.php'));
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

EsaWrapper::$files = [
    'nested1' => ['code' => "<?php\nfunction esa_nested1(\$s) { return \\socket_bind(\$s, 'n'); }\n"],
    'nested2' => ['code' => "<?php\nfunction esa_nested2(\$s) { return \\socket_read(\$s, 1); }\n"],
];
$target = __DIR__ . '/reentry_scan_target.inc';
$i = 0;
foreach (['compiles' => '', 'would not compile' => 'function g() {}'] as $what => $tail) {
    echo "-- the scanned file $what\n";
    FileWrapper::$include = 'nested' . ++$i;
    file_put_contents($target, "<?php\nfunction g(\$s) { return \\socket_close(\$s); }\n$tail\n");
    stream_wrapper_unregister('file');
    stream_wrapper_register('file', FileWrapper::class);
    try {
        esa_print(extsockets_audit_scan_file($target));
    } finally {
        stream_wrapper_restore('file');
    }
    var_dump(function_exists("esa_nested$i"), function_exists('g'));
}
esa_print(extsockets_audit_usage(), true);

echo "-- a scan inside a compile: an error handler for a compile-time deprecation\n";
set_error_handler(function (int $type, string $message, string $file, int $line) {
    echo "  handler: ", basename($file), ":$line\n  ";
    esa_print(extsockets_audit_scan_string("<?php\nsocket_strerror(1);\n", 'handler.php'));
    return true;
}, E_DEPRECATED);
EsaWrapper::$files['deprecated'] = ['code' => "<?php\nfunction esa_dep(\$a = AF_INET, \$b) { return \\socket_write(\$b, 'x'); }\n"];
include 'esa://deprecated';
restore_error_handler();
var_dump(function_exists('esa_dep'));
esa_print(extsockets_audit_usage(), true);
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/reentry_scan_target.inc');
?>
--EXPECT--
-- the scanned file compiles
  in stream_read, a scan: 3 {main} function socket_listen call
2 g function socket_close call
bool(true)
bool(false)
-- the scanned file would not compile
  in stream_read, a scan: 3 {main} function socket_listen call
2 g function socket_close call
bool(true)
bool(false)
nested1:2 esa_nested1 function socket_bind call
nested2:2 esa_nested2 function socket_read call
-- a scan inside a compile: an error handler for a compile-time deprecation
  handler: deprecated:2
  2 {main} function socket_strerror call
bool(true)
nested1:2 esa_nested1 function socket_bind call
nested2:2 esa_nested2 function socket_read call
deprecated:2 esa_dep constant AF_INET const-expr
deprecated:2 esa_dep function socket_write call