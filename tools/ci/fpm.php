<?php
/*
 * FPM: what only a real php-fpm shows (docs/TESTING.md, "FPM"). Starts php-fpm
 * with the extension, opcache and preloading, and pools that differ in their
 * php_admin_value settings, and sends it FastCGI requests with cgi-fcgi (the
 * FastCGI client of libfcgi: a real client, without a web server to configure).
 *
 *   php tools/ci/fpm.php --module=modules/extsockets_audit.so [--fpm=php-fpm8.2] [--soak=SECONDS]
 *       [--rsslimit=KiB (growth allowed per steady worker, 1024; 0: not checked, e.g. under
 *       AddressSanitizer, whose quarantine keeps freed memory)] [--keep=1]
 *
 * Pools:
 *  - on:     auditing, its own log (php_admin_value), 2 static workers recycled
 *            every 25 requests (pm.max_requests); call counts logged at the end
 *            of each request (calls_log_interval=0);
 *  - off:    php_admin_value[extsockets_audit.enabled]=0, its own log;
 *  - idle:   ondemand, workers stopped after 2 s idle, its log in a directory
 *            that does not exist until its only request is over;
 *  - steady: 2 static workers never recycled (resident memory), call counts
 *            logged every 60 s and when a worker ends (the default).
 * Checks (each prints one line, "ok" or "FAIL"):
 *  1. the off pool records, counts and logs nothing, and phpinfo() says so;
 *  2. a script compiled and cached by the off pool brings its findings to the on pool;
 *  3. preloaded files' findings are logged once, by the master, not by the
 *     preloading child as well;
 *  4. each worker logs each finding once; call counts are exact: the calls of
 *     every site (session save handlers run after the request, eval'd code,
 *     dynamic calls) add up to what the served requests made, over every
 *     worker, recycled ones included;
 *  5. records a worker holds back (its log cannot be opened) are written when
 *     the pool stops it, with no request to come;
 *  6. soak (--soak=S): clients on every pool for S seconds, the on pool's log
 *     rotated every 2 s, a reload (SIGUSR2) at a quarter of the time, then FPM
 *     stopped (SIGQUIT): no worker crash in the FPM log, no call lost or counted
 *     twice (the steady pool's counts come per interval and at worker exit),
 *     at most one call record per site per worker per interval, no finding
 *     logged twice by one worker, the steady pool's resident memory flat after warm-up.
 * Exit status 0 when every check passed, 1 otherwise, 2 when it cannot run.
 */

function fail_usage(string $m): never
{
    fwrite(STDERR, "fpm: $m\n");
    exit(2);
}

$o = ['module' => null, 'fpm' => 'php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION, 'soak' => '0', 'keep' => '0',
    'rsslimit' => '1024'];
foreach (array_slice($argv, 1) as $arg) {
    if (!preg_match('/^--([a-z]+)=(.*)$/s', $arg, $m) || !array_key_exists($m[1], $o)) {
        fail_usage("unknown argument $arg");
    }
    $o[$m[1]] = $m[2];
}
if (!$o['module'] || !is_file($o['module'])) {
    fail_usage('--module=PATH to extsockets_audit.so is required');
}
foreach ([$o['fpm'], 'cgi-fcgi'] as $bin) {
    if (trim((string) shell_exec('command -v ' . escapeshellarg($bin))) === '') {
        fail_usage("$bin not found (Debian: php8.2-fpm, libfcgi-bin)");
    }
}
$root = posix_getuid() === 0;
$dir = rtrim(sys_get_temp_dir(), '/') . '/esa-fpm-' . getmypid();
@mkdir($dir, 0755);
chmod($dir, 0755); /* the preloading child runs as nobody when PHP runs as root */
$www = "$dir/www";
mkdir($www, 0755);
copy($o['module'], "$dir/extsockets_audit.so");
$extDir = trim((string) shell_exec(escapeshellarg(PHP_BINARY) . ' -n -r \'echo ini_get("extension_dir");\''));

