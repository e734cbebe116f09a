--TEST--
Call counting: extsockets_audit.enabled=0 counts nothing either
--EXTENSIONS--
sockets
--INI--
extsockets_audit.enabled=0
--FILE--
<?php
socket_strerror(1);
var_dump(extsockets_audit_usage());
ob_start();
(new ReflectionExtension('extsockets_audit'))->info();
echo implode("\n", array_filter(explode("\n", ob_get_clean()), fn($l) => str_starts_with($l, 'Counting calls'))), "\n";
?>
--EXPECT--
array(0) {
}
Counting calls of ext/sockets functions => no (switched off)
