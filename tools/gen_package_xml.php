<?php
/*
 * Keeps package.xml (the PECL release manifest) in step with the repository.
 *
 *   php tools/gen_package_xml.php          rewrite the generated parts of package.xml
 *   php tools/gen_package_xml.php --check  exit 1 when package.xml, or release metadata that
 *                                           must agree with it, is stale
 *
 * Generated parts of package.xml; the rest (summary, description, lead, license, stability,
 * API version, PHP range, configure option) is written by hand:
 *   <version><release>   PHP_EXTSOCKETS_AUDIT_VERSION, written once in php_extsockets_audit.h
 *   <date>, <notes>      the CHANGELOG.md section of that version
 *   <changelog>          that version's entry (entries of older versions are left as they are)
 *   <contents>           every file `git ls-files` lists, with its role, less those EXCLUDED names
 *   <filelist>           in <extsrcrelease>: bin/* installed under their base names
 *
 * --check also verifies what the tarball and the installers read besides package.xml:
 *   - every C file in the repository is built by config.m4 and by config.w32, and they name no other;
 *   - composer.json (PIE) names the same extension, configure option, PHP range and license;
 *   - extsockets_audit.ini documents every ini setting the C sources register, with its default.
 *
 * Needs only PHP's core (runs under `php -n`) and git.
 */

const EXTENSION = 'extsockets_audit';

/* Patterns: `*` matches within one path segment, `**` across segments. */

/* Files of the repository that the release tarball leaves out, and why. Every other tracked
 * file must match a rule of ROLES, so that a new file is never left out by accident. */
const EXCLUDED = [
    '.ci/**' => 'CI machinery',
    'tools/ci/**' => 'CI machinery (version matrix, package check)',
    'tools/bench/**' => 'benchmarks: they need php-src and valgrind; BENCHMARKS.md holds the results',
    '.git*' => 'version control metadata',
    '**/.gitignore' => 'version control metadata',
    'package.xml' => 'pecl package writes it beside the sources itself',
    'composer.json' => 'PIE reads it from the repository, never from the PECL tarball',
    'tools/gen_package_xml.php' => 'works on a clone (git ls-files), not on an unpacked tarball',
];

/* PEAR roles, first match wins. src: in the tarball, used to build, not installed; test:
 * installed under test_dir; doc: installed under doc_dir; script: installed into bin_dir
 * under its base name (so only files directly in bin/; anything deeper needs a decision);
 * php: the command's classes, installed into php_dir as ExtsocketsAudit/Cli/..., where
 * bin/extsockets-audit finds them through the include path when cli/ is not beside it. */
const ROLES = [
    'bin/*' => 'script',
    'cli/**' => 'php',
    'tests/**' => 'test',
    'examples/**' => 'doc',
    'docs/*.md' => 'doc',
    'data/**' => 'src',
    'tools/**' => 'src',
    'config.m4' => 'src',
    'config.w32' => 'src',
    '**.c' => 'src',
    '**.h' => 'src',
    '*.stub.php' => 'src',
    'Makefile.frag*' => 'src',
    'LICENSE' => 'doc',
    '*.md' => 'doc',
    '*.ini' => 'doc',
];

function glob_match(string $pattern, string $path): bool
{
    $regex = strtr(preg_quote($pattern, '~'), ['\\*\\*' => '.*', '\\*' => '[^/]*', '\\?' => '[^/]']);
    return (bool) preg_match("~^$regex\\z~", $path);
}

function fail(string $msg): never
{
    fwrite(STDERR, "gen_package_xml: $msg\n");
    exit(2);
}

function read(string $path): string
{
    $text = @file_get_contents($path);
    if ($text === false) {
        fail("cannot read $path");
    }
    return $text;
}

function xml_escape(string $s): string
{
    return htmlspecialchars($s, ENT_XML1 | ENT_QUOTES, 'UTF-8');
}

/** @return list<string> */
function tracked_files(string $root): array
{
    exec('git -C ' . escapeshellarg($root) . ' ls-files -z 2>&1', $out, $rc);
    if ($rc !== 0) {
        fail('git ls-files failed: ' . implode("\n", $out));
    }
    $files = array_values(array_filter(explode("\0", implode("\n", $out)), 'strlen'));
    sort($files, SORT_STRING);
    return $files;
}

