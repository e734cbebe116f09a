<?php
/*
 * Writes the request workloads into argv[1]:
 *   hello.php       one echo
 *   include200.php  includes 200 small class files (what an autoloaded
 *                   framework request touches) and calls a method of each
 */
$dir = rtrim($argv[1], '/');
@mkdir("$dir/lib", 0777, true);
file_put_contents("$dir/hello.php", "<?php\necho \"Hello, world\\n\";\n");
$main = "<?php\nnamespace Bench\\App;\n\n\$total = 0;\n";
for ($i = 0; $i < 200; $i++) {
    $name = sprintf('Service%03d', $i);
    file_put_contents("$dir/lib/$name.php", <<<PHP
<?php
declare(strict_types=1);

namespace Bench\\App;

final class $name
{
    private array \$items = [];

    public function __construct(private string \$prefix = '$name')
    {
    }

    public function add(string \$key, int \$value): self
    {
        \$this->items[\$this->prefix . ':' . \$key] = \$value;
        return \$this;
    }

    public function total(): int
    {
        return array_sum(\$this->items) + strlen(\$this->prefix) + $i;
    }
}

PHP);
    $main .= "require_once __DIR__ . '/lib/$name.php';\n\$total += (new $name())->add('a', $i)->total();\n";
}
$main .= "echo \$total, \"\\n\";\n";
file_put_contents("$dir/include200.php", $main);
