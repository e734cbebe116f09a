#ifndef ESA_SCAN_H
#define ESA_SCAN_H

#include "php.h"

/* Parse (never compile) a file or a string and return its findings in
 * return_value, or throw: ParseError for code that does not parse,
 * RuntimeException for a file that cannot be read. */
void esa_scan_file(zend_string *path, zval *return_value);
void esa_scan_string(zend_string *code, zend_string *name, zval *return_value);

#endif
