#include "php.h"
#include "zend_ast.h"
#include "zend_compile.h"
#include "zend_smart_str.h"

#if PHP_VERSION_ID >= 80300
# include "zend_call_stack.h"
#endif

#include "pipeline/ast_walker.h"
#include "pipeline/prefilter.h"
#include "store/growable.h"
#include "symbols/symbols.h"

/* Names longer than this are never ext/sockets symbols nor the internal
 * functions we look up, so they are not lowercased for lookups. */
#define ESA_NAME_MAX 128

enum { ESA_IMPORT_CLASS, ESA_IMPORT_FUNCTION, ESA_IMPORT_CONST, ESA_IMPORT_KINDS };

/* What a string literal in an argument list could name. */
#define ESA_STR_FUNCTION  (1u << 0)
#define ESA_STR_CONSTANT  (1u << 1)
#define ESA_STR_EXTENSION (1u << 2)
#define ESA_STR_NS_CONST  (1u << 3) /* "Ns\AF_INET": define() of a shadowing constant */

/* A symbol the file's top-level code polyfills, and the line after which its uses are harmless. */
typedef struct {
	const esa_symbol *symbol;
	uint32_t after;
} esa_polyfill;

typedef struct {
	uint32_t index;    /* into out->items */
	zend_string *key;  /* lowercased-namespace name that would shadow the global one */
	bool is_function;
} esa_fallback;

typedef struct {
	const esa_walk_input *input;
	esa_finding_list *out;
	uint32_t order;

	/* Name resolution state, as zend_compile.c keeps it in FC(). */
	zend_string *ns;
	HashTable *imports[ESA_IMPORT_KINDS];

	/* The enclosing scope, kept in parts and joined only when a finding needs it. */
	zend_string *class_ns;
	zend_string *class_name;   /* NULL outside a class; "class@anonymous" for anonymous ones */
	zend_string *func_ns;
	zend_string *func_name;
	bool func_is_method;
	bool in_closure;
	zend_string *scope;        /* cache of the joined scope, owned */

	bool const_expr;
	/* The property whose hooks are being walked: a hook's scope is Class::$prop::get. */
	zend_string *property_name;

	/* ns-fallback findings are provisional until the whole file is seen: the
	 * same file may declare the namespaced name later on. */
	esa_fallback *fallbacks;
	uint32_t fallback_count, fallback_capacity;
	HashTable *declared;       /* keys of namespaced declarations named like a socket symbol */

	uint32_t source_line;      /* cursor for source-text lookups: the line, its start and end */
	const char *source_pos;
	const char *source_end;
	/* Where the scan for the fq_call_count-th call of the line stopped, after
	 * fq_scan_seen calls: the next one on the line goes on from there, so a
	 * line of N such calls is scanned once, not N times. */
	const char *fq_scan_pos;
	uint32_t fq_scan_seen;
	uint32_t fq_call_line;     /* fully qualified calls of fq_call_symbol met on that line */
	const esa_symbol *fq_call_symbol;
	uint32_t fq_call_count;

	/* Impact (README "Impact"): the checks that must have succeeded for the
	 * code being walked to run, within this function, method, closure or
	 * top-level code (a new scope starts at 0); attribute arguments being
	 * walked (evaluated only when reflection instantiates the attribute);
	 * what this file polyfills. */
	uint32_t guards;
	uint32_t in_attribute;
	esa_polyfill *polyfills;
	uint32_t polyfill_count, polyfill_capacity;
	/* The links of the chains of && or || being walked (esa_walk_logical_chain()). */
	zend_ast **chain;
	uint32_t chain_count, chain_capacity;

	/* The nodes the generic walk is inside of (see esa_walk_generic()). */
	struct esa_walk_frame *frames;
	uint32_t frame_count, frame_capacity;
} esa_walker;

/* A node the generic walk is inside of, and the next of its children to visit. */
typedef struct esa_walk_frame {
	zend_ast *ast;
	uint32_t next;
	uint32_t children;
} esa_walk_frame;

static void esa_walk(esa_walker *w, zend_ast *ast);

static zend_always_inline bool esa_is_string_zval(const zend_ast *ast)
{
	return ast && ast->kind == ZEND_AST_ZVAL && Z_TYPE_P(zend_ast_get_zval((zend_ast *) ast)) == IS_STRING;
}

static bool esa_lower(char *buf, const char *name, size_t len)
{
	if (len >= ESA_NAME_MAX) {
		return false;
	}
	zend_str_tolower_copy(buf, name, len);
	return true;
}

/* ---- scope ---- */

static zend_string *esa_scope(esa_walker *w)
{
	if (!w->scope) {
		/* A function declared inside a method is no method: its scope is its own name. */
		bool function = w->func_name && !w->func_is_method;
		w->scope = esa_scope_name(w->in_closure, function ? NULL : w->class_ns, function ? NULL : w->class_name,
			function ? w->func_ns : NULL, w->func_name);
	}
	return w->scope;
}

/* ---- emitting ---- */

/* ---- impact ---- */

/* Forms that work without ext/sockets: the name is only compared, never resolved. */
static bool esa_form_is_harmless(esa_form form)
{
	switch (form) {
		case ESA_FORM_TYPE:
		case ESA_FORM_INSTANCEOF:
		case ESA_FORM_CATCH:
		case ESA_FORM_CLASS_NAME:
		case ESA_FORM_IMPORT:
		case ESA_FORM_ATTRIBUTE:
		case ESA_FORM_PROBE:
			return true;
		default:
			return false;
	}
}

/* Precedence harmless > guarded > breaks. */
static esa_impact esa_impact_of(const esa_walker *w, const esa_symbol *symbol, bool harmless_form, uint32_t line)
{
	if (harmless_form || w->in_attribute) {
		return ESA_IMPACT_HARMLESS;
	}
	for (uint32_t i = 0; i < w->polyfill_count; i++) {
		if (w->polyfills[i].symbol == symbol && line > w->polyfills[i].after) {
			return ESA_IMPACT_HARMLESS;
		}
	}
	return w->guards ? ESA_IMPACT_GUARDED : ESA_IMPACT_BREAKS;
}

/* harmless_form: the form works without ext/sockets (esa_form_is_harmless(),
 * but a probe that throws does not). */
static uint32_t esa_emit_as(esa_walker *w, const esa_symbol *symbol, esa_form form, uint32_t line, bool harmless_form)
{
	esa_finding f;
	f.file = zend_string_copy(w->input->file);
	f.scope = zend_string_copy(esa_scope(w));
	f.symbol = symbol;
	f.line = line;
	f.order = w->order++;
	f.kind = (uint8_t) symbol->kind;
	f.form = (uint8_t) form;
	f.impact = (uint8_t) esa_impact_of(w, symbol, harmless_form, line);
	esa_list_push(w->out, &f);
	return w->out->count - 1;
}

static uint32_t esa_emit(esa_walker *w, const esa_symbol *symbol, esa_form form, uint32_t line)
{
	return esa_emit_as(w, symbol, form, line, esa_form_is_harmless(form));
}

static zend_string *esa_namespaced_key(const zend_string *ns, const char *name, size_t len, bool lower_name)
{
	zend_string *key = zend_string_alloc(ZSTR_LEN(ns) + 1 + len, 0);
	zend_str_tolower_copy(ZSTR_VAL(key), ZSTR_VAL(ns), ZSTR_LEN(ns));
	ZSTR_VAL(key)[ZSTR_LEN(ns)] = '\\';
	if (lower_name) {
		zend_str_tolower_copy(ZSTR_VAL(key) + ZSTR_LEN(ns) + 1, name, len);
	} else {
		memcpy(ZSTR_VAL(key) + ZSTR_LEN(ns) + 1, name, len);
		ZSTR_VAL(key)[ZSTR_LEN(key)] = '\0';
	}
	return key;
}

static void esa_add_fallback(esa_walker *w, uint32_t index, const char *name, size_t len, bool is_function)
{
	w->fallbacks = esa_grow(w->fallbacks, w->fallback_count, &w->fallback_capacity, sizeof(esa_fallback), 8, false);
	esa_fallback *fb = &w->fallbacks[w->fallback_count++];
	fb->index = index;
	fb->key = esa_namespaced_key(w->ns, name, len, is_function);
	fb->is_function = is_function;
}

static void esa_declare(esa_walker *w, zend_string *key)
{
	if (!w->declared) {
		ALLOC_HASHTABLE(w->declared);
		zend_hash_init(w->declared, 8, NULL, NULL, 0);
	}
	zend_hash_add_empty_element(w->declared, key);
	zend_string_release(key);
}

/* ---- name resolution (zend_resolve_function_name / _const_name / _class_name) ---- */

