--TEST--
phpinfo section: version, setting and symbol table size
--FILE--
<?php
$ext = new ReflectionExtension('extsockets_audit');
var_dump($ext->getVersion() === phpversion('extsockets_audit'));
$ext->info();
var_dump(ini_get('extsockets_audit.enabled'));
var_dump(ini_set('extsockets_audit.enabled', '0'));
?>
--EXPECTF--
bool(true)

extsockets_audit

extsockets_audit support => enabled
Version => %d.%d.%d
Auditing compiled code => yes
Counting calls of ext/sockets functions => %s
Symbol table: functions => 40
Symbol table: constants => 319
Symbol table: classes => 2
Findings recorded => 0
Findings dropped at the limit => 0
Findings memory => 0 bytes
Scripts restored from the code cache => 0
Audit log => off

Directive => Local Value => Master Value
extsockets_audit.enabled => On => On
extsockets_audit.count_calls => On => On
extsockets_audit.log => no value => no value
extsockets_audit.log_format => json => json
extsockets_audit.host => no value => no value
extsockets_audit.max_findings => 10000 => 10000
extsockets_audit.calls_log_interval => 60 => 60
string(1) "1"
bool(false)
