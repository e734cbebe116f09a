--TEST--
Names the text does not spell out (escapes, concatenated literals, heredocs) or spells out in rare places are found although the text prefilter skips walking files that cannot name a symbol
--DESCRIPTION--
Each case once tempted a shortcut in esa_symbols_may_occur() (src/symbols/symbols.c): a // comment or a
b prefix between the pieces of a concatenation, a heredoc in parentheses, \r line breaks, escapes
after an escaped backslash, a class name after a comment or in a rare syntactic place, members
and variables named like symbols. tools/bench/prefilter_check.sh compares whole corpora and generated
variants with the prefilter off and on.
--FILE--
<?php
$snippets = [
    "call_user_func('soc' . 'ket_close', \$s);",
    'defined("\x41F_INET");',
    'defined("AF\x5fINET");',
    'constant("\101F_INET");',
    'array_map("\u{73}ocket_close", []);',
    "constant('AF_' . 'INET6');",
    "('SOC' . 'KET_strerror')(1);",
    "constant(('AF_I') . 'NET');",
    "constant('AF' /* x */ . '_INET');",
    "extension_loaded(b'sock' . b'ets');",
    "is_callable('\\\\so' . \"cket_bind\");",
    "call_user_func(<<<EOT\nsocket_close\nEOT, \$s);",
    "call_user_func(<<<EOT\nsocket_\nEOT.'close', \$s);",
    "call_user_func(<<<'EOT'\nsocket_\nEOT . 'close', \$s);",
    'echo SOMAXCONN;',
    'function f(): \ADDRESSINFO {}',
    "echo 'sentence. Another' . 'one', 1.5, PHP_EOL, E_ALL, __DIR__ . '/x';",
    "call_user_func('soc' // the rest\n . 'ket_close', \$s);",
    "call_user_func('soc' # the rest\n\n . 'ket_close', \$s);",
    "constant((b'AF_') . ( b'INET' ));",
    "array_map(( <<<EOT\n  socket_\n  EOT ) . 'close', []);",
    "defined(( \"AF_\" ) . // c\n( 'INET6' ));",
    "is_callable(('socket_' /* c */) . (('close')));",
    "constant('IPV' . (6) . \"_V6ONLY\");",
    'is_callable("\\\\\x73ocket_close");',
    'is_callable("\\\\x73ocket_close");',
    'defined("A\\x46_INET\\x36");',
    "defined(\"AF_INET\\0\");",
    "\$r = new ReflectionExtension(<<<X\n    sockets\n    X);",
    "call_user_func(<<<EOT\r\nsocket_close\r\nEOT, \$s);",
    "call_user_func(<<<EOT\rsocket_\rEOT . 'close', \$s);",
    "new /* c */ Socket;",
    "\$x instanceof\n  \\Socket;",
    "function f(\n  #[A] Socket \$s,\n): ?AddressInfo {}",
    "#[\\Socket] function g() {}",
    "try {} catch (A | Socket) {}",
    "echo Socket /* c */ ::class;",
    "class K { public static ?AddressInfo \$a; }",
    "\$a ? \$b instanceof Socket : 1;",
    "new // c\n Socket;",
    "echo namespace\\SOCK_STREAM, \$x->AF_INET, Foo::AF_INET, \$AF_INET;",
    "\$x->socket_close(\$s); Foo::socket_close(\$s); function socket() {} \$i-->socket_close(\$s);",
];
foreach ($snippets as $i => $code) {
    $found = [];
    foreach (extsockets_audit_scan_string("<?php\n$code\n", "s$i") as $f) {
        $found[] = "{$f['kind']} {$f['symbol']} {$f['form']}";
    }
    echo $i, ': ', implode(', ', $found) ?: 'none', "\n";
}
?>
--EXPECT--
0: function socket_close callable-string
1: constant AF_INET probe
2: constant AF_INET probe
3: constant AF_INET lookup
4: function socket_close callable-string
5: constant AF_INET6 lookup
6: function socket_strerror call
7: constant AF_INET lookup
8: constant AF_INET lookup
9: extension sockets probe
10: function socket_bind probe
11: function socket_close callable-string
12: function socket_close callable-string
13: function socket_close callable-string
14: constant SOMAXCONN fetch
15: class AddressInfo type
16: none
17: function socket_close callable-string
18: function socket_close callable-string
19: constant AF_INET lookup
20: function socket_close callable-string
21: constant AF_INET6 probe
22: function socket_close probe
23: constant IPV6_V6ONLY lookup
24: function socket_close probe
25: none
26: constant AF_INET6 probe
27: none
28: extension sockets probe
29: function socket_close callable-string
30: function socket_close callable-string
31: class Socket new
32: class Socket instanceof
33: class Socket type, class AddressInfo type
34: class Socket attribute
35: class Socket catch
36: class Socket class-name
37: class AddressInfo type
38: class Socket instanceof
39: class Socket new
40: constant SOCK_STREAM fetch
41: function socket_close call