typedef enum {
	ESA_NAME_OTHER = 0,  /* not a global name */
	ESA_NAME_GLOBAL,     /* fully qualified, or unqualified in the global namespace */
	ESA_NAME_FALLBACK,   /* unqualified in a namespace: the global one unless the namespaced one exists */
	ESA_NAME_IMPORTED,   /* through a `use` of the same name */
	ESA_NAME_ALIASED     /* through a `use ... as other` */
} esa_name_resolution;

static zend_string *esa_import_lookup(esa_walker *w, int kind, const char *name, size_t len)
{
	HashTable *imports = w->imports[kind];
	char lower[ESA_NAME_MAX];
	if (!imports) {
		return NULL;
	}
	if (kind == ESA_IMPORT_CONST) {
		return zend_hash_str_find_ptr(imports, name, len);
	}
	return esa_lower(lower, name, len) ? zend_hash_str_find_ptr(imports, lower, len) : NULL;
}

static bool esa_is_global_name(const char *name, size_t len)
{
	return memchr(name, '\\', len) == NULL;
}

/* Functions and constants. On success *global points at the global name it may denote. */
static esa_name_resolution esa_resolve_function_or_const(esa_walker *w, zend_ast *name_ast, int kind, const char **global, size_t *global_len)
{
	zend_string *name = zend_ast_get_str(name_ast);
	const char *s = ZSTR_VAL(name);
	size_t len = ZSTR_LEN(name);

	switch (name_ast->attr) {
		case ZEND_NAME_FQ:
			/* A string literal standing as a name ('\socket_x'()) keeps its backslash. */
			if (len && s[0] == '\\') {
				s++;
				len--;
			}
			break;
		case ZEND_NAME_RELATIVE:
			if (w->ns) {
				return ESA_NAME_OTHER;
			}
			break;
		default:
			if (!esa_is_global_name(s, len)) {
				/* Qualified names resolve through class imports or the namespace: never global. */
				return ESA_NAME_OTHER;
			} else {
				zend_string *target = esa_import_lookup(w, kind, s, len);
				if (target) {
					if (!esa_is_global_name(ZSTR_VAL(target), ZSTR_LEN(target))) {
						return ESA_NAME_OTHER;
					}
					bool same = kind == ESA_IMPORT_CONST
						? zend_binary_strcmp(ZSTR_VAL(target), ZSTR_LEN(target), s, len) == 0
						: zend_binary_strcasecmp(ZSTR_VAL(target), ZSTR_LEN(target), s, len) == 0;
					*global = ZSTR_VAL(target);
					*global_len = ZSTR_LEN(target);
					return same ? ESA_NAME_IMPORTED : ESA_NAME_ALIASED;
				}
			}
			if (w->ns) {
				*global = s;
				*global_len = len;
				return ESA_NAME_FALLBACK;
			}
			break;
	}
	if (!esa_is_global_name(s, len)) {
		return ESA_NAME_OTHER;
	}
	*global = s;
	*global_len = len;
	return ESA_NAME_GLOBAL;
}

static bool esa_is_special_class_name(const char *s, size_t len)
{
	return (len == 4 && strncasecmp(s, "self", 4) == 0)
		|| (len == 6 && (strncasecmp(s, "parent", 6) == 0 || strncasecmp(s, "static", 6) == 0));
}

/* Classes never fall back to the global namespace. */
static bool esa_resolve_class(esa_walker *w, zend_ast *name_ast, const char **global, size_t *global_len)
{
	zend_string *name = zend_ast_get_str(name_ast);
	const char *s = ZSTR_VAL(name);
	size_t len = ZSTR_LEN(name);
	/* `?Socket` keeps its nullability in the same attribute as the name's kind. */
	zend_ast_attr attr = name_ast->attr & ~ZEND_TYPE_NULLABLE;

	if (attr == ZEND_NAME_RELATIVE) {
		if (w->ns) {
			return false;
		}
	} else if (attr == ZEND_NAME_NOT_FQ) {
		if (!esa_is_global_name(s, len) || esa_is_special_class_name(s, len)) {
			return false;
		}
		zend_string *target = esa_import_lookup(w, ESA_IMPORT_CLASS, s, len);
		if (target) {
			s = ZSTR_VAL(target);
			len = ZSTR_LEN(target);
		} else if (w->ns) {
			return false;
		}
	} else if (len && s[0] == '\\') {
		s++;
		len--;
	}
	if (!esa_is_global_name(s, len)) {
		return false;
	}
	*global = s;
	*global_len = len;
	return true;
}

static void esa_class_ref(esa_walker *w, zend_ast *name_ast, esa_form form)
{
	const char *g;
	size_t glen;
	if (!esa_is_string_zval(name_ast) || !esa_resolve_class(w, name_ast, &g, &glen)) {
		return;
	}
	const esa_symbol *sym = esa_symbol_class(g, glen);
	if (sym) {
		esa_emit(w, sym, form, zend_ast_get_lineno(name_ast));
	}
}

/* A class position holds a name, or an expression (`new $class`, `$a instanceof $b`). */
static void esa_class_or_expr(esa_walker *w, zend_ast *ast, esa_form form)
{
	if (esa_is_string_zval(ast)) {
		esa_class_ref(w, ast, form);
	} else {
		esa_walk(w, ast);
	}
}

static void esa_type(esa_walker *w, zend_ast *type)
{
	if (!type) {
		return;
	}
	if (type->kind == ZEND_AST_ZVAL) {
		esa_class_ref(w, type, ESA_FORM_TYPE);
	} else if (type->kind == ZEND_AST_TYPE_UNION
#if PHP_VERSION_ID >= 80100
		|| type->kind == ZEND_AST_TYPE_INTERSECTION
#endif
	) {
		zend_ast_list *list = zend_ast_get_list(type);
		for (uint32_t i = 0; i < list->children; i++) {
			esa_type(w, list->child[i]);
		}
	}
}

/* ---- source text: `'socket_x'()` versus `\socket_x()` ---- */

static const char *esa_source_line(esa_walker *w, uint32_t line, const char **end)
{
	const char *limit = w->input->source + w->input->source_len;
	if (w->source_pos && line == w->source_line && w->source_end) {
		*end = w->source_end;
		return w->source_pos;
	}
	if (!w->source_pos || line < w->source_line) {
		w->source_pos = w->input->source;
		w->source_line = 1;
	}
	w->source_end = NULL;
	while (w->source_line < line) {
		const char *nl = memchr(w->source_pos, '\n', limit - w->source_pos);
		if (!nl) {
			return NULL;
		}
		w->source_pos = nl + 1;
		w->source_line++;
	}
	*end = memchr(w->source_pos, '\n', limit - w->source_pos);
	if (!*end) {
		*end = limit;
	}
	w->source_end = *end;
	return w->source_pos;
}

static const char *esa_skip_space_and_comments(const char *p, const char *end)
{
	while (p < end) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			p++;
		} else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
			const char *close = zend_memnstr(p + 2, "*/", 2, end);
			p = close ? close + 2 : end;
		} else if ((p[0] == '#' && !(p + 1 < end && p[1] == '[')) || (p + 1 < end && p[0] == '/' && p[1] == '/')) {
			while (p < end && *p != '\n') {
				p++;
			}
		} else {
			break;
		}
	}
	return p;
}

/* Is the token that ends at p called: `(`, after blanks, comments or the `)` of `('f')()`? */
static bool esa_followed_by_call(const char *p, const char *end)
{
	for (;;) {
		p = esa_skip_space_and_comments(p, end);
		if (p < end && *p == ')') {
			p++;
			continue;
		}
		return p < end && *p == '(';
	}
}

static bool esa_is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\\'
		|| (unsigned char) c >= 0x80;
}

/*
 * `'socket_x'()` and `\socket_x()` parse into the same node, so the source tells
 * them apart: a small scan of the tokens that start on the line finds the
 * called occurrences of the name, fully qualified or quoted, in source order,
 * which is also the order the walker meets them in. True when the nth is quoted.
 */
