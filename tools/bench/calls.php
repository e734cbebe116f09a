<?php
/*
 * Call-counting workload (issue 9): N calls in a tight loop, then prints the
 * elapsed seconds. The instruction cost per call comes from two values of N
 * (tools/bench/run), which removes start-up.
 *   php calls.php socket|other N
 * socket: socket_strerror(), an ext/sockets function the extension counts;
 * other:  dechex(), an internal function it leaves alone.
 */
[, $kind, $n] = $argv;
$n = (int) $n;
$start = hrtime(true);
if ($kind === 'socket') {
    for ($i = 0; $i < $n; $i++) {
        socket_strerror(1);
    }
} else {
    for ($i = 0; $i < $n; $i++) {
        dechex(1);
    }
}
printf("%.9f\n", (hrtime(true) - $start) / 1e9);
