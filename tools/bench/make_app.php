<?php
/*
 * Writes the request workloads into argv[1]:
 *   hello.php           one echo
 *   include200.php      includes 200 small class files (what an autoloaded
 *                       framework request touches) and calls a method of each
 *   include200sock.php  the same with class files that refer to ext/sockets
 *                       (300 findings in all, in a method that does not run),
 *                       as the code the extension exists for does
 */
$dir = rtrim($argv[1], '/');
if (!is_dir($dir) && !mkdir($dir, 0777, true)) {
    fwrite(STDERR, "make_app: cannot create $dir\n");
    exit(2);
}
file_put_contents("$dir/hello.php", "<?php\necho \"Hello, world\\n\";\n");

function esa_write_app(string $dir, string $script, string $lib, bool $sockets): void
{
    @mkdir("$dir/$lib", 0777, true);
    $main = "<?php\nnamespace Bench\\App;\n\n\$total = 0;\n";
    for ($i = 0; $i < 200; $i++) {
        $name = sprintf('Service%03d', $i);
        /* Even files: a call and a constant (2 findings); odd ones: a constant (1). */
        $probe = !$sockets ? '' : ($i % 2 === 0
            ? "\n    public function probe(): string\n    {\n        return \\socket_strerror(\\AF_INET);\n    }\n"
            : "\n    public function probe(): int\n    {\n        return \\SOCK_STREAM;\n    }\n");
        file_put_contents("$dir/$lib/$name.php", <<<PHP
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
$probe}

PHP);
        $main .= "require_once __DIR__ . '/$lib/$name.php';\n\$total += (new $name())->add('a', $i)->total();\n";
    }
    $main .= "echo \$total, \"\\n\";\n";
    file_put_contents("$dir/$script", $main);
}

esa_write_app($dir, 'include200.php', 'lib', false);
esa_write_app($dir, 'include200sock.php', 'libsock', true);
