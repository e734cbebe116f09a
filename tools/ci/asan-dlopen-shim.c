/*
 * Preloaded before libasan by tools/ci/asan-build.sh: PHP builds without ASan open
 * extensions with dlopen(RTLD_DEEPBIND), which the ASan runtime refuses
 * (it would let the library bind malloc & co. past the runtime's interceptors).
 * PHP's own ASan builds open extensions without RTLD_DEEPBIND; this does the
 * same for the stock binary. DEEPBIND only shields an extension's bundled
 * libraries from clashing global symbols; ours bundles none and names all its
 * symbols esa_*, so it binds the same either way.
 */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
	/* Resolved on first use, before any thread exists: PHP loads extensions at startup. */
	static void *(*next_dlopen)(const char *, int);
	if (!next_dlopen) {
		next_dlopen = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
	}
	return next_dlopen(file, mode & ~RTLD_DEEPBIND);
}
