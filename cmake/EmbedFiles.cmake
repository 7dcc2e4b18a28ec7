# EmbedFiles — compile files (JavaScript, shaders) into the binary.
#
#   loopscope_embed_files(TARGET <static-lib-name> NAMESPACE <c++ namespace> FILES <abs paths>...
#                         [NAMES <logical names>...])
#
# Creates a static library exposing, in the given namespace (header generated alongside):
#   std::string_view EmbeddedFile(std::string_view name);   // "" if unknown; data is NUL-terminated
# `name` defaults to the file's name (no directory). Regenerated when any file changes.

set(_loopscope_embed_script "${CMAKE_CURRENT_LIST_DIR}/EmbedFilesGenerate.cmake")

function(loopscope_embed_files)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE" "FILES;NAMES" ${ARGN})
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}")
  set(out_cpp "${out_dir}/${ARG_TARGET}.cpp")
  set(out_h "${out_dir}/${ARG_TARGET}.h")
  if(NOT ARG_NAMES)
    foreach(file IN LISTS ARG_FILES)
      get_filename_component(name "${file}" NAME)
      list(APPEND ARG_NAMES "${name}")
    endforeach()
  endif()
  string(REPLACE ";" "|" files_arg "${ARG_FILES}")
  string(REPLACE ";" "|" names_arg "${ARG_NAMES}")
  add_custom_command(
    OUTPUT "${out_cpp}" "${out_h}"
    COMMAND ${CMAKE_COMMAND} "-DOUT_CPP=${out_cpp}" "-DOUT_H=${out_h}" "-DNAMESPACE=${ARG_NAMESPACE}"
            "-DFILES=${files_arg}" "-DNAMES=${names_arg}" -P "${_loopscope_embed_script}"
    DEPENDS ${ARG_FILES} "${_loopscope_embed_script}"
    COMMENT "Embedding ${ARG_NAMES}"
    VERBATIM)
  add_library(${ARG_TARGET} STATIC "${out_cpp}")
  target_include_directories(${ARG_TARGET} PUBLIC "${out_dir}")
endfunction()
