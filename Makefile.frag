
# `make test` loads ext/sockets and opcache for the tests that name them in
# --EXTENSIONS--: run-tests looks for those in extension_dir, which phpize sets
# to modules/; the later -d points it at tests/.ext (tools/test_extension_dir.sh).
PHP_TEST_SHARED_EXTENSIONS += -d extension_dir=$(top_builddir)/tests/.ext

test: extsockets-audit-test-extension-dir

extsockets-audit-test-extension-dir:
	@$(SHELL) $(top_srcdir)/tools/test_extension_dir.sh '$(PHP_EXECUTABLE)' '$(EXTENSION_DIR)' '$(top_builddir)'

.PHONY: extsockets-audit-test-extension-dir
