# herodotus_embed(OUT_VAR file...): one generated source per data file; the variable named by
# OUT_VAR receives their paths. The symbol is the file name without extension, '-' and '.' as '_'.
function(herodotus_embed out_var)
  set(generated)
  foreach(file IN LISTS ARGN)
    get_filename_component(stem "${file}" NAME_WE)
    string(MAKE_C_IDENTIFIER "${stem}" symbol)
    set(out "${CMAKE_BINARY_DIR}/embedded/${symbol}.cc")
    add_custom_command(
      OUTPUT "${out}"
      COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DNAME=${symbol}
              -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
      DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
      COMMENT "Embedding ${stem}"
      VERBATIM)
    list(APPEND generated "${out}")
  endforeach()
  set(${out_var} "${generated}" PARENT_SCOPE)
endfunction()
