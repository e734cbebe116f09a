--TEST--
Scan functions: only a parse error is an error; code that parses but does not compile (each kind of compile-only error) is scanned whole, declares nothing and leaves the request as it was
--DESCRIPTION--
A scan parses and never compiles (issue 15): the compiler's errors cannot stop it. Each file
below fails `php -l` (which compiles) and still gives its findings. The parser's own errors
still throw, with the file and line: ParseError, and CompileError for the checks the parser
makes itself (repeated modifiers, `__halt_compiler()` inside a function). Before, each of these files threw CompileError and gave
no finding. The cycle collector, the stack frame and the error handler are the caller's
throughout; the lexer's warnings about the scanned code (an octal escape above \\377) are not
shown.
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$cases = [
    'param-redeclared' => "<?php\nfunction open(\$flags, \$flags) {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\n",
    'function-twice' => "<?php\nfunction dup() { return socket_last_error(); }\nfunction dup() { return SOCKET_EINTR; }\n",
    'property-twice' => "<?php\nclass K {\n    public \$a = AF_INET6;\n    public \$a;\n}\n",
    'method-twice' => "<?php\nclass K {\n    function m() { socket_close(\$this->s); }\n    function m() {}\n}\n",
    'class-constant-twice' => "<?php\nclass K {\n    const X = SOCK_DGRAM;\n    const X = 2;\n}\n",
    'break-outside-loop' => "<?php\n\\socket_write(\$s, 'x');\nbreak;\n",
    'continue-in-closure' => "<?php\nforeach (\$a as \$b) {\n    \$f = function () { socket_read(\$s, 1); continue 2; };\n}\n",
    'use-name-conflict' => "<?php\nnamespace App;\nuse Lib\\A as C;\nuse Lib\\B as C;\n\\socket_bind(\$s, '::1');\n",
    'static-outside-class' => "<?php\nfunction f(): static { return socket_accept(\$s); }\n",
    'abstract-with-body' => "<?php\nabstract class K {\n    abstract function m() { socket_listen(\$s); }\n}\n",
    'this-reassigned' => "<?php\nclass K {\n    function m() { \$this = socket_create_listen(0); }\n}\n",
    'void-returns-value' => "<?php\nfunction f(): void {\n    return socket_select(\$r, \$w, \$e, 0);\n}\n",
    'const-not-constant' => "<?php\nconst X = \$a . SO_REUSEADDR;\n",
    'strict-types-not-first' => "<?php\n\$x = SOL_SOCKET;\ndeclare(strict_types=1);\n",
    'goto-into-loop' => "<?php\ngoto in;\nwhile (true) {\n    in: socket_getpeername(\$s, \$a);\n}\n",
];

set_error_handler(function (int $type, string $message) {
    echo "error handler: $message\n";
    return true;
});
$dir = __DIR__ . '/scan_compile_only';
@mkdir($dir);
foreach ($cases as $name => $code) {
    $file = "$dir/$name.php";
    file_put_contents($file, $code);
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($file) . ' 2>&1', $out, $rc);
    echo "== $name (php -l: ", $rc === 0 ? 'compiles' : 'does not compile', ")\n";
    $out = [];
    esa_print(extsockets_audit_scan_file($file));
}

echo "== nothing declared\n";
var_dump(function_exists('open'), function_exists('dup'), class_exists('K', false));

echo "== parse errors\n";
function scan(string $code, string $name): void {
    try {
        esa_print(extsockets_audit_scan_string($code, $name));
    } catch (Throwable $e) {
        printf("%s: %s in %s on line %d\n", get_class($e), $e->getMessage(), $e->getFile(), $e->getLine());
        echo $e->getTraceAsString(), "\n";
    }
}
scan("<?php\n\\socket_close(\$s);\nfunction f( {\n", 'parse.php');
scan("<?php\nclass A {\n    public public \$x = AF_INET;\n}\n", 'modifiers.php');
scan("<?php\nfunction f() {\n    socket_shutdown(\$s);\n    __halt_compiler();\n}\n", 'halt.php');
scan("<?php\n\n\\socket_close(\$s); \"\\400\";\n", 'octal.php');

