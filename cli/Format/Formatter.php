<?php
namespace ExtsocketsAudit\Cli\Format;

use ExtsocketsAudit\Cli\Report;

interface Formatter
{
    /** The whole report, as written to standard output or --output. */
    public function format(Report $report): string;
}
