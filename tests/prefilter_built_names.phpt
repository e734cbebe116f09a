--TEST--
Names the text does not spell out (escapes, concatenated literals, heredocs) are found although the text prefilter skips walking files that cannot name a symbol
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
