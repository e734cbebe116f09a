<?php
/*
 * Mutation fuzzer for extsockets_audit.
 *
 *   php -n tools/ci/fuzz.php --module=PATH [--seed=1] [--time=180] [--iterations=N]
 *       [--corpus=/usr/share/php] [--out=DIR]
 *
 * Takes real PHP files (the corpus directories, the repository's examples and
 * test fixtures), mutates them (token level: delete, duplicate, swap tokens,
 * insert ext/sockets names and forms, keywords and brackets; byte level: flip,
 * insert NUL and high bytes, delete, duplicate, truncate; structure: nesting
 * thousands deep, long names, many calls on one line, splices of two files,
 * __halt_compiler(), inline HTML) and feeds each input to the extension:
 * extsockets_audit_scan_string() with ordinary and odd names, and
 * extsockets_audit_scan_file() on a file with an odd name, in the fuzzing
 * process itself; and in a forked child process through include (via
 * opcache_compile_file() first, then include, so the findings also go
 * into and come back out of opcache) and eval, each guarded by a leading
 * `return;` so that the mutated code is compiled, never run.
 *
 * Input n depends only on the seed, n and the corpus, so a run is repeatable and
 * `--seed=S --reproduce=N` writes input N to stdout. The fuzzing runs in a
 * worker process (the same script with --worker) that this supervisor restarts
 * after a crash. A crash is a worker or child that dies by a signal or with an
 * AddressSanitizer report (ASAN_OPTIONS log_path, set by tools/ci/asan-build.sh), or
 * a child that exits with a status PHP never uses. Each crash is re-run once
 * without the extension: if PHP crashes on that input by itself, it is PHP's,
 * reported but not counted. Each of ours is minimized (lines, then bytes) and
 * saved to --out with the command that replays it. Scan results are also
 * checked: seven known keys per row (an impact among the three), symbols and kinds from the symbol table, the
 * scanned name as file, lines >= 1; and every 200 inputs a known snippet is
 * scanned again and must give its known findings (PHP still works).
 *
 * Exit status 0 when nothing of ours was found, 1 otherwise, 2 on usage errors.
 */

const ESA_KNOWN_SNIPPET = "<?php\nnamespace App;\nuse function socket_close as sc;\n\$s = \\socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsc(\$s);\n";
const ESA_KNOWN_FINDINGS = [
    '3 {main} function socket_close import',
    '4 {main} function socket_create call',
    '4 {main} constant AF_INET ns-fallback',
    '4 {main} constant SOCK_STREAM ns-fallback',
    '4 {main} constant SOL_TCP ns-fallback',
    '5 {main} function socket_close alias',
];

const ESA_FORMS = [
    'socket_create(AF_INET, SOCK_STREAM, SOL_TCP)', '\\socket_close($s)', "'socket_close'(\$s)",
    '"\\\\socket_close"($s)', "('socket_close')(\$s)", 'socket_close(...)', 'use function socket_create;',
    'use function socket_create as sc;', 'use const AF_INET;', 'use const AF_INET as FAMILY;', 'use Socket;',
    'use Socket as S;', 'use function Ns\\{socket_close, socket_bind as sb};', 'new Socket', '$x instanceof Socket',
    'catch (Socket|AddressInfo $e) {}', 'Socket::class', 'Socket::X', 'Socket::$p', 'Socket::m()',
    'function f(Socket|AddressInfo|null $s = AF_INET): ?Socket {}', '#[Socket(AF_INET)]',
    'class C extends Socket implements AddressInfo {}', "extension_loaded('sockets')", "defined('AF_INET')",
    "constant('\\\\AF_INET')", "function_exists('socket_create')", "is_callable('SOCKET_CLOSE')",
    "call_user_func('socket_close', \$s)", "array_map('socket_close', \$a)", "usort(\$a, 'socket_close')",
    "Closure::fromCallable('socket_close')", "new ReflectionFunction('socket_close')",
    "new ReflectionExtension('sockets')", "get_extension_funcs('sockets')", "define('App\\\\AF_INET', 1)",
    "define('\\\\AF_INET', 1)", 'namespace App;', 'namespace App\\Net { }', 'namespace { }', 'const AF_INET = 1;',
    'function socket_create() {}', 'enum E: int { case A = AF_INET; }', 'static $x = SOCK_STREAM;',
    'fn() => socket_close($s)', 'function () use ($s) { return socket_close($s); }',
    'new class { const X = AF_INET; public Socket $s; }', "array_map(callback: 'socket_close', array: \$a)",
    "array_map(...\$a, 'socket_close')", '$o->socket_create()', 'Foo\\socket_create()', 'namespace\\socket_create()',
    'SOCKET_EAGAIN', '\\AF_INET6', 'MSG_PEEK | MSG_DONTWAIT', 'socket_select($r, $w, $e, 0)',
    '__halt_compiler(); socket_close($s);', '?><?= AF_INET ?><?php', 'declare(strict_types=1);',
    "<<<EOT\nsocket_close {\$s} AF_INET\nEOT", "<<<'EOT'\nsocket_close\nEOT", '/* socket_close( */', "// \\socket_close(\n",
    '# socket_close(', 'socket_close($s); \\socket_close($s); \'socket_close\'($s);',
];

