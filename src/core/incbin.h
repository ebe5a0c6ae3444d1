// Embedding a file built or installed at build time into the library, as it is: the assembler's
// .incbin has no size limit and no conversion step, and the build tracks the file through
// OBJECT_DEPENDS in CMakeLists.txt. The data is 8-byte aligned, so records can be read in place.
//
//   HERODOTUS_INCBIN(my_data, "/path/to/file")   // defines my_data_begin[] and my_data_end[]
#ifndef HERODOTUS_CORE_INCBIN_H_
#define HERODOTUS_CORE_INCBIN_H_

#define HERODOTUS_INCBIN(name, path)    \
  asm(".section .rodata\n"              \
      ".balign 8\n"                     \
      ".global " #name "_begin\n" #name \
      "_begin:\n"                       \
      ".incbin \"" path                 \
      "\"\n"                            \
      ".global " #name "_end\n" #name   \
      "_end:\n"                         \
      ".previous\n");                   \
  extern "C" const char name##_begin[]; \
  extern "C" const char name##_end[];

#endif  // HERODOTUS_CORE_INCBIN_H_
