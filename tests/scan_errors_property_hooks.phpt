--TEST--
Scan functions: compile errors around property hooks (PHP 8.4+) free each hook once, and later scans still work
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip property hooks need PHP 8.4'); ?>
--FILE--
<?php
require __DIR__ . '/print.inc';
$cases = [
    'after a hooked class' => "<?php\nclass U { public int \$x { get => \\SOCK_STREAM; } }\nnamespace N;\n",
    'inside a hook' => "<?php\nclass V { public int \$x { get { break; } } }\n",
    'after a hook, same class' => "<?php\nclass W {\n    public int \$x { get => 1; set => \$value; }\n    public function m() { continue; }\n}\n",
    'second property' => "<?php\nclass X {\n    public int \$a { get => AF_INET; }\n    public int \$b { get => 2; }\n    public int \$b;\n}\n",
    'promoted parameter' => "<?php\nclass Y { public function __construct(public int \$x { get => \$this->x; }) { break; } }\n",
];
foreach ($cases as $name => $code) {
    for ($i = 0; $i < 3; $i++) {
        try {
            extsockets_audit_scan_string($code, "$name.php");
            echo "$name: no error\n";
        } catch (CompileError $e) {
            if ($i === 0) {
                echo "$name: ", get_class($e), " on line ", $e->getLine(), "\n";
            }
        }
    }
}
esa_print(extsockets_audit_scan_string("<?php\nclass Z { public \\Socket \$s { get => socket_create(AF_INET, SOCK_STREAM, 0); } }\n"));
?>
--EXPECT--
after a hooked class: CompileError on line 3
inside a hook: CompileError on line 2
after a hook, same class: CompileError on line 4
second property: CompileError on line 5
promoted parameter: CompileError on line 2
2 Z class Socket type
2 Z::$s::get function socket_create call
2 Z::$s::get constant AF_INET fetch
2 Z::$s::get constant SOCK_STREAM fetch
