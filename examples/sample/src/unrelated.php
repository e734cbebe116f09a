<?php
// Mentions socket_create in a comment and a string only: nothing to report.
namespace Acme\Util;

function socket_create(): string { return 'not ext/sockets'; }

echo socket_create(), " uses the name 'socket_create'\n";
