--TEST--
README: the API example runs as written, on a file with findings, one that does not compile and one that is missing
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
/* The second ```php block of README.md's "API" section, with the path it scans
 * replaced by each of three temporary files in turn. */
$readme = file_get_contents(dirname(__DIR__, 2) . '/README.md');
$api = substr($readme, strpos($readme, "\n## API\n"));
$api = substr($api, 0, strpos($api, "\n## ", 1));
preg_match_all('/^```php\n(.*?)^```$/ms', $api, $blocks);
$example = $blocks[1][1];
$placeholder = "'vendor/acme/net/src/Client.php'";
var_dump(substr_count($example, $placeholder));

$dir = sys_get_temp_dir() . '/esa_readme_api_' . getmypid();
@mkdir($dir);
$paths = [realpath($dir) => 'TMP', $dir => 'TMP'];
/* Compiled by this process, never called: its findings are what extsockets_audit_usage() holds. */
file_put_contents("$dir/Included.php", "<?php\nnamespace App;\nfunction open() {\n    return socket_create(AF_INET, SOCK_STREAM, 0);\n}\n");
include "$dir/Included.php";
file_put_contents("$dir/Client.php", "<?php\nfunction connect(\$host) {\n    \$s = \\socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);\n    socket_connect(\$s, \$host, 53);\n}\n");
file_put_contents("$dir/Broken.php", "<?php\nfunction f() {\n    socket_close(\$s)\n}\n");

foreach (['Client.php', 'Broken.php', 'Missing.php'] as $i => $name) {
    echo "-- $name\n";
    $script = "$dir/example_$i.php";
    file_put_contents($script, str_replace($placeholder, var_export("$dir/$name", true), $example));
    ob_start();
    include $script;
    echo strtr(ob_get_clean(), $paths);
}
foreach (['Included.php', 'Client.php', 'Broken.php', 'example_0.php', 'example_1.php', 'example_2.php'] as $name) {
    @unlink("$dir/$name");
}
rmdir($dir);
?>
--EXPECT--
int(1)
-- Client.php
TMP/Included.php:4 function socket_create ns-fallback breaks (App\open)
TMP/Included.php:4 constant AF_INET ns-fallback breaks (App\open)
TMP/Included.php:4 constant SOCK_STREAM ns-fallback breaks (App\open)
TMP/Client.php:3 function socket_create call (connect)
TMP/Client.php:3 constant AF_INET6 fetch (connect)
TMP/Client.php:3 constant SOCK_DGRAM fetch (connect)
TMP/Client.php:3 constant SOL_UDP fetch (connect)
TMP/Client.php:4 function socket_connect call (connect)
-- Broken.php
TMP/Included.php:4 function socket_create ns-fallback breaks (App\open)
TMP/Included.php:4 constant AF_INET ns-fallback breaks (App\open)
TMP/Included.php:4 constant SOCK_STREAM ns-fallback breaks (App\open)
cannot compile: syntax error, unexpected token "}" at TMP/Broken.php:4
-- Missing.php
TMP/Included.php:4 function socket_create ns-fallback breaks (App\open)
TMP/Included.php:4 constant AF_INET ns-fallback breaks (App\open)
TMP/Included.php:4 constant SOCK_STREAM ns-fallback breaks (App\open)
cannot read: Cannot open 'TMP/Missing.php' for scanning: No such file or directory
