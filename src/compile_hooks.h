#ifndef ESA_COMPILE_HOOKS_H
#define ESA_COMPILE_HOOKS_H

/* Always installed, whatever extsockets_audit.enabled says at startup: it is
 * read at each compile (an FPM pool may switch it on or off in its workers). */
void esa_compile_hooks_install(void);
/* Before opcache's post-startup callback, which may preload in a child process. */
void esa_compile_hooks_before_cache_startup(void);
/* After every extension's startup: when a code cache (opcache) has wrapped
 * our compile hook by now, a second hook goes around it; findings travel in
 * the op_arrays' reserved slot (-1: none, and they do not travel). True when
 * they travel, and so need the zend_extension's op_array dtor and persist callbacks. */
bool esa_compile_hooks_post_startup(int slot);
void esa_compile_hooks_uninstall(void);

#endif
