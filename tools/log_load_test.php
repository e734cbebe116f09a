<?php
/*
 * Load test of the audit log: many processes appending to one file at once.
 *
 *   php -n -d extension=modules/extsockets_audit.so tools/log_load_test.php
 *       [--requests=2000] [--scripts=60] [--clients=8] [--workers=4] [--cli=8] [--rotate=0.3] [--keep]
 *
 * Starts the built-in server with PHP_CLI_SERVER_WORKERS workers on a loopback
 * port, writing the audit log to a file; drives the requests across the
 * scripts from concurrent client processes while CLI processes, at the same
 * time, include every script and log to the same file, while the log is rotated
 * every --rotate seconds as logrotate's create does (renamed, a new file created);
 * stops the server; then checks that every line of the log's files is one JSON record, and that the records are exactly
 * the findings each worker compiled, each once: none torn, missing, unexpected
 * or duplicated. Expected findings come from extsockets_audit_scan_file().
 * Exit status 0 when all holds. Bounded: a deadline stops everything.
 */

const DEADLINE_SECONDS = 240;

if (($argv[1] ?? '') === '--client') {
    exit(client($argv[2], (int) $argv[3], (int) $argv[4], (int) $argv[5], (int) $argv[6]));
}

$options = getopt('', ['requests:', 'scripts:', 'clients:', 'workers:', 'cli:', 'rotate:', 'keep']);
$requests = (int) ($options['requests'] ?? 2000);
$scriptCount = (int) ($options['scripts'] ?? 60);
$clients = (int) ($options['clients'] ?? 8);
$workers = (int) ($options['workers'] ?? 4);
$cliRuns = (int) ($options['cli'] ?? 8);
/* Seconds between two rotations of the log while it is written (0: none). */
$rotateEvery = (float) ($options['rotate'] ?? 0.3);
$keep = isset($options['keep']);
$started = microtime(true);

/* posix_kill() stops the server's process group; a shell's kill may not take one. */
if (!function_exists('posix_kill') && !@dl('posix.so')) {
    fail('needs the posix extension');
}
if (!function_exists('extsockets_audit_scan_file')) {
    fail('run me with the extension loaded: php -n -d extension=modules/extsockets_audit.so ' . $argv[0]);
}
$extension = extension_path();
$dir = sys_get_temp_dir() . '/esa-log-load-' . getmypid();
mkdir("$dir/www/lib", 0755, true);
/* Paths as PHP resolves them, so that they compare with the log's. */
$dir = realpath($dir);
$docroot = "$dir/www";
$log = "$dir/audit.jsonl";
$server = null;
register_shutdown_function(function () use (&$server, $dir, $keep) {
    if ($server) {
        stop_server($server);
    }
    if (!$keep) {
        remove_tree($dir);
    }
});

$scripts = write_scripts($docroot, $scriptCount);
$expected = [];
foreach ([...$scripts, "$docroot/lib/common.php"] as $path) {
    $expected[$path] = array_map('finding_key', extsockets_audit_scan_file($path));
}

$server = start_server($docroot, $log, $extension, $workers, "$dir/server.log");
file_put_contents("$dir/run_all.php", <<<'PHP'
<?php
foreach (glob(__DIR__ . '/www/s*.php') as $script) {
    ob_start();
    include $script;
    ob_end_clean();
}
echo getmypid(), "\n";
PHP);
/* Rotates the log as logrotate's create does, until told to stop: renamed to
 * audit.jsonl.<n>, an empty file created in its place. */
$rotator = null;
if ($rotateEvery > 0) {
    $rotator = proc_open([PHP_BINARY, '-n', '-r', <<<'PHP'
[, $log, $every] = $argv;
for ($n = 1; !file_exists("$log.stop"); $n++) {
    usleep((int) ($every * 1e6));
    if (@rename($log, "$log.$n")) {
        @fclose(@fopen($log, 'x'));
    }
}
echo $n - 1, "\n";
PHP, $log, $rotateEvery], [1 => ['pipe', 'w']], $rotatorPipes) ?: fail('cannot start the rotator');
}
$cli = [];
for ($i = 0; $i < $cliRuns; $i++) {
    $cli[] = proc_open([PHP_BINARY, '-n', '-d', "extension=$extension", '-d', "extsockets_audit.log=$log", "$dir/run_all.php"],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $cliPipes[$i]) ?: fail('cannot start a CLI run');
}
$served = drive($server['url'], $scriptCount, $requests, $clients, $started);
$cliPids = [];
foreach ($cli as $i => $process) {
    $out = stream_get_contents($cliPipes[$i][1]);
    $err = stream_get_contents($cliPipes[$i][2]);
    proc_close($process);
    if ($err !== '' || !preg_match('/^\d+$/', trim($out))) {
        fail("CLI run $i: $out$err");
    }
    $cliPids[(int) $out] = true;
}
stop_server($server);
$server = null;
$rotations = 0;
if ($rotator) {
    touch("$log.stop");
    $rotations = (int) stream_get_contents($rotatorPipes[1]);
    proc_close($rotator);
}

