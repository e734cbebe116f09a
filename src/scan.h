#ifndef ESA_SCAN_H
#define ESA_SCAN_H

#include "php.h"

/* Wraps zend_error_cb, through which a scan learns of fatal compile errors. */
void esa_scan_startup(void);
void esa_scan_shutdown(void);
/* op_array constructor callback: what a bailed-out scan must free. */
void esa_scan_track_op_array(zend_op_array *op_array);

/* Compile without executing or declaring anything; findings into return_value,
 * or an exception (CompileError for parse and compile errors). */
void esa_scan_file(zend_string *path, zval *return_value);
void esa_scan_string(zend_string *code, zend_string *name, zval *return_value);

#endif
