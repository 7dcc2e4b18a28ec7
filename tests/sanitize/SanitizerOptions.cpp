// SanitizerOptions.cpp — the sanitizer runtime's defaults for Loopscope's test and fuzz binaries.
//
// Linked into them only in a sanitizer build (-DLOOPSCOPE_SANITIZE=..., tests/CMakeLists.txt).
// The sanitizer runtimes call these hooks at start-up, before main; options given in the
// environment (ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS) still override them. With the defaults
// compiled in, running a test binary by hand behaves exactly as it does under ctest.
//
//   ASan   leak detection on (LeakSanitizer runs at exit); a report exits with status 1.
//   UBSan  stack traces; the build already makes every UBSan report fatal
//          (-fno-sanitize-recover=undefined).
//   LSan   suppressions from tests/sanitize/lsan.supp (LOOPSCOPE_LSAN_SUPPRESSIONS): only leaks
//          whose every reported frame is in libnode's or the system's libraries are waived there.

extern "C" {

const char* __asan_default_options() {
  return "detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0";
}

const char* __ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }

const char* __lsan_default_options() { return "suppressions=" LOOPSCOPE_LSAN_SUPPRESSIONS ":print_suppressions=0"; }

}  // extern "C"