echo "== the request goes on\n";
function make_cycles(): void {
    for ($i = 0; $i < 50; $i++) {
        $o = new stdClass;
        $o->self = $o;
    }
}
function cycles(): int {
    make_cycles();
    return gc_collect_cycles();
}
function gen() {
    try {
        yield 1;
    } finally {
        echo "generator finally ran\n";
    }
}
$g = gen();
$g->current();
echo "cycles collected: ", cycles(), "\n";
trigger_error("a warning of the caller's", E_USER_WARNING);
$inc = "$dir/include.inc";
file_put_contents($inc, "<?php\nif (false) { \\socket_bind(\$s, 'h'); }\n");
include $inc;
esa_print(esa_usage_of($inc));
var_dump(count(extsockets_audit_usage()));
unset($g);
echo "end\n";
?>
--CLEAN--
<?php
$dir = __DIR__ . '/scan_compile_only';
foreach (glob("$dir/*") ?: [] as $f) {
    unlink($f);
}
@rmdir($dir);
?>
--EXPECTF--
== param-redeclared (php -l: does not compile)
3 open function socket_create call
3 open constant AF_INET fetch
3 open constant SOCK_STREAM fetch
== function-twice (php -l: does not compile)
2 dup function socket_last_error call
3 dup constant SOCKET_EINTR fetch
== property-twice (php -l: does not compile)
3 K constant AF_INET6 const-expr
== method-twice (php -l: does not compile)
3 K::m function socket_close call
== class-constant-twice (php -l: does not compile)
3 K constant SOCK_DGRAM const-expr
== break-outside-loop (php -l: does not compile)
2 {main} function socket_write call
== continue-in-closure (php -l: does not compile)
3 {closure} function socket_read call
== use-name-conflict (php -l: does not compile)
5 {main} function socket_bind call
== static-outside-class (php -l: does not compile)
2 f function socket_accept call
== abstract-with-body (php -l: does not compile)
3 K::m function socket_listen call
== this-reassigned (php -l: does not compile)
3 K::m function socket_create_listen call
== void-returns-value (php -l: does not compile)
3 f function socket_select call
== const-not-constant (php -l: does not compile)
2 {main} constant SO_REUSEADDR const-expr
== strict-types-not-first (php -l: does not compile)
2 {main} constant SOL_SOCKET fetch
== goto-into-loop (php -l: does not compile)
4 {main} function socket_getpeername call
== nothing declared
bool(false)
bool(false)
bool(false)
== parse errors
ParseError: syntax error, unexpected token "{", expecting variable in parse.php on line 3
#0 %sscan_compile_only_errors.php(43): extsockets_audit_scan_string('<?php\n\\socket_c...', 'parse.php')
#1 %sscan_compile_only_errors.php(49): scan('<?php\n\\socket_c...', 'parse.php')
#2 {main}
CompileError: Multiple access type modifiers are not allowed in modifiers.php on line 3
#0 %sscan_compile_only_errors.php(43): extsockets_audit_scan_string('<?php\nclass A {...', 'modifiers.php')
#1 %sscan_compile_only_errors.php(50): scan('<?php\nclass A {...', 'modifiers.php')
#2 {main}
CompileError: __HALT_COMPILER() can only be used from the outermost scope in halt.php on line 4
#0 %sscan_compile_only_errors.php(43): extsockets_audit_scan_string('<?php\nfunction ...', 'halt.php')
#1 %sscan_compile_only_errors.php(51): scan('<?php\nfunction ...', 'halt.php')
#2 {main}
3 {main} function socket_close call
== the request goes on
cycles collected: 50
error handler: a warning of the caller's
2 {main} function socket_bind call
int(1)
generator finally ran
end