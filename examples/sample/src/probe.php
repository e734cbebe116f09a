<?php
// Feature probes and callables: no direct call, still a dependency.
if (extension_loaded('sockets') && function_exists('socket_create')) {
    $reader = socket_read(...);
    $errors = array_map('socket_strerror', [SOCKET_ECONNREFUSED, SOCKET_ETIMEDOUT]);
}
echo defined('AF_INET6') ? "IPv6 capable\n" : "IPv4 only\n";
