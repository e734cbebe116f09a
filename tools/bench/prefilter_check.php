<?php
/*
 * Material for the prefilter's differential check (tools/bench/prefilter_check.sh).
 *
 *   php tools/bench/prefilter_check.php corpus LIST      findings of every file named in LIST
 *   php tools/bench/prefilter_check.php mutations N SEED findings of N generated snippets
 *   php tools/bench/prefilter_check.php snippets N SEED  the snippets themselves, NUL-separated
 *
 * Findings come from extsockets_audit_scan_file() / _scan_string(), one line
 * each: "<index>\t<line>\t<kind>\t<symbol>\t<form>\t<scope>", or
 * "<index>\terror\t<class>: <message>". Run once with every file walked
 * (zend.multibyte=1) and once with the prefilter: the outputs must be identical.
 *
 * The snippets name symbols in every way the prefilter has a rule for, and in
 * ways close to them that name nothing: literals built by escapes, by '.'
 * between literals, numbers and heredocs (with blanks, comments and
 * parentheses between), names in every syntactic place, any case, after '$',
 * "->", "::", "function", inside comments and strings, at every offset of a
 * 128-byte block.
 */

function scan_and_print(int $index, callable $scan): void
{
    try {
        $findings = $scan();
    } catch (Throwable $e) {
        echo $index, "\terror\t", get_class($e), ': ', $e->getMessage(), "\n";
        return;
    }
    foreach ($findings as $f) {
        echo $index, "\t", $f['line'], "\t", $f['kind'], "\t", $f['symbol'], "\t", $f['form'], "\t", $f['scope'], "\n";
    }
}

/* ---- snippet generator ---- */

final class Snippets
{
    private const FUNCTIONS = ['socket_close', 'Socket_Create', 'SOCKET_STRERROR', 'socket_addrinfo_lookup',
        'socket_wsaprotocol_info_release', 'socket_closex', 'socket_', 'xsocket_close'];
    private const CONSTANTS = ['AF_INET', 'AF_INET6', 'SOCK_STREAM', 'SOL_TCP', 'SO_REUSEADDR', 'IPV6_V6ONLY',
        'SOMAXCONN', 'TCP_NODELAY', 'MSG_PEEK', 'PHP_NORMAL_READ', 'SOCKET_EAGAIN', 'SCM_RIGHTS', 'EAI_AGAIN',
        'AF_INETX', 'XAF_INET', 'Af_INET', 'SOMAXCONNX', 'E_ALL', 'PHP_EOL', 'JSON_THROW_ON_ERROR'];
    private const CLASSES = ['Socket', 'socket', 'SOCKET', 'AddressInfo', 'ADDRESSINFO', 'addressinfo', 'Sockets', 'AddressInfos'];
    private const EXTENSIONS = ['sockets', 'SOCKETS', 'Sockets', 'socket', 'sockets_'];

    /** Calls that read a function, a constant or an extension from a string literal. */
    private const STRING_PLACES = [
        'function' => ['call_user_func(%s, $s);', 'array_map(%s, []);', 'function_exists(%s);', 'is_callable(%s);',
            '(%s)(1);', '$r = new ReflectionFunction(%s);', 'Closure::fromCallable(%s);', 'usort($a, %s);',
            'call_user_func(callback: %s);', '$s |> %s;'],
        'constant' => ['defined(%s);', 'constant(%s);', 'if (defined(%s)) {}'],
        'extension' => ['extension_loaded(%s);', 'get_extension_funcs(%s);', '$r = new ReflectionExtension(%s);'],
    ];

