--TEST--
extsockets-audit scan --format checkstyle / github: examples/sample, with the checkstyle XML checked well-formed and of checkstyle's structure
--FILE--
<?php
require __DIR__ . '/cli.inc';

// A copy, outside the repository: its composer.json (absent from release tarballs) would make the
// sample a file of the package extsockets-audit/extsockets-audit.
$files = [];
foreach (glob(ESA_ROOT . '/examples/sample/src/*.php') as $file) {
    $files['examples/sample/src/' . basename($file)] = file_get_contents($file);
}
$root = esa_tree($files);
echo "== checkstyle\n";
$run = esa_run(['scan', '--format', 'checkstyle', 'examples/sample'], $root);
esa_show($run);
echo esa_validate_checkstyle($run['out']);
echo "== checkstyle, nothing found\n";
$run = esa_run(['scan', '--format', 'checkstyle', 'examples/sample/src/unrelated.php'], $root);
esa_show($run);
echo esa_validate_checkstyle($run['out']);
echo "== github\n";
esa_show(esa_run(['scan', '--format', 'github', 'examples/sample'], $root));
echo "== github, nothing found\n";
esa_show(esa_run(['scan', '--format', 'github', 'examples/sample/src/unrelated.php'], $root));
?>
--EXPECT--
== checkstyle
rc=1
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="examples/sample/src/Client.php">
    <error line="6" severity="info" message="imports class Socket; works without ext/sockets" source="extsockets_audit.class.import"/>
    <error line="10" severity="warning" message="uses constant AF_INET in a constant expression in Acme\Net\Client; breaks without ext/sockets" source="extsockets_audit.constant.const-expr"/>
    <error line="12" severity="info" message="uses class Socket as a type in Acme\Net\Client; works without ext/sockets" source="extsockets_audit.class.type"/>
    <error line="14" severity="warning" message="uses constant SOCKET_EAGAIN in a constant expression in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.constant.const-expr"/>
    <error line="16" severity="warning" message="calls socket_create() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.function.ns-fallback"/>
    <error line="16" severity="warning" message="reads constant SOCK_STREAM (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.constant.ns-fallback"/>
    <error line="16" severity="warning" message="reads constant SOL_TCP (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.constant.ns-fallback"/>
    <error line="17" severity="warning" message="calls socket_set_option() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.function.ns-fallback"/>
    <error line="17" severity="warning" message="reads constant SOL_SOCKET (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.constant.ns-fallback"/>
    <error line="17" severity="warning" message="reads constant SO_RCVTIMEO (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.constant.ns-fallback"/>
    <error line="18" severity="warning" message="calls socket_connect() in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.function.call"/>
    <error line="19" severity="warning" message="calls socket_strerror() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.function.ns-fallback"/>
    <error line="19" severity="warning" message="calls socket_last_error() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets" source="extsockets_audit.function.ns-fallback"/>
    <error line="25" severity="warning" message="calls socket_write() (global fallback in a namespace) in Acme\Net\Client::send; breaks without ext/sockets" source="extsockets_audit.function.ns-fallback"/>
  </file>
  <file name="examples/sample/src/probe.php">
    <error line="3" severity="info" message="probes for the sockets extension; works without ext/sockets" source="extsockets_audit.extension.probe"/>
    <error line="3" severity="info" message="probes for function socket_create(); works without ext/sockets" source="extsockets_audit.function.probe"/>
    <error line="4" severity="info" message="takes socket_read(...) as a first-class callable; guarded by a check for ext/sockets" source="extsockets_audit.function.first-class-callable"/>
    <error line="5" severity="info" message="passes &apos;socket_strerror&apos; as a callable string; guarded by a check for ext/sockets" source="extsockets_audit.function.callable-string"/>
    <error line="5" severity="info" message="reads constant SOCKET_ECONNREFUSED; guarded by a check for ext/sockets" source="extsockets_audit.constant.fetch"/>
    <error line="5" severity="info" message="reads constant SOCKET_ETIMEDOUT; guarded by a check for ext/sockets" source="extsockets_audit.constant.fetch"/>
    <error line="7" severity="info" message="probes for constant AF_INET6 with defined(); works without ext/sockets" source="extsockets_audit.constant.probe"/>
  </file>
</checkstyle>
valid checkstyle: 2 files, 21 errors
== checkstyle, nothing found
rc=0
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
</checkstyle>
valid checkstyle: 0 files, 0 errors
== github
rc=1
::notice file=examples/sample/src/Client.php,line=6,title=ext/sockets class Socket::imports class Socket; works without ext/sockets
::warning file=examples/sample/src/Client.php,line=10,title=ext/sockets constant AF_INET::uses constant AF_INET in a constant expression in Acme\Net\Client; breaks without ext/sockets
::notice file=examples/sample/src/Client.php,line=12,title=ext/sockets class Socket::uses class Socket as a type in Acme\Net\Client; works without ext/sockets
::warning file=examples/sample/src/Client.php,line=14,title=ext/sockets constant SOCKET_EAGAIN::uses constant SOCKET_EAGAIN in a constant expression in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=16,title=ext/sockets function socket_create::calls socket_create() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=16,title=ext/sockets constant SOCK_STREAM::reads constant SOCK_STREAM (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=16,title=ext/sockets constant SOL_TCP::reads constant SOL_TCP (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=17,title=ext/sockets function socket_set_option::calls socket_set_option() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=17,title=ext/sockets constant SOL_SOCKET::reads constant SOL_SOCKET (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=17,title=ext/sockets constant SO_RCVTIMEO::reads constant SO_RCVTIMEO (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=18,title=ext/sockets function socket_connect::calls socket_connect() in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=19,title=ext/sockets function socket_strerror::calls socket_strerror() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=19,title=ext/sockets function socket_last_error::calls socket_last_error() (global fallback in a namespace) in Acme\Net\Client::connect; breaks without ext/sockets
::warning file=examples/sample/src/Client.php,line=25,title=ext/sockets function socket_write::calls socket_write() (global fallback in a namespace) in Acme\Net\Client::send; breaks without ext/sockets
::notice file=examples/sample/src/probe.php,line=3,title=ext/sockets extension sockets::probes for the sockets extension; works without ext/sockets
::notice file=examples/sample/src/probe.php,line=3,title=ext/sockets function socket_create::probes for function socket_create(); works without ext/sockets
::notice file=examples/sample/src/probe.php,line=4,title=ext/sockets function socket_read::takes socket_read(...) as a first-class callable; guarded by a check for ext/sockets
::notice file=examples/sample/src/probe.php,line=5,title=ext/sockets function socket_strerror::passes 'socket_strerror' as a callable string; guarded by a check for ext/sockets
::notice file=examples/sample/src/probe.php,line=5,title=ext/sockets constant SOCKET_ECONNREFUSED::reads constant SOCKET_ECONNREFUSED; guarded by a check for ext/sockets
::notice file=examples/sample/src/probe.php,line=5,title=ext/sockets constant SOCKET_ETIMEDOUT::reads constant SOCKET_ETIMEDOUT; guarded by a check for ext/sockets
::notice file=examples/sample/src/probe.php,line=7,title=ext/sockets constant AF_INET6::probes for constant AF_INET6 with defined(); works without ext/sockets
== github, nothing found
rc=0