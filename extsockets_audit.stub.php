<?php

/** @generate-class-entries */

/**
 * Findings recorded in this process since start or the last reset, each once,
 * in source order per file.
 *
 * @return array<int, array{file: string, line: int, scope: string, kind: string, symbol: string, form: string}>
 */
function extsockets_audit_usage(): array {}

/**
 * Forgets everything recorded since start or the last reset: findings, call
 * counts, the dropped count and the audit log's memory of what it wrote.
 */
function extsockets_audit_reset(): void {}

/**
 * The findings store of this process: the findings it holds, its limit
 * (extsockets_audit.max_findings), the new findings it dropped at that limit
 * since start or the last reset, and the bytes of memory it holds.
 *
 * @return array{findings: int, max_findings: int, dropped: int, memory: int}
 */
function extsockets_audit_stats(): array {}

/**
 * Compiles a file without running or declaring it and returns its findings.
 *
 * @return array<int, array{file: string, line: int, scope: string, kind: string, symbol: string, form: string}>
 * @throws CompileError on a parse or compile error
 * @throws RuntimeException when the file cannot be read
 */
function extsockets_audit_scan_file(string $path): array {}

/**
 * Like extsockets_audit_scan_file(), for code held in a string (starting with
 * an open tag, as a file would); $name stands for the file name in findings.
 *
 * @return array<int, array{file: string, line: int, scope: string, kind: string, symbol: string, form: string}>
 * @throws CompileError on a parse or compile error
 */
function extsockets_audit_scan_string(string $code, string $name = "string"): array {}
