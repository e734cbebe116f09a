PHP_ARG_ENABLE([extsockets-audit],
  [whether to enable extsockets_audit support],
  [AS_HELP_STRING([--enable-extsockets-audit],
    [Enable the ext/sockets usage audit])],
  [no])

if test "$PHP_EXTSOCKETS_AUDIT" != "no"; then
  AC_MSG_CHECKING([PHP version])
  if test -z "$PHP_VERSION_ID" && test -n "$PHP_CONFIG"; then
    PHP_VERSION_ID=`$PHP_CONFIG --vernum`
  fi
  if test -n "$PHP_VERSION_ID" && test "$PHP_VERSION_ID" -lt 80000; then
    AC_MSG_ERROR([extsockets_audit needs PHP 8.0 or later, found $PHP_VERSION_ID])
  fi
  AC_MSG_RESULT([$PHP_VERSION_ID])

  dnl PHP's installed headers are system headers to us: a warning inside one
  dnl (PHP 8.5's zend_operators.h has an unused parameter) must not fail a
  dnl -Wall -Wextra -Werror build, which is meant for our own code.
  if test -n "$phpincludedir"; then
    INCLUDES=`echo "$INCLUDES" | sed -e "s%-I$phpincludedir%-isystem $phpincludedir%g"`
  fi

  dnl Only get_module() (ZEND_DLEXPORT) leaves the module: calls between our
  dnl own files then go straight to their target, not through the PLT, on the
  dnl paths that run for every compile, include and counted call.
  esa_visibility_flag=
  AX_CHECK_COMPILE_FLAG([-fvisibility=hidden], [esa_visibility_flag=-fvisibility=hidden])

  AC_DEFINE(HAVE_EXTSOCKETS_AUDIT, 1, [Whether extsockets_audit is enabled])
  PHP_NEW_EXTENSION(extsockets_audit,
    extsockets_audit.c src/engine_extension.c \
    src/pipeline/compile_hooks.c src/pipeline/prefilter.c src/pipeline/ast_walker.c src/pipeline/scan.c \
    src/symbols/symbols.c src/store/findings.c src/sinks/log_sink.c src/runtime/call_counter.c \
    src/opcache/findings_blob.c src/opcache/preload_relay.c,
    $ext_shared,, -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 $esa_visibility_flag)
  PHP_ADD_BUILD_DIR([$ext_builddir/src])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/pipeline])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/symbols])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/store])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/sinks])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/runtime])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/opcache])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  PHP_ADD_MAKEFILE_FRAGMENT
fi