/* ESA_FORMS that stand as statements anywhere in code (not only at the top of a file). */
const ESA_STATEMENTS = [
    'socket_create(AF_INET, SOCK_STREAM, SOL_TCP);', '\\socket_close($s);', "'socket_close'(\$s);", '$f = socket_close(...);',
    '$o = new Socket;', 'if ($x instanceof Socket) {}', 'try {} catch (Socket|AddressInfo $e) {}', '$c = Socket::class;',
    '$c = Socket::X;', 'function f(Socket|AddressInfo|null $s = AF_INET): ?Socket { return $s; }',
    '#[Socket(AF_INET)] function g() {}', "if (extension_loaded('sockets') && defined('AF_INET')) {}", "\$v = constant('\\\\AF_INET');",
    "if (function_exists('socket_create') || is_callable('SOCKET_CLOSE')) {}", "call_user_func('socket_close', \$s);",
    "array_map('socket_close', \$a);", "usort(\$a, 'socket_close');", "\$f = Closure::fromCallable('socket_close');",
    "\$r = new ReflectionFunction('socket_close');", "\$r = new ReflectionExtension('sockets');", "define('App\\\\AF_INET', 1);",
    'enum E: int { case A = AF_INET; }', 'static $x = SOCK_STREAM;', '$f = fn() => socket_close($s);',
    '$c = new class { const X = AF_INET; public ?Socket $s = null; };', "array_map(callback: 'socket_close', array: \$a);",
    '$o->socket_create();', 'Foo\\socket_create();', '$m = MSG_PEEK | MSG_DONTWAIT | SOCKET_EAGAIN;',
    'socket_select($r, $w, $e, 0);', "\$h = <<<EOT\nsocket_close {\$s} AF_INET\nEOT;", 'function socket_create() {}',
    'class C extends Socket implements AddressInfo {}', 'socket_close($s); \\socket_close($s); \'socket_close\'($s);',
];

const ESA_TOKENS = [
    '(', ')', '{', '}', '[', ']', ';', ',', '::', '\\', '->', '?->', '=>', '...', '#[', '?', '|', '&', '=',
    'namespace', 'use', 'function', 'fn', 'class', 'interface', 'trait', 'enum', 'const', 'static', 'new',
    'instanceof', 'catch', 'try', 'extends', 'implements', 'return', 'yield', 'match', 'readonly', 'abstract',
    'global', 'goto', 'declare', '__halt_compiler', '?>', '<?php', '<?=', '$', '"', "'", '`', "\n", ' ', '0x',
    'socket_create', 'Socket', 'AddressInfo', 'AF_INET', 'sockets', 'self', 'parent', 'static::', 'list(',
];

const ESA_NAMES = [
    'string', '', ' ', 'a b.php', "quote'\"s.php", "new\nline.php", "\xff\xfe\x80.php", '%s%n%x%p.php',
    '/tmp/x.php', 'php://memory', 'data:text/plain,x', 'phar://x.phar/a.php', '-', '..', '/', '\\',
];

/* ------------------------------------------------------------ inputs -- */

final class Esa_Inputs
{
    private array $files;
    private array $cache = [];
    private array $symbols;

    public function __construct(array $files, array $symbols)
    {
        $this->files = $files;
        $this->symbols = $symbols;
    }

    private function pick(array $a)
    {
        return $a[mt_rand(0, count($a) - 1)];
    }

    private function seedCode(): string
    {
        if (!$this->files || mt_rand(0, 19) === 0) {
            $code = "<?php\n";
            for ($n = mt_rand(1, 8); $n > 0; $n--) {
                $code .= $this->pick(ESA_FORMS) . ";\n";
            }
            return $code;
        }
        $file = $this->pick($this->files);
        if (!isset($this->cache[$file])) {
            if (count($this->cache) > 400) {
                $this->cache = [];
            }
            $this->cache[$file] = (string) @file_get_contents($file, false, null, 0, 65536);
        }
        return $this->cache[$file];
    }

    private function symbol(): string
    {
        return $this->pick($this->symbols);
    }

    /** [code, name, mode] of input $n of $seed. */
    public function make(int $seed, int $n): array
    {
        mt_srand(($seed * 1000003 + $n) & 0x7fffffff);
        $code = $this->seedCode();
        /* Mostly changes that keep the code compiling, so that the walker sees
         * them, then now and then one that breaks it anywhere. */
        $steps = mt_rand(1, 4);
        for ($i = 0; $i < $steps; $i++) {
            $r = mt_rand(0, 99);
            $code = match (true) {
                $r < 72 => $this->mutateKeepingSyntax($code),
                $r < 86 => $this->mutateTokens($code),
                $r < 93 => $this->mutateBytes($code),
                default => $this->mutateStructure($code),
            };
            if (strlen($code) > 1048576) {
                $code = substr($code, 0, 1048576);
            }
        }
        $r = mt_rand(0, 99);
        $mode = $r < 50 ? 'scan_string' : ($r < 62 ? 'scan_file' : ($r < 82 ? 'include' : 'eval'));
        $name = mt_rand(0, 3) === 0 ? $this->pick(ESA_NAMES) : 'fuzz.php';
        if (mt_rand(0, 30) === 0) {
            $name = str_repeat('n', mt_rand(200, 5000)) . '.php';
        }
        if ($mode === 'scan_string' && mt_rand(0, 200) === 0) {
            $name = "nul\0byte.php";
        }
        return [$code, $name, $mode];
    }

