// Small string helpers the readers share.
#ifndef HERODOTUS_CORE_STRINGS_H_
#define HERODOTUS_CORE_STRINGS_H_

#include <string>
#include <string_view>

namespace herodotus {

// Without leading and trailing white space.
std::string_view trim(std::string_view s);

// Every run of white space (line breaks included) as one space, none at either end.
std::string collapse_spaces(std::string_view text);

}  // namespace herodotus

#endif  // HERODOTUS_CORE_STRINGS_H_