/* What each worker compiled: the scripts it served, and the library they all
 * include; each CLI run compiled all of them. */
foreach (array_keys($cliPids) as $pid) {
    foreach ($scripts as $path) {
        $served[$pid][basename($path)] = true;
    }
}
$expectedKeys = [];
foreach ($served as $pid => $names) {
    foreach ([...array_keys($names), 'lib/common.php'] as $name) {
        foreach ($expected["$docroot/$name"] as $key) {
            $expectedKeys["$pid $key"] = true;
        }
    }
}

/* The rotated files in their order, then the last one. */
$problems = [];
$lines = '';
foreach ([...array_map(fn($n) => "$log.$n", range(1, max(1, $rotations))), $log] as $path) {
    $part = file_exists($path) ? file_get_contents($path) : '';
    if ($part !== '' && substr($part, -1) !== "\n") {
        $problems[] = basename($path) . ' does not end with a line break';
        $part .= "\n";
    }
    $lines .= $part;
}
$torn = $duplicated = $unexpected = $badFields = 0;
$found = [];
$count = 0;
$torn += count($problems);
foreach (explode("\n", rtrim($lines, "\n")) as $n => $line) {
    if ($line === '') {
        continue;
    }
    $count++;
    $r = json_decode($line, true);
    if (!is_array($r) || !isset($r['ts'], $r['pid'], $r['host'], $r['sapi'], $r['file'], $r['line'], $r['scope'], $r['kind'], $r['symbol'], $r['form'])) {
        $torn++;
        $problems[] = 'line ' . ($n + 1) . ' is not a whole record: ' . substr($line, 0, 200);
        continue;
    }
    $relative = substr($r['file'], strlen($docroot) + 1);
    if (isset($cliPids[$r['pid']])) {
        $contextOk = $r['sapi'] === 'cli' && ($r['script'] ?? null) === "$dir/run_all.php" && !isset($r['uri']);
    } else {
        $contextOk = $r['sapi'] === 'cli-server' && !isset($r['script']) && isset($r['uri']) && ($relative === 'lib/common.php'
            ? preg_match('#^/s\d+\.php$#', $r['uri']) : $r['uri'] === "/$relative");
    }
    if (!$contextOk
            || !preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/', $r['ts'])) {
        $badFields++;
        $problems[] = 'line ' . ($n + 1) . ' has unexpected field values: ' . substr($line, 0, 300);
    }
    $key = $r['pid'] . ' ' . finding_key($r);
    if (isset($found[$key])) {
        $duplicated++;
        $problems[] = 'line ' . ($n + 1) . ' repeats a record of the same process: ' . substr($line, 0, 200);
    }
    $found[$key] = true;
    if (!isset($expectedKeys[$key])) {
        $unexpected++;
        $problems[] = 'line ' . ($n + 1) . ' is not a finding of a script its process served: ' . substr($line, 0, 200);
    }
}
$missing = array_diff_key($expectedKeys, $found);
foreach (array_slice(array_keys($missing), 0, 10) as $key) {
    $problems[] = "missing: $key";
}
$serverLog = (string) @file_get_contents("$dir/server.log");
if (preg_match_all('/^.*(extsockets_audit|PHP (Warning|Fatal)).*$/m', $serverLog, $m)) {
    $problems[] = 'the server reported: ' . implode(' / ', array_slice($m[0], 0, 5));
}

$pids = count($served) - count($cliPids);
printf("log load test: %d requests over %d scripts from %d clients to %d server processes, and %d CLI runs of "
    . "every script, at once, the log rotated %d times, in %.1f s; %d records expected, %d found; %d torn, "
    . "%d duplicated, %d missing, %d unexpected, %d with wrong fields\n",
    $requests, $scriptCount, $clients, $pids, count($cliPids), $rotations, microtime(true) - $started,
    count($expectedKeys), $count, $torn, $duplicated, count($missing), $unexpected, $badFields);