    /**
     * Where statements may stand: after ";", "{" or "}" in code (not directly
     * in a class body), found with a small brace tracker.
     */
    private static function statementSlots(array $ids): array
    {
        $slots = [];
        $contexts = [];   /* per open brace: 'class', 'code' */
        $pending = 'code';
        foreach ($ids as $k => $id) {
            if (in_array($id, [T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM], true)) {
                $prev = $k;
                while ($prev > 0 && $ids[$prev - 1] === T_WHITESPACE) {
                    $prev--;
                }
                if (($ids[$prev - 1] ?? null) !== T_DOUBLE_COLON) {
                    $pending = 'class';
                }
            } elseif ($id === T_FUNCTION || $id === T_FN) {
                $pending = 'code';
            } elseif ($id === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
                $contexts[] = $id === '{' ? $pending : 'expr';
                $pending = 'code';
                if (end($contexts) === 'code') {
                    $slots[] = $k;
                }
            } elseif ($id === '}') {
                array_pop($contexts);
                if (!$contexts || end($contexts) === 'code') {
                    $slots[] = $k;
                }
            } elseif ($id === ';' && (!$contexts || end($contexts) === 'code')) {
                $slots[] = $k;
            }
        }
        return $slots;
    }

    /** Replaces or inserts where the grammar allows it: names, strings, variables, statements. */
    private function mutateKeepingSyntax(string $code): string
    {
        $raw = token_get_all($code);
        $tokens = array_map(fn($t) => is_array($t) ? $t[1] : $t, $raw);
        $ids = array_map(fn($t) => is_array($t) ? $t[0] : $t, $raw);
        $significant = function (int $k, int $step) use ($ids): mixed {
            for ($k += $step; isset($ids[$k]) && in_array($ids[$k], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true); $k += $step) {
            }
            return $ids[$k] ?? null;
        };
        $pickOf = fn(array $at): ?int => $at ? $at[mt_rand(0, count($at) - 1)] : null;
        $s = $this->symbol();
        switch (mt_rand(0, 5)) {
            case 0: /* a name in an expression or type becomes a socket symbol */
                $at = array_keys(array_filter($ids, fn($id, $k) => $id === T_STRING
                    && !in_array($significant($k, -1), [T_FUNCTION, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_CONST, T_NAMESPACE,
                        T_USE, T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_AS, T_GOTO, T_INSTEADOF, T_CASE], true)
                    && $significant($k, 1) !== ':', ARRAY_FILTER_USE_BOTH));
                if (($k = $pickOf($at)) !== null) {
                    $tokens[$k] = match (mt_rand(0, 3)) { 0 => '\\' . $s, 1 => strtolower($s), default => $s };
                }
                break;
            case 1: /* a string literal becomes a symbol name (callables, probes, define) */
                if (($k = $pickOf(array_keys($ids, T_CONSTANT_ENCAPSED_STRING, true))) !== null) {
                    $tokens[$k] = "'" . (mt_rand(0, 3) ? $s : '\\' . $s) . "'";
                }
                break;
            case 2: /* a variable that is read becomes an expression that uses sockets */
                $at = array_keys(array_filter($ids, fn($id, $k) => $id === T_VARIABLE && $tokens[$k] !== '$this'
                    && !in_array($significant($k, 1), ['=', '[', T_OBJECT_OPERATOR, T_INC, T_DEC, T_PLUS_EQUAL, T_CONCAT_EQUAL, T_COALESCE_EQUAL], true)
                    && !in_array($significant($k, -1), ['&', T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_ARRAY, T_CALLABLE,
                        T_GLOBAL, T_STATIC, T_AS, T_DOUBLE_ARROW, '?', '|', T_VAR, T_PUBLIC, T_PROTECTED, T_PRIVATE, T_READONLY, T_ELLIPSIS, '(', ','], true),
                    ARRAY_FILTER_USE_BOTH));
                if (($k = $pickOf($at)) !== null) {
                    $tokens[$k] = $this->pick(['(socket_create(AF_INET, SOCK_STREAM, SOL_TCP))', "('socket_close')(\$s)",
                        '(\\AF_INET6 | MSG_PEEK)', '(new Socket)', '(Socket::class)', "(defined('SO_REUSEPORT'))", '(socket_read(...))',
                        "(array_map('socket_close', \$a))", '(fn(Socket $s) => socket_close($s))', '(\$x instanceof AddressInfo)']);
                }
                break;
            case 3: /* a statement or declaration where statements stand */
                if (($k = $pickOf(self::statementSlots($ids))) !== null) {
                    $tokens[$k] .= ' ' . $this->pick(ESA_STATEMENTS) . ' ';
                }
                break;
            case 4: /* a statement repeated, or moved into a closure or an anonymous class */
                if (($k = $pickOf(array_values(array_filter(self::statementSlots($ids), fn($k) => $ids[$k] === ';')))) !== null) {
                    $start = $k;
                    while ($start > 0 && !in_array($ids[$start - 1], [';', '{', '}', T_OPEN_TAG], true)) {
                        $start--;
                    }
                    $stmt = implode('', array_slice($tokens, $start, $k - $start + 1));
                    if (!preg_match('/^\s*(namespace|use|declare|case|default)\b/i', $stmt)) {
                        $tokens[$k] .= match (mt_rand(0, 2)) {
                            0 => $stmt,
                            1 => ' $f = function () { ' . $stmt . ' };',
                            default => ' $c = new class { public function m() { ' . $stmt . ' } };',
                        };
                    }
                }
                break;
            default: /* an import where imports stand: after the open tag or a namespace statement */
                $at = array_keys($ids, T_OPEN_TAG, true);
                foreach (array_keys($ids, T_NAMESPACE, true) as $ns) {
                    for ($j = $ns; isset($ids[$j]) && $ids[$j] !== ';' && $ids[$j] !== '{'; $j++) {
                    }
                    if (isset($ids[$j])) {
                        $at[] = $j;
                    }
                }
                $hasNamespace = in_array(T_NAMESPACE, $ids, true);
                if (($k = $pickOf($at)) !== null && !($hasNamespace && $ids[$k] === T_OPEN_TAG)) {
                    $tokens[$k] .= ' ' . $this->pick(['use function socket_create;', 'use function socket_close as sc;',
                        'use const AF_INET;', 'use const SOCK_STREAM as ST;', 'use Socket;', 'use Socket as S;',
                        'use function Lib\\{socket_bind, socket_listen};']) . ' ';
                }
                break;
        }
        return implode('', $tokens);
    }

