--TEST--
Audit log settings: a relative path or an unknown format is refused with a startup warning; the log stays off, the settings are system-only
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
extsockets_audit.log=var/audit.jsonl
extsockets_audit.log_format=xml
--FILE--
<?php
require __DIR__ . '/log.inc';
var_dump(ini_get('extsockets_audit.log'), ini_get('extsockets_audit.log_format'));
var_dump(ini_set('extsockets_audit.log', '/tmp/elsewhere.jsonl'), ini_set('extsockets_audit.log_format', 'text'));
esa_log_info();
?>
--EXPECT--
Warning: extsockets_audit.log must be empty, "syslog", "syslog:/path/to/socket" or an absolute file path, not "var/audit.jsonl"; the audit log is off in Unknown on line 0

Warning: extsockets_audit.log_format must be "json" or "text", not "xml"; using json in Unknown on line 0
string(0) ""
string(4) "json"
bool(false)
bool(false)
Audit log => off
