#ifndef ESA_SYMBOLS_H
#define ESA_SYMBOLS_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

typedef enum {
	ESA_KIND_FUNCTION = 0,
	ESA_KIND_CONSTANT,
	ESA_KIND_CLASS,
	ESA_KIND_EXTENSION
} esa_kind;

typedef struct {
	esa_kind kind;
	const char *name;     /* canonical spelling, as ext/sockets declares it */
	size_t name_len;
	const char *since;    /* first PHP version that has it ("<=7.4" when older) */
	const char *removed;  /* first version without it, "" while still present */
	const char *condition; /* C guard in php-src, "" when always registered */
} esa_symbol;

/* Function and class names match case-insensitively, constants exactly. */
const esa_symbol *esa_symbol_function(const char *name, size_t len);
const esa_symbol *esa_symbol_constant(const char *name, size_t len);
const esa_symbol *esa_symbol_class(const char *name, size_t len);
/* The pseudo-symbol `sockets` that extension probes refer to. */
const esa_symbol *esa_symbol_extension(const char *name, size_t len);

/* A parameter of an internal function that takes a callable although its type
 * does not say so (only its stub's documentation does): data/internal-untyped-callables.tsv. */
typedef struct {
	const char *function;  /* lowercase; class::method for a method */
	size_t function_len;
	uint32_t position;     /* of the parameter, from 0 */
	const char *parameter; /* its name, for named arguments */
	size_t parameter_len;
	bool variadic;         /* every argument from position on */
} esa_untyped_callable;

/* The untyped callable parameters of a function (lowercase name), *count of
 * them, or NULL. */
const esa_untyped_callable *esa_untyped_callables(const char *lcname, size_t len, uint32_t *count);

uint32_t esa_symbol_count(esa_kind kind);
const char *esa_kind_name(esa_kind kind);

#endif