static bool esa_source_nth_call_is_quoted(esa_walker *w, uint32_t line, const char *name, size_t len, uint32_t nth)
{
	const char *end, *p;
	const char *limit = w->input->source + w->input->source_len;
	uint32_t seen = 0;
	if (!w->input->source || !(p = esa_source_line(w, line, &end))) {
		return false;
	}
	if (nth > 0 && w->fq_scan_pos && w->fq_scan_seen == nth) {
		p = w->fq_scan_pos;
		seen = nth;
	}
	w->fq_scan_pos = NULL;
	while (p < end) {
		const char *token = p;
		if (*p == '\'' || *p == '"') {
			char quote = *p++;
			while (p < limit && *p != quote) {
				p += (*p == '\\' && p + 1 < limit) ? 2 : 1;
			}
			const char *content = token + 1, *content_end = p;
			p = p < limit ? p + 1 : p;
			while (content < content_end && *content == '\\') {
				content++;
			}
			if ((size_t) (content_end - content) == len && strncasecmp(content, name, len) == 0
					&& esa_followed_by_call(p, limit) && seen++ == nth) {
				w->fq_scan_pos = p;
				w->fq_scan_seen = seen;
				return true;
			}
		} else if (esa_is_name_char(*p)) {
			while (p < limit && esa_is_name_char(*p)) {
				p++;
			}
			if (token[0] == '\\' && (size_t) (p - token) == len + 1 && strncasecmp(token + 1, name, len) == 0
					&& esa_followed_by_call(p, limit) && seen++ == nth) {
				w->fq_scan_pos = p;
				w->fq_scan_seen = seen;
				return false;
			}
		} else if ((*p == '/' && p + 1 < end && (p[1] == '/' || p[1] == '*')) || (*p == '#' && !(p + 1 < end && p[1] == '['))) {
			p = esa_skip_space_and_comments(p, limit);
		} else {
			p++;
		}
	}
	return false;
}

/* ---- calls and their arguments ---- */

static unsigned esa_string_kinds(const zend_string *str)
{
	const char *s = ZSTR_VAL(str);
	size_t len = ZSTR_LEN(str);
	unsigned kinds = 0;
	if (len && s[0] == '\\') {
		s++;
		len--;
	}
	if (esa_symbol_function(s, len)) {
		kinds |= ESA_STR_FUNCTION;
	}
	if (esa_symbol_constant(s, len)) {
		kinds |= ESA_STR_CONSTANT;
	}
	if (esa_symbol_extension(s, len)) {
		kinds |= ESA_STR_EXTENSION;
	}
	const char *sep = zend_memrchr(s, '\\', len);
	if (sep && esa_symbol_constant(sep + 1, len - (sep + 1 - s))) {
		kinds |= ESA_STR_NS_CONST;
	}
	return kinds;
}

static zend_ast *esa_arg_value(zend_ast *arg)
{
	return arg->kind == ZEND_AST_NAMED_ARG ? arg->child[1] : arg;
}

/* What the literal string arguments of a call could name, or 0: most calls
 * have none, and then no callee is looked up at all. */
static unsigned esa_args_string_kinds(zend_ast *args)
{
	unsigned kinds = 0;
	if (!args || args->kind != ZEND_AST_ARG_LIST) {
		return 0;
	}
	zend_ast_list *list = zend_ast_get_list(args);
	for (uint32_t i = 0; i < list->children; i++) {
		zend_ast *value = esa_arg_value(list->child[i]);
		if (esa_is_string_zval(value)) {
			kinds |= esa_string_kinds(zend_ast_get_str(value));
		}
	}
	return kinds;
}

static const char *esa_arg_info_name(const zend_function *fn, uint32_t i)
{
	if (fn->type == ZEND_INTERNAL_FUNCTION) {
		return ((const zend_internal_arg_info *) fn->common.arg_info)[i].name;
	}
	return ZSTR_VAL(fn->common.arg_info[i].name);
}

/* The parameter an argument binds to: by position, or by name for named args. */
static const zend_arg_info *esa_param_for_arg(const zend_function *fn, zend_ast *arg, uint32_t position, uint32_t *index)
{
	uint32_t num_args = fn->common.num_args;
	if (!fn->common.arg_info) {
		return NULL;
	}
	if (arg->kind == ZEND_AST_NAMED_ARG) {
		zend_string *name = zend_ast_get_str(arg->child[0]);
		for (uint32_t i = 0; i < num_args; i++) {
			const char *pname = esa_arg_info_name(fn, i);
			if (strlen(pname) == ZSTR_LEN(name) && memcmp(pname, ZSTR_VAL(name), ZSTR_LEN(name)) == 0) {
				*index = i;
				return &fn->common.arg_info[i];
			}
		}
		return NULL;
	}
	*index = position;
	if (position < num_args) {
		return &fn->common.arg_info[position];
	}
	if (fn->common.fn_flags & ZEND_ACC_VARIADIC) {
		return &fn->common.arg_info[num_args];
	}
	return NULL;
}

static void esa_string_ref(esa_walker *w, zend_ast *value, esa_kind kind, esa_form form, bool harmless_form)
{
	zend_string *str = zend_ast_get_str(value);
	const char *s = ZSTR_VAL(str);
	size_t len = ZSTR_LEN(str);
	const esa_symbol *sym;
	if (len && s[0] == '\\') {
		s++;
		len--;
	}
	switch (kind) {
		case ESA_KIND_FUNCTION: sym = esa_symbol_function(s, len); break;
		case ESA_KIND_CONSTANT: sym = esa_symbol_constant(s, len); break;
		case ESA_KIND_EXTENSION: sym = esa_symbol_extension(s, len); break;
		default: sym = NULL; break;
	}
	if (sym) {
		esa_emit_as(w, sym, form, zend_ast_get_lineno(value), harmless_form);
	}
}

/* Functions that take a symbol's name as a plain string: their parameters are
 * not typed `callable`, so arginfo alone does not tell. */
typedef struct {
	const char *name;
	size_t len;
	esa_kind kind;
	esa_form form;
	bool harmless;     /* works without ext/sockets (a constructor that throws does not) */
} esa_name_taker;

static const esa_name_taker esa_name_takers[] = {
	{"function_exists", sizeof("function_exists") - 1, ESA_KIND_FUNCTION, ESA_FORM_PROBE, true},
	{"is_callable", sizeof("is_callable") - 1, ESA_KIND_FUNCTION, ESA_FORM_PROBE, true},
	{"defined", sizeof("defined") - 1, ESA_KIND_CONSTANT, ESA_FORM_PROBE, true},
	{"constant", sizeof("constant") - 1, ESA_KIND_CONSTANT, ESA_FORM_LOOKUP, false},
	{"extension_loaded", sizeof("extension_loaded") - 1, ESA_KIND_EXTENSION, ESA_FORM_PROBE, true},
	{"get_extension_funcs", sizeof("get_extension_funcs") - 1, ESA_KIND_EXTENSION, ESA_FORM_PROBE, true},
	/* constructors, looked up as "class::__construct"; both throw a ReflectionException */
	{"reflectionfunction::__construct", sizeof("reflectionfunction::__construct") - 1, ESA_KIND_FUNCTION, ESA_FORM_CALLABLE_STRING, false},
	{"reflectionextension::__construct", sizeof("reflectionextension::__construct") - 1, ESA_KIND_EXTENSION, ESA_FORM_PROBE, false},
};

static const esa_name_taker *esa_find_name_taker(const char *lcname, size_t len)
{
	for (size_t i = 0; i < sizeof(esa_name_takers) / sizeof(esa_name_takers[0]); i++) {
		if (esa_name_takers[i].len == len && memcmp(esa_name_takers[i].name, lcname, len) == 0) {
			return &esa_name_takers[i];
		}
	}
	return NULL;
}

/* Whether an argument lands on a parameter that takes a callable without
 * saying so in its type (data/internal-untyped-callables.tsv). Works without
 * the function's arginfo, for functions of extensions this PHP lacks. */
static bool esa_is_untyped_callable_arg(const esa_untyped_callable *rows, uint32_t count, zend_ast *arg, uint32_t position)
{
	for (uint32_t r = 0; r < count; r++) {
		if (arg->kind == ZEND_AST_NAMED_ARG) {
			zend_string *name = zend_ast_get_str(arg->child[0]);
			if (!rows[r].variadic && ZSTR_LEN(name) == rows[r].parameter_len
					&& memcmp(ZSTR_VAL(name), rows[r].parameter, rows[r].parameter_len) == 0) {
				return true;
			}
		} else if (position == rows[r].position || (rows[r].variadic && position > rows[r].position)) {
			return true;
		}
	}
	return false;
}

/* Checks the literal string arguments of a call to a function: a string
 * naming a socket function where an internal function's parameter takes a
 * callable (typed so, or listed in untyped), or a symbol name passed to one
 * of esa_name_takers. */