    private function mutateTokens(string $code): string
    {
        $tokens = array_map(fn($t) => is_array($t) ? $t[1] : $t, token_get_all($code));
        $count = count($tokens);
        if ($count === 0) {
            return $this->pick(ESA_FORMS);
        }
        $i = mt_rand(0, $count - 1);
        $j = mt_rand(0, $count - 1);
        switch (mt_rand(0, 8)) {
            case 0:
                array_splice($tokens, $i, mt_rand(1, 3));
                break;
            case 1:
                array_splice($tokens, $i, 0, array_slice($tokens, $i, mt_rand(1, 8)));
                break;
            case 2:
                [$tokens[$i], $tokens[$j]] = [$tokens[$j], $tokens[$i]];
                break;
            case 3:
                array_splice($tokens, $i, 0, [' ' . $this->pick(ESA_FORMS) . ' ']);
                break;
            case 4:
                array_splice($tokens, $i, 0, [$this->pick(ESA_TOKENS)]);
                break;
            case 5: /* an identifier becomes a socket symbol, in some spelling */
                $names = array_keys(array_filter($tokens, fn($t) => preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $t)));
                if ($names) {
                    $k = $this->pick($names);
                    $s = $this->symbol();
                    $tokens[$k] = match (mt_rand(0, 4)) {
                        0 => '\\' . $s, 1 => "'$s'", 2 => strtolower($s), 3 => strtoupper($s), default => $s,
                    };
                }
                break;
            case 6: /* a run of tokens from elsewhere in the file */
                array_splice($tokens, $i, 0, array_slice($tokens, $j, mt_rand(1, 40)));
                break;
            case 7: /* a string literal that names a symbol */
                $strings = array_keys(array_filter($tokens, fn($t) => strlen($t) > 1 && ($t[0] === "'" || $t[0] === '"')));
                if ($strings) {
                    $tokens[$this->pick($strings)] = "'" . $this->symbol() . "'";
                }
                break;
            default:
                $tokens = array_slice($tokens, 0, $i);
                break;
        }
        return implode('', $tokens);
    }

    private function mutateBytes(string $code): string
    {
        $len = strlen($code);
        $i = $len ? mt_rand(0, $len - 1) : 0;
        switch (mt_rand(0, 6)) {
            case 0:
                if ($len) {
                    $code[$i] = chr(ord($code[$i]) ^ (1 << mt_rand(0, 7)));
                }
                return $code;
            case 1:
                return substr_replace($code, str_repeat("\0", mt_rand(1, 3)), $i, 0);
            case 2:
                $bytes = '';
                for ($n = mt_rand(1, 8); $n > 0; $n--) {
                    $bytes .= chr(mt_rand(0, 255));
                }
                return substr_replace($code, $bytes, $i, 0);
            case 3:
                return substr_replace($code, '', $i, mt_rand(1, 64));
            case 4:
                return substr_replace($code, substr($code, mt_rand(0, max(0, $len - 1)), mt_rand(1, 256)), $i, 0);
            case 5:
                return substr($code, 0, $i);
            default:
                return substr_replace($code, $this->pick(["\r\n", "\r", "\n", "\t", "\xc2\xa0", "\xef\xbb\xbf"]), $i, 0);
        }
    }

    private function mutateStructure(string $code): string
    {
        $depth = $this->pick([3, 30, 300, 3000, 9000]);
        $form = $this->pick(ESA_FORMS);
        $insert = match (mt_rand(0, 9)) {
            0 => str_repeat('(', $depth) . 'AF_INET' . str_repeat(')', $depth),
            1 => str_repeat('[', $depth) . "'socket_close'" . str_repeat(']', $depth),
            2 => str_repeat('f(', $depth) . '\\socket_close($s)' . str_repeat(')', $depth),
            3 => str_repeat('function () { ', min($depth, 3000)) . $form . ';' . str_repeat(' };', min($depth, 3000)),
            4 => str_repeat('if ($a) { ', $depth) . $form . ';' . str_repeat(' }', $depth),
            5 => str_repeat('$a . ', $depth) . 'SOCK_STREAM',
            6 => str_repeat('\\socket_close($s); \'socket_close\'($s); ', min($depth, 2000)),
            7 => 'namespace ' . str_repeat('N\\', min($depth, 2000)) . 'X; socket_create(' . str_repeat('a', mt_rand(100, 300)) . ');',
            8 => 'socket_' . str_repeat('x', mt_rand(100, 4000)) . '(); ' . str_repeat('A', mt_rand(120, 200)) . ';',
            default => str_repeat('new class { function m() { ', min($depth, 1000)) . $form . ';' . str_repeat(' } };', min($depth, 1000)),
        };
        $r = mt_rand(0, 9);
        if ($r < 5) {
            /* after a statement when there is one, anywhere otherwise */
            $pos = mt_rand(0, strlen($code));
            $semicolon = strpos($code, ";\n", $pos);
            $pos = $semicolon === false ? $pos : $semicolon + 1;
            return substr($code, 0, $pos) . ' ' . $insert . '; ' . substr($code, $pos);
        }
        if ($r < 7) { /* splice two files */
            $other = $this->seedCode();
            return substr($code, 0, mt_rand(0, strlen($code))) . substr($other, mt_rand(0, strlen($other)));
        }
        if ($r < 8) {
            return $code . "\n__halt_compiler();" . $this->seedCode();
        }
        if ($r < 9) {
            return "<html>\n" . str_replace('<?php', "?>\n<p>x</p>\n<?php", $code);
        }
        return "<?php $insert;\n";
    }
}

