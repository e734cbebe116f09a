<?php
/* Writes a file with argv[2] distinct findings (one socket call per line), to
 * measure what the findings store costs per recorded finding. */
[, $path, $count] = $argv;
$code = "<?php\nfunction bench_findings(\$s)\n{\n";
$calls = ['socket_close', 'socket_strerror', 'socket_last_error', 'socket_write'];
for ($i = 0; $i < (int) $count; $i++) {
    $code .= "    {$calls[$i % 4]}(\$s);\n";
}
file_put_contents($path, $code . "}\n");
