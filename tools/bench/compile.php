<?php
/*
 * Compile workload: compiles the files listed in argv[1] (every argv[2]-th one)
 * through zend_compile_file without executing them (tools/bench/compiler/esa_bench.c),
 * then prints what it measured as JSON.
 *
 *   php -d extension=esa_bench.so [-d extension=extsockets_audit.so] compile.php LIST [STEP]
 */
$list = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$step = max(1, (int) ($argv[2] ?? 1));
$files = [];
foreach ($list as $i => $path) {
    if ($i % $step === 0) {
        $files[] = $path;
    }
}
$mallocBefore = esa_bench_malloc_in_use();
$start = hrtime(true);
$compiled = esa_bench_compile_files($files);
$seconds = (hrtime(true) - $start) / 1e9;
$findings = function_exists('extsockets_audit_usage') ? count(extsockets_audit_usage()) : 0;
echo json_encode([
    'files' => $compiled,
    'bytes' => array_sum(array_map('filesize', $files)),
    'seconds' => $seconds,
    'findings' => $findings,
    'malloc_delta' => esa_bench_malloc_in_use() - $mallocBefore,
    'maxrss_kb' => getrusage()['ru_maxrss'],
]), "\n";