/* ------------------------------------------------------------ the scripts -- */
$scripts = [
    'lib.php' => <<<'PHP'
<?php
function lib_call(int $i) { return socket_strerror($i); }
PHP,
    'handler.php' => <<<'PHP'
<?php
class EsaHandler implements SessionHandlerInterface
{
    public function open(string $path, string $name): bool { return true; }
    public function close(): bool { socket_strerror(5); return true; }
    public function read(string $id): string|false { return ''; }
    public function write(string $id, string $data): bool { socket_strerror(6); eval('socket_strerror(7);'); return true; }
    public function destroy(string $id): bool { return true; }
    public function gc(int $max): int|false { return 0; }
}
PHP,
    'app.php' => <<<'PHP'
<?php
require_once __DIR__ . '/lib.php';
require_once __DIR__ . '/handler.php';
$n = (int) ($_GET['n'] ?? 3);
for ($i = 0; $i < $n; $i++) { lib_call($i); }
$f = 'socket_' . 'clear_error'; $f();
eval('socket_strerror(8);');
if (function_exists('preloaded_call')) { preloaded_call(); }
if (!empty($_GET['session'])) {
    session_set_save_handler(new EsaHandler(), true);
    session_id('esa' . getmypid());
    session_start();
    $_SESSION['n'] = $n;
}
echo 'ok ', getmypid(), "\n";
PHP,
    'evalloop.php' => <<<'PHP'
<?php
for ($i = 0; $i < 50; $i++) { eval('return socket_strerror(' . $i . ');'); }
echo 'ok ', getmypid(), "\n";
PHP,
    'info.php' => <<<'PHP'
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = html_entity_decode(strip_tags(ob_get_clean()));
preg_match('/Counting calls of ext\/sockets functions\s*(.*)/', $info, $counting);
preg_match('/Auditing compiled code\s*(\S+)/', $info, $auditing);
echo json_encode(['enabled' => ini_get('extsockets_audit.enabled'), 'auditing' => $auditing[1] ?? '?',
    'counting' => trim($counting[1] ?? '?'), 'findings' => count(extsockets_audit_usage()), 'pid' => getmypid()]), "\n";
PHP,
    'preload.php' => <<<'PHP'
<?php
function preloaded_call() { return socket_strerror(9); }
PHP,
];
foreach ($scripts as $name => $code) {
    file_put_contents("$www/$name", $code . "\n");
    chmod("$www/$name", 0644);
}
/* Lines of the counted sites (file => line => calls per request). */
$site = [
    'lib' => ["$www/lib.php", 2],
    'dynamic' => ["$www/app.php", 6],
    'eval' => ["$www/app.php(7) : eval()'d code", 1],
    'preloaded' => ["$www/preload.php", 2],
    'close' => ["$www/handler.php", 5],
    'write' => ["$www/handler.php", 7],
    'write_eval' => ["$www/handler.php(7) : eval()'d code", 1],
];

/* ------------------------------------------------------------- the server -- */
$user = $root ? "user = root\ngroup = root\n" : '';
$pool = fn(string $name, string $pm, array $admin) => "[$name]\n$user" . "listen = $dir/$name.sock\n$pm\n"
    . "catch_workers_output = yes\n"
    . implode('', array_map(fn($k, $v) => "php_admin_value[$k] = $v\n", array_keys($admin), $admin));
file_put_contents("$dir/fpm.conf", "[global]\npid = $dir/fpm.pid\nerror_log = $dir/fpm.log\nlog_level = notice\n"
    . "daemonize = no\nprocess_control_timeout = 10s\n\n"
    . $pool('on', "pm = static\npm.max_children = 2\npm.max_requests = 25", ['extsockets_audit.log' => "$dir/on.log", 'extsockets_audit.calls_log_interval' => '0'])
    . $pool('off', "pm = static\npm.max_children = 1", ['extsockets_audit.enabled' => '0', 'extsockets_audit.log' => "$dir/off.log"])
    . $pool('idle', "pm = ondemand\npm.max_children = 1\npm.process_idle_timeout = 2s", ['extsockets_audit.log' => "$dir/later/idle.log"])
    . $pool('steady', "pm = static\npm.max_children = 2", ['extsockets_audit.log' => "$dir/steady.log"]));
$defines = ['-d', "extension_dir=$extDir", '-d', 'extension=sockets', '-d', "extension=$dir/extsockets_audit.so",
    '-d', 'zend_extension=opcache', '-d', 'opcache.enable=1', '-d', 'opcache.validate_timestamps=0',
    '-d', "opcache.preload=$www/preload.php", '-d', "extsockets_audit.log=$dir/master.log",
    '-d', "error_log=$dir/php-errors.log", '-d', 'session.use_cookies=0', '-d', 'session.cache_limiter='];