static void esa_check_args(esa_walker *w, const zend_function *fn, const esa_name_taker *taker,
	const esa_untyped_callable *untyped, uint32_t untyped_count, zend_ast *args)
{
	zend_ast_list *list = zend_ast_get_list(args);
	for (uint32_t i = 0; i < list->children; i++) {
		zend_ast *arg = list->child[i];
		zend_ast *value = esa_arg_value(arg);
		uint32_t index = 0;
		if (arg->kind == ZEND_AST_UNPACK) {
			break; /* positions after a spread are unknown */
		}
		if (!esa_is_string_zval(value)) {
			continue;
		}
		const zend_arg_info *param = fn ? esa_param_for_arg(fn, arg, i, &index) : NULL;
		if (taker) {
			/* Every name taker reads its name from the first parameter. */
			if ((param && index == 0) || (!fn && arg->kind != ZEND_AST_NAMED_ARG && i == 0)) {
				esa_string_ref(w, value, taker->kind, taker->form, taker->harmless);
			}
		} else if ((param && (ZEND_TYPE_FULL_MASK(param->type) & MAY_BE_CALLABLE))
				|| (untyped && esa_is_untyped_callable_arg(untyped, untyped_count, arg, i))) {
			esa_string_ref(w, value, ESA_KIND_FUNCTION, ESA_FORM_CALLABLE_STRING, false);
		}
	}
}

static void esa_check_function_args(esa_walker *w, const char *name, size_t len, zend_ast *args, unsigned kinds)
{
	char lc[ESA_NAME_MAX];
	if (!esa_lower(lc, name, len)) {
		return;
	}
	if ((kinds & ESA_STR_NS_CONST) && len == 6 && memcmp(lc, "define", 6) == 0) {
		/* define('Ns\AF_INET', ...) declares a constant that shadows the global one in Ns.
		 * define() keeps a leading backslash, which no constant lookup ever matches. */
		zend_ast *value = esa_arg_value(zend_ast_get_list(args)->child[0]);
		if (esa_is_string_zval(value) && ZSTR_VAL(zend_ast_get_str(value))[0] != '\\') {
			zend_string *s = zend_ast_get_str(value);
			const char *str = ZSTR_VAL(s);
			size_t slen = ZSTR_LEN(s);
			const char *sep = zend_memrchr(str, '\\', slen);
			if (sep) {
				zend_string *ns = zend_string_init(str, sep - str, 0);
				esa_declare(w, esa_namespaced_key(ns, sep + 1, slen - (sep + 1 - str), false));
				zend_string_release(ns);
			}
		}
	}
	if (!(kinds & (ESA_STR_FUNCTION | ESA_STR_CONSTANT | ESA_STR_EXTENSION))) {
		return;
	}
	const zend_function *fn = zend_hash_str_find_ptr(EG(function_table), lc, len);
	const esa_name_taker *taker = esa_find_name_taker(lc, len);
	uint32_t untyped_count;
	const esa_untyped_callable *untyped = esa_untyped_callables(lc, len, &untyped_count);
	if (fn && fn->type != ZEND_INTERNAL_FUNCTION) {
		fn = NULL; /* a user function of that name: only a name taker's rule stays */
		untyped = NULL;
	}
	if (taker || fn || untyped) {
		esa_check_args(w, fn, taker, untyped, untyped_count, args);
	}
}

static void esa_check_method_args(esa_walker *w, const char *class_name, size_t class_len, const char *method, size_t method_len, zend_ast *args)
{
	char lc_class[ESA_NAME_MAX], lc_method[ESA_NAME_MAX], key[2 * ESA_NAME_MAX + 2];
	if (!esa_lower(lc_class, class_name, class_len) || !esa_lower(lc_method, method, method_len)) {
		return;
	}
	zend_class_entry *ce = zend_hash_str_find_ptr(EG(class_table), lc_class, class_len);
	const zend_function *fn = NULL;
	if (ce && ce->type == ZEND_INTERNAL_CLASS) {
		fn = zend_hash_str_find_ptr(&ce->function_table, lc_method, method_len);
	}
	size_t key_len = snprintf(key, sizeof(key), "%.*s::%.*s", (int) class_len, lc_class, (int) method_len, lc_method);
	const esa_name_taker *taker = esa_find_name_taker(key, key_len);
	uint32_t untyped_count;
	const esa_untyped_callable *untyped = esa_untyped_callables(key, key_len, &untyped_count);
	if (fn && fn->type != ZEND_INTERNAL_FUNCTION) {
		fn = NULL;
	}
	if (taker || fn || untyped) {
		esa_check_args(w, fn, taker, untyped, untyped_count, args);
	}
}

static void esa_call(esa_walker *w, zend_ast *ast)
{
	zend_ast *name_ast = ast->child[0];
	zend_ast *args = ast->child[1];
	const char *g;
	size_t glen;
	esa_name_resolution res;

	if (esa_is_string_zval(name_ast)
			&& (res = esa_resolve_function_or_const(w, name_ast, ESA_IMPORT_FUNCTION, &g, &glen)) != ESA_NAME_OTHER) {
		const esa_symbol *sym = esa_symbol_function(g, glen);
		if (sym) {
			uint32_t line = zend_ast_get_lineno(name_ast);
			esa_form form;
			bool string_literal = false;
			if (name_ast->attr == ZEND_NAME_FQ) {
				zend_string *written = zend_ast_get_str(name_ast);
				uint32_t nth = 0;
				if (w->fq_call_line == line && w->fq_call_symbol == sym) {
					nth = ++w->fq_call_count;
				} else {
					w->fq_call_line = line;
					w->fq_call_symbol = sym;
					w->fq_call_count = 0;
				}
				/* Only a string literal keeps its backslash ('\socket_x'()). */
				string_literal = (ZSTR_LEN(written) && ZSTR_VAL(written)[0] == '\\')
					|| esa_source_nth_call_is_quoted(w, line, sym->name, sym->name_len, nth);
			}
#if PHP_VERSION_ID >= 80100
			if (args && args->kind == ZEND_AST_CALLABLE_CONVERT) {
				form = ESA_FORM_FIRST_CLASS_CALLABLE;
			} else
#endif
			if (string_literal) {
				form = ESA_FORM_CALLABLE_STRING;
			} else if (res == ESA_NAME_FALLBACK) {
				form = ESA_FORM_NS_FALLBACK;
			} else if (res == ESA_NAME_ALIASED) {
				form = ESA_FORM_ALIAS;
			} else {
				form = ESA_FORM_CALL;
			}
			uint32_t index = esa_emit(w, sym, form, line);
			if (res == ESA_NAME_FALLBACK) {
				esa_add_fallback(w, index, g, glen, true);
			}
		} else {
			unsigned kinds = esa_args_string_kinds(args);
			if (kinds) {
				esa_check_function_args(w, g, glen, args, kinds);
			}
		}
	} else {
		esa_walk(w, name_ast);
	}
	esa_walk(w, args);
}

static void esa_static_call(esa_walker *w, zend_ast *ast)
{
	zend_ast *class_ast = ast->child[0], *method_ast = ast->child[1], *args = ast->child[2];
	const char *g;
	size_t glen;
	esa_class_or_expr(w, class_ast, ESA_FORM_STATIC);
	if (esa_is_string_zval(class_ast) && esa_is_string_zval(method_ast)
			&& (esa_args_string_kinds(args) & ESA_STR_FUNCTION) && esa_resolve_class(w, class_ast, &g, &glen)) {
		zend_string *method = zend_ast_get_str(method_ast);
		esa_check_method_args(w, g, glen, ZSTR_VAL(method), ZSTR_LEN(method), args);
	}
	esa_walk(w, method_ast);
	esa_walk(w, args);
}

static void esa_walk_class_decl(esa_walker *w, zend_ast_decl *decl);

static void esa_new(esa_walker *w, zend_ast *ast)
{
	zend_ast *class_ast = ast->child[0], *args = ast->child[1];
	const char *g;
	size_t glen;
	if (class_ast->kind == ZEND_AST_CLASS) {
		esa_walk(w, args);
		esa_walk_class_decl(w, (zend_ast_decl *) class_ast);
		return;
	}
	esa_class_or_expr(w, class_ast, ESA_FORM_NEW);
	if (esa_is_string_zval(class_ast) && esa_args_string_kinds(args) && esa_resolve_class(w, class_ast, &g, &glen)) {
		esa_check_method_args(w, g, glen, "__construct", sizeof("__construct") - 1, args);
	}
	esa_walk(w, args);
}

static void esa_const(esa_walker *w, zend_ast *ast)
{
	zend_ast *name_ast = ast->child[0];
	const char *g;
	size_t glen;
	esa_name_resolution res = esa_resolve_function_or_const(w, name_ast, ESA_IMPORT_CONST, &g, &glen);
	if (res == ESA_NAME_OTHER) {
		return;
	}
	const esa_symbol *sym = esa_symbol_constant(g, glen);
	if (!sym) {
		return;
	}
	esa_form form = w->const_expr ? ESA_FORM_CONST_EXPR
		: res == ESA_NAME_FALLBACK ? ESA_FORM_NS_FALLBACK
		: res == ESA_NAME_ALIASED ? ESA_FORM_ALIAS
		: ESA_FORM_FETCH;
	uint32_t index = esa_emit(w, sym, form, zend_ast_get_lineno(name_ast));
	if (res == ESA_NAME_FALLBACK) {
		esa_add_fallback(w, index, g, glen, false);
	}
}

