<?php
/*
 * Generates data/internal-untyped-callables.tsv from php-src's stub files.
 *
 *   php tools/gen_callables.php --php-src=DIR [--php-src=DIR ...]
 *
 * The walker finds a socket function named in a string where an internal
 * function takes a callable by reading the running PHP's arginfo: a parameter
 * typed `callable`. Some internal parameters take a callable without that type:
 * their stub documents it only (`@param callable $handler`,
 * `@param array|callable $rest` for the variadic tail of array_udiff() and its
 * family). This lists every such parameter of every stub under each php-src
 * tree given (their union: a function listed by one PHP version is listed),
 * for tools/gen_symbols.php to put into src/symbols/symbols_table.h. Get a tree with
 * `apt-get source php8.2` (Debian's source package) or a php-src checkout;
 * docs/INTERNALS.md says which versions the committed file comes from.
 *
 * Columns: function (lowercase; class::method for methods), position (of the
 * parameter, from 0), parameter (its name), variadic (1: every argument from
 * that position on), versions (the PHP versions whose stubs list it).
 */

$root = dirname(__DIR__);
$outPath = "$root/data/internal-untyped-callables.tsv";

function fail(string $msg): never
{
    fwrite(STDERR, "gen_callables: $msg\n");
    exit(2);
}

if (!extension_loaded('tokenizer')) {
    fail('needs the tokenizer extension');
}
$trees = [];
foreach (array_slice($argv, 1) as $arg) {
    if (str_starts_with($arg, '--php-src=')) {
        $trees[] = rtrim(substr($arg, strlen('--php-src=')), '/');
    } else {
        fail("unknown argument $arg (usage: php tools/gen_callables.php --php-src=DIR ...)");
    }
}
if (!$trees) {
    fail('usage: php tools/gen_callables.php --php-src=DIR [--php-src=DIR ...]');
}

/** The PHP version of a php-src tree, from main/php_version.h. */
function tree_version(string $tree): string
{
    $h = @file_get_contents("$tree/main/php_version.h");
    if ($h === false || !preg_match('/PHP_MAJOR_VERSION (\d+)\s.*PHP_MINOR_VERSION (\d+)/s', $h, $m)) {
        fail("$tree: no main/php_version.h");
    }
    return "$m[1].$m[2]";
}

/** @return list<string> the stub files of a tree, test extensions left out */
function stub_files(string $tree): array
{
    $files = [];
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($tree, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        $path = $f->getPathname();
        if (str_ends_with($path, '.stub.php') && !preg_match('~/(zend_test|dl_test)/|/tests?/~', $path)) {
            $files[] = $path;
        }
    }
    sort($files, SORT_STRING);
    return $files;
}

/** True when a type, declared or documented, names callable. */
function names_callable(string $type): bool
{
    foreach (preg_split('/[|&()?\s]+/', strtolower($type)) as $part) {
        if ($part === 'callable' || $part === '\\callable') {
            return true;
        }
    }
    return false;
}

/**
 * The untyped callable parameters declared in one stub file.
 * @return list<array{string, int, string, bool}>
 */
function scan_stub(string $code): array
{
    $tokens = token_get_all($code);
    $found = [];
    $class = null;
    $classDepth = -1;
    $depth = 0;
    $docs = [];
    $n = count($tokens);
    for ($i = 0; $i < $n; $i++) {
        $t = $tokens[$i];
        $id = is_array($t) ? $t[0] : $t;
        if ($id === T_DOC_COMMENT) {
            $docs[] = $t[1];
            continue;
        }
        if ($id === '{') {
            $depth++;
        } elseif ($id === '}') {
            $depth--;
            if ($class !== null && $depth === $classDepth) {
                $class = null;
            }
        } elseif ($id === ';') {
            $docs = [];
        }
        if (in_array($id, [T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM], true)) {
            for ($j = $i + 1; $j < $n && is_array($tokens[$j]) && $tokens[$j][0] === T_WHITESPACE; $j++) {
            }
            if (is_array($tokens[$j]) && $tokens[$j][0] === T_STRING) {
                $class = strtolower($tokens[$j][1]);
                $classDepth = $depth;
            }
            $docs = [];
            continue;
        }
        if ($id !== T_FUNCTION) {
            continue;
        }
        for ($j = $i + 1; $j < $n && !(is_array($tokens[$j]) && $tokens[$j][0] === T_STRING); $j++) {
        }
        $name = strtolower($tokens[$j][1]);
        $documented = [];
        foreach ($docs as $doc) {
            if (preg_match_all('/@param\s+(\S+)\s+(?:\.\.\.)?&?\$(\w+)/', $doc, $m, PREG_SET_ORDER)) {
                foreach ($m as [, $type, $param]) {
                    $documented[$param] = $type;
                }
            }
        }
        $docs = [];
        /* The parameter list: split at the commas of its own level. */
        for (; $j < $n && $tokens[$j] !== '('; $j++) {
        }
        $params = [];
        $current = '';
        $level = 0;
        for ($j++; $j < $n; $j++) {
            $tok = $tokens[$j];
            $text = is_array($tok) ? $tok[1] : $tok;
            if ($text === '(' || $text === '[') {
                $level++;
            } elseif ($text === ')' || $text === ']') {
                if ($level === 0) {
                    break;
                }
                $level--;
            } elseif ($text === ',' && $level === 0) {
                $params[] = $current;
                $current = '';
                continue;
            }
            if (!is_array($tok) || ($tok[0] !== T_COMMENT && $tok[0] !== T_DOC_COMMENT)) {
                $current .= $text;
            }
        }
        if (trim($current) !== '') {
            $params[] = $current;
        }
        $i = $j;
        foreach ($params as $position => $param) {
            $param = trim(explode('=', $param, 2)[0]);
            if (!preg_match('/^(.*?)(\.\.\.)?\s*&?\s*\$(\w+)$/s', $param, $m)) {
                continue;
            }
            [, $declared, $variadic, $pname] = $m;
            /* Modifiers of promoted constructor parameters are not types. */
            $declared = preg_replace('/\b(public|protected|private|readonly)\b/', '', $declared);
            if (isset($documented[$pname]) && names_callable($documented[$pname]) && !names_callable($declared)) {
                $found[] = [$class !== null ? "$class::$name" : $name, $position, $pname, $variadic !== ''];
            }
        }
    }
    return $found;
}

$rows = [];
foreach ($trees as $tree) {
    $version = tree_version($tree);
    foreach (stub_files($tree) as $file) {
        foreach (scan_stub((string) file_get_contents($file)) as [$function, $position, $param, $variadic]) {
            $key = "$function\t$position\t$param\t" . ($variadic ? 1 : 0);
            $rows[$key][$version] = true;
        }
    }
}
ksort($rows, SORT_STRING);
$out = "function\tposition\tparameter\tvariadic\tversions\n";
foreach ($rows as $key => $versions) {
    $v = array_keys($versions);
    usort($v, 'version_compare');
    $out .= "$key\t" . implode(',', $v) . "\n";
}
file_put_contents($outPath, $out);
echo 'gen_callables: ', count($rows), " parameters from ", count($trees), " tree(s) -> data/internal-untyped-callables.tsv\n";
