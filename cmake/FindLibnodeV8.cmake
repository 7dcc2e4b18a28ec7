# FindLibnodeV8 — V8 10.2 from Debian's libnode108 + libnode-dev, unpacked by cmake/setup-debian.sh
# into the project-local prefix .deps/libnode (see that script for why apt-get install can't be used).
# Defines the imported target V8::V8 (headers + libnode.so, which exports the V8 API) and
# LibnodeV8_VERSION. Executables linking it get an rpath to the prefix.

set(LIBNODE_PREFIX "${CMAKE_SOURCE_DIR}/.deps/libnode/usr" CACHE PATH "Unpacked libnode108/libnode-dev prefix")

find_path(LibnodeV8_INCLUDE_DIR v8.h PATHS "${LIBNODE_PREFIX}/include/node" NO_DEFAULT_PATH)
find_library(LibnodeV8_LIBRARY NAMES node.so.108 libnode.so.108 node
             PATHS "${LIBNODE_PREFIX}/lib/x86_64-linux-gnu" NO_DEFAULT_PATH)

if(LibnodeV8_INCLUDE_DIR AND EXISTS "${LibnodeV8_INCLUDE_DIR}/v8-version.h")
  file(STRINGS "${LibnodeV8_INCLUDE_DIR}/v8-version.h" _v8_version_lines REGEX "#define V8_(MAJOR|MINOR)_VERSION")
  string(REGEX REPLACE ".*V8_MAJOR_VERSION ([0-9]+).*" "\\1" _v8_major "${_v8_version_lines}")
  string(REGEX REPLACE ".*V8_MINOR_VERSION ([0-9]+).*" "\\1" _v8_minor "${_v8_version_lines}")
  set(LibnodeV8_VERSION "${_v8_major}.${_v8_minor}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibnodeV8
  REQUIRED_VARS LibnodeV8_LIBRARY LibnodeV8_INCLUDE_DIR
  VERSION_VAR LibnodeV8_VERSION
  FAIL_MESSAGE "libnode not found under ${LIBNODE_PREFIX}: run cmake/setup-debian.sh")

if(LibnodeV8_FOUND AND NOT TARGET V8::V8)
  add_library(V8::V8 SHARED IMPORTED)
  # Debian's node 18 is built without pointer compression and without the V8 sandbox,
  # so no V8_COMPRESS_POINTERS / V8_31BIT_SMIS defines are needed.
  set_target_properties(V8::V8 PROPERTIES
    IMPORTED_LOCATION "${LibnodeV8_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibnodeV8_INCLUDE_DIR}")
  get_filename_component(_libnode_dir "${LibnodeV8_LIBRARY}" DIRECTORY)
  set(LIBNODE_LIBRARY_DIR "${_libnode_dir}" CACHE INTERNAL "")
  set(CMAKE_BUILD_RPATH "${CMAKE_BUILD_RPATH};${_libnode_dir}")
  set(CMAKE_INSTALL_RPATH "${CMAKE_INSTALL_RPATH};${_libnode_dir}")
endif()