function esa_symbol_names(string $tsv): array
{
    $names = [];
    foreach (file($tsv, FILE_IGNORE_NEW_LINES) as $k => $line) {
        if ($k > 0 && $line !== '') {
            $names[] = explode("\t", $line)[1];
        }
    }
    $names[] = 'sockets';
    return $names;
}

function esa_symbol_kinds(string $tsv): array
{
    $kinds = ['sockets' => 'extension'];
    foreach (file($tsv, FILE_IGNORE_NEW_LINES) as $k => $line) {
        if ($k > 0 && $line !== '') {
            [$kind, $name] = explode("\t", $line);
            $kinds[$name] = $kind;
        }
    }
    return $kinds;
}

function esa_corpus_files(array $dirs): array
{
    $files = [];
    foreach ($dirs as $dir) {
        if (!is_dir($dir)) {
            continue;
        }
        $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
        foreach ($it as $file) {
            if ($file->isFile() && preg_match('/\.(php|inc|phpt)$/', $file->getFilename())) {
                $files[] = $file->getPathname();
            }
        }
    }
    sort($files, SORT_STRING);
    return $files;
}

/* ------------------------------------------------------------ worker -- */

/** Problems in a scan result; empty when it looks right. */
function esa_check_rows(mixed $rows, string $name, array $kinds): array
{
    $problems = [];
    if (!is_array($rows)) {
        return ['the scan returned ' . gettype($rows)];
    }
    foreach ($rows as $row) {
        if (!is_array($row) || array_keys($row) !== ['file', 'line', 'scope', 'kind', 'symbol', 'form', 'impact']) {
            $problems[] = 'a row without the seven keys: ' . json_encode($row);
            continue;
        }
        if ($row['file'] !== $name) {
            $problems[] = 'a row names file ' . json_encode($row['file']);
        }
        if (!is_int($row['line']) || $row['line'] < 1) {
            $problems[] = 'a row has line ' . json_encode($row['line']);
        }
        if (($kinds[$row['symbol']] ?? null) !== $row['kind']) {
            $problems[] = "a row reports {$row['kind']} {$row['symbol']}, which the symbol table does not hold";
        }
        if (!in_array($row['impact'], ['harmless', 'guarded', 'breaks'], true)) {
            $problems[] = 'a row has impact ' . json_encode($row['impact']);
        }
    }
    return $problems;
}

function esa_known_snippet_ok(): bool
{
    $rows = [];
    foreach (extsockets_audit_scan_string(ESA_KNOWN_SNIPPET, 'known.php') as $f) {
        $rows[] = "{$f['line']} {$f['scope']} {$f['kind']} {$f['symbol']} {$f['form']}";
    }
    return $rows === ESA_KNOWN_FINDINGS;
}

/** Compiles $code in a forked child (include or eval), never running it. Returns null or a crash reason. */
function esa_in_child(string $mode, string $code, string $dir, string $logs): ?string
{
    $file = "$dir/inc-" . getmypid() . '.php';
    if ($mode === 'include') {
        file_put_contents($file, '<?php return; ?>' . $code);
    }
    $pid = pcntl_fork();
    if ($pid === -1) {
        return 'fork failed';
    }
    if ($pid === 0) {
        ini_set('display_errors', '0');
        ini_set('log_errors', '0');
        try {
            if ($mode === 'include') {
                if (function_exists('opcache_compile_file')) {
                    @opcache_compile_file($file);
                }
                include $file;
            } else {
                eval('return; ?>' . $code);
            }
            extsockets_audit_usage();
        } catch (Throwable $e) {
        }
        exit(0);
    }
    pcntl_waitpid($pid, $status);
    if (pcntl_wifsignaled($status)) {
        return 'child killed by signal ' . pcntl_wtermsig($status);
    }
    $exit = pcntl_wexitstatus($status);
    if ($logs !== '' && file_exists("$logs/asan.$pid")) {
        return "child AddressSanitizer report ($logs/asan.$pid)";
    }
    /* 0: compiled (or threw); 255: a fatal compile error ended it, as PHP does. */
    if ($exit !== 0 && $exit !== 255) {
        return "child exit status $exit";
    }
    return null;
}