/* ---- namespaces and imports ---- */

static void esa_reset_imports(esa_walker *w)
{
	for (int i = 0; i < ESA_IMPORT_KINDS; i++) {
		if (w->imports[i]) {
			zend_hash_destroy(w->imports[i]);
			FREE_HASHTABLE(w->imports[i]);
			w->imports[i] = NULL;
		}
	}
}

static void esa_import_dtor(zval *zv)
{
	zend_string_release((zend_string *) Z_PTR_P(zv));
}

static void esa_add_import(esa_walker *w, uint32_t type, zend_ast *use, zend_string *prefix)
{
	zend_ast *name_ast = use->child[0], *alias_ast = use->child[1];
	zend_string *name = zend_ast_get_str(name_ast);
	zend_string *target = prefix
		? zend_string_concat3(ZSTR_VAL(prefix), ZSTR_LEN(prefix), "\\", 1, ZSTR_VAL(name), ZSTR_LEN(name))
		: zend_string_copy(name);
	int kind;
	const esa_symbol *sym = NULL;

	switch (type) {
		case ZEND_SYMBOL_FUNCTION:
			kind = ESA_IMPORT_FUNCTION;
			sym = esa_symbol_function(ZSTR_VAL(target), ZSTR_LEN(target));
			break;
		case ZEND_SYMBOL_CONST:
			kind = ESA_IMPORT_CONST;
			sym = esa_symbol_constant(ZSTR_VAL(target), ZSTR_LEN(target));
			break;
		default:
			kind = ESA_IMPORT_CLASS;
			sym = esa_symbol_class(ZSTR_VAL(target), ZSTR_LEN(target));
			break;
	}
	if (sym) {
		esa_emit(w, sym, ESA_FORM_IMPORT, zend_ast_get_lineno(name_ast));
	}

	const char *alias;
	size_t alias_len;
	if (alias_ast) {
		alias = Z_STRVAL_P(zend_ast_get_zval(alias_ast));
		alias_len = Z_STRLEN_P(zend_ast_get_zval(alias_ast));
	} else {
		const char *sep = zend_memrchr(ZSTR_VAL(target), '\\', ZSTR_LEN(target));
		alias = sep ? sep + 1 : ZSTR_VAL(target);
		alias_len = ZSTR_LEN(target) - (alias - ZSTR_VAL(target));
	}
	if (!w->imports[kind]) {
		ALLOC_HASHTABLE(w->imports[kind]);
		zend_hash_init(w->imports[kind], 8, NULL, esa_import_dtor, 0);
	}
	zend_string *key = zend_string_init(alias, alias_len, 0);
	if (kind != ESA_IMPORT_CONST) {
		zend_str_tolower(ZSTR_VAL(key), ZSTR_LEN(key));
	}
	/* A duplicate alias is a compile error: the compile will fail anyway. */
	if (!zend_hash_add_ptr(w->imports[kind], key, target)) {
		zend_string_release(target);
	}
	zend_string_release(key);
}

static void esa_use(esa_walker *w, zend_ast *ast, zend_string *prefix, uint32_t group_type)
{
	zend_ast_list *list = zend_ast_get_list(ast);
	for (uint32_t i = 0; i < list->children; i++) {
		zend_ast *use = list->child[i];
		uint32_t type = group_type ? group_type : (prefix ? use->attr : ast->attr);
		esa_add_import(w, type, use, prefix);
	}
}

static void esa_namespace(esa_walker *w, zend_ast *ast)
{
	zend_ast *name_ast = ast->child[0], *stmts = ast->child[1];
	if (w->ns) {
		zend_string_release(w->ns);
		w->ns = NULL;
	}
	esa_reset_imports(w);
	if (name_ast) {
		w->ns = zend_string_copy(zend_ast_get_str(name_ast));
	}
	if (stmts) {
		esa_walk(w, stmts);
		if (w->ns) {
			zend_string_release(w->ns);
			w->ns = NULL;
		}
		esa_reset_imports(w);
	}
}

/* ---- declarations ---- */

typedef struct {
	zend_string *class_ns, *class_name, *func_ns, *func_name, *scope;
	bool func_is_method, in_closure, const_expr;
	uint32_t guards;
} esa_scope_state;

static void esa_enter_scope(esa_walker *w, esa_scope_state *saved)
{
	saved->class_ns = w->class_ns;
	saved->class_name = w->class_name;
	saved->func_ns = w->func_ns;
	saved->func_name = w->func_name;
	saved->func_is_method = w->func_is_method;
	saved->in_closure = w->in_closure;
	saved->const_expr = w->const_expr;
	saved->scope = w->scope;
	saved->guards = w->guards;
	w->scope = NULL;
	w->const_expr = false;
	/* No guard reaches into a declaration: its body runs whenever it is called,
	 * its constants and defaults whenever they are evaluated. */
	w->guards = 0;
}

static void esa_leave_scope(esa_walker *w, const esa_scope_state *saved)
{
	if (w->scope) {
		zend_string_release(w->scope);
	}
	w->class_ns = saved->class_ns;
	w->class_name = saved->class_name;
	w->func_ns = saved->func_ns;
	w->func_name = saved->func_name;
	w->func_is_method = saved->func_is_method;
	w->in_closure = saved->in_closure;
	w->const_expr = saved->const_expr;
	w->scope = saved->scope;
	w->guards = saved->guards;
}

static void esa_walk_function_decl(esa_walker *w, zend_ast_decl *decl)
{
	zend_string *hook_name = NULL;
	esa_scope_state saved;
	/* The namespace string must outlive nested `namespace` changes: it cannot change inside a function. */
	esa_enter_scope(w, &saved);
	switch (decl->kind) {
		case ZEND_AST_CLOSURE:
		case ZEND_AST_ARROW_FUNC:
			w->in_closure = true;
			break;
		case ZEND_AST_FUNC_DECL:
			w->class_ns = w->class_name = NULL;
			w->func_ns = w->ns;
			w->func_name = decl->name;
			w->func_is_method = false;
			w->in_closure = false;
			if (w->ns && esa_symbol_function(ZSTR_VAL(decl->name), ZSTR_LEN(decl->name))) {
				esa_declare(w, esa_namespaced_key(w->ns, ZSTR_VAL(decl->name), ZSTR_LEN(decl->name), true));
			}
			break;
#if PHP_VERSION_ID >= 80400
		case ZEND_AST_PROPERTY_HOOK:
			/* PHP names a hook function $prop::get, as the scope of its calls shows at run time. */
			if (w->property_name) {
				hook_name = zend_strpprintf(0, "$%s::%s", ZSTR_VAL(w->property_name), ZSTR_VAL(decl->name));
			}
			w->func_ns = NULL;
			w->func_name = hook_name ? hook_name : decl->name;
			w->func_is_method = true;
			w->in_closure = false;
			break;
#endif
		default: /* methods */
			w->func_ns = NULL;
			w->func_name = decl->name;
			w->func_is_method = true;
			w->in_closure = false;
			break;
	}
	/* child[3] is the return type; the others (params, uses, body, attributes) walk as usual. */
	for (uint32_t i = 0; i < sizeof(decl->child) / sizeof(decl->child[0]); i++) {
		if (i == 3) {
			esa_type(w, decl->child[i]);
		} else {
			esa_walk(w, decl->child[i]);
		}
	}
	esa_leave_scope(w, &saved);
	if (hook_name) {
		zend_string_release(hook_name);
	}
}

static void esa_walk_class_decl(esa_walker *w, zend_ast_decl *decl)
{
	static const char anonymous[] = "class@anonymous";
	zend_string *anon_name = NULL;
	esa_scope_state saved;

	/* Attributes, extends and implements belong to the enclosing scope's view of the class. */
	esa_enter_scope(w, &saved);
	w->func_ns = w->func_name = NULL;
	w->func_is_method = false;
	w->in_closure = false;
	if (decl->flags & ZEND_ACC_ANON_CLASS) {
		anon_name = zend_string_init(anonymous, sizeof(anonymous) - 1, 0);
		w->class_ns = NULL;
		w->class_name = anon_name;
	} else {
		w->class_ns = w->ns;
		w->class_name = decl->name;
	}
	esa_class_ref(w, decl->child[0], ESA_FORM_EXTENDS);
	if (decl->child[1]) {
		zend_ast_list *list = zend_ast_get_list(decl->child[1]);
		esa_form form = (decl->flags & ZEND_ACC_INTERFACE) ? ESA_FORM_EXTENDS : ESA_FORM_IMPLEMENTS;
		for (uint32_t i = 0; i < list->children; i++) {
			esa_class_ref(w, list->child[i], form);
		}
	}
	for (uint32_t i = 2; i < sizeof(decl->child) / sizeof(decl->child[0]); i++) {
		esa_walk(w, decl->child[i]);
	}
	esa_leave_scope(w, &saved);
	if (anon_name) {
		zend_string_release(anon_name);
	}
}

