dnl Benchmark helper only: never installed, never shipped. See tools/bench/README.
PHP_ARG_ENABLE([esa-bench], [whether to build the extsockets_audit benchmark helper],
  [AS_HELP_STRING([--enable-esa-bench], [Benchmark helper for extsockets_audit])], [no])

if test "$PHP_ESA_BENCH" != "no"; then
  PHP_NEW_EXTENSION(esa_bench, esa_bench.c, $ext_shared)
fi
