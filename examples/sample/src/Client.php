<?php
declare(strict_types=1);

namespace Acme\Net;

use Socket;

final class Client
{
    public const FAMILY = AF_INET;

    private ?Socket $socket = null;

    public function connect(string $host, int $port, int $timeout = SOCKET_EAGAIN): void
    {
        $this->socket = socket_create(self::FAMILY, SOCK_STREAM, SOL_TCP);
        socket_set_option($this->socket, SOL_SOCKET, SO_RCVTIMEO, ['sec' => $timeout, 'usec' => 0]);
        if (!@\socket_connect($this->socket, $host, $port)) {
            throw new \RuntimeException(socket_strerror(socket_last_error($this->socket)));
        }
    }

    public function send(string $data): int
    {
        return (int) socket_write($this->socket, $data);
    }
}
