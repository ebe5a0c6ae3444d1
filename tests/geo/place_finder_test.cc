// The gazetteer and the place finder: names found, left alone and resolved.
#include "geo/place_finder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "herodotus/coding.h"
#include "test_util.h"

namespace herodotus::geo {
namespace {

struct Found {
  std::string text, name, country;
  bool actor;
  format::Kind kind;
};

std::vector<Found> places_of(const std::string& text) {
  Document doc = testing::segment(text);
  PlaceFinder().run(doc);
  std::vector<Found> out;
  for (const Place& p : doc.places()) {
    PlaceView v = Gazetteer::builtin().place(p.entry);
    out.push_back({std::string(doc.text_of(p.span)), std::string(v.name), std::string(v.country),
                   p.actor, v.kind});
  }
  return out;
}

TEST(Gazetteer, NamesOfCountriesCitiesAndRegions) {
  const Gazetteer& g = Gazetteer::builtin();
  EXPECT_GT(g.places(), 130000u);
  auto minsk = g.find("minsk").names;
  ASSERT_FALSE(minsk.empty());
  bool belarus = false;
  for (const auto& k : minsk) belarus |= g.place(k.place).country == "BLR";
  EXPECT_TRUE(belarus);
  // "St. Petersburg", "St Petersburg" and "Saint-Petersburg" are written alike as keys.
  EXPECT_EQ(format::key_text("St. Petersburg"), format::key_text("St Petersburg"));
  EXPECT_FALSE(g.find(format::key_text("Saint-Petersburg")).names.empty());
  auto belarusian = g.find("belarusian").names;
  ASSERT_FALSE(belarusian.empty());
  EXPECT_TRUE(belarusian[0].flags & format::kDemonym);
  EXPECT_TRUE(g.find("new").longer);                            // New York, New Delhi...
  EXPECT_NEAR(distance_km(53.9, 27.57, 43.6, 39.73), 1447, 5);  // Minsk to Sochi
}

TEST(PlaceFinder, PlacesInContext) {
  auto found = places_of("Russian President Vladimir Putin met Alexander Lukashenko in Sochi.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "Russian");
  EXPECT_TRUE(found[0].actor);  // a demonym stands for the state
  EXPECT_EQ(found[1].name, "Sochi");
  EXPECT_EQ(found[1].country, "RUS");
  EXPECT_FALSE(found[1].actor);
}

TEST(PlaceFinder, SmallTownsNeedACue) {
  auto found = places_of("Workers culled hogs at a farm in Pandi after the outbreak.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Pandi");
  EXPECT_TRUE(places_of("Pandi Sharma wrote the report.").empty());
}

TEST(PlaceFinder, NamesThatAreNotPlaces) {
  EXPECT_TRUE(places_of("The speech of President Lincoln was read aloud.").empty());
  EXPECT_TRUE(places_of("He joined Real Madrid last year.").empty());
  // The first word of a sentence is capitalised anyway.
  EXPECT_TRUE(places_of("But the talks went on.").empty());
}

TEST(PlaceFinder, CapitalsThatSpeakAreActors) {
  auto found = places_of("Kyiv said the strikes had stopped.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].country, "UKR");
  EXPECT_TRUE(found[0].actor);
}

TEST(PlaceFinder, RegionsAndDatelines) {
  auto found =
      places_of("MINSK, Oct 10 (Reuters) - Shelling hit the Donetsk region, officials said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "Minsk");
  EXPECT_EQ(found[1].country, "UKR");
  auto toronto = places_of("Snow is expected to fall on Toronto Saturday night.");
  ASSERT_EQ(toronto.size(), 1u);
  EXPECT_EQ(toronto[0].country, "CAN");
}

TEST(PlaceFinder, NamesWithArticlesPossessivesAndCompassWords) {
  // A sentence's opening "The" is no part of the name after it.
  auto us = places_of("The U.S. has had two cases.");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].country, "USA");
  // Possessives, elided articles and "the" inside names.
  auto long_names = places_of(
      "Cases were found in the People's Republic of China, Côte d'Ivoire and the Democratic "
      "Republic of the Congo.");
  ASSERT_EQ(long_names.size(), 3u);
  EXPECT_EQ(long_names[0].country, "CHN");
  EXPECT_EQ(long_names[1].country, "CIV");
  EXPECT_EQ(long_names[2].country, "COD");
  // A compass word alone is no place; before a place it names a part of it.
  auto parts = places_of("Birds died across Northern Europe, officials in Eastern Creek said.");
  ASSERT_GE(parts.size(), 1u);
  EXPECT_EQ(parts[0].text, "Northern Europe");
  EXPECT_EQ(parts[0].name, "Europe");
  for (const Found& f : parts) EXPECT_NE(f.country, "UGA");  // Uganda's "Eastern" region
}

TEST(PlaceFinder, AListSharesItsCue) {
  // "Texas said" would make Texas an actor; here it is the last of the places "in" governs.
  auto found = places_of("Officials in Georgia and Texas said the disease had spread.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[1].actor);
  EXPECT_EQ(found[1].name, "Texas");
}

TEST(PlaceFinder, OwnNamesAndRegionsNamedAfterCities) {
  // The Australian state by its own name before Hong Kong, which Victoria was a name of.
  auto victoria = places_of("Health officials in Victoria said the outbreak was over.");
  ASSERT_EQ(victoria.size(), 1u);
  EXPECT_EQ(victoria[0].country, "AUS");
  // A state before a town in another state that bears its name.
  auto wyoming = places_of("Officials in Wyoming said so.");
  ASSERT_EQ(wyoming.size(), 1u);
  EXPECT_EQ(wyoming[0].name, "Wyoming");
  // A region named after its city is the city, also when the city is named twice.
  auto istanbul = places_of("Talks opened in Istanbul. Delegates stayed in Istanbul for a week.");
  ASSERT_EQ(istanbul.size(), 2u);
  for (const Found& f : istanbul) EXPECT_EQ(f.kind, format::kCity);
  // Chinese provinces by the names news uses, placed from their GeoNames division.
  auto anhui = places_of("Bird flu was found in Anhui and Inner Mongolia.");
  ASSERT_EQ(anhui.size(), 2u);
  for (const Found& f : anhui) {
    EXPECT_EQ(f.country, "CHN");
    EXPECT_EQ(f.kind, format::kRegion);
  }
}

TEST(PlaceFinder, EventsAreLocatedWhereTheirSentenceSays) {
  Document doc =
      testing::code("Russian President Vladimir Putin met Alexander Lukashenko in Sochi.",
                    "located", "2022-09-16");
  ASSERT_FALSE(doc.events().empty());
  for (const Event& e : doc.events()) {
    ASSERT_GE(e.location, 0);
    EXPECT_EQ(Gazetteer::builtin().place(doc.places()[e.location].entry).name, "Sochi");
  }
}

TEST(PlaceFinder, AnAgentOfATownIsItsCountrys) {
  Document doc = testing::code("The governor of Donetsk accused Russia of shelling the city.",
                               "agent", "2024-01-10");
  ASSERT_EQ(doc.events().size(), 1u);
  EXPECT_EQ(doc.events()[0].source.code, "UKRGOV");  // the biggest Donetsk: Ukraine's
  EXPECT_EQ(doc.events()[0].target.code, "RUS");
}

}  // namespace
}  // namespace herodotus::geo
