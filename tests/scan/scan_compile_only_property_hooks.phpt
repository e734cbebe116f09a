--TEST--
Scan functions: code with property hooks (PHP 8.4+) that parses but does not compile is scanned whole, hooks scoped as Class::$prop::hook
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip property hooks need PHP 8.4'); ?>
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';
$cases = [
    'after a hooked class' => "<?php\nclass U { public int \$x { get => \\SOCK_STREAM; } }\nnamespace N;\n",
    'inside a hook' => "<?php\nclass V { public int \$x { get { \\socket_close(1); break; } } }\n",
    'after a hook, same class' => "<?php\nclass W {\n    public int \$x { get => 1; set => \$value; }\n    public function m() { socket_write(\$s, ''); continue; }\n}\n",
    'second property' => "<?php\nclass X {\n    public int \$a { get => AF_INET; }\n    public int \$b { get => 2; }\n    public int \$b;\n}\n",
    'promoted parameter' => "<?php\nclass Y { public function __construct(public int \$x { get => \\socket_last_error(); }) { break; } }\n",
];
foreach ($cases as $name => $code) {
    echo "== $name\n";
    esa_print(extsockets_audit_scan_string($code, "$name.php"));
}
echo "== no error\n";
esa_print(extsockets_audit_scan_string("<?php\nclass Z { public \\Socket \$s { get => socket_create(AF_INET, SOCK_STREAM, 0); } }\n"));
?>
--EXPECT--
== after a hooked class
2 U::$x::get constant SOCK_STREAM fetch
== inside a hook
2 V::$x::get function socket_close call
== after a hook, same class
4 W::m function socket_write call
== second property
3 X::$a::get constant AF_INET fetch
== promoted parameter
2 Y::$x::get function socket_last_error call
== no error
2 Z class Socket type
2 Z::$s::get function socket_create call
2 Z::$s::get constant AF_INET fetch
2 Z::$s::get constant SOCK_STREAM fetch