foreach (array_slice($problems, 0, 20) as $problem) {
    echo "  $problem\n";
}
if ($keep) {
    echo "  kept: $dir\n";
}
exit($problems || $count !== count($expectedKeys) || $pids < 2 ? 1 : 0);

/* Exits; the shutdown function stops the server and removes the work directory. */
function fail(string $message)
{
    fwrite(STDERR, "log load test: $message\n");
    exit(2);
}

function finding_key(array $f): string
{
    return json_encode([$f['file'], $f['line'], $f['scope'], $f['kind'], $f['symbol'], $f['form']], JSON_UNESCAPED_SLASHES);
}

function extension_path(): string
{
    foreach ([ini_get('extension_dir') . '/extsockets_audit.so', __DIR__ . '/../modules/extsockets_audit.so'] as $path) {
        if (is_file($path)) {
            return realpath($path);
        }
    }
    fail('cannot find extsockets_audit.so');
}

/* Scripts that use different ext/sockets symbols in different ways, some in a
 * namespace; each includes lib/common.php three times. The first five hold
 * hundreds of findings each, so that their batches take more than one write(). */
function write_scripts(string $docroot, int $count): array
{
    $functions = ['socket_create', 'socket_bind', 'socket_listen', 'socket_accept', 'socket_connect', 'socket_read',
        'socket_write', 'socket_close', 'socket_select', 'socket_recv', 'socket_send', 'socket_recvfrom',
        'socket_sendto', 'socket_set_option', 'socket_get_option', 'socket_shutdown', 'socket_last_error',
        'socket_strerror', 'socket_getpeername', 'socket_getsockname'];
    $constants = ['AF_INET', 'AF_INET6', 'AF_UNIX', 'SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOL_SOCKET', 'SOL_TCP',
        'SOL_UDP', 'SO_REUSEADDR', 'SO_KEEPALIVE', 'SO_RCVTIMEO', 'SO_SNDTIMEO', 'SO_LINGER', 'MSG_PEEK',
        'MSG_DONTWAIT', 'MSG_WAITALL', 'SOMAXCONN', 'TCP_NODELAY', 'PHP_NORMAL_READ'];
    file_put_contents("$docroot/lib/common.php", <<<'PHP'
<?php
return function (?Socket $s): int {
    if ($s === null && function_exists('socket_create')) {
        $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    }
    return defined('MSG_PEEK') ? MSG_PEEK : 0;
};
PHP);
    $paths = [];
    for ($i = 0; $i < $count; $i++) {
        $f1 = $functions[$i % 20];
        $f2 = $functions[($i * 7 + 3) % 20];
        $c1 = $constants[$i % 20];
        $c2 = $constants[($i * 3 + 1) % 20];
        $namespace = $i % 3 === 0 ? "namespace App\\S$i;\n" : '';
        $big = $i < 5 ? str_repeat("        echo \\$c1, $c2;\n", 300) : '';
        $code = <<<PHP
<?php
{$namespace}use function socket_close as close_$i;
for (\$k = 0; \$k < 3; \$k++) {
    \$common = include __DIR__ . '/lib/common.php';
}
function handler_$i(?\\Socket \$s, int \$flags = $c1): void
{
    if (false) {
        $f1(\$s);
        \\$f2(\$s, $c2);
        close_$i(\$s);
        \$x = $f1(...);
$big    }
}
echo getmypid(), ' ', basename(__FILE__), "\\n";

PHP;
        $path = sprintf('%s/s%02d.php', $docroot, $i);
        file_put_contents($path, $code);
        $paths[] = $path;
    }
    return $paths;
}

function free_port(): int
{
    $socket = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
    if (!$socket) {
        fail("no free port: $error");
    }
    $port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
    fclose($socket);
    return $port;
}

