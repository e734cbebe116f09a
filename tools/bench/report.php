<?php
/*
 * Turns the raw measurements of tools/bench/run into the table and the JSON file.
 *   php report.php RAW_DIR OUT.json QUICK CORPUS_LIST
 */
[, $raw, $outFile, $quick, $corpusList] = $argv;
$quick = (bool) $quick;

function read_number(string $file): float
{
    $s = trim((string) @file_get_contents($file));
    if ($s === '' || !is_numeric($s)) {
        fwrite(STDERR, "report: no figure in $file\n");
        return NAN;
    }
    return (float) $s;
}
function read_json(string $file): array
{
    return json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
}
function read_runs(string $file): array
{
    return array_map(fn ($l) => json_decode($l, true, 512, JSON_THROW_ON_ERROR), file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
}
function median(array $xs): float
{
    sort($xs);
    $n = count($xs);
    return $n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2;
}
function pct(float $on, float $off): float
{
    return ($on - $off) / $off * 100;
}
function fmt_pct(float $p, int $decimals = 2): string
{
    return sprintf('%+.' . $decimals . 'f %%', $p);
}
function fmt_int(float $n): string
{
    return number_format($n, 0, '.', ',');
}
function tsv_set(string $file): array
{
    return array_flip(file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: []);
}

$r = ['quick' => $quick];
$machine = [
    'date' => gmdate('Y-m-d H:i') . ' UTC',
    'cpu' => trim((string) shell_exec("sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1")),
    'cores' => (int) trim((string) shell_exec('nproc')),
    'memory' => trim((string) shell_exec("free -h | awk '/^Mem:/ {print \$2}'")),
    'os' => trim((string) shell_exec('. /etc/os-release && echo "$PRETTY_NAME"')) . ', kernel ' . php_uname('r'),
    'php' => PHP_VERSION,
    'valgrind' => trim((string) shell_exec('valgrind --version')),
    'git' => trim((string) shell_exec('git rev-parse --short HEAD 2>/dev/null')),
];
$r['machine'] = $machine;

// 1. compile cost
$corpusFiles = count(file($corpusList, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
$compile = [];
foreach (['off', 'on', 'disabled'] as $c) {
    $runs = read_runs("$raw/compile-$c.runs");
    $compile[$c] = [
        'instructions' => read_number("$raw/compile-$c.instructions"),
        'seconds_median' => median(array_column($runs, 'seconds')),
        'seconds_runs' => array_column($runs, 'seconds'),
        'maxrss_kb_median' => median(array_column($runs, 'maxrss_kb')),
        'findings' => $runs[0]['findings'],
        'malloc_delta' => $runs[0]['malloc_delta'],
        'files' => $runs[0]['files'],
        'bytes' => $runs[0]['bytes'],
    ];
}
$walker = read_number("$raw/compile-on.walker-instructions");
$r['compile'] = $compile + [
    'instructions_overhead_pct' => pct($compile['on']['instructions'], $compile['off']['instructions']),
    'instructions_overhead_disabled_pct' => pct($compile['disabled']['instructions'], $compile['off']['instructions']),
    'ast_hook_instructions' => $walker,
    'ast_hook_pct' => $walker / $compile['off']['instructions'] * 100,
    'wall_overhead_pct' => pct($compile['on']['seconds_median'], $compile['off']['seconds_median']),
    'wall_overhead_disabled_pct' => pct($compile['disabled']['seconds_median'], $compile['off']['seconds_median']),
];

// 3. memory
$fOff = read_json("$raw/findings-off.json");
$fOn = read_json("$raw/findings-on.json");
$r['memory'] = [
    'maxrss_overhead_pct' => pct($compile['on']['maxrss_kb_median'], $compile['off']['maxrss_kb_median']),
    'maxrss_overhead_disabled_pct' => pct($compile['disabled']['maxrss_kb_median'], $compile['off']['maxrss_kb_median']),
    'corpus_findings' => $compile['on']['findings'],
    'corpus_bytes_per_finding' => $compile['on']['findings']
        ? ($compile['on']['malloc_delta'] - $compile['off']['malloc_delta']) / $compile['on']['findings'] : NAN,
    'synthetic_findings' => $fOn['findings'],
    'synthetic_bytes_per_finding' => ($fOn['malloc_delta'] - $fOff['malloc_delta']) / max(1, $fOn['findings']),
];

// Scaling
$scaling = [];
foreach ([16 => '1x', 4 => '4x', 1 => '16x'] as $step => $label) {
    $name = $step === 1 ? 'compile' : "scale-$step";
    $off = read_number("$raw/$name-off.instructions");
    $on = read_number("$raw/$name-on.instructions");
    $files = $step === 1 ? $compile['on']['files'] : read_json("$raw/$name-on.json")['files'];
    $bytes = $step === 1 ? $compile['on']['bytes'] : read_json("$raw/$name-on.json")['bytes'];
    $scaling[$label] = ['files' => $files, 'bytes' => $bytes, 'off' => $off, 'on' => $on,
        'overhead_pct' => pct($on, $off), 'extra_per_kb' => ($on - $off) / ($bytes / 1024)];
}
$r['scaling'] = $scaling;

// 2. requests
$requests = [];
foreach (['hello' => [100, 1100], 'include200' => [20, 220], 'include200sock' => [20, 220]] as $script => [$few, $many]) {
    $row = [];
    foreach (['off', 'on'] as $c) {
        $perRequest = (read_number("$raw/request-$script-$c-$many.instructions") - read_number("$raw/request-$script-$c-$few.instructions")) / ($many - $few);
        $seconds = array_map('floatval', file("$raw/request-$script-$c.seconds", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        $row[$c] = ['instructions_per_request' => $perRequest, 'seconds_median' => median($seconds), 'seconds_runs' => $seconds];
    }
    $row['instructions_overhead_pct'] = pct($row['on']['instructions_per_request'], $row['off']['instructions_per_request']);
    $row['wall_overhead_pct'] = pct($row['on']['seconds_median'], $row['off']['seconds_median']);
    $requests[$script] = $row;
}
// The cached-findings request as operators run it: the audit log on, and
// opcache's file cache only; both against the same request without the extension.
foreach (['log' => 'off', 'fcon' => 'fcoff'] as $c => $base) {
    $per = fn ($cfg) => (read_number("$raw/request-include200sock-$cfg-220.instructions") - read_number("$raw/request-include200sock-$cfg-20.instructions")) / 200;
    $requests['include200sock'][$c] = ['instructions_per_request' => $per($c), 'baseline' => $base, 'baseline_instructions_per_request' => $base === 'off'
        ? $requests['include200sock']['off']['instructions_per_request'] : $per($base)];
    $requests['include200sock'][$c]['instructions_overhead_pct'] = pct($requests['include200sock'][$c]['instructions_per_request'],
        $requests['include200sock'][$c]['baseline_instructions_per_request']);
}
$r['requests'] = $requests;

// Compiles through opcache (optimiser and storage included), at two optimisation levels.
$opcacheCompile = [];
foreach (['o0' => 'optimization_level=0', 'odefault' => 'default optimization_level'] as $level => $label) {
    $off = read_number("$raw/opcache-$level-off.instructions");
    $on = read_number("$raw/opcache-$level-on.instructions");
    $opcacheCompile[$level] = ['label' => $label, 'off' => $off, 'on' => $on, 'overhead_pct' => pct($on, $off),
        'files' => read_json("$raw/opcache-$level-on.json")['files']];
    if (is_file("$raw/opcache-$level-disabled.instructions")) {
        $disabled = read_number("$raw/opcache-$level-disabled.instructions");
        $opcacheCompile[$level]['disabled'] = $disabled;
        $opcacheCompile[$level]['overhead_disabled_pct'] = pct($disabled, $off);
    }
}
// Where the extra instructions of the level-0 compile go (tools/bench/run: from the audited run's profile).
$parts = [];
foreach (@file("$raw/opcache-o0-on.parts", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    [$name, $value] = explode(' ', $line, 2) + [1 => ''];
    $parts[$name] = is_numeric($value) ? (float) $value : NAN;
}
if (isset($parts['prefilter'], $parts['prefilter_vector_loop'], $parts['ast_hook'], $parts['persist_callbacks'])) {
    $o0 = $opcacheCompile['o0'];
    $bytes = $compile['on']['bytes'];
    $split = [
        'prefilter_vector_loop' => $parts['prefilter_vector_loop'],
        'prefilter_pairs' => $parts['prefilter'] - $parts['prefilter_vector_loop'],
        'ast_hook_without_prefilter' => $parts['ast_hook'] - $parts['prefilter'],
        'persist_callbacks' => $parts['persist_callbacks'],
    ];
    $split['rest'] = ($o0['on'] - $o0['off']) - array_sum($split);
    $opcacheCompile['o0']['parts'] = array_map(fn ($v) => ['instructions' => $v, 'pct_of_compile' => $v / $o0['off'] * 100,
        'per_byte' => $v / $bytes], $split);
}
$r['opcache_compile'] = $opcacheCompile;

// Shapes (tools/bench/shapes.sh): its lines as printed, and the figures the targets need.
$shapeLines = file("$raw/shapes.txt", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [];
$shapes = ['lines' => $shapeLines];
foreach ($shapeLines as $l) {
    if (preg_match('/cost per reference at N=16000 \/ at N=1000: ([0-9.]+)/', $l, $m)) {
        $shapes['per_reference_ratio'] = (float) $m[1];
    } elseif (preg_match('/call counting, (1 call site|1000 call sites): \+(-?[0-9]+) instructions per call/', $l, $m)) {
        $shapes[$m[1] === '1 call site' ? 'per_call_1_site' : 'per_call_1000_sites'] = (int) $m[2];
    }
}
$r['shapes'] = $shapes;

// 4. scan throughput and agreement
$esaRuns = read_runs("$raw/scan-esa.runs");
$esaSeconds = median(array_column($esaRuns, 'seconds'));
$parser = read_json("$raw/scan-parser.json");
$phpcs = read_json("$raw/scan-phpcs.json");
$esaSet = tsv_set("$raw/scan-esa.tsv");
$scan = [
    'files' => $corpusFiles,
    'esa' => ['seconds' => $esaSeconds, 'files_per_second' => $corpusFiles / $esaSeconds, 'errors' => $esaRuns[0]['errors'],
        'function_refs' => count($esaSet), 'findings' => $esaRuns[0]['findings']],
];
foreach (['parser' => $parser, 'phpcs' => $phpcs] as $name => $res) {
    $set = tsv_set("$raw/scan-$name.tsv");
    $scan[$name] = [
        'seconds' => $res['seconds'], 'files_per_second' => $corpusFiles / $res['seconds'], 'errors' => $res['errors'],
        'function_refs' => count($set),
        'speedup_of_esa' => $res['seconds'] / $esaSeconds,
        'same_function_refs' => $set == $esaSet,
        'only_esa' => array_slice(array_keys(array_diff_key($esaSet, $set)), 0, 20),
        'only_' . $name => array_slice(array_keys(array_diff_key($set, $esaSet)), 0, 20),
    ];
}
$r['scan'] = $scan;

// Call counting (issue 9)
[$callsFew, $callsMany, $callsTimed] = array_map('intval', explode(' ', trim(file_get_contents("$raw/calls.n"))));
$calls = [];
foreach (['socket', 'other'] as $kind) {
    $row = [];
    foreach (['off', 'on'] as $c) {
        $perCall = (read_number("$raw/calls-$kind-$c-$callsMany.instructions") - read_number("$raw/calls-$kind-$c-$callsFew.instructions")) / ($callsMany - $callsFew);
        $seconds = array_map('floatval', file("$raw/calls-$kind-$c.seconds", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
        $row[$c] = ['instructions_per_call' => $perCall, 'ns_per_call_median' => median($seconds) / $callsTimed * 1e9, 'seconds_runs' => $seconds];
    }
    $row['instructions_ratio'] = $row['on']['instructions_per_call'] / $row['off']['instructions_per_call'];
    $row['wall_ratio'] = $row['on']['ns_per_call_median'] / $row['off']['ns_per_call_median'];
    $row['extra_instructions_per_call'] = $row['on']['instructions_per_call'] - $row['off']['instructions_per_call'];
    $row['extra_ns_per_call'] = $row['on']['ns_per_call_median'] - $row['off']['ns_per_call_median'];
    $calls[$kind] = $row;
}
$r['calls'] = $calls;

// Targets
$targets = [
    ['compile instructions, detection on', '<= 1 %', $r['compile']['instructions_overhead_pct'] <= 1.0, fmt_pct($r['compile']['instructions_overhead_pct'])],
    ['compile instructions, enabled=0', '<= 0.1 %', $r['compile']['instructions_overhead_disabled_pct'] <= 0.1, fmt_pct($r['compile']['instructions_overhead_disabled_pct'], 3)],
    ['warm request instructions, hello', '<= 0.5 %', $requests['hello']['instructions_overhead_pct'] <= 0.5, fmt_pct($requests['hello']['instructions_overhead_pct'], 3)],
    ['warm request instructions, 200 includes', '<= 0.5 %', $requests['include200']['instructions_overhead_pct'] <= 0.5, fmt_pct($requests['include200']['instructions_overhead_pct'], 3)],
    ['warm request instructions, 200 includes with 300 cached findings', '<= 0.5 %', $requests['include200sock']['instructions_overhead_pct'] <= 0.5, fmt_pct($requests['include200sock']['instructions_overhead_pct'], 3)],
    ['the same, audit log on', '<= 0.5 %', $requests['include200sock']['log']['instructions_overhead_pct'] <= 0.5, fmt_pct($requests['include200sock']['log']['instructions_overhead_pct'], 3)],
    ['the same, opcache file cache only', '<= 0.5 %', $requests['include200sock']['fcon']['instructions_overhead_pct'] <= 0.5, fmt_pct($requests['include200sock']['fcon']['instructions_overhead_pct'], 3)],
    ['compile through opcache, optimization_level=0', '<= 0.5 %', $opcacheCompile['o0']['overhead_pct'] <= 0.5, fmt_pct($opcacheCompile['o0']['overhead_pct'], 3)],
    ['the same, loaded with enabled=0', '<= 0.01 %', $opcacheCompile['o0']['overhead_disabled_pct'] <= 0.01, fmt_pct($opcacheCompile['o0']['overhead_disabled_pct'], 3)],
    ['one line of N references: cost per reference at N=16,000 / N=1,000', '<= 1.3', ($shapes['per_reference_ratio'] ?? INF) <= 1.3, sprintf('%.2f', $shapes['per_reference_ratio'] ?? NAN)],
    ['call counting, instructions per call, 1 site and 1,000 sites', '<= 80', max($shapes['per_call_1_site'] ?? INF, $shapes['per_call_1000_sites'] ?? INF) <= 80,
        sprintf('%d and %d', $shapes['per_call_1_site'] ?? -1, $shapes['per_call_1000_sites'] ?? -1)],
    ['non-socket call loop, counting on / extension not loaded', '<= 1.02', $calls['other']['instructions_ratio'] <= 1.02,
        sprintf('%.4f (instructions), %.3f (wall)', $calls['other']['instructions_ratio'], $calls['other']['wall_ratio'])],
    ['peak RSS, compile workload', '<= 2 %', $r['memory']['maxrss_overhead_pct'] <= 2.0, fmt_pct($r['memory']['maxrss_overhead_pct'])],
    ['scan speed vs PHP-Parser', '>= 10x, same refs', $scan['parser']['speedup_of_esa'] >= 10 && $scan['parser']['same_function_refs'],
        sprintf('%.1fx, %s', $scan['parser']['speedup_of_esa'], $scan['parser']['same_function_refs'] ? 'same refs' : 'refs differ')],
    ['scan speed vs phpcs', '> 1x, same refs', $scan['phpcs']['speedup_of_esa'] > 1 && $scan['phpcs']['same_function_refs'],
        sprintf('%.1fx, %s', $scan['phpcs']['speedup_of_esa'], $scan['phpcs']['same_function_refs'] ? 'same refs' : 'refs differ')],
];
$r['targets'] = array_map(fn ($t) => ['target' => $t[0], 'goal' => $t[1], 'met' => $t[2], 'measured' => $t[3]], $targets);

// Table
$c = $r['compile'];
$lines = [];
$lines[] = sprintf('Corpus: %s files, %.1f MB of PHP (%s)%s', fmt_int($c['on']['files']), $c['on']['bytes'] / 1e6,
    'Laravel, PHPUnit, Symfony, php-amqplib, Monolog from Debian', $quick ? ' -- QUICK RUN, small corpus' : '');
$lines[] = sprintf('Machine: %s, %d cores, %s RAM; %s; PHP %s; %s', $machine['cpu'], $machine['cores'], $machine['memory'], $machine['os'], $machine['php'], $machine['valgrind']);
$lines[] = '';
$lines[] = '| figure | without extension | with extension | overhead |';
$lines[] = '| --- | ---: | ---: | ---: |';
$lines[] = sprintf('| 1. compile corpus, instructions (enabled=1) | %s | %s | %s |', fmt_int($c['off']['instructions']), fmt_int($c['on']['instructions']), fmt_pct($c['instructions_overhead_pct']));
$lines[] = sprintf('| 1. compile corpus, instructions (enabled=0) | %s | %s | %s |', fmt_int($c['off']['instructions']), fmt_int($c['disabled']['instructions']), fmt_pct($c['instructions_overhead_disabled_pct'], 3));
$lines[] = sprintf('| 1. of which the AST hook (walk), instructions | | %s | %s |', fmt_int($c['ast_hook_instructions']), fmt_pct($c['ast_hook_pct']));
$lines[] = sprintf('| 1. compile corpus, wall time median of %d (enabled=1) | %.3f s | %.3f s | %s |', count($c['on']['seconds_runs']), $c['off']['seconds_median'], $c['on']['seconds_median'], fmt_pct($c['wall_overhead_pct'], 1));
$lines[] = sprintf('| 1. compile corpus, wall time median of %d (enabled=0) | %.3f s | %.3f s | %s |', count($c['on']['seconds_runs']), $c['off']['seconds_median'], $c['disabled']['seconds_median'], fmt_pct($c['wall_overhead_disabled_pct'], 1));
foreach (['hello' => 'hello world', 'include200' => '200 includes', 'include200sock' => '200 includes, 300 cached findings'] as $k => $label) {
    $q = $requests[$k];
    $lines[] = sprintf('| 2. warm-opcache request, %s, instructions/request | %s | %s | %s |', $label, fmt_int($q['off']['instructions_per_request']), fmt_int($q['on']['instructions_per_request']), fmt_pct($q['instructions_overhead_pct'], 3));
    $n = $k === 'hello' ? ($quick ? 2000 : 20000) : ($quick ? 200 : 2000);
    $lines[] = sprintf('| 2. warm-opcache request, %s, wall time/request (median) | %.1f µs | %.1f µs | %s |', $label, $q['off']['seconds_median'] / $n * 1e6, $q['on']['seconds_median'] / $n * 1e6, fmt_pct($q['wall_overhead_pct'], 1));
}
foreach (['log' => 'audit log on', 'fcon' => 'opcache file cache only'] as $k => $label) {
    $q = $requests['include200sock'][$k];
    $lines[] = sprintf('| 2. warm request, 200 includes, 300 cached findings, %s, instructions/request | %s | %s | %s |', $label, fmt_int($q['baseline_instructions_per_request']), fmt_int($q['instructions_per_request']), fmt_pct($q['instructions_overhead_pct'], 3));
}
foreach ($opcacheCompile as $q) {
    $lines[] = sprintf('| 1. compile corpus through opcache (%s files, %s), instructions | %s | %s | %s |', fmt_int($q['files']), $q['label'], fmt_int($q['off']), fmt_int($q['on']), fmt_pct($q['overhead_pct'], 3));
    if (isset($q['disabled'])) {
        $lines[] = sprintf('| 1. compile corpus through opcache (%s files, %s, enabled=0), instructions | %s | %s | %s |', fmt_int($q['files']), $q['label'], fmt_int($q['off']), fmt_int($q['disabled']), fmt_pct($q['overhead_disabled_pct'], 3));
    }
}
foreach ([
    'prefilter_vector_loop' => 'the prefilter\'s vector loop',
    'prefilter_pairs' => 'the pairs the prefilter looks at closely',
    'ast_hook_without_prefilter' => 'the AST hook without the prefilter (its entry at each compile, the walk of the files the prefilter lets through)',
    'persist_callbacks' => 'opcache\'s persist callbacks (engine and ours)',
    'rest' => 'the rest (compile hooks, commit, attach)',
] as $k => $label) {
    if (isset($opcacheCompile['o0']['parts'][$k])) {
        $p = $opcacheCompile['o0']['parts'][$k];
        $lines[] = sprintf('| 1. of the level-0 compile\'s extra: %s, instructions (%.2f per byte) | | %s | %s |', $label, $p['per_byte'], fmt_int($p['instructions']), fmt_pct($p['pct_of_compile'], 3));
    }
}
$m = $r['memory'];
$lines[] = sprintf('| 3. peak RSS, compile workload (median) | %s KB | %s KB | %s |', fmt_int($c['off']['maxrss_kb_median']), fmt_int($c['on']['maxrss_kb_median']), fmt_pct($m['maxrss_overhead_pct']));
$lines[] = sprintf('| 3. memory per recorded finding (%s findings in one file) | | %.0f bytes | |', fmt_int($m['synthetic_findings']), $m['synthetic_bytes_per_finding']);
$lines[] = sprintf('| 3. memory per recorded finding (corpus, %d findings) | | %.0f bytes | |', $m['corpus_findings'], $m['corpus_bytes_per_finding']);
$s = $r['scan'];
$lines[] = sprintf('| 4. scan, extsockets_audit_scan_file | | %s files/s | %d function refs |', fmt_int($s['esa']['files_per_second']), $s['esa']['function_refs']);
$lines[] = sprintf('| 4. scan, PHP-Parser scanner | %s files/s | | %.1fx slower, %s |', fmt_int($s['parser']['files_per_second']), $s['parser']['speedup_of_esa'], $s['parser']['same_function_refs'] ? 'same refs' : $s['parser']['function_refs'] . ' refs, differ');
$lines[] = sprintf('| 4. scan, phpcs ForbiddenFunctions | %s files/s | | %.1fx slower, %s |', fmt_int($s['phpcs']['files_per_second']), $s['phpcs']['speedup_of_esa'], $s['phpcs']['same_function_refs'] ? 'same refs' : $s['phpcs']['function_refs'] . ' refs, differ');
foreach (['socket' => 'socket_strerror() loop (counted)', 'other' => 'dechex() loop (not a socket function)'] as $k => $label) {
    $q = $calls[$k];
    $lines[] = sprintf('| 5. %s, instructions/call | %s | %s | x%.4f, %+.0f per call |', $label, fmt_int($q['off']['instructions_per_call']), fmt_int($q['on']['instructions_per_call']), $q['instructions_ratio'], $q['extra_instructions_per_call']);
    $lines[] = sprintf('| 5. %s, wall time/call (median) | %.1f ns | %.1f ns | x%.3f, %+.1f ns per call |', $label, $q['off']['ns_per_call_median'], $q['on']['ns_per_call_median'], $q['wall_ratio'], $q['extra_ns_per_call']);
}
$lines[] = '';
$lines[] = '| scaling | files | KB | instructions without | with | overhead | extra instructions per KB |';
$lines[] = '| --- | ---: | ---: | ---: | ---: | ---: | ---: |';
foreach ($scaling as $label => $row) {
    $lines[] = sprintf('| %s | %s | %s | %s | %s | %s | %s |', $label, fmt_int($row['files']), fmt_int($row['bytes'] / 1024), fmt_int($row['off']), fmt_int($row['on']), fmt_pct($row['overhead_pct']), fmt_int($row['extra_per_kb']));
}
$lines[] = '';
foreach ($shapes['lines'] as $l) {
    $lines[] = "Shape: $l";
}
$lines[] = '';
$lines[] = '| target | goal | measured | met |';
$lines[] = '| --- | --- | --- | --- |';
foreach ($r['targets'] as $t) {
    $lines[] = sprintf('| %s | %s | %s | %s |', $t['target'], $t['goal'], $t['measured'], $t['met'] ? 'yes' : 'NO');
}
foreach (['parser', 'phpcs'] as $name) {
    if (!$s[$name]['same_function_refs']) {
        $lines[] = '';
        $lines[] = "Function references found only by extsockets_audit (vs $name): " . (implode('; ', $s[$name]['only_esa']) ?: 'none');
        $lines[] = "Function references found only by $name: " . (implode('; ', $s[$name]['only_' . $name]) ?: 'none');
    }
}
$table = implode("\n", $lines) . "\n";
$r['table'] = $table;
file_put_contents($outFile, json_encode($r, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR) . "\n");
echo $table;
echo "\nfigures written to $outFile\n";
