#include "php.h"
#include "zend_compile.h"
#include "zend_exceptions.h"
#include "zend_language_scanner.h"
#include "ext/spl/spl_exceptions.h"
#if PHP_VERSION_ID < 80100
# include "zend_language_parser.h"
# include "zend_language_scanner_defs.h"
#endif

#include "php_extsockets_audit.h"
#include "pipeline/scan.h"
#include "pipeline/ast_walker.h"

/*
 * A scan parses; it never compiles. The parser builds the same AST the
 * compile hook walks (before zend_compile_top_stmt(), so nothing is folded
 * yet), and building it declares nothing, runs no user code and touches no
 * compiler state beyond the lexer's, which the engine saves and restores
 * around it. So a scan needs no scratch tables, no error callback and no
 * clean-up after a bailout; it may run anywhere user code runs (inside a
 * compile too: a stream wrapper, an error handler), and a file that parses
 * but would not compile (a redeclared parameter, a duplicate function, a
 * `break` outside a loop) is scanned whole. Only a parse error is an error:
 * the parser's own ParseError (or CompileError, for the few checks it makes
 * itself, such as repeated modifiers), with the file and line.
 */

#if PHP_VERSION_ID >= 80100
static zend_ast *esa_parse(zend_string *code, zend_string *name, zend_arena **arena)
{
	return zend_compile_string_to_ast(code, arena, name);
}
#else
/* PHP 8.0 has no zend_compile_string_to_ast(): the same steps, by hand. The
 * lexer starts outside PHP code, as for a file, so the open tag is required. */
static zend_ast *esa_parse(zend_string *code, zend_string *name, zend_arena **arena)
{
	zval source;
	zend_lex_state outer;
	zend_ast *ast;
	zend_bool outer_in_compilation = CG(in_compilation);

	ZVAL_STR_COPY(&source, code);
	CG(in_compilation) = 1;
	zend_save_lexical_state(&outer);
	zend_prepare_string_for_scanning(&source, ZSTR_VAL(name));
	CG(ast) = NULL;
	CG(ast_arena) = zend_arena_create(32 * 1024);
	LANG_SCNG(yy_state) = yycINITIAL;
	if (zendparse() != 0) {
		zend_ast_destroy(CG(ast));
		zend_arena_destroy(CG(ast_arena));
		CG(ast) = NULL;
		CG(ast_arena) = NULL;
	}
	ast = CG(ast);
	*arena = CG(ast_arena);
	zend_restore_lexical_state(&outer); /* puts back CG(ast) and CG(ast_arena) too */
	CG(in_compilation) = outer_in_compilation;
	zval_ptr_dtor_str(&source);
	return ast;
}
#endif

/* Parses code as the file name, walks its AST, returns its findings sorted. */
static void esa_scan(zend_string *code, zend_string *name, zval *return_value)
{
	zend_arena *arena = NULL;
	esa_finding_list found = {0};
	zend_ast *volatile ast = NULL;
	volatile bool bailed_out = false;
	/* The lexer's own diagnostics (an octal escape above \377) are about the
	 * scanned code, not the caller's: silenced as `@` silences them, fatal
	 * errors (memory exhausted) excepted. */
	int error_reporting = EG(error_reporting);

	/* A fatal error in the parse or the walk ends the request as anywhere
	 * else, but with the caller's error_reporting back (shutdown functions run
	 * after it) and the findings list, in process memory, freed. */
	zend_try {
		EG(error_reporting) = error_reporting & E_FATAL_ERRORS;
		ast = esa_parse(code, name, &arena);
		EG(error_reporting) = error_reporting;
		if (ast) {
			esa_walk_input input;
			input.file = name;
			/* Nothing scanned is declared in this process: its own functions
			 * and constants must not shadow the scanned code's names. */
			input.isolated = true;
			input.source = ZSTR_VAL(code);
			input.source_len = ZSTR_LEN(code);
			esa_walk_ast(ast, &input, &found);
			zend_ast_destroy(ast);
			zend_arena_destroy(arena);
		}
	} zend_catch {
		bailed_out = true;
	} zend_end_try();
	if (bailed_out) {
		EG(error_reporting) = error_reporting;
		esa_list_free(&found);
		zend_bailout();
	}
	if (!ast) {
		/* The parser has freed its arena already (the pointer left in arena is stale). */
		if (!EG(exception)) {
			zend_throw_exception_ex(zend_ce_parse_error, 0, "Cannot parse %s", ZSTR_VAL(name));
		}
		return;
	}

	esa_list_sort_unique(&found, 0);
	array_init_size(return_value, found.count);
	esa_list_to_array(&found, 0, return_value);
	esa_list_free(&found);
}

void esa_scan_file(zend_string *path, zval *return_value)
{
	zend_stat_t st;
	php_stream *stream;
	zend_string *code;
	zend_string *name;

	if (ZSTR_LEN(path) == 0 || strlen(ZSTR_VAL(path)) != ZSTR_LEN(path)) {
		zend_argument_value_error(1, "must be a non-empty path without NUL bytes");
		return;
	}
	/* Checked first so that a bad path gives one exception, not a stream warning too. */
	if (VCWD_STAT(ZSTR_VAL(path), &st) != 0 || VCWD_ACCESS(ZSTR_VAL(path), R_OK) != 0) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot open '%s' for scanning: %s", ZSTR_VAL(path), strerror(errno));
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot scan '%s': it is a directory", ZSTR_VAL(path));
		return;
	}
	/* Read as include reads it (stream wrappers, include_path), and named as
	 * include names it: by the path the stream opened. */
	{
		zend_string *opened = NULL;
		stream = php_stream_open_wrapper_ex(ZSTR_VAL(path), "rb", USE_PATH | STREAM_OPEN_FOR_INCLUDE, &opened, NULL);
		if (!stream) {
			if (opened) {
				zend_string_release(opened);
			}
			if (!EG(exception)) {
				zend_throw_exception_ex(spl_ce_RuntimeException, 0, "Cannot open '%s' for scanning", ZSTR_VAL(path));
			}
			return;
		}
		name = opened ? opened : zend_string_copy(path);
	}
	code = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	if (EG(exception)) {
		if (code) {
			zend_string_release(code);
		}
		zend_string_release(name);
		return;
	}
	if (!code) {
		code = ZSTR_EMPTY_ALLOC();
	}
	esa_scan(code, name, return_value);
	zend_string_release(code);
	zend_string_release(name);
}

void esa_scan_string(zend_string *code, zend_string *name, zval *return_value)
{
	if (strlen(ZSTR_VAL(name)) != ZSTR_LEN(name)) {
		zend_argument_value_error(2, "must not contain any null bytes");
		return;
	}
	esa_scan(code, name, return_value);
}