function excluded(string $path): ?string
{
    foreach (EXCLUDED as $pattern => $why) {
        if (glob_match($pattern, $path)) {
            return $why;
        }
    }
    return null;
}

function role(string $path): ?string
{
    foreach (ROLES as $pattern => $role) {
        if (glob_match($pattern, $path)) {
            return $role;
        }
    }
    return null;
}

/** @return array<string, string> path => role, for the files of the release tarball */
function tarball_files(string $root): array
{
    $files = [];
    $unclassified = [];
    foreach (tracked_files($root) as $path) {
        if (excluded($path) !== null) {
            continue;
        }
        $role = role($path);
        if ($role === null) {
            $unclassified[] = $path;
            continue;
        }
        $files[$path] = $role;
    }
    if ($unclassified) {
        fail("no PEAR role for: " . implode(', ', $unclassified)
            . "\n  add a rule to ROLES (or EXCLUDED, with the reason) in tools/gen_package_xml.php");
    }
    return $files;
}

function header_version(string $root): string
{
    if (!preg_match('/^#define PHP_EXTSOCKETS_AUDIT_VERSION "([^"]+)"/m', read("$root/php_extsockets_audit.h"), $m)) {
        fail('PHP_EXTSOCKETS_AUDIT_VERSION not found in php_extsockets_audit.h');
    }
    if (!preg_match('/^\d+\.\d+\.\d+((alpha|beta|RC)\d+)?$/', $m[1])) {
        fail("PHP_EXTSOCKETS_AUDIT_VERSION \"$m[1]\" is not a PECL version (X.Y.Z, X.Y.ZbetaN, X.Y.ZRCN)");
    }
    return $m[1];
}

/** @return array{date: string, notes: string} the CHANGELOG.md section of $version */
function changelog_section(string $root, string $version): array
{
    $text = str_replace("\r\n", "\n", read("$root/CHANGELOG.md"));
    $heading = '/^## \[' . preg_quote($version, '/') . '\] - (\d{4}-\d{2}-\d{2})[ \t]*\n(.*?)(?=^## |\z)/ms';
    if (!preg_match($heading, $text, $m)) {
        fail("CHANGELOG.md has no section \"## [$version] - YYYY-MM-DD\" for the version in php_extsockets_audit.h");
    }
    $notes = trim($m[2]);
    if ($notes === '') {
        fail("the CHANGELOG.md section of $version is empty");
    }
    return ['date' => $m[1], 'notes' => $notes];
}

function tag(string $xml, string $name): string
{
    if (!preg_match("~<$name(?:\s[^>]*)?>(.*?)</$name>~s", $xml, $m)) {
        fail("package.xml has no <$name>");
    }
    return $m[1];
}

/** Replaces the first <$name>...</$name> (the top-level one: they all precede <changelog>). */
function replace_first(string $xml, string $name, string $element): string
{
    $count = 0;
    $xml = preg_replace_callback("~<$name(?:\s[^>]*)?>.*?</$name>~s", fn() => $element, $xml, 1, $count);
    if ($count !== 1) {
        fail("package.xml has no <$name>");
    }
    return $xml;
}

