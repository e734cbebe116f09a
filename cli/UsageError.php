<?php
namespace ExtsocketsAudit\Cli;

/** A command line the tool cannot act on: the message says why, exit status 2. */
final class UsageError extends \RuntimeException
{
}