function esa_worker(array $o): void
{
    $kinds = esa_symbol_kinds($o['symbols']);
    $inputs = new Esa_Inputs(file($o['list'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES), esa_symbol_names($o['symbols']));
    $deadline = (float) $o['deadline'];
    $last = (int) $o['iterations'];
    $dir = $o['out'];
    $logs = (string) getenv('ESA_ASAN_LOGS');
    $slot = (int) $o['slot'];
    $stride = max(1, (int) $o['stride']);
    $scanFile = "$dir/scan dir $slot/odd 'name\" \xff.php";
    @mkdir(dirname($scanFile), 0777, true);
    $n = (int) $o['start'];
    $scanned = $parsed = $findings = 0;
    for (; $n < $last && microtime(true) < $deadline; $n += $stride) {
        [$code, $name, $mode] = $inputs->make((int) $o['seed'], $n);
        /* The supervisor's clue if this input takes the worker down. */
        file_put_contents("$dir/current-$slot", "$n\n");
        $problems = [];
        $scanned += $mode === 'scan_string' || $mode === 'scan_file';
        try {
            if ($mode === 'scan_string') {
                $rows = extsockets_audit_scan_string($code, $name);
                $problems = esa_check_rows($rows, $name, $kinds);
                $parsed++;
                $findings += count($rows);
            } elseif ($mode === 'scan_file') {
                file_put_contents($scanFile, $code);
                $rows = extsockets_audit_scan_file($scanFile);
                $problems = esa_check_rows($rows, $scanFile, $kinds);
                $parsed++;
                $findings += count($rows);
            } else {
                $crash = esa_in_child($mode, $code, $dir, $logs);
                if ($crash !== null) {
                    echo "CRASH $n $mode $crash\n";
                }
            }
        } catch (Throwable $e) {
            if (!$e instanceof CompileError && !$e instanceof ValueError) {
                $problems[] = 'unexpected ' . get_class($e) . ': ' . $e->getMessage();
            } elseif ($e instanceof ValueError && !str_contains($name, "\0")) {
                $problems[] = 'ValueError without a NUL byte in the name: ' . $e->getMessage();
            }
        }
        if ($n % 200 === 0 && !esa_known_snippet_ok()) {
            $problems[] = 'the known snippet no longer gives its findings after this input';
        }
        foreach ($problems as $problem) {
            echo "BUG $n $mode $problem\n";
        }
    }
    echo "STATS $scanned $parsed $findings\n";
    echo "DONE $n\n";
}

/* -------------------------------------------------------- supervisor -- */

function esa_options(array $argv): array
{
    $root = dirname(__DIR__, 2);
    $o = ['module' => null, 'seed' => '1', 'time' => '180', 'iterations' => (string) PHP_INT_MAX,
        'corpus' => '/usr/share/php', 'out' => sys_get_temp_dir() . '/extsockets-audit-fuzz', 'php' => PHP_BINARY,
        'symbols' => "$root/data/ext-sockets-symbols.tsv", 'worker' => null, 'list' => null, 'start' => '0',
        'deadline' => '0', 'reproduce' => null, 'minimize' => '1', 'jobs' => '0', 'slot' => '0', 'stride' => '1'];
    foreach (array_slice($argv, 1) as $arg) {
        if (!preg_match('/^--([a-z]+)=(.*)$/s', $arg, $m) || !array_key_exists($m[1], $o)) {
            fwrite(STDERR, "fuzz: unknown argument $arg\n");
            exit(2);
        }
        $o[$m[1]] = $m[2];
    }
    return $o;
}

function esa_php_args(array $o, bool $withExtension): array
{
    $extDir = dirname((string) shell_exec(escapeshellarg($o['php']) . ' -n -r \'echo ini_get("extension_dir"), "/x";\''));
    $args = [$o['php'], '-n', '-d', 'memory_limit=-1', '-d', "extension=$extDir/tokenizer.so",
        '-d', "zend_extension=$extDir/opcache.so", '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0',
        '-d', 'opcache.validate_timestamps=1', '-d', 'opcache.revalidate_freq=0', '-d', 'opcache.memory_consumption=64'];
    if ($withExtension) {
        array_push($args, '-d', 'extension=' . realpath($o['module']));
    }
    return $args;
}

/** Runs a command; [output, exit status or -signal]. */
function esa_run(array $cmd, array $env = []): array
{
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, null,
        $env ? array_merge(getenv(), $env) : null);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_get_status($proc);
    while ($status['running']) {
        usleep(2000);
        $status = proc_get_status($proc);
    }
    proc_close($proc);
    return [$out, $status['signaled'] ? -$status['termsig'] : $status['exitcode'], $status['pid']];
}

/**
 * Does $code in $mode crash a fresh process? With the extension, or (for the
 * PHP-only check) without it, compiling through include/eval as the child does.
 */