function generate(string $root, string $xml): string
{
    $version = header_version($root);
    $section = changelog_section($root, $version);
    $files = tarball_files($root);

    $contents = "<contents>\n  <dir name=\"/\">\n";
    foreach ($files as $path => $role) {
        $contents .= '   <file name="' . xml_escape($path) . '" role="' . $role . "\" />\n";
    }
    $contents .= "  </dir>\n </contents>";

    $installs = '';
    foreach ($files as $path => $role) {
        if ($role === 'script') {
            $installs .= '   <install as="' . xml_escape(basename($path)) . '" name="' . xml_escape($path) . "\" />\n";
        } elseif ($role === 'php' && str_starts_with($path, 'cli/')) {
            $installs .= '   <install as="ExtsocketsAudit/Cli/' . xml_escape(substr($path, 4)) . '" name="' . xml_escape($path) . "\" />\n";
        }
    }
    $filelist = $installs === '' ? '' : "  <filelist>\n$installs  </filelist>\n";

    $notes = xml_escape($section['notes']);
    $xml = replace_first($xml, 'date', "<date>{$section['date']}</date>");
    $xml = preg_replace('~(<version>\s*<release>)[^<]*(</release>)~', '${1}' . $version . '${2}', $xml, 1);
    $xml = replace_first($xml, 'notes', "<notes>\n$notes\n </notes>");
    $xml = replace_first($xml, 'contents', $contents);

    $extsrc = tag($xml, 'extsrcrelease');
    $extsrc = preg_replace('~\s*<filelist>.*?</filelist>~s', '', $extsrc);
    $extsrc = rtrim($extsrc) . "\n" . $filelist . ' ';
    $xml = replace_first($xml, 'extsrcrelease', "<extsrcrelease>$extsrc</extsrcrelease>");

    /* The current version's changelog entry, newest first; older entries stay as written. */
    $stability = tag($xml, 'stability');
    $stability = '    <release>' . trim(tag($stability, 'release')) . "</release>\n    <api>" . trim(tag($stability, 'api')) . '</api>';
    $api = trim(tag(tag($xml, 'version'), 'api'));
    if (!preg_match('~<license(?:\s[^>]*)?>.*?</license>~s', $xml, $license)) {
        fail('package.xml has no <license>');
    }
    $entry = "  <release>\n"
        . "   <version>\n    <release>$version</release>\n    <api>$api</api>\n   </version>\n"
        . "   <stability>\n$stability\n   </stability>\n"
        . "   <date>{$section['date']}</date>\n"
        . "   $license[0]\n"
        . "   <notes>\n$notes\n   </notes>\n"
        . "  </release>\n";
    $changelog = tag($xml, 'changelog');
    preg_match_all('~<release>\s*<version>.*?</notes>\s*</release>~s', $changelog, $entries);
    $kept = '';
    foreach ($entries[0] as $old) {
        if (!preg_match('~<version>\s*<release>' . preg_quote($version, '~') . '</release>~', $old)) {
            $kept .= '  ' . trim($old) . "\n";
        }
    }
    $xml = replace_first($xml, 'changelog', "<changelog>\n$entry$kept </changelog>");
    return $xml;
}

/* ---- --check: metadata outside package.xml that must agree with it ---- */

/** @return list<string> C files config.m4 builds */
function m4_sources(string $root): array
{
    $m4 = preg_replace('/^\s*dnl\b.*$/m', '', read("$root/config.m4"));
    $m4 = str_replace("\\\n", ' ', $m4);   // a source list continued over lines
    if (!preg_match('/PHP_NEW_EXTENSION\(\s*\[?' . EXTENSION . '\]?\s*,\s*\[?([^,\]]*)\]?\s*,/s', $m4, $m)) {
        fail('config.m4: cannot find PHP_NEW_EXTENSION(' . EXTENSION . ', sources, ...)');
    }
    $files = preg_split('/\s+/', trim($m[1]));
    /* Sources added with PHP_ADD_SOURCES(dir, files) count too. */
    preg_match_all('/PHP_ADD_SOURCES\(\s*\[?([^,\]]*)\]?\s*,\s*\[?([^,\]]*)\]?/', $m4, $more, PREG_SET_ORDER);
    foreach ($more as [, $dir, $list]) {
        $dir = trim(preg_replace('~^\$?(PHP_EXT_DIR\(' . EXTENSION . '\)|\$ext_srcdir|\$ext_dir)/?~', '', trim($dir)), '/');
        foreach (preg_split('/\s+/', trim($list)) as $f) {
            $files[] = ($dir === '' ? '' : "$dir/") . $f;
        }
    }
    return normalise_list($files);
}

