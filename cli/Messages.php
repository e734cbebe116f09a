<?php
namespace ExtsocketsAudit\Cli;

/** Words for findings and rules, shared by the formats that need sentences. */
final class Messages
{
    /** kind => [short description, full description] */
    public const RULES = [
        'function' => ['Use of an ext/sockets function',
            'The code calls, imports, references as a callable or probes for a function of the sockets extension.'],
        'constant' => ['Use of an ext/sockets constant',
            'The code reads, imports, looks up or probes for a constant of the sockets extension.'],
        'class' => ['Use of an ext/sockets class',
            'The code uses the Socket or AddressInfo class of the sockets extension (type, instanceof, new, catch, ...).'],
        'extension' => ['Probe for the sockets extension',
            'The code asks whether the sockets extension is loaded (extension_loaded, get_extension_funcs, ReflectionExtension).'],
    ];

    /** The finding as a sentence: "calls socket_create() (global fallback in a namespace) in App\Client::open". */
    public static function describe(array $f): string
    {
        $s = $f['symbol'];
        $what = match ($f['kind'] . '/' . $f['form']) {
            'function/call' => "calls $s()",
            'function/ns-fallback' => "calls $s() (global fallback in a namespace)",
            'function/alias' => "calls $s() through an imported alias",
            'function/first-class-callable' => "takes $s(...) as a first-class callable",
            'function/callable-string' => "passes '$s' as a callable string",
            'function/probe' => "probes for function $s()",
            'function/dynamic' => "calls $s() dynamically",
            'constant/fetch' => "reads constant $s",
            'constant/ns-fallback' => "reads constant $s (global fallback in a namespace)",
            'constant/alias' => "reads constant $s through an imported alias",
            'constant/const-expr' => "uses constant $s in a constant expression",
            'constant/probe' => "probes for constant $s with defined()",
            'constant/lookup' => "looks up constant $s with constant()",
            'class/type' => "uses class $s as a type",
            'class/instanceof' => "tests instanceof $s",
            'class/new' => "instantiates class $s",
            'class/catch' => "catches $s",
            'class/class-name' => "uses $s::class",
            'class/static' => "accesses a static member of class $s",
            'class/extends' => "extends class $s",
            'class/implements' => "implements $s",
            'class/attribute' => "uses $s as an attribute",
            'extension/probe' => "probes for the $s extension",
            default => $f['form'] === 'import' ? "imports {$f['kind']} $s" : "uses {$f['kind']} $s ({$f['form']})",
        };
        $text = $what . ($f['scope'] !== '' && $f['scope'] !== '{main}' ? " in {$f['scope']}" : '');
        [, , $evaled] = self::location($f);
        if ($evaled) {
            $text .= ", eval()'d code line {$f['line']}";
        }
        $text .= match (Impact::of($f)) {
            Impact::HARMLESS => '; works without ext/sockets',
            Impact::GUARDED => '; guarded by a check for ext/sockets',
            default => '; breaks without ext/sockets',
        };
        if (isset($f['package'])) {
            $text .= " (package {$f['package']})";
        }
        if (isset($f['records'])) {
            $text .= '; ' . self::seen($f);
        }
        return $text;
    }

    /** Hosts a log finding's text names, at most; the others are counted. */
    private const HOSTS_SHOWN = 5;

    /**
     * For log findings: "seen in 3 records, 12 calls", and where records came
     * from more than one host, "seen in 3 records, 12 calls, on 2 hosts (web1 2, web2 1)"
     * (by host name; the records of each; at most five named, then "and N more").
     */
    public static function seen(array $f): string
    {
        $text = 'seen in ' . $f['records'] . ($f['records'] === 1 ? ' record' : ' records');
        if ($f['calls'] !== null) {
            $text .= ', ' . $f['calls'] . ($f['calls'] === 1 ? ' call' : ' calls');
        }
        $hosts = $f['hosts'] ?? [];
        if (count($hosts) > 1) {
            $named = [];
            foreach (array_slice($hosts, 0, self::HOSTS_SHOWN, true) as $host => $records) {
                $named[] = Text::printable((string) $host) . ' ' . $records;
            }
            $more = count($hosts) - count($named);
            $text .= ', on ' . count($hosts) . ' hosts (' . implode(', ', $named) . ($more ? ", and $more more" : '') . ')';
        }
        return $text;
    }

    /** A one-line title for a finding: "ext/sockets function socket_create". */
    public static function title(array $f): string
    {
        return "ext/sockets {$f['kind']} {$f['symbol']}";
    }

    /**
     * Where a finding physically is: eval'd code ("/a.php(12) : eval()'d code")
     * is shown at the line of the eval() in the real file.
     *
     * @return array{0: string, 1: int, 2: bool} path, line, whether it was eval'd code
     */
    public static function location(array $f): array
    {
        if (preg_match('/^(.+?)\((\d+)\) : eval\(\)\'d code/s', $f['path'], $m)) {
            return [$m[1], (int) $m[2], true];
        }
        return [$f['path'], (int) $f['line'], false];
    }

    /** An error as one line: "src/a.php:3: ParseError: syntax error, ...". */
    public static function error(array $e): string
    {
        return $e['path'] . ($e['line'] !== null ? ':' . $e['line'] : '') . ': ' . self::errorText($e);
    }

    /** An error without its place: "ParseError: syntax error, ...". */
    public static function errorText(array $e): string
    {
        return (in_array($e['type'], ['io', 'malformed'], true) ? '' : $e['type'] . ': ') . $e['message'];
    }
}
