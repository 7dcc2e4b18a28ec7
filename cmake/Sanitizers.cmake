# Sanitizers — sanitizer and fuzzing instrumentation for the project's own targets.
#
#   -DLOOPSCOPE_SANITIZE=address,undefined  compile and link every project target with
#       -fsanitize=<list> -fno-omit-frame-pointer. With `undefined`: -fno-sanitize=vptr (Debian's
#       libnode is built without RTTI, so V8's and Node's classes have no type_info for the vptr
#       check to compare against) and -fno-sanitize-recover=undefined (a UBSan report ends the
#       process, so it fails the test that caused it). gcc and clang both work.
#   -DLOOPSCOPE_FUZZ=ON  clang only: adds libFuzzer's coverage instrumentation
#       (-fsanitize=fuzzer-no-link) to the project targets and builds the fuzz targets in
#       tests/fuzz (linked with -fsanitize=fuzzer). Combine with LOOPSCOPE_SANITIZE.
#
# Imported libraries (libnode, ImGui, GLFW, GoogleTest) are used as Debian built them: they are
# not instrumented, so reports point at Loopscope's code or at calls it makes into them.
# Must be included before the first add_subdirectory: add_compile_options applies to targets
# created after it.

set(LOOPSCOPE_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for the project's targets (e.g. address,undefined); empty = none")
option(LOOPSCOPE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

if(LOOPSCOPE_SANITIZE)
  set(_loopscope_sanitize_flags -fsanitize=${LOOPSCOPE_SANITIZE} -fno-omit-frame-pointer)
  if(LOOPSCOPE_SANITIZE MATCHES "undefined")
    list(APPEND _loopscope_sanitize_flags -fno-sanitize=vptr -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${_loopscope_sanitize_flags})
  add_link_options(${_loopscope_sanitize_flags})
  message(STATUS "Loopscope: sanitizers ${LOOPSCOPE_SANITIZE} on the project's targets")
endif()

if(LOOPSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LOOPSCOPE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14 "
                        "-DCMAKE_C_COMPILER=clang-14 (or use the `fuzz` preset)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  message(STATUS "Loopscope: libFuzzer coverage on the project's targets; fuzz targets in tests/fuzz")
endif()
