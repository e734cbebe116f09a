<?php
namespace ExtsocketsAudit\Cli;

/**
 * Reads a PHP file of the shape Composer generates for vendor/composer/installed.php,
 * `<?php return array(...);`, as data, without running it: array literals
 * (`array(...)` or `[...]`), single-quoted strings, integers, true, false, null,
 * __DIR__ (the directory given) and `.` between them. Anything else is refused.
 */
final class PhpArrayReader
{
    private const TOKEN = '~\G(?:(?<space>\s+|//[^\n]*|#[^\n]*|/\*.*?\*/)|(?<str>\'(?:[^\'\\\\]|\\\\.)*\')'
        . '|(?<int>-?[0-9]+)|(?<word>[A-Za-z_][A-Za-z0-9_]*)|(?<op>=>|[()\[\],.;]))~s';

    /** @var array<int, array{0: string, 1: mixed}> */
    private array $tokens = [];
    private int $at = 0;

    public function __construct(private string $dir)
    {
    }

    /** @throws \UnexpectedValueException when the code is not such a file */
    public function read(string $code): mixed
    {
        if (strncmp($code, '<?php', 5) !== 0) {
            throw new \UnexpectedValueException('does not start with <?php');
        }
        $this->lex(substr($code, 5));
        $this->expect('word', 'return');
        $value = $this->expression();
        if (($this->tokens[$this->at][1] ?? null) === ';') {
            $this->at++;
        }
        if ($this->at !== count($this->tokens)) {
            throw new \UnexpectedValueException('more than one return statement');
        }
        return $value;
    }

    private function lex(string $code): void
    {
        $this->tokens = [];
        $this->at = 0;
        for ($i = 0, $n = strlen($code); $i < $n;) {
            if (!preg_match(self::TOKEN, $code, $m, 0, $i)) {
                throw new \UnexpectedValueException('unsupported code at byte ' . ($i + 5));
            }
            $i += strlen($m[0]);
            if (($m['str'] ?? '') !== '') {
                $this->tokens[] = ['str', strtr(substr($m['str'], 1, -1), ['\\\\' => '\\', "\\'" => "'"])];
            } elseif (($m['int'] ?? '') !== '') {
                $this->tokens[] = ['int', (int) $m['int']];
            } elseif (($m['word'] ?? '') !== '') {
                $this->tokens[] = ['word', strtolower($m['word']) === '__dir__' ? '__DIR__' : strtolower($m['word'])];
            } elseif (($m['op'] ?? '') !== '') {
                $this->tokens[] = ['op', $m['op']];
            }
        }
    }

    private function expression(): mixed
    {
        $value = $this->term();
        while (($this->tokens[$this->at] ?? null) === ['op', '.']) {
            $this->at++;
            $right = $this->term();
            if (!is_string($value) || !is_string($right)) {
                throw new \UnexpectedValueException('. between values that are not strings');
            }
            $value .= $right;
        }
        return $value;
    }

    private function term(): mixed
    {
        [$type, $value] = $this->tokens[$this->at++] ?? ['end', null];
        switch ($type) {
            case 'str':
            case 'int':
                return $value;
            case 'word':
                if ($value === 'array') {
                    $this->expect('op', '(');
                    return $this->elements(')');
                }
                $words = ['true' => true, 'false' => false, 'null' => null, '__DIR__' => $this->dir];
                if (array_key_exists($value, $words)) {
                    return $words[$value];
                }
                throw new \UnexpectedValueException("unsupported name $value");
            case 'op':
                if ($value === '[') {
                    return $this->elements(']');
                }
        }
        throw new \UnexpectedValueException('unexpected ' . ($type === 'end' ? 'end of file' : var_export($value, true)));
    }

    private function elements(string $close): array
    {
        $array = [];
        while (($this->tokens[$this->at] ?? null) !== ['op', $close]) {
            $value = $this->expression();
            if (($this->tokens[$this->at] ?? null) === ['op', '=>']) {
                $this->at++;
                if (!is_string($value) && !is_int($value)) {
                    throw new \UnexpectedValueException('an array key that is not a string or an integer');
                }
                $array[$value] = $this->expression();
            } else {
                $array[] = $value;
            }
            if (($this->tokens[$this->at] ?? null) === ['op', ',']) {
                $this->at++;
            } elseif (($this->tokens[$this->at] ?? null) !== ['op', $close]) {
                throw new \UnexpectedValueException("expected , or $close");
            }
        }
        $this->at++;
        return $array;
    }

    private function expect(string $type, string $value): void
    {
        if (($this->tokens[$this->at] ?? null) !== [$type, $value]) {
            throw new \UnexpectedValueException("expected $value");
        }
        $this->at++;
    }
}
