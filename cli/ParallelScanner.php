<?php
namespace ExtsocketsAudit\Cli;

/**
 * `scan --jobs N`: N child PHP processes running this script as workers
 * (proc_open, so it works wherever PHP runs, with or without pcntl). Files are
 * handed out one at a time as workers finish, at most two in flight per
 * worker; results are put back in the order of the file list, so the report is
 * the one a single process makes. A worker that dies (a crash while compiling a
 * file) costs that one file, reported as an error; the next file goes on to a
 * new worker.
 */
final class ParallelScanner
{
    private const IN_FLIGHT = 2;

    /** @param string[] $command how to start a worker */
    public function __construct(private array $command, private int $jobs)
    {
    }

    /**
     * @param string[] $files
     * @param callable(string): void $done called after each file
     * @return array<int, array> outcomes, indexed like $files
     */
    public function scan(array $files, callable $done): array
    {
        $queue = array_keys($files);
        $results = [];
        $workers = [];
        $count = min($this->jobs, count($files));
        for ($w = 0; $w < $count; $w++) {
            $workers[] = $this->start();
        }
        try {
            while (count($results) < count($files)) {
                // One more file for each worker in turn, so that no worker idles while another holds two.
                for ($depth = 1; $depth <= self::IN_FLIGHT; $depth++) {
                    foreach ($workers as $worker) {
                        if ($queue && count($worker->inFlight) < $depth) {
                            $index = array_shift($queue);
                            @fwrite($worker->stdin, Worker::encodeJob($index, $files[$index]));
                            $worker->inFlight[] = $index;
                        }
                    }
                }
                $read = [];
                foreach ($workers as $w => $worker) {
                    if ($worker->inFlight || !$worker->ready) {
                        $read[$w] = $worker->stdout;
                    }
                }
                if (!$read) {
                    break;
                }
                $write = $except = null;
                if (@stream_select($read, $write, $except, null) === false) {
                    throw new \RuntimeException('stream_select() failed while waiting for the workers');
                }
                foreach ($read as $stream) {
                    $w = array_search($stream, array_map(static fn($x) => $x->stdout, $workers), true);
                    $worker = $workers[$w];
                    $chunk = fread($worker->stdout, 65536);
                    if ($chunk === '' || $chunk === false) {
                        if (feof($worker->stdout)) {
                            $workers[$w] = $this->replace($worker, $files, $queue, $results, $done);
                        }
                        continue;
                    }
                    $worker->buffer .= $chunk;
                    while (($nl = strpos($worker->buffer, "\n")) !== false) {
                        $line = substr($worker->buffer, 0, $nl + 1);
                        $worker->buffer = substr($worker->buffer, $nl + 1);
                        if (!$worker->ready) {
                            if ($line !== Worker::READY) {
                                throw new \RuntimeException('a worker process answered ' . var_export($line, true));
                            }
                            $worker->ready = true;
                            continue;
                        }
                        $answer = Worker::decodeAnswer($line);
                        if ($answer === null || $answer[0] !== ($worker->inFlight[0] ?? null)) {
                            throw new \RuntimeException('a worker process sent an unexpected answer');
                        }
                        array_shift($worker->inFlight);
                        $results[$answer[0]] = $answer[1];
                        $done($files[$answer[0]]);
                    }
                }
            }
        } finally {
            foreach ($workers as $worker) {
                $worker->stop();
            }
        }
        ksort($results);
        return $results;
    }

    private function start(): WorkerProcess
    {
        $env = getenv();
        unset($env['EXTSOCKETS_AUDIT_REEXEC']);
        $process = proc_open($this->command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes, null, $env);
        if (!is_resource($process)) {
            throw new \RuntimeException('cannot start a worker process: ' . implode(' ', $this->command));
        }
        return new WorkerProcess($process, $pipes[0], $pipes[1]);
    }

    /**
     * A worker's output ended. Before "ready" it could not start (it said why on
     * stderr): give up. Afterwards it died on the file it was scanning: record that
     * file as an error, queue the rest of its files again, start another worker.
     *
     * @param string[] $files @param int[] $queue @param array<int, array> $results
     */
    private function replace(WorkerProcess $worker, array $files, array &$queue, array &$results, callable $done): WorkerProcess
    {
        $status = $worker->stop();
        if (!$worker->ready) {
            throw new \RuntimeException("a worker process could not start (exit status $status)");
        }
        if ($worker->inFlight) {
            $index = array_shift($worker->inFlight);
            $results[$index] = ['error' => [
                'type' => 'WorkerCrash',
                'message' => "the scanning process died while scanning this file (exit status $status)",
                'line' => null,
            ]];
            $done($files[$index]);
            array_unshift($queue, ...$worker->inFlight);
            sort($queue);
        }
        return $this->start();
    }
}
