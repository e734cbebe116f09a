/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 6eaffbe9fe64d7000bd448ffac273c225da1b5f2 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_extsockets_audit_usage, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_extsockets_audit_reset, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_extsockets_audit_stats arginfo_extsockets_audit_usage

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_extsockets_audit_scan_file, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_extsockets_audit_scan_string, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, code, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, name, IS_STRING, 0, "\"string\"")
ZEND_END_ARG_INFO()


ZEND_FUNCTION(extsockets_audit_usage);
ZEND_FUNCTION(extsockets_audit_reset);
ZEND_FUNCTION(extsockets_audit_stats);
ZEND_FUNCTION(extsockets_audit_scan_file);
ZEND_FUNCTION(extsockets_audit_scan_string);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(extsockets_audit_usage, arginfo_extsockets_audit_usage)
	ZEND_FE(extsockets_audit_reset, arginfo_extsockets_audit_reset)
	ZEND_FE(extsockets_audit_stats, arginfo_extsockets_audit_stats)
	ZEND_FE(extsockets_audit_scan_file, arginfo_extsockets_audit_scan_file)
	ZEND_FE(extsockets_audit_scan_string, arginfo_extsockets_audit_scan_string)
	ZEND_FE_END
};
