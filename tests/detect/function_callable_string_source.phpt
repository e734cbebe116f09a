--TEST--
'socket_x'() and \socket_x() on the same line, with comments, across lines
--FILE--
<?php
require dirname(__DIR__) . '/print.inc';

$code = <<<'PHP'
<?php
\socket_listen($s); // 'socket_listen'() would also work
\socket_bind($s, 'h'); 'socket_bind'($s, 'h');
'socket_close'
    ($s);
'socket_accept' /* comment */ ($s);
PHP;
esa_print(extsockets_audit_scan_string($code));
?>
--EXPECT--
2 {main} function socket_listen call
3 {main} function socket_bind call
3 {main} function socket_bind callable-string
4 {main} function socket_close callable-string
6 {main} function socket_accept callable-string
