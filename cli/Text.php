<?php
namespace ExtsocketsAudit\Cli;

/** File names and scopes are bytes: how the formats make text of them. */
final class Text
{
    /** One valid UTF-8 character (no overlongs, no surrogates), else one byte in group 1. */
    private const UTF8_OR_BYTE = '/[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}'
        . '|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}|(.)/s';

    /** Invalid UTF-8 becomes U+FFFD, as in the JSON formats. */
    public static function scrub(string $s): string
    {
        if (preg_match('//u', $s)) {
            return $s;
        }
        return json_decode(json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE));
    }

    /**
     * For a terminal or a log: control characters (but $keep) and bytes that are
     * not UTF-8 shown as \xNN, so that a name can neither move the cursor nor
     * start a line of its own.
     */
    public static function printable(string $s, string $keep = ''): string
    {
        $s = preg_replace_callback('/[\x00-\x1f\x7f]/', static function (array $m) use ($keep): string {
            return str_contains($keep, $m[0]) ? $m[0] : sprintf('\\x%02x', ord($m[0]));
        }, $s);
        if (preg_match('//u', $s)) {
            return $s;
        }
        return preg_replace_callback(self::UTF8_OR_BYTE, static fn(array $m): string =>
            isset($m[1]) ? sprintf('\\x%02x', ord($m[1])) : $m[0], $s);
    }
}
