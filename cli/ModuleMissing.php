<?php
namespace ExtsocketsAudit\Cli;

/** The extension is not loaded and cannot be: the message says how to build or name it. */
final class ModuleMissing extends \RuntimeException
{
}
