<?php
/*
 * The comparison scanner: the same function references found with
 * nikic/PHP-Parser (Debian php-parser), the way a userland audit tool would:
 * parse, resolve names (namespaces, `use function`, global fallback), collect
 * calls and first-class callables of ext/sockets functions.
 *
 *   php scan_parser.php LIST OUT.tsv FUNCTIONS.txt
 */
require '/usr/share/php/PhpParser/autoload.php';

use PhpParser\Node;
use PhpParser\NodeTraverser;
use PhpParser\NodeVisitor\NameResolver;
use PhpParser\NodeVisitorAbstract;
use PhpParser\ParserFactory;

$files = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$socketFunctions = array_flip(array_map('strtolower', file($argv[3], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)));

final class SocketCallCollector extends NodeVisitorAbstract
{
    public array $refs = [];
    public string $file = '';

    public function __construct(private array $functions)
    {
    }

    public function enterNode(Node $node)
    {
        if (!$node instanceof Node\Expr\FuncCall || !$node->name instanceof Node\Name) {
            return null;
        }
        // NameResolver makes imported and fully qualified names FullyQualified; an
        // unqualified name in a namespace keeps its global fallback as the name itself.
        $name = $node->name;
        if ($name instanceof Node\Name\FullyQualified) {
            $global = $name->toString();
        } elseif ($name->isUnqualified()) {
            $global = $name->toString();
        } else {
            return null;
        }
        $global = strtolower(ltrim($global, '\\'));
        if (isset($this->functions[$global])) {
            $this->refs["{$this->file}\t{$name->getStartLine()}\t$global"] = true;
        }
        return null;
    }
}

$parser = (new ParserFactory())->create(ParserFactory::PREFER_PHP7);
$collector = new SocketCallCollector($socketFunctions);
$traverser = new NodeTraverser();
$traverser->addVisitor(new NameResolver(null, ['preserveOriginalNames' => false]));
$traverser->addVisitor($collector);
$errors = 0;
$start = hrtime(true);
foreach ($files as $file) {
    $collector->file = $file;
    try {
        $traverser->traverse($parser->parse(file_get_contents($file)));
    } catch (PhpParser\Error $e) {
        $errors++;
    }
}
$seconds = (hrtime(true) - $start) / 1e9;
$refs = array_keys($collector->refs);
sort($refs);
file_put_contents($argv[2], implode("\n", $refs) . ($refs ? "\n" : ''));
echo json_encode(['files' => count($files), 'seconds' => $seconds, 'errors' => $errors, 'function_refs' => count($refs)]), "\n";