    /** Names in code. */
    private const NAME_PLACES = [
        'function' => ['%s($s);', '\\%s($s);', "namespace N;\n%s(\$s);", "use function %s;\n%s(\$s);",
            "use function %s as f;\nf(\$s);", '$f = %s(...);', "namespace N;\nfunction g() { return %s(1); }",
            '$x->%s($s);', 'Foo::%s($s);', 'function %s() {}', '$%s = 1;', "// %s(\$s);\n", "/* %s */",
            "'a %s'; ", "\$a--> %s(\$s);", "\$a-->%s(\$s);", "namespace\\%s(\$s);", "echo 1 .%s(\$s);",
            '$x?->%s($s);', '!%s($s);', '@%s($s);', '(%s)($s);', 'echo "$x %s";', 'echo "{$x}%s";',
            'function f() { return %s(...); }', "\$f = '%s';", '$f = [%s(1)];', 'echo %s ($s);',
            "use function %s, socket_bind;", "%s\n(\$s);", '$a = fn() => %s($s);', 'echo A\\%s($s);'],
        'constant' => ['echo %s;', 'echo \\%s;', "namespace N;\necho %s;", 'const X = %s;',
            'class K { const X = %s; public $p = %s; }', 'function f($a = %s) {}', 'function g() { static $v = %s; }',
            "use const %s;\necho %s;", "use const %s as Y;\necho Y;", '#[A(%s)] function h() {}', 'echo Foo::%s;',
            '$x->%s;', '$%s = 1;', 'echo %s . "x";', 'echo [%s];', 'echo %s + 1;', "echo 1 .%s;", 'echo(%s);',
            "enum E: int { case A = %s; }", 'echo namespace\\%s;', "// %s\n", 'echo -%s;', 'echo ~%s;',
            '$a[%s] = 1;', 'echo "$x %s";', 'echo "{$x}%s";', 'echo A\\%s;', 'echo %s?->x;', 'echo %s::X;',
            "echo <<<X\n{\$a}%s\nX;", 'switch ($a) { case %s: }', 'echo [1 => %s];', 'echo %s, %s;'],
        'class' => ['new %s;', 'new %s();', '$x instanceof %s;', 'function f(%s $s): ?%s {}', 'try {} catch (%s $e) {}',
            'echo %s::class;', 'class A extends %s {}', '#[%s] function f() {}', 'use %s;', "use %s as S;\nnew S;",
            'class B { private readonly %s $s; }', '$f = fn(): %s => 1;', 'function g(): %s|false {}',
            '$x instanceof \\%s;', "new /* c */ %s;", "new // c\n %s;", "new\n%s;", 'try {} catch (A | %s) {}',
            'function h((A&%s)|null $x) {}', 'function i(#[X] %s $s) {}', 'echo %s /* c */ ::class;',
            'echo namespace\\%s::X;', "\$a ? \$b instanceof %s : 1;", 'new %s instanceof X;', "\$x instanceof %s or 1;",
            'class C implements %s {}', 'class D extends %s implements X {}', 'echo "%s";', "// the %s to use\n",
            ' * @param %s $s', '$x->%s;', 'function %s() {}', 'echo %s;', "echo '%s';", 'interface I extends X, %s {}',
            'class E { use %s; }', 'function j(%s ...$s) {}', 'function k(?%s &$s) {}', 'enum F implements %s { case A; }',
            'class G { public function __construct(private %s $s) {} }', 'echo (%s::X);', 'abstract class H { abstract public function m(): %s; }',
            'echo [%s::class];', "\$x = new %s\n;", 'echo $a instanceof %s ? 1 : 2;', 'echo %s::X . "y";',
            'class L { public static ?%s $s; }', "function m(\n    %s \$s,\n) {}", 'try {} catch (\\%s $e) {}',
            "use \\%s as S2;\nnew S2;", '#[\\%s, X] function n() {}', '#[X, %s(1)] function o() {}',
            'echo $x instanceof namespace\\%s;', 'class P { public %s|int $a; protected (%s&X)|null $b; }',
            "new %s\n/* c */ ;", "\$x = new\n\t%s(1);", 'echo new %s()?->x;', '$x = (new %s);', 'echo A\\%s::X;',
            'echo %s\\A::X;', 'use %s, B;', 'use A, %s;', 'class Q extends \\%s {}', 'final public const %s X = 1;',
            'class R { public function __construct(public readonly %s $s) {} }', 'fn(%s $s) => 1;',
            "function s(): \n  %s\n{}", 'echo (string) %s::X;', 'echo %s ::X;', 'echo "%s::X";',
            'class T { public private(set) %s $x; }',
            'echo new %s()->x;', 'class V { const ?%s X = null; }', 'class W { public function __construct(protected(set) %s $s) {} }'],
    ];

    private int $state;

    public function __construct(int $seed)
    {
        $this->state = $seed & 0x7fffffff ?: 1;
    }

    private function rand(int $n): int
    {
        // xorshift: the same snippets on every PHP
        $x = $this->state;
        $x ^= ($x << 13) & 0x7fffffff;
        $x ^= $x >> 17;
        $x ^= ($x << 5) & 0x7fffffff;
        $this->state = $x & 0x7fffffff ?: 1;
        return $this->state % $n;
    }

    private function pick(array $a)
    {
        return $a[$this->rand(count($a))];
    }

    /** A PHP expression whose value is $s, built the way the parser folds. */
    public function literal(string $s, int $depth = 0): string
    {
        $way = $this->rand($depth > 1 ? 6 : 12);
        $len = strlen($s);
        switch ($way) {
            case 0: return "'" . $s . "'";
            case 1: return '"' . $s . '"';
            case 2: return "b'" . $s . "'";
            case 3: return '"' . $this->escaped($s) . '"';
            case 4: return $this->heredoc($s);
            case 5: return "'\\\\" . $s . "'";
            default:
                if ($len < 2) {
                    return "'" . $s . "'";
                }
                $at = 1 + $this->rand($len - 1);
                $left = substr($s, 0, $at);
                $right = substr($s, $at);
                return $this->operand($left, $depth + 1) . $this->dot() . $this->operand($right, $depth + 1);
        }
    }

    private function operand(string $s, int $depth): string
    {
        if (preg_match('/^(0|[1-9][0-9]*)$/', $s) && $this->rand(2)) {
            return $s; // a number: 'IPV' . 6 . '_V6ONLY'
        }
        $e = $this->literal($s, $depth);
        switch ($this->rand(6)) {
            case 0: return '(' . $e . ')';
            case 1: return '( ' . $e . ' )';
            default: return $e;
        }
    }

