--TEST--
Bad input: file names with spaces, quotes, newlines, backslashes and bytes that are not UTF-8 are reported as they are
--FILE--
<?php
$dir = sys_get_temp_dir() . '/esa bad names ' . getmypid();
mkdir($dir);
$names = ["with space.php", "quote'\"s.php", "new\nline.php", "not\xff\xfeutf8.php", "tab\tand\\back.php"];
foreach ($names as $name) {
    file_put_contents("$dir/$name", "<?php\nreturn \\defined('AF_INET');\n");
    include "$dir/$name";
    $scanned = extsockets_audit_scan_file("$dir/$name");
    var_dump($scanned[0]['file'] === "$dir/$name");
}
foreach (extsockets_audit_usage() as $f) {
    echo bin2hex(substr($f['file'], strlen($dir) + 1)), " $f[line] $f[symbol] $f[form]\n";
}
foreach ($names as $name) {
    unlink("$dir/$name");
}
rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
776974682073706163652e706870 2 AF_INET probe
71756f74652722732e706870 2 AF_INET probe
6e65770a6c696e652e706870 2 AF_INET probe
6e6f74fffe757466382e706870 2 AF_INET probe
74616209616e645c6261636b2e706870 2 AF_INET probe