if ($root) {
    array_push($defines, '-d', 'opcache.preload_user=nobody');
}
$cmd = array_merge([$o['fpm'], '-n', '-F', '-y', "$dir/fpm.conf"], $root ? ['-R'] : [], $defines);
$fpm = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/fpm.out", 'a'], 2 => ['file', "$dir/fpm.out", 'a']], $pipes);
$deadline = microtime(true) + 20;
while (!file_exists("$dir/steady.sock") || !file_exists("$dir/idle.sock")) {
    if (microtime(true) > $deadline || !proc_get_status($fpm)['running']) {
        fail_usage("php-fpm did not start:\n" . @file_get_contents("$dir/fpm.out") . @file_get_contents("$dir/fpm.log"));
    }
    usleep(50000);
}
/** Stops FPM as `kill -QUIT` does: workers finish and shut down (and log what they hold). */
function stop_fpm($fpm): bool
{
    $status = proc_get_status($fpm);
    if (!$status['running']) {
        return true;
    }
    posix_kill($status['pid'], SIGQUIT);
    $until = microtime(true) + 15;
    while (proc_get_status($fpm)['running'] && microtime(true) < $until) {
        usleep(50000);
    }
    if (proc_get_status($fpm)['running']) {
        posix_kill($status['pid'], SIGKILL);
        return false;
    }
    return true;
}
register_shutdown_function(function () use ($fpm, $dir, $o) {
    stop_fpm($fpm);
    if ($o['keep'] === '0') {
        exec('rm -rf ' . escapeshellarg($dir));
    } else {
        echo "fpm: kept $dir\n";
    }
});