function start_server(string $docroot, string $log, string $extension, int $workers, string $serverLog): array
{
    for ($attempt = 0; $attempt < 3; $attempt++) {
        $port = free_port();
        /* setsid: the server and its workers form a process group, stopped together. */
        $command = ['setsid', PHP_BINARY, '-n', '-d', "extension=$extension", '-d', "extsockets_audit.log=$log",
            '-S', "127.0.0.1:$port", '-t', $docroot];
        $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $serverLog, 'a'],
            2 => ['file', $serverLog, 'a']], $pipes, $docroot,
            /* The caller's environment too: under tools/ci/asan it carries LD_PRELOAD and ASAN_OPTIONS. */
            ['PHP_CLI_SERVER_WORKERS' => (string) $workers] + getenv());
        if (!$process) {
            fail('cannot start php -S');
        }
        $server = ['process' => $process, 'pid' => proc_get_status($process)['pid'], 'url' => "http://127.0.0.1:$port"];
        for ($wait = 0; $wait < 100; $wait++) {
            $connection = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $error, 1);
            if ($connection) {
                fclose($connection);
                return $server;
            }
            if (!proc_get_status($process)['running']) {
                break;
            }
            usleep(100000);
        }
        stop_server($server);
    }
    fail('php -S did not start; see its output: ' . @file_get_contents($serverLog));
}

/* SIGINT lets the server and each worker end their loop and shut down
 * normally (the server waits for its workers); whatever still runs after 10 s
 * is killed. Signal numbers are Linux's. */
function stop_server(array $server): void
{
    $group = (int) $server['pid'];
    if ($group <= 1) {
        return;
    }
    posix_kill(-$group, 2);
    for ($wait = 0; $wait < 100 && proc_get_status($server['process'])['running']; $wait++) {
        usleep(100000);
    }
    if (proc_get_status($server['process'])['running']) {
        fwrite(STDERR, "log load test: the server did not stop on SIGINT; killing it\n");
    }
    /* Nothing of the group may outlive the test, whatever happened. */
    posix_kill(-$group, 9);
    proc_close($server['process']);
}

/* Client processes, each sending its share of the requests one after another. */
function drive(string $url, int $scripts, int $requests, int $clients, float $started): array
{
    $processes = [];
    for ($c = 0; $c < $clients; $c++) {
        $share = intdiv($requests, $clients) + ($c < $requests % $clients ? 1 : 0);
        $processes[] = proc_open([PHP_BINARY, '-n', __FILE__, '--client', $url, $scripts, $share, $c, $clients],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes) ?: fail('cannot start a client');
        $outputs[] = $pipes;
    }
    $served = [];
    $answered = 0;
    foreach ($processes as $c => $process) {
        foreach ([1, 2] as $fd) {
            stream_set_blocking($outputs[$c][$fd], false);
        }
        $out = $err = '';
        while (true) {
            $out .= stream_get_contents($outputs[$c][1]);
            $err .= stream_get_contents($outputs[$c][2]);
            if (!proc_get_status($process)['running']) {
                break;
            }
            if (microtime(true) - $started > DEADLINE_SECONDS) {
                fail('deadline passed while the clients ran');
            }
            usleep(20000);
        }
        $out .= stream_get_contents($outputs[$c][1]);
        $err .= stream_get_contents($outputs[$c][2]);
        if ($err !== '') {
            fail("client $c: $err");
        }
        foreach (explode("\n", trim($out)) as $line) {
            if (!preg_match('/^(\d+) (s\d+\.php)$/', $line, $m)) {
                fail("client $c: unexpected answer: $line");
            }
            $served[(int) $m[1]][$m[2]] = true;
            $answered++;
        }
    }
    if ($answered !== $requests) {
        fail("$answered answers to $requests requests");
    }
    return $served;
}

/* One client: requests spread over every script, with a query string the log must leave out. */
function client(string $url, int $scripts, int $count, int $index, int $clients): int
{
    $context = stream_context_create(['http' => ['timeout' => 20, 'ignore_errors' => true]]);
    for ($k = 0; $k < $count; $k++) {
        $script = sprintf('s%02d.php', ($index + $k * $clients + intdiv($k, $scripts)) % $scripts);
        $body = @file_get_contents("$url/$script?client=$index&request=$k", false, $context);
        $status = $http_response_header[0] ?? 'no response';
        if ($body === false || !str_contains($status, ' 200 ')) {
            fwrite(STDERR, "$script: $status\n");
            return 1;
        }
        echo $body;
    }
    return 0;
}

function remove_tree(string $dir): void
{
    if (!is_dir($dir)) {
        return;
    }
    foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
            RecursiveIteratorIterator::CHILD_FIRST) as $entry) {
        $entry->isDir() ? rmdir($entry->getPathname()) : unlink($entry->getPathname());
    }
    rmdir($dir);
}