function esa_crashes(array $o, string $mode, string $code, string $name, bool $withExtension): ?string
{
    $dir = $o['out'] . '/replay';
    @mkdir($dir, 0777, true);
    $logs = "$dir/asan-logs";
    @mkdir($logs, 0777, true);
    array_map('unlink', glob("$logs/*") ?: []);
    $input = "$dir/input.bin";
    file_put_contents($input, $code);
    $script = "$dir/replay.php";
    if (!$withExtension && str_starts_with($mode, 'scan')) {
        $mode = 'include';
    }
    file_put_contents($script, '<?php $code = file_get_contents(' . var_export($input, true) . '); $name = ' . var_export($name, true) . ";\n"
        . 'ini_set("display_errors", "0"); $file = ' . var_export("$dir/inc.php", true) . ";\n"
        . match ($mode) {
            'scan_string' => 'try { extsockets_audit_scan_string($code, $name); } catch (Throwable $e) {}',
            'scan_file' => 'file_put_contents($file, $code); try { extsockets_audit_scan_file($file); } catch (Throwable $e) {}',
            'include' => 'file_put_contents($file, "<?php return; ?>" . $code); try { if (function_exists("opcache_compile_file")) { @opcache_compile_file($file); } include $file; } catch (Throwable $e) {}',
            default => 'try { eval("return; ?>" . $code); } catch (Throwable $e) {}',
        } . "\n");
    $asan = (string) getenv('ASAN_OPTIONS');
    $env = $asan === '' ? [] : ['ASAN_OPTIONS' => preg_replace('/log_path=[^:]*/', "log_path=$logs/asan", $asan)];
    [$out, $status] = esa_run(array_merge(esa_php_args($o, $withExtension), [$script]), $env);
    if ($status < 0) {
        return 'killed by signal ' . -$status;
    }
    if (glob("$logs/asan*")) {
        return 'AddressSanitizer: ' . trim((string) preg_replace('/\s+/', ' ', (string) shell_exec('grep -h -m1 "ERROR: AddressSanitizer" ' . escapeshellarg($logs) . '/asan*')));
    }
    if ($status !== 0 && $status !== 255) {
        return "exit status $status";
    }
    return null;
}

/** Shrinks $code while it still crashes: drops chunks of lines, then of bytes (ddmin-like, time-bounded). */
function esa_minimize(array $o, string $mode, string $code, string $name, float $until): string
{
    foreach (["\n", ''] as $unit) {
        $parts = $unit === '' ? str_split($code) : explode("\n", $code);
        $chunk = max(1, intdiv(count($parts), 2));
        while ($chunk >= 1 && microtime(true) < $until) {
            $shrunk = false;
            for ($i = 0; $i < count($parts) && microtime(true) < $until; $i += $chunk) {
                $try = array_merge(array_slice($parts, 0, $i), array_slice($parts, $i + $chunk));
                if ($try && esa_crashes($o, $mode, implode($unit, $try), $name, true) !== null) {
                    $parts = $try;
                    $shrunk = true;
                    $i -= $chunk;
                }
            }
            if (!$shrunk) {
                $chunk = intdiv($chunk, 2);
            }
        }
        $code = implode($unit, $parts);
        if (strlen($code) > 4096 && $unit === '') {
            break;
        }
    }
    return $code;
}

