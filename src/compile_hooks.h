#ifndef ESA_COMPILE_HOOKS_H
#define ESA_COMPILE_HOOKS_H

/* zend_ast_process is always hooked (the scan functions need it); the compile
 * hooks only when auditing is enabled, so a disabled audit costs one branch. */
void esa_compile_hooks_install(bool audit_compiles);
void esa_compile_hooks_uninstall(void);

#endif
