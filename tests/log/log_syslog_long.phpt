--TEST--
Audit log to syslog, records longer than a message (10 kB and 300 kB class names, invalid UTF-8, escapes and multi-byte characters at the cut): cut to 8 KiB with a visible marker and a "truncated" field, never dropped, still valid JSON or text
--SKIPIF--
<?php
if (!function_exists('proc_open')) die('skip proc_open() is disabled');
if (!in_array('udg', stream_get_transports(), true)) die('skip no unix datagram sockets');
?>
--INI--
; valgrind cannot follow the code of PCRE's JIT
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/log.inc';

$dir = sys_get_temp_dir() . '/esa_syslog_long_' . getmypid();
@mkdir($dir);
/* Plays the syslog daemon: a datagram socket like /dev/log, read after the child. */
$socket = "$dir/log.sock";
$daemon = stream_socket_server("udg://$socket", $errno, $error, STREAM_SERVER_BIND);
stream_set_blocking($daemon, false);

/* Class names as generated code has them. Scopes are "<class>::m", as logged. */
$classes = [
    '10 kB' => 'Gen' . str_repeat('x', 10240),
    '300 kB' => 'Huge' . str_repeat('y', 300000),
    'invalid UTF-8' => 'Latin' . str_repeat("\xe9", 12000),
    'escapes and multi-byte' => 'Mixed' . str_repeat("\u{85}\u{e9}\u{202e}\u{1f600}", 1500),
];
$lib = "$dir/lib.inc";
$code = "<?php\nfunction short(\$s) { socket_close(\$s); }\n";
foreach ($classes as $class) {
    $code .= "class $class { function m(\$s) { socket_close(\$s); } }\n";
}
file_put_contents($lib, $code);
file_put_contents("$dir/child.php", "<?php\ninclude '$lib';\n"
    . "ob_start(); (new ReflectionExtension('extsockets_audit'))->info();\n"
    . "echo implode(\"\\n\", preg_grep('/^Audit log records/', explode(\"\\n\", ob_get_clean()))), \"\\n\";\n");

foreach (['json', 'text'] as $format) {
    echo "-- $format --\n";
    [$status, $out, $err] = esa_run(esa_child_command("$dir/child.php",
        ['extsockets_audit.log' => "syslog:$socket", 'extsockets_audit.log_format' => $format]));
    echo "exit status $status\n$out$err";
    $n = 0;
    while (($message = stream_socket_recvfrom($daemon, 400000)) !== false && $message !== '') {
        $n++;
        $body = preg_replace('/^<14>\w{3} [ \d]\d \d\d:\d\d:\d\d extsockets_audit\[\d+\]: /', '', $message);
        $r = $format === 'json' ? json_decode($body, true) : esa_log_parse_text($body);
        $problems = [];
        if (strlen($message) > 8192) {
            $problems[] = 'longer than 8192 bytes: ' . strlen($message);
        }
        if (!is_array($r)) {
            echo "message $n: does not parse\n";
            continue;
        }
        if (!preg_match('//u', $body)) {
            $problems[] = 'not UTF-8';
        }
        if (preg_match('/[\x00-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]/', $body)) {
            $problems[] = 'a raw control character';
        }
        $what = null;
        foreach ($classes as $name => $class) {
            if (strncmp($r['scope'], substr($class, 0, 5), 5) === 0) {
                $what = $name;
            }
        }
        if ($what === null && $r['scope'] !== 'short') { echo "unknown scope: ", bin2hex(substr($r['scope'], 0, 20)), "\n"; continue; }
        if ($r['scope'] === 'short') {
            echo "message $n: short: scope ", $r['scope'], ', truncated ', var_export($r['truncated'] ?? null, true),
                $problems ? ', ' . implode(', ', $problems) : '', "\n";
            continue;
        }
        /* The scope as logged (U+FFFD for bytes that are not UTF-8) and exactly, for _b64. */
        $exact = $classes[$what] . '::m';
        $logged = json_decode(json_encode($exact, JSON_INVALID_UTF8_SUBSTITUTE));
        if (!preg_match('/^(.*)\x{2026}\[truncated (\d+) bytes\]$/su', $r['scope'], $m)) {
            $problems[] = 'scope without the marker';
        } elseif (strlen($m[1]) + (int) $m[2] !== strlen($logged) || strncmp($m[1], $logged, strlen($m[1])) !== 0) {
            $problems[] = 'scope is not a prefix of the logged one, with its length';
        }
        if (isset($r['scope_b64'])) {
            if (!preg_match('/^([A-Za-z0-9+\/=]*)\x{2026}\[truncated (\d+) bytes\]$/u', $r['scope_b64'], $b)) {
                $problems[] = 'scope_b64 without the marker';
            } elseif (strlen($b[1]) % 4 !== 0 || strncmp(base64_decode($b[1], true), $exact, strlen(base64_decode($b[1]))) !== 0) {
                $problems[] = 'scope_b64 is not the base64 of a prefix';
            }
        }
        foreach (['kind' => 'function', 'symbol' => 'socket_close', 'form' => 'call', 'file' => $lib] as $field => $value) {
            if (($r[$field] ?? null) !== $value) {
                $problems[] = "$field changed";
            }
        }
        echo "message $n: $what: truncated ", var_export($r['truncated'] ?? null, true),
            $problems ? ', ' . implode(', ', $problems) : ', all fine', "\n";
    }
}
fclose($daemon);
foreach (glob("$dir/*") as $f) {
    unlink($f);
}
rmdir($dir);
?>
--EXPECT--
-- json --
exit status 0
Audit log records => 5 written, 0 held back, 0 dropped, 4 cut to fit a syslog message of 8192 bytes
message 1: short: scope short, truncated NULL
message 2: 10 kB: truncated 'scope', all fine
message 3: 300 kB: truncated 'scope', all fine
message 4: invalid UTF-8: truncated 'scope,scope_b64', all fine
message 5: escapes and multi-byte: truncated 'scope', all fine
-- text --
exit status 0
Audit log records => 5 written, 0 held back, 0 dropped, 4 cut to fit a syslog message of 8192 bytes
message 1: short: scope short, truncated NULL
message 2: 10 kB: truncated 'scope', all fine
message 3: 300 kB: truncated 'scope', all fine
message 4: invalid UTF-8: truncated 'scope,scope_b64', all fine
message 5: escapes and multi-byte: truncated 'scope', all fine