/** One FastCGI request; returns the body, or null when it got no "ok"/JSON answer. */
function request(string $dir, string $pool, string $script, string $query = ''): ?string
{
    $env = ['REQUEST_METHOD' => 'GET', 'SCRIPT_FILENAME' => "$dir/www/$script", 'SCRIPT_NAME' => "/$script",
        'REQUEST_URI' => "/$script" . ($query !== '' ? "?$query" : ''), 'QUERY_STRING' => $query,
        'SERVER_PROTOCOL' => 'HTTP/1.1', 'GATEWAY_INTERFACE' => 'CGI/1.1', 'PATH' => '/usr/bin:/bin'];
    $p = proc_open(['cgi-fcgi', '-bind', '-connect', "$dir/$pool.sock"], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    proc_close($p);
    $body = substr($out, (strpos($out, "\r\n\r\n") ?: -4) + 4);
    return preg_match('/^(ok \d+|\{.*\})$/m', $body) ? trim($body) : null;
}

/** Every record of the log files matching $glob (rotated ones included). */
function records(string $glob): array
{
    $all = [];
    foreach (glob($glob) as $file) {
        foreach (file($file, FILE_IGNORE_NEW_LINES) as $n => $line) {
            $r = json_decode($line, true);
            if (!is_array($r)) {
                $all[] = ['torn' => "$file:" . ($n + 1) . ": $line"];
                continue;
            }
            $all[] = $r;
        }
    }
    return $all;
}

$failures = 0;
function check(bool $ok, string $what, string $detail = ''): void
{
    global $failures;
    echo $ok ? 'ok   ' : 'FAIL ', $what, $ok || $detail === '' ? '' : "\n     $detail", "\n";
    $failures += !$ok;
}

/** Calls per site that one request of app.php?n=N[&session=1] makes. */
function expected_calls(array &$sum, int $n, bool $session): void
{
    foreach (['lib' => $n, 'dynamic' => 1, 'eval' => 1, 'preloaded' => 1] + ($session ? ['close' => 1, 'write' => 1, 'write_eval' => 1] : []) as $k => $c) {
        $sum[$k] = ($sum[$k] ?? 0) + $c;
    }
}

/** Checks the records of one pool's logs: findings once per worker, calls as expected. */
/* How often FPM started a worker with each pid (its log, at log_level notice): over a
 * soak that forks tens of thousands of processes (the workers and one cgi-fcgi per
 * request), pids wrap around (pid_max is often 32768), and a new worker that gets an
 * old worker's pid logs the findings again, rightly. */
function worker_starts(string $dir): array
{
    preg_match_all('/child (\d+) started/', (string) @file_get_contents("$dir/fpm.log"), $m);
    return array_count_values($m[1]);
}

function check_records(string $label, array $records, array $site, array $expected): void
{
    global $dir;
    $starts = worker_starts($dir);
    $seen = [];
    $dups = [];
    $torn = [];
    $calls = [];
    foreach ($records as $r) {
        if (isset($r['torn'])) {
            $torn[] = $r['torn'];
            continue;
        }
        if (isset($r['calls'])) {
            $calls["{$r['file']}:{$r['line']}"] = ($calls["{$r['file']}:{$r['line']}"] ?? 0) + $r['calls'];
            continue;
        }
        $key = "{$r['pid']} {$r['file']}:{$r['line']} {$r['scope']} {$r['kind']} {$r['symbol']} {$r['form']}";
        $seen[$key] = ($seen[$key] ?? 0) + 1;
        if ($seen[$key] > max(1, $starts[$r['pid']] ?? 0)) {
            $dups[] = "$key (logged {$seen[$key]} times, " . ($starts[$r['pid']] ?? 0) . ' workers of that pid started)';
        }
    }
    check(!$torn, "$label: every record whole", implode("\n     ", array_slice($torn, 0, 5)));
    check(!$dups, "$label: each worker logs each finding once (" . count($seen) . ' finding records)', implode("\n     ", array_slice($dups, 0, 5)));
    $diff = [];
    foreach ($expected as $k => $want) {
        $got = $calls["{$site[$k][0]}:{$site[$k][1]}"] ?? 0;
        if ($got !== $want) {
            $diff[] = "$k ({$site[$k][0]}:{$site[$k][1]}): $got calls logged, $want made";
        }
    }
    check(!$diff, "$label: call counts exact (" . implode(', ', array_map(fn($k, $v) => "$k $v", array_keys($expected), $expected)) . ')', implode("\n     ", $diff));
}

/* 1, 2: the off pool compiles (and so caches) every script first. */
$offInfo = json_decode((string) request($dir, 'off', 'info.php'), true);
$okOff = 0;
for ($i = 0; $i < 10; $i++) {
    $okOff += request($dir, 'off', 'app.php', 'n=2&session=1') !== null;
}
request($dir, 'off', 'evalloop.php');
check($okOff === 10, "off pool: 10 requests served");
check(($offInfo['enabled'] ?? null) === '0' && ($offInfo['auditing'] ?? null) === 'no' && ($offInfo['counting'] ?? null) === 'no (switched off)'
    && ($offInfo['findings'] ?? null) === 0,
    'off pool: phpinfo() shows what is in effect (auditing no, counting "no (switched off)", no findings)', json_encode($offInfo));
check(!file_exists("$dir/off.log") || filesize("$dir/off.log") === 0, 'off pool: no record logged', @file_get_contents("$dir/off.log"));
$onInfo = json_decode((string) request($dir, 'steady', 'info.php'), true);
check(($onInfo['enabled'] ?? null) === '1' && ($onInfo['auditing'] ?? null) === 'yes' && ($onInfo['counting'] ?? null) === 'yes',
    'steady pool: phpinfo() shows auditing and counting on', json_encode($onInfo));

/* 4: the on pool, 2 workers recycled every 25 requests. */
$expected = [];
$served = 0;
$pids = [];
for ($i = 0; $i < 120; $i++) {
    $n = $i % 5;
    $session = $i % 3 === 0;
    $r = request($dir, 'on', 'app.php', "n=$n" . ($session ? '&session=1' : ''));
    if ($r !== null) {
        $served++;
        $pids[substr($r, 3)] = true;
        expected_calls($expected, $n, $session);
    }
}
check($served === 120 && count($pids) >= 5, "on pool: 120 requests served by " . count($pids) . ' workers (recycled every 25 requests)');
$onRecords = records("$dir/on.log*");
/* form "call": found by the compiler (in the off pool's worker), not seen only when it ran ("dynamic"). */
$libFindings = array_filter($onRecords, fn($r) => !isset($r['calls']) && ($r['file'] ?? '') === "$www/lib.php"
    && ($r['symbol'] ?? '') === 'socket_strerror' && ($r['form'] ?? '') === 'call');
check(count(array_unique(array_column($libFindings, 'pid'))) === count($pids),
    'on pool: every worker reports the findings of lib.php, which the off pool compiled and cached (' . count($libFindings) . ' records, ' . count($pids) . ' workers)');
check_records('on pool', $onRecords, $site, $expected);

/* 3: preloading. */
$all = array_merge(records("$dir/master.log"), $onRecords, records("$dir/steady.log*"));
$preloaded = array_filter($all, fn($r) => !isset($r['calls']) && ($r['file'] ?? '') === "$www/preload.php");
$masterPids = array_unique(array_column($preloaded, 'pid'));
check(count($preloaded) === 1 && count($masterPids) === 1,
    'preloaded file: its finding logged once, by one process' . ($root ? ' (preloaded in a child running as nobody)' : ''),
    json_encode(array_values($preloaded)));

/* 5: held back, written when the idle pool stops its worker. */
$r = request($dir, 'idle', 'app.php', 'n=1');
clearstatcache();
$before = file_exists("$dir/later/idle.log");
mkdir("$dir/later", 0777);
chmod("$dir/later", 0777);
$until = microtime(true) + 15;
do {
    usleep(200000);
    clearstatcache();
} while ((!file_exists("$dir/later/idle.log") || !filesize("$dir/later/idle.log")) && microtime(true) < $until);
$idle = records("$dir/later/idle.log");
$idleCalls = array_sum(array_column(array_filter($idle, fn($r) => ($r['file'] ?? '') === "$www/lib.php"), 'calls'));
check($r !== null && !$before && $idleCalls === 1 && count($idle) >= 2,
    'idle pool: records held back while the log could not be opened are written when FPM stops the idle worker (' . count($idle) . ' records)',
    json_encode(['served' => $r, 'log existed' => $before, 'records' => $idle]));

/* 6: soak. */
$soak = (int) $o['soak'];
if ($soak > 0) {
    $status = proc_get_status($fpm);
    $master = $status['pid'];
    $rss = function (string $pool) use ($master): array {
        $out = [];
        foreach (glob('/proc/[0-9]*/cmdline') as $f) {
            $cmd = @file_get_contents($f);
            $pid = (int) basename(dirname($f));
            if ($cmd !== false && str_contains($cmd, "pool $pool") && (int) @explode(' ', @file_get_contents("/proc/$pid/stat"))[3] === $master) {
                preg_match('/VmRSS:\s+(\d+)/', (string) @file_get_contents("/proc/$pid/status"), $m);
                $out[$pid] = (int) ($m[1] ?? 0);
            }
        }
        ksort($out);
        return $out;
    };
    $clients = 6;
    $start = microtime(true);
    $end = $start + $soak;
    $running = [];
    $soakExpected = ['on' => [], 'steady' => []];
    $soakServed = 0;
    $soakFailed = 0;
    $reloaded = false;
    $rotations = 0;
    $nextRotate = $start + 2;
    $warm = null;
    $onBefore = $expected;
    $spawn = function () use ($dir) {
        $pool = ['on', 'steady', 'off', 'idle'][random_int(0, 3)];
        $n = random_int(0, 6);
        $session = random_int(0, 2) === 0;
        $script = random_int(0, 4) === 0 ? 'evalloop.php' : 'app.php';
        $query = $script === 'app.php' ? "n=$n" . ($session ? '&session=1' : '') : '';
        $env = ['REQUEST_METHOD' => 'GET', 'SCRIPT_FILENAME' => "$dir/www/$script", 'SCRIPT_NAME' => "/$script",
            'REQUEST_URI' => "/$script?$query", 'QUERY_STRING' => $query, 'SERVER_PROTOCOL' => 'HTTP/1.1',
            'GATEWAY_INTERFACE' => 'CGI/1.1', 'PATH' => '/usr/bin:/bin'];
        $p = proc_open(['cgi-fcgi', '-bind', '-connect', "$dir/$pool.sock"], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes, null, $env);
        return ['p' => $p, 'out' => $pipes[1], 'pool' => $pool, 'script' => $script, 'n' => $n, 'session' => $session];
    };
    mt_srand(1);
    while (microtime(true) < $end || $running) {
        while (count($running) < $clients && microtime(true) < $end) {
            $running[] = $spawn();
        }
        foreach ($running as $k => $c) {
            $out = stream_get_contents($c['out']);
            fclose($c['out']);
            proc_close($c['p']);
            unset($running[$k]);
            if (preg_match('/^ok \d+$/m', $out)) {
                $soakServed++;
                if ($c['script'] === 'app.php' && isset($soakExpected[$c['pool']])) {
                    expected_calls($soakExpected[$c['pool']], $c['n'], $c['session']);
                }
            } else {
                $soakFailed++;
            }
            break;
        }
        $now = microtime(true);
        if ($now >= $nextRotate) {
            if (@rename("$dir/on.log", "$dir/on.log." . ($rotations + 1))) {
                $rotations++;
            }
            $nextRotate = $now + 2;
        }
        if (!$reloaded && $now >= $start + $soak / 4) {
            posix_kill($master, SIGUSR2);
            $reloaded = true;
        }
        if ($warm === null && $now >= $start + $soak / 2) {
            $warm = $rss('steady');
        }
    }
    $final = $rss('steady');
    $stopped = stop_fpm($fpm);
    check($stopped, 'soak: FPM stopped gracefully (SIGQUIT) within 15 s');
    $fpmLog = (string) @file_get_contents("$dir/fpm.log");
    $crashes = preg_match_all('/exited on signal|SIGSEGV|SIGABRT|core dumped|execution timed out/', $fpmLog);
    check($crashes === 0, "soak: $soakServed requests in {$soak} s ($soakFailed refused while FPM reloaded), log rotated $rotations times, one reload: no worker crashed (FPM log)",
        implode("\n     ", array_slice(preg_grep('/signal|SIG|core|timed out/', explode("\n", $fpmLog)), 0, 5)));
    foreach ($soakExpected['on'] as $k => $v) {
        $onBefore[$k] = ($onBefore[$k] ?? 0) + $v;
    }
    check_records('soak, on pool (rotated files included)', records("$dir/on.log*"), $site, $onBefore);
    $steady = records("$dir/steady.log*");
    check_records('soak, steady pool (counts per 60 s and at worker exit)', $steady, $site, $soakExpected['steady']);
    $callRecords = array_filter($steady, fn($r) => isset($r['calls']));
    $perSiteWorker = [];
    foreach ($callRecords as $r) {
        $k = "{$r['pid']} {$r['file']}:{$r['line']}";
        $perSiteWorker[$k] = ($perSiteWorker[$k] ?? 0) + 1;
    }
    $intervals = intdiv($soak, 60) + 1;
    $steadyRequests = $soakExpected['steady']['dynamic'] ?? 0;
    check($perSiteWorker && max($perSiteWorker) <= $intervals && !array_filter($callRecords, fn($r) => isset($r['uri']) || !isset($r['since'])),
        sprintf('soak, steady pool: %d call records (%d bytes) for %d requests: at most %d per site per worker, with "since" and no "uri"',
            count($callRecords), array_sum(array_map(fn($r) => strlen(json_encode($r, JSON_UNESCAPED_SLASHES)) + 1, $callRecords)),
            $steadyRequests, $intervals),
        json_encode(array_slice($perSiteWorker, 0, 10)));
    $growth = [];
    foreach ($final as $pid => $kb) {
        if (isset($warm[$pid])) {
            $growth[$pid] = $kb - $warm[$pid];
        }
    }
    if ((int) $o['rsslimit'] > 0) {
        check($growth && max($growth) <= (int) $o['rsslimit'], 'soak: steady pool resident memory flat after warm-up (growth in KiB per worker: '
            . json_encode($growth) . ", limit {$o['rsslimit']})", json_encode(['warm' => $warm, 'final' => $final]));
    } else {
        echo "--   soak: resident memory not checked (--rsslimit=0)\n";
    }
}

$errors = (string) @file_get_contents("$dir/php-errors.log");
$unexpected = array_filter(explode("\n", $errors), fn($l) => $l !== '' && !str_contains($l, 'later/idle.log'));
check(!$unexpected, 'PHP error log: only the expected warning (the idle pool\'s log directory missing)', implode("\n     ", array_slice($unexpected, 0, 5)));
echo $failures ? "fpm: $failures checks failed\n" : "fpm: all checks passed\n";
exit($failures ? 1 : 0);
