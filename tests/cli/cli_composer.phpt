--TEST--
extsockets-audit scan: Composer packages (installed.json of Composer 2 and 1, installed.php read as data), findings grouped by package, declarations of ext-sockets against what the code does
--SKIPIF--
<?php
require __DIR__ . '/cli.inc';
esa_skip_under_valgrind();
?>
--FILE--
<?php
require __DIR__ . '/cli.inc';

$code = [
    // acme/net requires ext-sockets and uses it unguarded: declared
    'vendor/acme/net/src/Client.php' => "<?php\nnamespace Acme\\Net;\n\nfunction open()\n{\n    return \\socket_create(\\AF_INET, \\SOCK_STREAM, 0);\n}\n",
    // acme/raw uses it without declaring it: undeclared requirement
    'vendor/acme/raw/src/Raw.php' => "<?php\nfunction raw_send(\$s, string \$b)\n{\n    socket_write(\$s, \$b);\n    socket_write(\$s, \$b);\n    socket_write(\$s, \$b);\n    return socket_close(\$s);\n}\n",
    // acme/opt suggests it and only uses it behind a check: fine
    'vendor/acme/opt/src/Opt.php' => "<?php\nfunction opt_open()\n{\n    if (extension_loaded('sockets')) {\n        return socket_create(AF_INET, SOCK_DGRAM, 0);\n    }\n    return null;\n}\n",
    // acme/old requires it, but only names the class: declared but unused
    'vendor/acme/old/src/Old.php' => "<?php\nfunction old_is(\$s): bool\n{\n    return \$s instanceof Socket;\n}\n",
    // acme/half suggests it, guards one call and not the next: optional but unguarded
    'vendor/acme/half/src/Half.php' => "<?php\nif (function_exists('socket_create')) {\n    \$s = socket_create(AF_INET, SOCK_STREAM, 0);\n}\nsocket_close(\$s);\n",
    // the root project: a guarded use, undeclared: nothing to say
    'src/App.php' => "<?php\nnamespace App;\n\nif (\\extension_loaded('sockets')) {\n    \\socket_close(\\App\\conn());\n}\n",
];
$installed = [
    ['name' => 'acme/net', 'version' => '1.0.0', 'require' => ['php' => '>=8.0', 'ext-sockets' => '*'], 'install-path' => '../acme/net'],
    ['name' => 'acme/raw', 'version' => '1.0.0', 'require' => ['php' => '>=8.0'], 'install-path' => '../acme/raw'],
    ['name' => 'acme/opt', 'version' => '1.0.0', 'suggest' => ['ext-sockets' => 'for UDP'], 'install-path' => '../acme/opt'],
    ['name' => 'acme/old', 'version' => '1.0.0', 'require' => ['EXT-SOCKETS' => '*'], 'install-path' => '../acme/old'],
    ['name' => 'acme/half', 'version' => '1.0.0', 'suggest' => ['ext-sockets' => 'faster'], 'install-path' => '../acme/half'],
    ['name' => 'acme/meta', 'version' => '1.0.0', 'type' => 'metapackage', 'install-path' => null],
];
$v2 = esa_tree($code + [
    'composer.json' => json_encode(['name' => 'acme/app', 'require' => ['acme/net' => '^1']]),
    'vendor/composer/installed.json' => json_encode(['packages' => $installed, 'dev' => true, 'dev-package-names' => []]),
]);
$replace = [$v2 => 'V2'];