static void esa_walk_const_expr(esa_walker *w, zend_ast *ast)
{
	bool saved = w->const_expr;
	w->const_expr = true;
	esa_walk(w, ast);
	w->const_expr = saved;
}

/* Walks the children of ast, treating those at the given indexes as constant expressions. */
static void esa_walk_children_const(esa_walker *w, zend_ast *ast, uint32_t const_index, uint32_t type_index)
{
	uint32_t n = zend_ast_get_num_children(ast);
	for (uint32_t i = 0; i < n; i++) {
		if (i == const_index) {
			esa_walk_const_expr(w, ast->child[i]);
		} else if (i == type_index) {
			esa_type(w, ast->child[i]);
		} else {
			esa_walk(w, ast->child[i]);
		}
	}
}

#define ESA_NO_INDEX UINT32_MAX

/* A property (or a promoted parameter): its hooks are scoped by its name. */
static void esa_walk_property(esa_walker *w, zend_ast *ast, uint32_t name_index, uint32_t const_index, uint32_t type_index)
{
	zend_string *saved = w->property_name;
	zend_ast *name = ast->child[name_index];
	w->property_name = esa_is_string_zval(name) ? zend_ast_get_str(name) : NULL;
	esa_walk_children_const(w, ast, const_index, type_index);
	w->property_name = saved;
}

static void esa_const_decl(esa_walker *w, zend_ast *ast)
{
	zend_ast_list *list = zend_ast_get_list(ast);
	for (uint32_t i = 0; i < list->children; i++) {
		zend_string *name = zend_ast_get_str(list->child[i]->child[0]);
		if (w->ns && esa_symbol_constant(ZSTR_VAL(name), ZSTR_LEN(name))) {
			esa_declare(w, esa_namespaced_key(w->ns, ZSTR_VAL(name), ZSTR_LEN(name), false));
		}
		esa_walk(w, list->child[i]);
	}
}

/* ---- guards and polyfills (README "Impact") ---- */

/* How deep in a condition a check is looked for: deeper ones are not seen
 * (their uses count as breaking), which keeps the cost per node constant
 * however long a chain of && or || grows. */
#define ESA_GUARD_DEPTH 32

/* The global function a call names, lowercased into lc (ESA_NAME_MAX bytes). */
static bool esa_called_function(esa_walker *w, zend_ast *call, char *lc, size_t *len)
{
	const char *g;
	size_t glen;
	if (call->kind != ZEND_AST_CALL || !esa_is_string_zval(call->child[0])
			|| esa_resolve_function_or_const(w, call->child[0], ESA_IMPORT_FUNCTION, &g, &glen) == ESA_NAME_OTHER
			|| !esa_lower(lc, g, glen)) {
		return false;
	}
	*len = glen;
	return true;
}

/* The first argument of a call: by position, or named `param`. */
static zend_ast *esa_first_arg(zend_ast *call, const char *param)
{
	zend_ast *args = call->child[1], *arg;
	zend_ast_list *list;
	if (!args || args->kind != ZEND_AST_ARG_LIST || !(list = zend_ast_get_list(args))->children) {
		return NULL;
	}
	arg = list->child[0];
	if (arg->kind == ZEND_AST_NAMED_ARG) {
		zend_string *name = zend_ast_get_str(arg->child[0]);
		return zend_string_equals_cstr(name, param, strlen(param)) ? arg->child[1] : NULL;
	}
	return arg->kind == ZEND_AST_UNPACK ? NULL : arg;
}

#define ESA_IS(lc, len, name) ((len) == sizeof(name) - 1 && memcmp((lc), (name), sizeof(name) - 1) == 0)

/* A check written in a condition: extension_loaded('sockets'), function_exists
 * or is_callable of a socket function, defined of a socket constant (exact
 * case), class_exists of Socket or AddressInfo (a string or ::class). */
static bool esa_is_check(esa_walker *w, zend_ast *call)
{
	char lc[ESA_NAME_MAX];
	size_t len;
	zend_ast *arg;
	enum { CHECK_EXTENSION, CHECK_FUNCTION, CHECK_CONSTANT, CHECK_CLASS } check;
	if (!esa_called_function(w, call, lc, &len)) {
		return false;
	}
	if (ESA_IS(lc, len, "extension_loaded")) {
		check = CHECK_EXTENSION;
		arg = esa_first_arg(call, "extension");
	} else if (ESA_IS(lc, len, "function_exists")) {
		check = CHECK_FUNCTION;
		arg = esa_first_arg(call, "function");
	} else if (ESA_IS(lc, len, "is_callable")) {
		check = CHECK_FUNCTION;
		arg = esa_first_arg(call, "value");
	} else if (ESA_IS(lc, len, "defined")) {
		check = CHECK_CONSTANT;
		arg = esa_first_arg(call, "constant_name");
	} else if (ESA_IS(lc, len, "class_exists")) {
		check = CHECK_CLASS;
		arg = esa_first_arg(call, "class");
	} else {
		return false;
	}
	if (!arg) {
		return false;
	}
	if (check == CHECK_CLASS && arg->kind == ZEND_AST_CLASS_NAME) {
		const char *g;
		size_t glen;
		return esa_is_string_zval(arg->child[0]) && esa_resolve_class(w, arg->child[0], &g, &glen)
			&& esa_symbol_class(g, glen);
	}
	if (!esa_is_string_zval(arg)) {
		return false;
	}
	const char *s = Z_STRVAL_P(zend_ast_get_zval(arg));
	size_t slen = Z_STRLEN_P(zend_ast_get_zval(arg));
	if (check == CHECK_EXTENSION) {
		return esa_symbol_extension(s, slen) != NULL;
	}
	if (slen && s[0] == '\\') {
		s++;
		slen--;
	}
	switch (check) {
		case CHECK_FUNCTION: return esa_symbol_function(s, slen) != NULL;
		case CHECK_CONSTANT: return esa_symbol_constant(s, slen) != NULL;
		default: return esa_symbol_class(s, slen) != NULL;
	}
}

/*
 * Whether c being true (when_true), or false, means that a check succeeded:
 * true after a check, c && check, !(false after one), $v = (...); false after
 * !check, c || !check. Along a chain of && or || the loop costs nothing per
 * link; a check nested deeper than ESA_GUARD_DEPTH operands is not seen, which
 * bounds the work per operand.
 */
static bool esa_checked_if(esa_walker *w, zend_ast *c, bool when_true, uint32_t depth)
{
	if (depth >= ESA_GUARD_DEPTH) {
		return false;
	}
	while (c) {
		switch (c->kind) {
			case ZEND_AST_CALL:
				return when_true && esa_is_check(w, c);
			case ZEND_AST_AND:
			case ZEND_AST_OR:
				if ((c->kind == ZEND_AST_AND) != when_true) {
					return false;
				}
				if (esa_checked_if(w, c->child[1], when_true, depth + 1)) {
					return true;
				}
				c = c->child[0];
				break;
			case ZEND_AST_UNARY_OP:
				return c->attr == ZEND_BOOL_NOT && esa_checked_if(w, c->child[0], !when_true, depth + 1);
			case ZEND_AST_ASSIGN:
				/* if ($ok = check): the value is the check's */
				c = c->child[1];
				break;
			default:
				return false;
		}
	}
	return false;
}

/* The statements of a block: a statement list, or the one statement of an
 * unbraced `if (...) stmt;` (which *stmt points at). */
static zend_ast **esa_block_statements(zend_ast **stmt, uint32_t *count)
{
	if ((*stmt)->kind == ZEND_AST_STMT_LIST) {
		zend_ast_list *list = zend_ast_get_list(*stmt);
		*count = list->children;
		return list->child;
	}
	*count = 1;
	return stmt;
}

/* return, throw, exit or die, continue, break. */
static bool esa_is_exit(esa_walker *w, zend_ast *stmt)
{
	char lc[ESA_NAME_MAX];
	size_t len;
	switch (stmt->kind) {
		case ZEND_AST_RETURN:
		case ZEND_AST_THROW:
		case ZEND_AST_CONTINUE:
		case ZEND_AST_BREAK:
#if PHP_VERSION_ID < 80400
		case ZEND_AST_EXIT:
#endif
			return true;
		default:
			/* PHP 8.4 parses exit and die as a call of \exit */
			return esa_called_function(w, stmt, lc, &len) && (ESA_IS(lc, len, "exit") || ESA_IS(lc, len, "die"));
	}
}

