# Turns one data file into a C++ source defining herodotus::embedded::NAME, a std::string_view over
# the file's bytes, so that language data stays data in the repository and needs no install path.
# Called as: cmake -DIN=file -DOUT=file.cc -DNAME=identifier -P embed_file.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_length)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}"
  "// Generated from ${IN}; do not edit.\n"
  "#include <string_view>\n"
  "namespace herodotus::embedded {\n"
  "static const unsigned char k_${NAME}[] = {${bytes}0x00};\n"
  "extern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME}(reinterpret_cast<const char*>(k_${NAME}), sizeof(k_${NAME}) - 1);\n"
  "}  // namespace herodotus::embedded\n")
