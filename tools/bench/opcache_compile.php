<?php
/*
 * Compile workload through opcache: opcache_compile_file() on the files listed
 * in argv[1] (every argv[2]-th one), which compiles, optimises (at
 * opcache.optimization_level) and stores each file in shared memory without
 * running it. Prints files and bytes as JSON; tools/bench/run counts the
 * instructions inside opcache_compile_file() with callgrind.
 *
 *   php -d zend_extension=opcache.so -d opcache.enable_cli=1 [-d extension=extsockets_audit.so] \
 *       opcache_compile.php LIST [STEP]
 */
$list = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$step = max(1, (int) ($argv[2] ?? 1));
$files = 0;
$bytes = 0;
$failed = 0;
foreach ($list as $i => $path) {
    if ($i % $step !== 0) {
        continue;
    }
    $files++;
    $bytes += filesize($path);
    if (!@opcache_compile_file($path)) {
        $failed++;
    }
}
echo json_encode(['files' => $files, 'bytes' => $bytes, 'failed' => $failed,
    'cached' => count(opcache_get_status(true)['scripts'] ?? [])]), "\n";
