#ifndef HERODOTUS_VERSION_H_
#define HERODOTUS_VERSION_H_

namespace herodotus {
inline constexpr const char* kVersion = "0.1.0";
}

#endif  // HERODOTUS_VERSION_H_