/* Whether the first branch of an if statement leaves its block unless a check
 * succeeded: `if (!check) { ...; return; }`, the exit a direct statement of
 * its block (else_checked: its condition is false only after a check). */
static bool esa_exits_unless_checked(esa_walker *w, zend_ast *elem, bool else_checked)
{
	uint32_t count;
	zend_ast **stmts;
	if (!else_checked || !elem->child[1]) {
		return false;
	}
	stmts = esa_block_statements(&elem->child[1], &count);
	for (uint32_t i = 0; i < count; i++) {
		if (stmts[i] && esa_is_exit(w, stmts[i])) {
			return true;
		}
	}
	return false;
}

static bool esa_at_top_level(const esa_walker *w)
{
	return !w->func_name && !w->class_name && !w->in_closure;
}

static void esa_add_polyfill(esa_walker *w, const esa_symbol *symbol, uint32_t after)
{
	w->polyfills = esa_grow(w->polyfills, w->polyfill_count, &w->polyfill_capacity, sizeof(esa_polyfill), 4, false);
	w->polyfills[w->polyfill_count].symbol = symbol;
	w->polyfills[w->polyfill_count++].after = after;
}

/* What the block of a top-level `if (!check)` polyfills: `define('AF_X', ...)`
 * (or \define) and `function socket_x() {...}` in the global namespace, as
 * direct statements of the block. */
static void esa_note_polyfills(esa_walker *w, zend_ast *elem)
{
	uint32_t count;
	zend_ast **stmts;
	if (!elem->child[1]) {
		return;
	}
	stmts = esa_block_statements(&elem->child[1], &count);
	for (uint32_t i = 0; i < count; i++) {
		zend_ast *stmt = stmts[i];
		char lc[ESA_NAME_MAX];
		size_t len;
		zend_ast *arg;
		const esa_symbol *sym;
		if (!stmt) {
			continue;
		}
		if (stmt->kind == ZEND_AST_FUNC_DECL) {
			zend_ast_decl *decl = (zend_ast_decl *) stmt;
			if (!w->ns && (sym = esa_symbol_function(ZSTR_VAL(decl->name), ZSTR_LEN(decl->name)))) {
				esa_add_polyfill(w, sym, decl->end_lineno);
			}
		} else if (esa_called_function(w, stmt, lc, &len) && ESA_IS(lc, len, "define")
				&& (arg = esa_first_arg(stmt, "constant_name")) && esa_is_string_zval(arg)
				&& (sym = esa_symbol_constant(Z_STRVAL_P(zend_ast_get_zval(arg)), Z_STRLEN_P(zend_ast_get_zval(arg))))) {
			esa_add_polyfill(w, sym, zend_ast_get_lineno(stmt));
		}
	}
}

/* Statements in order; after `if (!check) { ...; return; }` the rest of the
 * list, and the blocks nested in it, run only when the check succeeded. */
static void esa_walk_stmt_list(esa_walker *w, zend_ast *ast)
{
	zend_ast_list *list = zend_ast_get_list(ast);
	uint32_t saved = w->guards;
	for (uint32_t i = 0; i < list->children; i++) {
		zend_ast *stmt = list->child[i], *first;
		if (!stmt) {
			continue;
		}
		esa_walk(w, stmt);
		if (stmt->kind == ZEND_AST_IF && w->guards == saved
				&& (first = zend_ast_get_list(stmt)->child[0])->child[0]
				&& esa_exits_unless_checked(w, first, esa_checked_if(w, first->child[0], false, 0))) {
			w->guards++;
		}
	}
	w->guards = saved;
}

/* if / elseif / else: a branch is guarded when its own condition is true only
 * after a check, or when an earlier condition is false only after one
 * (`if (!check) {} else {...}`); so is that later condition itself. */
static void esa_walk_if(esa_walker *w, zend_ast *ast)
{
	zend_ast_list *list = zend_ast_get_list(ast);
	uint32_t saved = w->guards;
	bool earlier_false_checked = false;
	for (uint32_t i = 0; i < list->children; i++) {
		zend_ast *elem = list->child[i], *cond = elem->child[0];
		bool then_checked = cond && esa_checked_if(w, cond, true, 0);
		bool else_checked = cond && esa_checked_if(w, cond, false, 0);
		w->guards = saved + earlier_false_checked;
		esa_walk(w, cond);
		if (i == 0 && else_checked && esa_at_top_level(w)) {
			esa_note_polyfills(w, elem);
		}
		w->guards = saved + (earlier_false_checked || then_checked);
		esa_walk(w, elem->child[1]);
		earlier_false_checked = earlier_false_checked || else_checked;
	}
	w->guards = saved;
}

/* check ? use : other, !check ? other : use. False when neither branch is
 * guarded: the generic walk takes the node. */
static bool esa_walk_conditional(esa_walker *w, zend_ast *ast)
{
	zend_ast *cond = ast->child[0];
	bool then_checked = esa_checked_if(w, cond, true, 0);
	bool else_checked = esa_checked_if(w, cond, false, 0);
	if (!then_checked && !else_checked) {
		return false;
	}
	esa_walk(w, cond);
	w->guards += then_checked;
	esa_walk(w, ast->child[1]);
	w->guards -= then_checked;
	w->guards += else_checked;
	esa_walk(w, ast->child[2]);
	w->guards -= else_checked;
	return true;
}

/*
 * a && b && c ... (or a || b || c ...), a chain as long as the source makes it:
 * its links are gathered on the heap and their right operands walked in
 * source order, each guarded once an operand before it is a check (for ||: a
 * negated one), as the operator runs the next operand only then.
 */
static void esa_walk_logical_chain(esa_walker *w, zend_ast *ast)
{
	zend_ast_kind kind = ast->kind;
	uint32_t base = w->chain_count, saved = w->guards;
	bool checked;
	for (zend_ast *link = ast; link && link->kind == kind; link = link->child[0]) {
		w->chain = esa_grow(w->chain, w->chain_count, &w->chain_capacity, sizeof(zend_ast *), 16, false);
		w->chain[w->chain_count++] = link;
	}
	zend_ast *first = w->chain[w->chain_count - 1]->child[0];
	esa_walk(w, first);
	checked = esa_checked_if(w, first, kind == ZEND_AST_AND, 0);
	for (uint32_t i = w->chain_count; i > base; i--) {
		/* w->chain may move while an operand is walked: read it again each time */
		zend_ast *operand = w->chain[i - 1]->child[1];
		w->guards = saved + checked;
		esa_walk(w, operand);
		if (!checked) {
			checked = esa_checked_if(w, operand, kind == ZEND_AST_AND, 0);
		}
	}
	w->guards = saved;
	w->chain_count = base;
}

/*
 * Nodes that need more than a walk of their children in order, each handled by
 * its own function; false for the others, which esa_walk_generic() walks.
 * The recursion through these is as deep as the nesting the parser allows
 * (calls in arguments, closures in closures: its stack is bounded); chains
 * that the grammar builds without bound ($a . $b . ..., $a->b()->c()...,
 * f()()(), $a::B::C) go through the generic walk, whatever their length.
 */
