# Concatenates every *.txt file under ROOT (sorted by path) into OUT, each preceded by a line of
# the ASCII record separator (0x1E) and its path relative to ROOT. The binary embeds the result,
# so the built-in dictionaries need no install path.
# Called as: cmake -DROOT=dir -DOUT=file -P bundle_dictionaries.cmake
file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/*.txt")
list(SORT files)
string(ASCII 30 separator)
file(WRITE "${OUT}.tmp" "")
foreach(name IN LISTS files)
  file(READ "${ROOT}/${name}" content)
  file(APPEND "${OUT}.tmp" "${separator}${name}\n${content}\n")
endforeach()
file(RENAME "${OUT}.tmp" "${OUT}")
