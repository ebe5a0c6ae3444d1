// A coded story as rows of the store's tables (store/schema.h): built on the worker thread that
// coded the story, written in order by the thread that owns the database.
#ifndef HERODOTUS_STORE_ROWS_H_
#define HERODOTUS_STORE_ROWS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "herodotus/document.h"
#include "store/database.h"
#include "store/schema.h"

namespace herodotus::store {

struct StoryRows {
  std::string story_id;
  std::array<std::vector<std::vector<Value>>, kTableCount> tables;  // by TableId, column order
};

StoryRows rows_of(const Document& doc);

// The country an actor code stands in: its first three letters when they are a country's
// ISO 3166-1 alpha-3 code ("BLRGOV" -> "BLR"), else empty ("IGOUNO", "---GOV").
std::string_view actor_country(std::string_view code);

}  // namespace herodotus::store

#endif  // HERODOTUS_STORE_ROWS_H_