static bool esa_walk_special(esa_walker *w, zend_ast *ast)
{
	switch (ast->kind) {
		case ZEND_AST_ZVAL:
		case ZEND_AST_CONSTANT:
		case ZEND_AST_ZNODE:
#if PHP_VERSION_ID >= 80500
		case ZEND_AST_OP_ARRAY:
#endif
			return true;
		case ZEND_AST_FUNC_DECL:
		case ZEND_AST_CLOSURE:
		case ZEND_AST_METHOD:
		case ZEND_AST_ARROW_FUNC:
#if PHP_VERSION_ID >= 80400
		case ZEND_AST_PROPERTY_HOOK:
#endif
			esa_walk_function_decl(w, (zend_ast_decl *) ast);
			return true;
		case ZEND_AST_CLASS:
			esa_walk_class_decl(w, (zend_ast_decl *) ast);
			return true;
		case ZEND_AST_NAMESPACE:
			esa_namespace(w, ast);
			return true;
		case ZEND_AST_USE:
			esa_use(w, ast, NULL, 0);
			return true;
		case ZEND_AST_GROUP_USE:
			esa_use(w, ast->child[1], zend_ast_get_str(ast->child[0]), ast->attr);
			return true;
		case ZEND_AST_DECLARE:
			/* child[0] lists directives (strict_types=1), not constants */
			esa_walk(w, ast->child[1]);
			return true;
		case ZEND_AST_CALL:
			/* f()(): an expression as the callee is walked like any child */
			if (!esa_is_string_zval(ast->child[0])) {
				return false;
			}
			esa_call(w, ast);
			return true;
		case ZEND_AST_STATIC_CALL:
			if (!esa_is_string_zval(ast->child[0])) {
				return false;
			}
			esa_static_call(w, ast);
			return true;
		case ZEND_AST_NEW:
			if (!esa_is_string_zval(ast->child[0]) && ast->child[0]->kind != ZEND_AST_CLASS) {
				return false;
			}
			esa_new(w, ast);
			return true;
		case ZEND_AST_CONST:
			esa_const(w, ast);
			return true;
		case ZEND_AST_CATCH: {
			zend_ast_list *classes = zend_ast_get_list(ast->child[0]);
			for (uint32_t i = 0; i < classes->children; i++) {
				esa_class_ref(w, classes->child[i], ESA_FORM_CATCH);
			}
			esa_walk(w, ast->child[1]);
			esa_walk(w, ast->child[2]);
			return true;
		}
		case ZEND_AST_ATTRIBUTE:
			esa_class_ref(w, ast->child[0], ESA_FORM_ATTRIBUTE);
			w->in_attribute++;
			esa_walk_const_expr(w, ast->child[1]);
			w->in_attribute--;
			return true;
		case ZEND_AST_STMT_LIST:
			esa_walk_stmt_list(w, ast);
			return true;
		case ZEND_AST_IF:
			esa_walk_if(w, ast);
			return true;
		case ZEND_AST_AND:
		case ZEND_AST_OR:
			esa_walk_logical_chain(w, ast);
			return true;
		case ZEND_AST_CONDITIONAL:
			return esa_walk_conditional(w, ast);
		case ZEND_AST_PARAM:
			/* type, name, default, attributes, doc comment[, hooks] */
			esa_walk_property(w, ast, 1, 2, 0);
			return true;
		case ZEND_AST_PROP_GROUP:
			/* type, properties, attributes */
			esa_walk_children_const(w, ast, ESA_NO_INDEX, 0);
			return true;
		case ZEND_AST_PROP_ELEM:
			/* name, default, doc comment[, hooks] */
			esa_walk_property(w, ast, 0, 1, ESA_NO_INDEX);
			return true;
		case ZEND_AST_CONST_ELEM:
		case ZEND_AST_STATIC:
#if PHP_VERSION_ID >= 80100
		case ZEND_AST_ENUM_CASE:
#endif
			/* name or variable first, then the initializer */
			esa_walk_children_const(w, ast, 1, ESA_NO_INDEX);
			return true;
#if PHP_VERSION_ID >= 80300
		case ZEND_AST_CLASS_CONST_GROUP:
			/* constants, attributes, type */
			esa_walk_children_const(w, ast, ESA_NO_INDEX, 2);
			return true;
#endif
		case ZEND_AST_CONST_DECL:
			esa_const_decl(w, ast);
			return true;
		default:
			return false;
	}
}

/* A child of a generically walked node that names something by its position:
 * a class name (instanceof, ::class, ::CONST, ::$prop) or a callable (|>).
 * True when it was handled here; an expression there is walked like others. */
static bool esa_walk_child_in_place(esa_walker *w, zend_ast *parent, uint32_t index, zend_ast *child)
{
	if (!esa_is_string_zval(child)) {
		return false;
	}
	switch (parent->kind) {
		case ZEND_AST_INSTANCEOF:
			if (index == 1) {
				esa_class_ref(w, child, ESA_FORM_INSTANCEOF);
				return true;
			}
			break;
		case ZEND_AST_CLASS_NAME:
			esa_class_ref(w, child, ESA_FORM_CLASS_NAME);
			return true;
		case ZEND_AST_CLASS_CONST:
		case ZEND_AST_STATIC_PROP:
			if (index == 0) {
				esa_class_ref(w, child, ESA_FORM_STATIC);
				return true;
			}
			break;
#if PHP_VERSION_ID >= 80500
		case ZEND_AST_PIPE:
			if (index == 1) {
				esa_string_ref(w, child, ESA_KIND_FUNCTION, ESA_FORM_CALLABLE_STRING, false);
				return true;
			}
			break;
#endif
	}
	return false;
}

static void esa_push_frame(esa_walker *w, zend_ast *ast)
{
	esa_walk_frame *frame;
	w->frames = esa_grow(w->frames, w->frame_count, &w->frame_capacity, sizeof(esa_walk_frame), 64, false);
	frame = &w->frames[w->frame_count++];
	frame->ast = ast;
	frame->next = 0;
	frame->children = zend_ast_is_list(ast) ? zend_ast_get_list(ast)->children : zend_ast_get_num_children(ast);
}

/*
 * Walks ast and its descendants in source order with a stack on the heap, not
 * the C stack: a chain like $a . $b . $c ... is as deep as it is long, and
 * PHP compiles chains far deeper than a recursive walk of ours could follow.
 * Nodes with their own handler (esa_walk_special) are still visited in
 * order; they push onto the same stack above this walk's base when they walk
 * generic nodes themselves.
 */
static void esa_walk_generic(esa_walker *w, zend_ast *ast)
{
	uint32_t base = w->frame_count;
	esa_push_frame(w, ast);
	while (w->frame_count > base) {
		esa_walk_frame *frame = &w->frames[w->frame_count - 1];
		zend_ast *parent = frame->ast, *child;
		uint32_t index;
		if (frame->next == frame->children) {
			w->frame_count--;
			continue;
		}
		index = frame->next++;
		child = zend_ast_is_list(parent) ? zend_ast_get_list(parent)->child[index] : parent->child[index];
		if (!child || esa_walk_child_in_place(w, parent, index, child) || esa_walk_special(w, child)) {
			continue;
		}
		esa_push_frame(w, child);
	}
}

static void esa_walk(esa_walker *w, zend_ast *ast)
{
	if (!ast) {
		return;
	}
#ifdef ZEND_CHECK_STACK_LIMIT
	/* Nesting the parser allows may still exceed a small (thread) stack: then
	 * the rest of this subtree is not walked. PHP's compiler, which takes more
	 * stack per level than this walk, fails on the same input with its own
	 * "Maximum call stack size" error, and a failed compile records nothing. */
	if (UNEXPECTED(zend_call_stack_overflowed(EG(stack_limit)))) {
		return;
	}
#endif
	if (!esa_walk_special(w, ast)) {
		esa_walk_generic(w, ast);
	}
}


/* Drops the ns-fallback findings whose namespaced name exists: declared in
 * this file, or (outside scans) already known to this process. */
static void esa_resolve_fallbacks(esa_walker *w, uint32_t mark)
{
	bool dropped = false;
	for (uint32_t i = 0; i < w->fallback_count; i++) {
		esa_fallback *fb = &w->fallbacks[i];
		bool shadowed = w->declared && zend_hash_exists(w->declared, fb->key);
		if (!shadowed && !w->input->isolated) {
			shadowed = zend_hash_exists(fb->is_function ? EG(function_table) : EG(zend_constants), fb->key);
		}
		if (shadowed) {
			esa_finding *f = &w->out->items[fb->index];
			zend_string_release(f->file);
			zend_string_release(f->scope);
			f->symbol = NULL;
			dropped = true;
		}
		zend_string_release(fb->key);
	}
	if (dropped) {
		uint32_t kept = mark;
		for (uint32_t i = mark; i < w->out->count; i++) {
			if (w->out->items[i].symbol) {
				w->out->items[kept++] = w->out->items[i];
			}
		}
		w->out->count = kept;
	}
}

void esa_walk_ast(zend_ast *ast, const esa_walk_input *input, esa_finding_list *out)
{
	esa_walker w;
	uint32_t mark = out->count;

	/* Nearly every file names no symbol at all, and a scan of its text costs a
	 * tenth of a walk. With zend.multibyte the lexer may have read another text. */
	if (input->source && !CG(multibyte) && !esa_prefilter_may_name(input->source, input->source_len)) {
		return;
	}
	memset(&w, 0, sizeof(w));
	w.input = input;
	w.out = out;
	esa_walk(&w, ast);

	esa_resolve_fallbacks(&w, mark);
	if (w.fallbacks) {
		efree(w.fallbacks);
	}
	if (w.frames) {
		efree(w.frames);
	}
	if (w.polyfills) {
		efree(w.polyfills);
	}
	if (w.chain) {
		efree(w.chain);
	}
	if (w.declared) {
		zend_hash_destroy(w.declared);
		FREE_HASHTABLE(w.declared);
	}
	if (w.scope) {
		zend_string_release(w.scope);
	}
	if (w.ns) {
		zend_string_release(w.ns);
	}
	esa_reset_imports(&w);
}
