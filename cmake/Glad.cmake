# Glad — generates the OpenGL 3.3 core loader at build time with Debian's glad 2 (python3-glad)
# and defines the static target `glad`. `--reproducible` keeps glad off the network.
find_program(GLAD_EXECUTABLE glad PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT GLAD_EXECUTABLE)
  message(FATAL_ERROR "glad (python3-glad) not found: run cmake/setup-debian.sh")
endif()
set(_glad_dir "${CMAKE_BINARY_DIR}/glad")
add_custom_command(
  OUTPUT "${_glad_dir}/src/gl.c" "${_glad_dir}/include/glad/gl.h" "${_glad_dir}/include/KHR/khrplatform.h"
  COMMAND "${GLAD_EXECUTABLE}" --reproducible --quiet --api gl:core=3.3 --out-path "${_glad_dir}" c
  COMMENT "Generating the OpenGL 3.3 core loader with glad"
  VERBATIM)
add_library(glad STATIC "${_glad_dir}/src/gl.c")
target_include_directories(glad PUBLIC "${_glad_dir}/include")
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
