#ifndef ESA_AST_WALKER_H
#define ESA_AST_WALKER_H

#include "php.h"
#include "zend_ast.h"
#include "store/findings.h"

typedef struct {
	zend_string *file;
	/* Scans compile code that is never declared into this process, so the
	 * process's own functions and constants must not shadow its names. */
	bool isolated;
	/* The source text the AST was parsed from, or NULL: it tells `'socket_x'()`
	 * from `\socket_x()`, which the parser turns into the same node. */
	const char *source;
	size_t source_len;
} esa_walk_input;

/* Appends the ext/sockets references of one file's AST to out, in walk order.
 * Runs before zend_compile_top_stmt(), so compile-time folding has not hidden
 * any constant yet; names are resolved here the way zend_compile.c would. */
void esa_walk_ast(zend_ast *ast, const esa_walk_input *input, esa_finding_list *out);

#endif