/** @return list<string> C files config.w32 builds */
function w32_sources(string $root): array
{
    $w32 = preg_replace('~^\s*//.*$~m', '', read("$root/config.w32"));
    $w32 = preg_replace('/"\s*\+\s*"/', '', $w32);   // "a.c " + "b.c" string concatenations
    $w32 = str_replace("\\\n", ' ', $w32);          // line continuations inside strings
    if (!preg_match('/\bEXTENSION\(\s*["\']' . EXTENSION . '["\']\s*,\s*["\']([^"\']*)["\']/', $w32, $m)) {
        fail('config.w32: cannot find EXTENSION("' . EXTENSION . '", "sources", ...)');
    }
    $files = preg_split('/\s+/', trim($m[1]));
    preg_match_all('/\bADD_SOURCES\(\s*configure_module_dirname\s*(?:\+\s*["\']((?:\\\\\\\\|\/)[^"\']*)["\'])?\s*,\s*["\']([^"\']*)["\']\s*,\s*["\']' . EXTENSION . '["\']/', $w32, $more, PREG_SET_ORDER);
    foreach ($more as [, $dir, $list]) {
        $dir = trim(str_replace('\\\\', '/', $dir), '/');
        foreach (preg_split('/\s+/', trim($list)) as $f) {
            $files[] = ($dir === '' ? '' : "$dir/") . $f;
        }
    }
    if (preg_match('/\bADD_SOURCES\(\s*(?!configure_module_dirname)/', $w32)) {
        fail('config.w32: ADD_SOURCES must name its directory as configure_module_dirname + "\\\\dir" (as php-src\'s extensions do)');
    }
    return normalise_list($files);
}

/** @param list<string> $files @return list<string> */
function normalise_list(array $files): array
{
    $files = array_values(array_unique(array_filter(array_map(
        fn($f) => preg_replace('~^\./~', '', str_replace('\\', '/', $f)), $files), 'strlen')));
    sort($files, SORT_STRING);
    return $files;
}

/** @param list<string> $problems */
function compare_lists(string $what, array $expected, array $actual, array &$problems): void
{
    foreach (array_diff($expected, $actual) as $f) {
        $problems[] = "$what: $f is missing";
    }
    foreach (array_diff($actual, $expected) as $f) {
        $problems[] = "$what: $f is listed but is not a C file of the repository";
    }
}

/** @return array<string, string> ini name => default, as the C sources register them */
function ini_settings(string $root): array
{
    $settings = [];
    foreach (tracked_files($root) as $path) {
        if (!str_ends_with($path, '.c')) {
            continue;
        }
        preg_match_all('/\b(?:STD_)?PHP_INI_(?:ENTRY\w*|BOOLEAN)\(\s*"(' . EXTENSION . '\.[a-z0-9_]+)"\s*,\s*"([^"]*)"/',
            read("$root/$path"), $m, PREG_SET_ORDER);
        foreach ($m as [, $name, $default]) {
            $settings[$name] = $default;
        }
    }
    ksort($settings);
    return $settings;
}

function ini_value(string $v): string
{
    $v = strtolower(trim(trim($v), '"'));
    return match ($v) {
        'on', 'yes', 'true' => '1',
        'off', 'no', 'false', 'none' => '0',
        default => $v,
    };
}

/** @param list<string> $problems @param list<string> $warnings */
function check_ini_sample(string $root, array &$problems, array &$warnings): void
{
    $sample = read("$root/" . EXTENSION . '.ini');
    preg_match_all('/^\s*;?\s*(' . EXTENSION . '\.[a-z0-9_]+)\s*=\s*(.*?)\s*$/m', $sample, $m, PREG_SET_ORDER);
    $documented = [];
    foreach ($m as [, $name, $value]) {
        $documented[$name] = $value;
    }
    foreach (ini_settings($root) as $name => $default) {
        if (!isset($documented[$name])) {
            $problems[] = EXTENSION . ".ini: setting $name (default \"$default\") is not documented";
        } elseif (ini_value($documented[$name]) !== ini_value($default)) {
            $problems[] = EXTENSION . ".ini: $name shows \"{$documented[$name]}\", its default is \"$default\"";
        }
    }
    foreach (array_diff_key($documented, ini_settings($root)) as $name => $value) {
        $warnings[] = EXTENSION . ".ini documents $name, which no C source registers (yet)";
    }
    if (!preg_match('/^\s*;?\s*extension\s*=\s*' . EXTENSION . '\b/m', $sample)) {
        $problems[] = EXTENSION . '.ini: no extension=' . EXTENSION . ' line';
    }
}

