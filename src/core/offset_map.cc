#include "herodotus/offset_map.h"

#include <algorithm>

namespace herodotus {

void OffsetMap::add_copy(uint32_t norm, uint32_t orig, uint32_t length) {
  if (length == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // Adjacent verbatim copies merge, so a clean story costs one piece per changed character.
    if (last.verbatim && last.norm + last.norm_length == norm &&
        last.orig + last.orig_length == orig) {
      last.norm_length += length;
      last.orig_length += length;
      return;
    }
  }
  pieces_.push_back({norm, orig, length, length, true});
}

void OffsetMap::add_replacement(uint32_t norm, uint32_t norm_length, uint32_t orig,
                                uint32_t orig_length) {
  if (norm_length == 0 && orig_length == 0) return;
  // A deletion leaves nothing in the normalised text to map; the neighbouring pieces keep their own
  // original offsets, so it needs no record.
  if (norm_length == 0) return;
  pieces_.push_back({norm, orig, norm_length, orig_length, false});
}

void OffsetMap::truncate(uint32_t norm) {
  while (!pieces_.empty() && pieces_.back().norm >= norm) pieces_.pop_back();
  if (pieces_.empty()) return;
  Piece& last = pieces_.back();
  if (last.norm + last.norm_length > norm) {
    uint32_t keep = norm - last.norm;
    if (last.verbatim) {
      last.orig_length = keep;
    }
    last.norm_length = keep;
  }
}

const OffsetMap::Piece* OffsetMap::find(uint32_t norm) const {
  if (pieces_.empty()) return nullptr;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), norm,
                             [](uint32_t n, const Piece& p) { return n < p.norm; });
  if (it == pieces_.begin()) return &*it;
  return &*(it - 1);
}

uint32_t OffsetMap::to_original_begin(uint32_t norm) const {
  const Piece* p = find(norm);
  if (p == nullptr) return norm;
  if (norm < p->norm) return p->orig;
  if (norm >= p->norm + p->norm_length) return p->orig + p->orig_length;
  if (p->verbatim) return p->orig + (norm - p->norm);
  return p->orig;
}

uint32_t OffsetMap::to_original_end(uint32_t norm_end) const {
  if (norm_end == 0) return to_original_begin(0);
  const Piece* p = find(norm_end - 1);
  if (p == nullptr) return norm_end;
  if (norm_end - 1 < p->norm) return p->orig;
  if (norm_end >= p->norm + p->norm_length) return p->orig + p->orig_length;
  if (p->verbatim) return p->orig + (norm_end - p->norm);
  return p->orig + p->orig_length;
}

Span OffsetMap::to_original(Span normalised) const {
  if (normalised.empty()) {
    uint32_t at = to_original_begin(normalised.begin);
    return {at, at};
  }
  return {to_original_begin(normalised.begin), to_original_end(normalised.end)};
}

}  // namespace herodotus