    private function dot(): string
    {
        return $this->pick([' . ', '.', ' .', '. ', "\n. ", " .\n", ' /* c */ . ', " // c\n . ", " # c\n . ",
            " . /* c */ ", " . // c\n", " .\n\n", "\t.\t", " /** d */. ", "\r\n. "]);
    }

    private function escaped(string $s): string
    {
        $out = '';
        foreach (str_split($s) as $c) {
            if ($this->rand(3)) {
                $out .= $c === '\\' || $c === '"' || $c === '$' ? '\\' . $c : $c;
                continue;
            }
            $o = ord($c);
            $out .= $this->pick([
                sprintf('\\x%02X', $o), sprintf('\\x%02x', $o), sprintf('\\X%02x', $o), sprintf('\\%o', $o),
                sprintf('\\%03o', $o), sprintf('\\u{%x}', $o), sprintf('\\u{%06X}', $o), $c,
            ]);
        }
        return $out;
    }

    private function heredoc(string $s): string
    {
        $label = $this->pick(['EOT', 'X', 'END_OF_TEXT']);
        $indent = $this->pick(['', '  ', "\t"]);
        $open = $this->pick(["<<<$label", "<<<'$label'", "<<<\"$label\"", "b<<<$label"]);
        $body = str_starts_with($open, "<<<'") ? $s : $this->escaped($s);
        return $open . "\n" . $indent . $body . "\n" . $indent . $label . $this->pick(['', '', ' ', "\n"]);
    }

    private function nameCase(string $n, string $kind): string
    {
        if ($kind === 'constant' || $this->rand(3)) {
            return $n;
        }
        return $this->pick([strtolower($n), strtoupper($n), ucfirst($n), lcfirst(strtoupper($n))]);
    }

    /** Up to 140 bytes that move what follows to another place of a vector. */
    private function padding(): string
    {
        $n = $this->rand(140);
        $out = '';
        if ($this->rand(2)) {
            $pieces = ['$a = 1;', ' ', "\n", '/* ', ' */', '// x', "\n", '$b_c = "d";', 'E_ALL;', 'f(1) . "x";', "'.'", '#'];
            while (strlen($out) < $n) {
                $out .= $this->pick($pieces);
            }
            // One comment around it all: a stray */ or line comment would break the snippet.
            return '/*' . str_replace('*/', '', $out) . "*/\n";
        }
        $pieces = ["\$a = 1;\n", "\$b_c = 'd' . \$a;\n", "echo E_ALL, PHP_EOL;\n", "f(1) . 'x';\n", "\$x->y = [1, 2];\n", "\n", ' '];
        while (strlen($out) < $n) {
            $out .= $this->pick($pieces);
        }
        return $out;
    }

    /** One snippet, or several in one file; line breaks sometimes \r\n or \r. */
    public function next(): string
    {
        $code = $this->body();
        for ($n = $this->rand(4) === 0 ? 1 + $this->rand(3) : 0; $n > 0; $n--) {
            $code .= "\n" . $this->body();
        }
        switch ($this->rand(8)) {
            case 0: $code = str_replace("\n", "\r\n", $code); break;
            case 1: $code = str_replace("\n", "\r", $code); break;
        }
        return "<?php\n" . $code;
    }

    private function body(): string
    {
        $kind = $this->pick(['function', 'constant', 'class', 'extension', 'function', 'constant']);
        $names = ['function' => self::FUNCTIONS, 'constant' => self::CONSTANTS, 'class' => self::CLASSES,
            'extension' => self::EXTENSIONS][$kind];
        $name = $this->nameCase($this->pick($names), $kind);
        if ($kind !== 'class' && $kind !== 'extension' && $this->rand(2) === 0) {
            $code = str_replace('%s', $name, $this->pick(self::NAME_PLACES[$kind]));
        } elseif ($kind === 'class') {
            $code = str_replace('%s', $name, $this->pick(self::NAME_PLACES['class']));
        } else {
            $code = sprintf($this->pick(self::STRING_PLACES[$kind]), $this->literal($name));
        }
        $tail = $this->rand(4) === 0 ? "\n" . $this->padding() : '';
        return ($this->rand(3) ? $this->padding() : '') . $code . "\n" . $tail;
    }
}

$mode = $argv[1] ?? '';
if ($mode === 'corpus') {
    foreach (file($argv[2], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $i => $path) {
        scan_and_print($i, fn () => extsockets_audit_scan_file($path));
    }
} elseif ($mode === 'mutations' || $mode === 'snippets') {
    $gen = new Snippets((int) ($argv[3] ?? 1));
    for ($i = 0, $n = (int) ($argv[2] ?? 1000); $i < $n; $i++) {
        $code = $gen->next();
        if ($mode === 'snippets') {
            echo $code, "\0";
        } else {
            scan_and_print($i, fn () => extsockets_audit_scan_string($code, "s$i"));
        }
    }
} else {
    fwrite(STDERR, "usage: php tools/bench/prefilter_check.php corpus LIST | mutations N SEED | snippets N SEED\n");
    exit(2);
}