/** @param list<string> $problems */
function check_composer(string $root, string $xml, array &$problems): void
{
    $composer = json_decode(read("$root/composer.json"), true);
    if (!is_array($composer)) {
        $problems[] = 'composer.json: not valid JSON (' . json_last_error_msg() . ')';
        return;
    }
    $ext = $composer['php-ext'] ?? null;
    if (($composer['type'] ?? null) !== 'php-ext') {
        $problems[] = 'composer.json: "type" must be "php-ext" (a PHP module, loaded with extension=)';
    }
    if (!is_array($ext)) {
        $problems[] = 'composer.json: no "php-ext" section';
        return;
    }
    $name = $ext['extension-name'] ?? null;
    $provides = trim(tag($xml, 'providesextension'));
    if ($name !== $provides || !preg_match('/^[A-Za-z][A-Za-z0-9_]+$/', (string) $name)) {
        $problems[] = "composer.json: php-ext.extension-name must be \"$provides\" (package.xml <providesextension>)";
    }
    /* PIE's documented php-ext keys (php/pie docs/extension-maintainers.md). Debian 12's
     * Composer (2.5) predates them, so `composer validate` cannot check this section. */
    $known = ['extension-name', 'priority', 'support-zts', 'support-nts', 'configure-options',
        'build-path', 'download-url-method', 'os-families', 'os-families-exclude'];
    foreach (array_diff(array_keys($ext), $known) as $key) {
        $problems[] = "composer.json: php-ext.$key is not a key PIE documents";
    }
    foreach (['support-zts', 'support-nts'] as $flag) {
        if (isset($ext[$flag]) && !is_bool($ext[$flag])) {
            $problems[] = "composer.json: php-ext.$flag must be true or false";
        }
    }
    if (isset($ext['priority']) && !is_int($ext['priority'])) {
        $problems[] = 'composer.json: php-ext.priority must be an integer';
    }
    if (isset($ext['os-families'], $ext['os-families-exclude'])) {
        $problems[] = 'composer.json: php-ext.os-families and os-families-exclude cannot both be given';
    }
    foreach (['os-families', 'os-families-exclude'] as $key) {
        foreach ((array) ($ext[$key] ?? []) as $family) {
            if (!in_array($family, ['windows', 'bsd', 'darwin', 'solaris', 'linux', 'unknown'], true)) {
                $problems[] = "composer.json: php-ext.$key: \"$family\" is not an OS family PIE knows";
            }
        }
    }
    if (isset($ext['build-path']) && !is_file($root . '/' . $ext['build-path'] . '/config.m4')) {
        $problems[] = 'composer.json: php-ext.build-path holds no config.m4';
    }
    /* Every configure option PIE may pass must be one config.m4 defines, and package.xml's. */
    $m4 = read("$root/config.m4");
    preg_match_all('/PHP_ARG_(ENABLE|WITH)\(\s*\[?([a-z0-9-]+)\]?/', $m4, $args, PREG_SET_ORDER);
    $m4_options = [];
    foreach ($args as [, $kind, $arg]) {
        $m4_options[strtolower($kind) . "-$arg"] = $kind === 'WITH';
    }
    $pie_options = [];
    foreach ($ext['configure-options'] ?? [] as $i => $option) {
        $opt = $option['name'] ?? '';
        $pie_options[] = $opt;
        if (!array_key_exists($opt, $m4_options)) {
            $problems[] = "composer.json: configure option \"$opt\" is not defined in config.m4";
        } elseif (!$m4_options[$opt] && !empty($option['needs-value'])) {
            $problems[] = "composer.json: configure option \"$opt\" is a flag; needs-value must be false";
        }
        if (!is_string($option['description'] ?? null) || $option['description'] === '') {
            $problems[] = "composer.json: configure option \"$opt\" has no description";
        }
    }
    preg_match_all('/<configureoption\s+name="([^"]+)"/', $xml, $pecl);
    foreach ($pecl[1] as $opt) {
        if (!in_array($opt, $pie_options, true)) {
            $problems[] = "composer.json: package.xml's configure option \"$opt\" is missing from php-ext.configure-options";
        }
        if (!array_key_exists($opt, $m4_options)) {
            $problems[] = "package.xml: configure option \"$opt\" is not defined in config.m4";
        }
    }
    /* The PHP range: package.xml <min>/<max>, composer "require": {"php"}, config.m4's guard. */
    $php = tag(tag($xml, 'dependencies'), 'php');
    $min = explode('.', trim(tag($php, 'min')));
    $max = explode('.', trim(tag($php, 'max')));
    $constraint = sprintf('>=%d.%d <%d.%d', $min[0], $min[1], $max[0], $max[1] + 1);
    if (($composer['require']['php'] ?? null) !== $constraint) {
        $problems[] = "composer.json: \"require\": {\"php\": \"$constraint\"} expected (package.xml <min>/<max>)";
    }
    $vernum = sprintf('%d%02d%02d', $min[0], $min[1], $min[2]);
    if (!preg_match('/PHP_VERSION_ID"?\s+-lt\s+' . $vernum . '\b/', $m4)) {
        $problems[] = "config.m4: no guard refusing PHP_VERSION_ID below $vernum (package.xml <min>)";
    }
    $spdx = trim(strip_tags(tag($xml, 'license')));
    if (($composer['license'] ?? null) !== $spdx) {
        $problems[] = "composer.json: \"license\" must be \"$spdx\" (package.xml <license>)";
    }
    if (!preg_match('~^[a-z0-9]([_.-]?[a-z0-9]+)*/extsockets-audit$~', $composer['name'] ?? '')) {
        $problems[] = 'composer.json: "name" must be "<vendor>/extsockets-audit"';
    }
}

