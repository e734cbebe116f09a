--TEST--
extsockets-audit scan: the text report (rows grouped by file, summary by symbol), exit 1 on findings, 0 on none
--FILE--
<?php
require __DIR__ . '/cli.inc';

$dir = esa_tree([
    'src/Net/Client.php' => <<<'PHP'
        <?php
        namespace App\Net;

        use Socket;

        final class Client
        {
            private ?Socket $socket = null;

            public function open(string $host): void
            {
                $this->socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
                \socket_connect($this->socket, $host, 80);
            }
        }
        PHP,
    'src/probe.inc' => "<?php\nif (extension_loaded('sockets')) {\n    \$f = fn() => socket_close(...);\n}\n",
    'templates/page.phtml' => "<p><?= defined('AF_INET6') ? 'v6' : 'v4' ?></p>\n",
    'src/Clean.php' => "<?php\nnamespace App;\nfunction socket_create() {}\nsocket_create();\n",
    'notes.txt' => "socket_create(AF_INET)\n",
    'src/Other.module' => "<?php\nsocket_close(\$s);\n",
]);

esa_show(esa_run(['scan', '.'], $dir));
echo "-- the clean file alone\n";
esa_show(esa_run(['scan', 'src/Clean.php'], $dir));
echo "-- a file outside the current directory, named twice: absolute path, scanned once\n";
esa_show(esa_run(['scan', "$dir/src/probe.inc", '../src/probe.inc'], "$dir/templates"), true, [$dir => 'DIR']);
echo "-- --base-dir\n";
esa_show(esa_run(['scan', 'src/probe.inc', '--base-dir', 'src'], $dir));
echo "-- --output\n";
$run = esa_run(['scan', 'src/probe.inc', '-o', 'report.txt'], $dir);
esa_show($run);
echo file_get_contents("$dir/report.txt");
esa_show(esa_run(['scan', 'src/probe.inc', '-o', 'missing/report.txt'], $dir));
?>
--EXPECT--
rc=1
src/Net/Client.php
   4  class      Socket          import                harmless  {main}
   8  class      Socket          type                  harmless  App\Net\Client
  12  function   socket_create   ns-fallback           breaks    App\Net\Client::open
  12  constant   AF_INET         ns-fallback           breaks    App\Net\Client::open
  12  constant   SOCK_STREAM     ns-fallback           breaks    App\Net\Client::open
  12  constant   SOL_TCP         ns-fallback           breaks    App\Net\Client::open
  13  function   socket_connect  call                  breaks    App\Net\Client::open

src/probe.inc
   2  extension  sockets         probe                 harmless  {main}
   3  function   socket_close    first-class-callable  breaks    {closure}

templates/page.phtml
   1  constant   AF_INET6        probe                 harmless  {main}

By symbol:
  2  class      Socket
  1  constant   AF_INET
  1  constant   AF_INET6
  1  constant   SOCK_STREAM
  1  constant   SOL_TCP
  1  extension  sockets
  1  function   socket_close
  1  function   socket_connect
  1  function   socket_create

Verdict: removing ext/sockets breaks 3 sites in 2 files.

4 files scanned: 10 findings in 3 files, 0 errors.
-- the clean file alone
rc=0
Verdict: ext/sockets can be removed.

1 file scanned: no ext/sockets use found, 0 errors.
-- a file outside the current directory, named twice: absolute path, scanned once
rc=1
DIR/src/probe.inc
  2  extension  sockets       probe                 harmless  {main}
  3  function   socket_close  first-class-callable  breaks    {closure}

By symbol:
  1  extension  sockets
  1  function   socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 2 findings in 1 file, 0 errors.
-- --base-dir
rc=1
probe.inc
  2  extension  sockets       probe                 harmless  {main}
  3  function   socket_close  first-class-callable  breaks    {closure}

By symbol:
  1  extension  sockets
  1  function   socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 2 findings in 1 file, 0 errors.
-- --output
rc=1
src/probe.inc
  2  extension  sockets       probe                 harmless  {main}
  3  function   socket_close  first-class-callable  breaks    {closure}

By symbol:
  1  extension  sockets
  1  function   socket_close

Verdict: removing ext/sockets breaks 1 site in 1 file.

1 file scanned: 2 findings in 1 file, 0 errors.
rc=2
E: extsockets-audit: cannot write missing/report.txt