echo "== Composer 2: text\n";
esa_show(esa_run(['scan', '.'], $v2));
echo "== JSON: packages of the findings, the packages and the verdict\n";
$run = esa_run(['scan', '-f', 'json', '.'], $v2);
$doc = json_decode($run['out'], true);
echo "rc={$run['rc']}\n";
foreach ($doc['findings'] as $f) {
    echo "{$f['package']} {$f['file']}:{$f['line']} {$f['symbol']} {$f['impact']}\n";
}
foreach ($doc['packages'] as $p) {
    echo json_encode($p, JSON_UNESCAPED_SLASHES), "\n";
}
echo json_encode($doc['verdict'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo "== one package scanned: the root is found upwards, only that package is judged\n";
esa_show(esa_run(['scan', 'vendor/acme/raw/src'], $v2));
echo "== a package scanned from its own directory, by absolute path\n";
esa_show(esa_run(['scan', '--base-dir', $v2, "$v2/vendor/acme/old"], '/'), true, $replace);

echo "== Composer 1: installed.json is a list, packages in vendor/NAME\n";
$v1 = esa_tree([
    'vendor/acme/raw/src/Raw.php' => $code['vendor/acme/raw/src/Raw.php'],
    'vendor/acme/net/src/Client.php' => $code['vendor/acme/net/src/Client.php'],
    'vendor/composer/installed.json' => json_encode([
        ['name' => 'acme/raw', 'version' => '1.0.0'],
        ['name' => 'acme/net', 'version' => '1.0.0', 'require' => ['ext-sockets' => '*']],
    ]),
    'index.php' => "<?php\nrequire 'vendor/autoload.php';\n",
]);
esa_show(esa_run(['scan', '.'], $v1));

echo "== installed.php only: read as data, each package judged by its own composer.json\n";
$php = esa_tree([
    'composer.json' => '{"name": "acme/site", "require": {"ext-sockets": "*"}}',
    'vendor/acme/raw/src/Raw.php' => $code['vendor/acme/raw/src/Raw.php'],
    'vendor/acme/raw/composer.json' => '{"name": "acme/raw"}',
    'vendor/acme/net/src/Client.php' => $code['vendor/acme/net/src/Client.php'],
    'vendor/composer/installed.php' => <<<'PHP'
        <?php return array(
            'root' => array(
                'name' => 'acme/site',
                'install_path' => __DIR__ . '/../../',
                'reference' => NULL,
                'dev' => true,
            ),
            'versions' => array(
                'acme/site' => array('install_path' => __DIR__ . '/../../', 'dev_requirement' => false),
                'acme/raw' => array('pretty_version' => '1.0.0', 'install_path' => __DIR__ . '/../acme/raw', 'aliases' => array()),
                'acme/net' => array('pretty_version' => '2.0.0', 'install_path' => __DIR__ . '/../acme/net', 'aliases' => array()),
                'psr/log-implementation' => array('dev_requirement' => false, 'provided' => array(0 => '1.0')),
            ),
        );
        PHP,
]);
esa_show(esa_run(['scan', '.'], $php));
echo "== an installed.php that is more than data is not run\n";
file_put_contents("$php/vendor/composer/installed.php", "<?php\nfile_put_contents('" . $php . "/ran', 1);\nreturn array();\n");
esa_show(esa_run(['scan', 'vendor/acme/net'], $php), true, [$php => 'PHP']);
var_dump(file_exists("$php/ran"));
?>
--EXPECT--
== Composer 2: text
rc=1
Package acme/app (root, .)

src/App.php
  4  extension  sockets        probe       harmless  {main}
  5  function   socket_close   call        guarded   {main}

Package acme/half (vendor/acme/half)

vendor/acme/half/src/Half.php
  2  function   socket_create  probe       harmless  {main}
  3  function   socket_create  call        guarded   {main}
  3  constant   AF_INET        fetch       guarded   {main}
  3  constant   SOCK_STREAM    fetch       guarded   {main}
  5  function   socket_close   call        breaks    {main}

Package acme/net (vendor/acme/net)

vendor/acme/net/src/Client.php
  6  function   socket_create  call        breaks    Acme\Net\open
  6  constant   AF_INET        fetch       breaks    Acme\Net\open
  6  constant   SOCK_STREAM    fetch       breaks    Acme\Net\open

Package acme/old (vendor/acme/old)

vendor/acme/old/src/Old.php
  4  class      Socket         instanceof  harmless  old_is

Package acme/opt (vendor/acme/opt)

vendor/acme/opt/src/Opt.php
  4  extension  sockets        probe       harmless  opt_open
  5  function   socket_create  call        guarded   opt_open
  5  constant   AF_INET        fetch       guarded   opt_open
  5  constant   SOCK_DGRAM     fetch       guarded   opt_open

Package acme/raw (vendor/acme/raw)

vendor/acme/raw/src/Raw.php
  4  function   socket_write   call        breaks    raw_send
  5  function   socket_write   call        breaks    raw_send
  6  function   socket_write   call        breaks    raw_send
  7  function   socket_close   call        breaks    raw_send

By symbol:
  4  function   socket_create
  3  constant   AF_INET
  3  function   socket_close
  3  function   socket_write
  2  constant   SOCK_STREAM
  2  extension  sockets
  1  class      Socket
  1  constant   SOCK_DGRAM

Declarations:
  acme/half: optional but unguarded: ext-sockets is only in suggest, 1 site breaks without it: vendor/acme/half/src/Half.php:5
  acme/old: declared but unused: ext-sockets is in require, nothing breaks or is guarded without it
  acme/raw: undeclared requirement: ext-sockets is not in require, 4 sites break without it: vendor/acme/raw/src/Raw.php:4, vendor/acme/raw/src/Raw.php:5, vendor/acme/raw/src/Raw.php:6 and 1 more

Verdict: removing ext/sockets breaks 6 sites in 3 packages.

6 files scanned: 19 findings in 6 files, 0 errors.
== JSON: packages of the findings, the packages and the verdict
rc=1
acme/app src/App.php:4 sockets harmless
acme/app src/App.php:5 socket_close guarded
acme/half vendor/acme/half/src/Half.php:2 socket_create harmless
acme/half vendor/acme/half/src/Half.php:3 socket_create guarded
acme/half vendor/acme/half/src/Half.php:3 AF_INET guarded
acme/half vendor/acme/half/src/Half.php:3 SOCK_STREAM guarded
acme/half vendor/acme/half/src/Half.php:5 socket_close breaks
acme/net vendor/acme/net/src/Client.php:6 socket_create breaks
acme/net vendor/acme/net/src/Client.php:6 AF_INET breaks
acme/net vendor/acme/net/src/Client.php:6 SOCK_STREAM breaks
acme/old vendor/acme/old/src/Old.php:4 Socket harmless
acme/opt vendor/acme/opt/src/Opt.php:4 sockets harmless
acme/opt vendor/acme/opt/src/Opt.php:5 socket_create guarded
acme/opt vendor/acme/opt/src/Opt.php:5 AF_INET guarded
acme/opt vendor/acme/opt/src/Opt.php:5 SOCK_DGRAM guarded
acme/raw vendor/acme/raw/src/Raw.php:4 socket_write breaks
acme/raw vendor/acme/raw/src/Raw.php:5 socket_write breaks
acme/raw vendor/acme/raw/src/Raw.php:6 socket_write breaks
acme/raw vendor/acme/raw/src/Raw.php:7 socket_close breaks
{"package":"acme/app","path":".","root":true,"requires":false,"suggests":false,"breaks":0,"guarded":1,"harmless":1,"status":"none","sites":[]}
{"package":"acme/half","path":"vendor/acme/half","root":false,"requires":false,"suggests":true,"breaks":1,"guarded":3,"harmless":1,"status":"optional-unguarded","sites":["vendor/acme/half/src/Half.php:5"]}
{"package":"acme/net","path":"vendor/acme/net","root":false,"requires":true,"suggests":false,"breaks":1,"guarded":0,"harmless":0,"status":"declared","sites":[]}
{"package":"acme/old","path":"vendor/acme/old","root":false,"requires":true,"suggests":false,"breaks":0,"guarded":0,"harmless":1,"status":"unused","sites":[]}
{"package":"acme/opt","path":"vendor/acme/opt","root":false,"requires":false,"suggests":true,"breaks":0,"guarded":3,"harmless":1,"status":"optional","sites":[]}
{"package":"acme/raw","path":"vendor/acme/raw","root":false,"requires":false,"suggests":false,"breaks":4,"guarded":0,"harmless":0,"status":"undeclared","sites":["vendor/acme/raw/src/Raw.php:4","vendor/acme/raw/src/Raw.php:5","vendor/acme/raw/src/Raw.php:6"]}
{
    "removable": false,
    "breaking_sites": 6,
    "files": 3,
    "packages": 3,
    "executed": null,
    "log_only_sites": 0,
    "undeclared": [
        "acme/half",
        "acme/raw"
    ],
    "text": "removing ext/sockets breaks 6 sites in 3 packages"
}
== one package scanned: the root is found upwards, only that package is judged
rc=1
Package acme/raw (vendor/acme/raw)

vendor/acme/raw/src/Raw.php
  4  function  socket_write  call  breaks  raw_send
  5  function  socket_write  call  breaks  raw_send
  6  function  socket_write  call  breaks  raw_send
  7  function  socket_close  call  breaks  raw_send

By symbol:
  3  function  socket_write
  1  function  socket_close

Declarations:
  acme/raw: undeclared requirement: ext-sockets is not in require, 4 sites break without it: vendor/acme/raw/src/Raw.php:4, vendor/acme/raw/src/Raw.php:5, vendor/acme/raw/src/Raw.php:6 and 1 more

Verdict: removing ext/sockets breaks 4 sites in 1 package.

1 file scanned: 4 findings in 1 file, 0 errors.
== a package scanned from its own directory, by absolute path
rc=1
Package acme/old (vendor/acme/old)

vendor/acme/old/src/Old.php
  4  class  Socket  instanceof  harmless  old_is

By symbol:
  1  class  Socket

Declarations:
  acme/old: declared but unused: ext-sockets is in require, nothing breaks or is guarded without it

Verdict: ext/sockets can be removed.

1 file scanned: 1 finding in 1 file, 0 errors.
== Composer 1: installed.json is a list, packages in vendor/NAME
rc=1
Package acme/net (vendor/acme/net)

vendor/acme/net/src/Client.php
  6  function  socket_create  call   breaks  Acme\Net\open
  6  constant  AF_INET        fetch  breaks  Acme\Net\open
  6  constant  SOCK_STREAM    fetch  breaks  Acme\Net\open

Package acme/raw (vendor/acme/raw)

vendor/acme/raw/src/Raw.php
  4  function  socket_write   call   breaks  raw_send
  5  function  socket_write   call   breaks  raw_send
  6  function  socket_write   call   breaks  raw_send
  7  function  socket_close   call   breaks  raw_send

By symbol:
  3  function  socket_write
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_close
  1  function  socket_create

Declarations:
  acme/raw: undeclared requirement: ext-sockets is not in require, 4 sites break without it: vendor/acme/raw/src/Raw.php:4, vendor/acme/raw/src/Raw.php:5, vendor/acme/raw/src/Raw.php:6 and 1 more

Verdict: removing ext/sockets breaks 5 sites in 2 packages.

3 files scanned: 7 findings in 2 files, 0 errors.
== installed.php only: read as data, each package judged by its own composer.json
rc=1
Package acme/net (vendor/acme/net)

vendor/acme/net/src/Client.php
  6  function  socket_create  call   breaks  Acme\Net\open
  6  constant  AF_INET        fetch  breaks  Acme\Net\open
  6  constant  SOCK_STREAM    fetch  breaks  Acme\Net\open

Package acme/raw (vendor/acme/raw)

vendor/acme/raw/src/Raw.php
  4  function  socket_write   call   breaks  raw_send
  5  function  socket_write   call   breaks  raw_send
  6  function  socket_write   call   breaks  raw_send
  7  function  socket_close   call   breaks  raw_send

By symbol:
  3  function  socket_write
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_close
  1  function  socket_create

Declarations:
  acme/site: declared but unused: ext-sockets is in require, nothing breaks or is guarded without it
  acme/net: declarations unknown (no readable composer.json), 1 site breaks without ext-sockets
  acme/raw: undeclared requirement: ext-sockets is not in require, 4 sites break without it: vendor/acme/raw/src/Raw.php:4, vendor/acme/raw/src/Raw.php:5, vendor/acme/raw/src/Raw.php:6 and 1 more

Verdict: removing ext/sockets breaks 5 sites in 2 packages.

3 files scanned: 7 findings in 2 files, 0 errors.
== an installed.php that is more than data is not run
rc=1
Package acme/site (root, .)

vendor/acme/net/src/Client.php
  6  function  socket_create  call   breaks  Acme\Net\open
  6  constant  AF_INET        fetch  breaks  Acme\Net\open
  6  constant  SOCK_STREAM    fetch  breaks  Acme\Net\open

By symbol:
  1  constant  AF_INET
  1  constant  SOCK_STREAM
  1  function  socket_create

Verdict: removing ext/sockets breaks 1 site in 1 package.

1 file scanned: 3 findings in 1 file, 0 errors.
E: extsockets-audit: PHP/vendor/composer/installed.php: not read (expected return); its packages are not known
bool(false)