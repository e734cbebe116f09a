<?php
namespace ExtsocketsAudit\Cli;

/** One child of ParallelScanner: its pipes, the files it holds, and what it has sent so far. */
final class WorkerProcess
{
    /** @var int[] indexes of the files sent and not answered yet, oldest first */
    public array $inFlight = [];
    public string $buffer = '';
    public bool $ready = false;
    private bool $stopped = false;

    /** @param resource $process @param resource $stdin @param resource $stdout */
    public function __construct(private $process, public $stdin, public $stdout)
    {
    }

    /** Closes its input (it then exits) and waits for it; returns its exit status. */
    public function stop(): int
    {
        if ($this->stopped) {
            return -1;
        }
        $this->stopped = true;
        @fclose($this->stdin);
        @fclose($this->stdout);
        return proc_close($this->process);
    }
}