$root = dirname(__DIR__);
$check = in_array('--check', array_slice($argv, 1), true);
$xmlPath = "$root/package.xml";
$xml = read($xmlPath);
$generated = generate($root, $xml);

if (!$check) {
    if ($generated !== $xml) {
        file_put_contents($xmlPath, $generated);
        echo "package.xml updated\n";
    } else {
        echo "package.xml is current\n";
    }
    exit(0);
}

$problems = [];
$warnings = [];
if ($generated !== $xml) {
    $problems[] = 'package.xml is stale; run: php tools/gen_package_xml.php';
    $files = fn($x) => preg_match_all('~<file name="([^"]+)" role="([^"]+)"~', $x, $m) ? array_map(fn($n, $r) => "$n ($r)", $m[1], $m[2]) : [];
    foreach (array_diff($files($generated), $files($xml)) as $f) {
        $problems[] = "  <contents> lacks $f";
    }
    foreach (array_diff($files($xml), $files($generated)) as $f) {
        $problems[] = "  <contents> lists $f, which is no longer tracked, or is now excluded or of another role";
    }
    $release = fn($x) => preg_match('~<version>\s*<release>([^<]*)</release>~', $x, $m) ? $m[1] : '?';
    if ($release($xml) !== $release($generated)) {
        $problems[] = '  <version><release> is ' . $release($xml) . ', php_extsockets_audit.h says ' . $release($generated);
    }
}
/* The extension's own sources: what the tarball ships (bench/'s helper module is not one). */
$c_files = array_values(array_filter(tracked_files($root), fn($f) => str_ends_with($f, '.c') && excluded($f) === null));
compare_lists('config.m4', $c_files, m4_sources($root), $problems);
compare_lists('config.w32', $c_files, w32_sources($root), $problems);
check_ini_sample($root, $problems, $warnings);
check_composer($root, $xml, $problems);

foreach ($warnings as $w) {
    fwrite(STDERR, "gen_package_xml: warning: $w\n");
}
if ($problems) {
    fwrite(STDERR, "gen_package_xml: release metadata is stale:\n  " . implode("\n  ", $problems) . "\n");
    exit(1);
}
echo 'package.xml and release metadata are current: version ' . header_version($root) . ', '
    . count(tarball_files($root)) . ' files in the tarball, ' . count($c_files) . " C files in config.m4 and config.w32\n";
