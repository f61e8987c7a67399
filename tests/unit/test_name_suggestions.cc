// Names offered for an entity filter value the index does not have
// (search/name_suggestions.h): typed name in, known names out, closest
// first, then most frequent.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "search/name_suggestions.h"

using namespace kiosque;

namespace {

const std::vector<search::KnownName> kPersons = {
    {"nicolas sarkozy", "Nicolas Sarkozy", 995}, {"louis sarkozy", "Louis Sarkozy", 14},
    {"carla bruni sarkozy", "Carla Bruni-Sarkozy", 28}, {"marine le pen", "Marine Le Pen", 1032},
    {"jean marie le pen", "Jean-Marie Le Pen", 149},  {"francois hollande", "François Hollande", 1174},
    {"kim jong un", "Kim Jong-un", 80},                {"kim yo jong", "Kim Yo-jong", 12},
    {"emmanuel macron", "Emmanuel Macron", 4884},     {"serguei choigou", "Sergueï Choïgou", 40},
    {"tom", "Tom", 3},
};

}  // namespace

TEST_CASE("edits allowed grow with the typed name") {
  CHECK(search::max_name_edits(3) == 0);
  CHECK(search::max_name_edits(4) == 1);
  CHECK(search::max_name_edits(5) == 1);
  CHECK(search::max_name_edits(6) == 2);
  CHECK(search::max_name_edits(11) == 2);
  CHECK(search::max_name_edits(12) == 3);
}

TEST_CASE("closest names: typos, surnames, prefixes, accents and case") {
  using Names = std::vector<std::string>;
  const std::pair<const char*, Names> rows[] = {
      // A surname one letter off: the persons of that surname, most frequent first.
      {"Sarkozi", {"Nicolas Sarkozy", "Carla Bruni-Sarkozy", "Louis Sarkozy"}},
      {"Holande", {"François Hollande"}},
      {"HOLLANDE François", {}},  // word order is not a spelling
      {"François Holande", {"François Hollande"}},
      // Closest first: one edit before two.
      {"Marine Le Pin", {"Marine Le Pen", "Jean-Marie Le Pen"}},
      // A word's start, long enough.
      {"Macr", {"Emmanuel Macron"}},
      {"Sarko", {"Nicolas Sarkozy", "Carla Bruni-Sarkozy", "Louis Sarkozy"}},
      {"Mac", {}},
      // Short: words only, exactly.
      {"Kim", {"Kim Jong-un", "Kim Yo-jong"}},
      {"Tim", {}},
      // Accents and hyphens aside.
      {"Choigu", {"Sergueï Choïgou"}},
      {"kim-jong-un", {"Kim Jong-un"}},
      {"Zzyzx", {}},
      {"", {}},
      {" - ", {}},
  };
  for (const auto& row : rows) {  // (CAPTURE of a structured binding does not build with clang)
    const auto& typed = row.first;
    CAPTURE(typed);
    CHECK(closest_names(typed, kPersons) == row.second);
  }
}

TEST_CASE("closest names: at most the limit, ties by frequency then name") {
  std::vector<search::KnownName> many;
  std::vector<std::string> keys, names;
  for (int i = 0; i < 8; ++i) {
    keys.push_back("person" + std::to_string(i) + " dupont");
    names.push_back("Person" + std::to_string(i) + " Dupont");
  }
  for (int i = 0; i < 8; ++i) many.push_back({keys[i], names[i], static_cast<std::uint64_t>(i % 3)});
  CHECK(closest_names("Dupond", many) ==
        std::vector<std::string>{"Person2 Dupont", "Person5 Dupont", "Person1 Dupont", "Person4 Dupont",
                                 "Person7 Dupont"});
  CHECK(closest_names("Dupond", many, 2).size() == 2);
}