function esa_supervise(array $o): int
{
    if (!$o['module'] || !is_file($o['module'])) {
        fwrite(STDERR, "fuzz: --module=PATH of the (ASan) build is required\n");
        return 2;
    }
    $started = microtime(true);
    $deadline = $started + (float) $o['time'];
    @mkdir($o['out'], 0777, true);
    $root = dirname(__DIR__, 2);
    $files = esa_corpus_files(array_merge(explode(',', $o['corpus']), ["$root/examples", "$root/tests/opcache/fixtures"]));
    $list = $o['out'] . '/corpus.txt';
    file_put_contents($list, implode("\n", $files) . "\n");
    if ($o['reproduce'] !== null) {
        $inputs = new Esa_Inputs($files, esa_symbol_names($o['symbols']));
        [$code, $name, $mode] = $inputs->make((int) $o['seed'], (int) $o['reproduce']);
        fwrite(STDERR, "input {$o['reproduce']} of seed {$o['seed']}: mode $mode, name " . json_encode($name) . "\n");
        echo $code;
        return 0;
    }
    $jobs = (int) $o['jobs'] ?: max(1, (int) trim((string) shell_exec('nproc')));
    printf("fuzz: seed %d, %d corpus files, %d workers, for %d s at most\n", $o['seed'], count($files), $jobs, $o['time']);
    $ours = [];
    $phps = [];
    $bugs = [];
    $workers = 0;
    $done = 0;
    $inputs = new Esa_Inputs($files, esa_symbol_names($o['symbols']));
    $stats = [0, 0, 0];              /* inputs scanned in-process, of which parsed, their findings */
    $next = range(0, $jobs - 1);      /* per slot: the next input it takes; inputs slot, slot + jobs, ... */
    $running = [];
    while (true) {
        foreach ($next as $slot => $n) {
            if (isset($running[$slot]) || $n >= (int) $o['iterations'] || microtime(true) >= $deadline) {
                continue;
            }
            $workers++;
            @unlink($o['out'] . "/current-$slot");
            $cmd = array_merge(esa_php_args($o, true), [__FILE__, '--worker=1', "--list=$list", "--seed={$o['seed']}",
                "--start=$n", "--stride=$jobs", "--slot=$slot", "--iterations={$o['iterations']}", "--deadline=$deadline",
                "--out={$o['out']}", "--symbols={$o['symbols']}", "--module={$o['module']}"]);
            $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
            stream_set_blocking($pipes[1], false);
            $running[$slot] = ['proc' => $proc, 'pipe' => $pipes[1], 'out' => '', 'start' => $n];
        }
        if (!$running) {
            break;
        }
        $read = array_column($running, 'pipe');
        $w = $e = null;
        stream_select($read, $w, $e, 0, 200000);
        foreach ($running as $slot => &$job) {
            $job['out'] .= (string) stream_get_contents($job['pipe']);
            if (!feof($job['pipe'])) {
                continue;
            }
            fclose($job['pipe']);
            $status = proc_get_status($job['proc']);
            while ($status['running']) {
                usleep(2000);
                $status = proc_get_status($job['proc']);
            }
            proc_close($job['proc']);
            $out = $job['out'];
            $found = [];
            foreach (explode("\n", $out) as $line) {
                if (preg_match('/^(CRASH|BUG) (\d+) (\S+) (.*)$/', $line, $m)) {
                    $found[] = [$m[1], (int) $m[2], $m[3], $m[4]];
                }
            }
            if (preg_match('/^STATS (\d+) (\d+) (\d+)$/m', $out, $m)) {
                $stats[0] += (int) $m[1];
                $stats[1] += (int) $m[2];
                $stats[2] += (int) $m[3];
            }
            if (preg_match('/^DONE (\d+)$/m', $out, $m)) {
                $next[$slot] = (int) $m[1];
            } else {
                /* The worker died on the input it had started. */
                $at = (int) @file_get_contents($o['out'] . "/current-$slot");
                $why = $status['signaled'] ? 'killed by signal ' . $status['termsig'] : "exit status {$status['exitcode']}";
                $logs = (string) getenv('ESA_ASAN_LOGS');
                if ($logs !== '' && file_exists("$logs/asan.{$status['pid']}")) {
                    $why = "AddressSanitizer report ($logs/asan.{$status['pid']})";
                }
                [, , $mode] = $inputs->make((int) $o['seed'], $at);
                $found[] = ['CRASH', $at, $mode, "worker $why: " . substr(trim($out), -500)];
                $next[$slot] = $at + $jobs;
            }
            $done += intdiv($next[$slot] - $job['start'], $jobs);
            unset($running[$slot]);
            foreach ($found as [$kind, $n, $mode, $why]) {
                [$code, $name] = $inputs->make((int) $o['seed'], $n);
                if ($kind === 'BUG') {
                    $bugs[] = "input $n ($mode): $why";
                    file_put_contents($o['out'] . "/bug-$n.bin", $code);
                    continue;
                }
                if (esa_crashes($o, $mode, $code, $name, false) !== null) {
                    $phps[] = "input $n ($mode): $why (PHP crashes on it without the extension too)";
                    /* Not ours: its report leaves the directory whose reports fail the run. */
                    if (preg_match('/\(([^()]*\/asan\.\d+)\)/', $why, $m) && is_file($m[1])) {
                        @mkdir($o['out'] . '/php-only', 0777, true);
                        rename($m[1], $o['out'] . '/php-only/' . basename($m[1]));
                    }
                    continue;
                }
                $small = $o['minimize'] === '1' ? esa_minimize($o, $mode, $code, $name, microtime(true) + 60) : $code;
                $saved = $o['out'] . "/crash-$n.bin";
                file_put_contents($saved, $small);
                $ours[] = "input $n ($mode, name " . json_encode($name) . "): $why\n    minimized to " . strlen($small)
                    . " bytes in $saved: " . json_encode(substr($small, 0, 300));
            }
        }
        unset($job);
    }
    $next = $done;
    $elapsed = microtime(true) - $started;
    foreach ($ours as $line) {
        echo "CRASH $line\n";
    }
    foreach ($bugs as $line) {
        echo "BUG $line (input saved in {$o['out']})\n";
    }
    foreach ($phps as $line) {
        echo "PHP-ONLY $line\n";
    }
    printf("fuzz: %d inputs in %.0f s (%.0f/s), seed %d, %d worker process(es); %d crashes of ours, %d wrong results, %d crashes of PHP itself\n",
        $next, $elapsed, $next / max($elapsed, 0.001), $o['seed'], $workers, count($ours), count($bugs), count($phps));
    printf("fuzz: of %d inputs scanned in-process (the rest went through include/eval in children), %d parsed, with %d findings\n",
        $stats[0], $stats[1], $stats[2]);
    printf("fuzz: replay input N with: php -n tools/ci/fuzz.php --seed=%d --reproduce=N --module=%s\n", $o['seed'], $o['module']);
    return ($ours || $bugs) ? 1 : 0;
}

if (realpath($argv[0] ?? '') === __FILE__) {
    $o = esa_options($argv);
    if ($o['worker'] !== null) {
        esa_worker($o);
        exit(0);
    }
    exit(esa_supervise($o));
}
