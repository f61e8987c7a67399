// The surname rule (names/surname_resolution.h) on person values with their
// article counts, as a facet table hands them over: a dominant full name
// takes its surname, an ambiguous surname stays apart, and the answer does
// not depend on the order values come in.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "names/surname_resolution.h"

using namespace kiosque;

namespace {

// surname key -> full key (indexed surnames marked with a '+').
std::map<std::string, std::string> resolved(const std::vector<names::PersonName>& persons) {
  std::map<std::string, std::string> out;
  resolve_surnames(persons).for_each([&](const std::string& surname, const std::string& full, bool indexed) {
    out[surname] = full + (indexed ? "+" : "");
  });
  return out;
}

std::string resolution_of(const std::vector<names::PersonName>& persons, const std::string& surname) {
  auto all = resolved(persons);
  auto it = all.find(surname);
  return it == all.end() ? "" : it->second;
}

}  // namespace

TEST_CASE("surname only: one word, or particles and one word") {
  const std::pair<const char*, bool> rows[] = {
      {"Sarkozy", true},           {"Dupont-Aignan", true},      {"O'Brien", true},
      {"Le Pen", true},            {"de Gaulle", true},          {"De Gaulle", true},
      {"von der Leyen", true},     {"Nicolas Sarkozy", false},   {"Marine Le Pen", false},
      {"Charles de Gaulle", false}, {"Giscard d'Estaing", false}, {"Le", false},
      {"", false},                 {"  Sarkozy  ", true},
  };
  for (const auto& row : rows) {  // (CAPTURE of a structured binding does not build with clang)
    const auto& name = row.first;
    CAPTURE(name);
    CHECK(names::is_surname_only(name) == row.second);
  }
}

TEST_CASE("a surname one full name dominates resolves to it; an ambiguous one stays apart") {
  const std::vector<names::PersonName> persons = {
      // Sarkozy: Nicolas holds 95 of 100 articles of the full names.
      {"nicolas sarkozy", "Nicolas Sarkozy", 95},
      {"louis sarkozy", "Louis Sarkozy", 3},
      {"carla bruni sarkozy", "Carla Bruni-Sarkozy", 2},
      {"sarkozy", "Sarkozy", 12},
      // Le Pen: Marine 85%, Jean-Marie a real share.
      {"marine le pen", "Marine Le Pen", 85},
      {"jean marie le pen", "Jean-Marie Le Pen", 15},
      {"le pen", "Le Pen", 4},
      // de Gaulle: particles before the surname.
      {"charles de gaulle", "Charles de Gaulle", 40},
      {"de gaulle", "De Gaulle", 5},
      // Philippe: a surname, and a first name as often.
      {"edouard philippe", "Édouard Philippe", 150},
      {"philippe martinez", "Philippe Martinez", 60},
      {"philippe", "Philippe", 9},
      // Figaro: the lone value has more articles than the full name.
      {"jean figaro", "Jean Figaro", 5},
      {"figaro", "Figaro", 70},
      // Castex: too few articles to say.
      {"jean castex", "Jean Castex", 2},
      {"castex", "Castex", 1},
      // Valls: never written alone, still a surname a search may give.
      {"manuel valls", "Manuel Valls", 30},
  };
  auto all = resolved(persons);
  CHECK(all["sarkozy"] == "nicolas sarkozy+");
  CHECK(all.count("le pen") == 0);
  CHECK(all.count("pen") == 0);
  CHECK(all["de gaulle"] == "charles de gaulle+");
  CHECK(all["gaulle"] == "charles de gaulle");  // not indexed alone
  CHECK(all.count("philippe") == 0);
  CHECK(all.count("figaro") == 0);
  CHECK(all.count("castex") == 0);
  CHECK(all["valls"] == "manuel valls");
  // The full names are never resolved themselves.
  CHECK(all.count("nicolas sarkozy") == 0);
  CHECK(all.count("bruni sarkozy") == 0);

  names::SurnameResolution resolution = resolve_surnames(persons);
  CHECK(resolution.full_name("sarkozy") == std::optional<std::string_view>("nicolas sarkozy"));
  CHECK_FALSE(resolution.full_name("le pen"));
  CHECK(resolution.indexed_surnames("nicolas sarkozy") == std::vector<std::string>{"sarkozy"});
  CHECK(resolution.indexed_surnames("charles de gaulle") == std::vector<std::string>{"de gaulle"});
  CHECK(resolution.indexed_surnames("manuel valls").empty());  // no term to add to its filter
}

TEST_CASE("the thresholds: 90% of the articles and at least 3") {
  auto with = [](std::uint32_t best, std::uint32_t other) {
    std::vector<names::PersonName> persons = {{"anna zorn", "Anna Zorn", best}, {"zorn", "Zorn", 1}};
    if (other) persons.push_back({"bruno zorn", "Bruno Zorn", other});
    return resolution_of(persons, "zorn");
  };
  CHECK(with(9, 1) == "anna zorn+");  // 90%
  CHECK(with(17, 2) == "");           // 89.5%
  CHECK(with(3, 0) == "anna zorn+");
  CHECK(with(2, 0) == "");
  // A name written with a space is a full name of its own, never merged.
  CHECK(resolution_of({{"jean dupont aignan", "Jean Dupont-Aignan", 9}, {"dupont aignan", "Dupont Aignan", 2}},
                      "dupont aignan") == "");
  CHECK(resolution_of({{"jean dupont aignan", "Jean Dupont-Aignan", 9}, {"dupont aignan", "Dupont-Aignan", 2}},
                      "dupont aignan") == "jean dupont aignan+");
}

TEST_CASE("the resolution depends on the values and counts, not on their order") {
  std::vector<names::PersonName> persons = {
      {"nicolas sarkozy", "Nicolas Sarkozy", 10}, {"sarkozy", "Sarkozy", 2},  {"louis sarkozy", "Louis Sarkozy", 1},
      {"anna zorn", "Anna Zorn", 5},             {"bruno zorn", "Bruno Zorn", 5}, {"zorn", "Zorn", 3},
      {"marine le pen", "Marine Le Pen", 9},     {"le pen", "Le Pen", 1},
  };
  const auto expected = resolved(persons);
  // Equal counts: no one dominates, whichever comes first.
  CHECK(expected.count("zorn") == 0);
  CHECK(expected.at("le pen") == "marine le pen+");
  std::sort(persons.begin(), persons.end(), [](const names::PersonName& a, const names::PersonName& b) { return a.key < b.key; });
  int permutations = 0;
  do {
    CHECK(resolved(persons) == expected);
  } while (std::next_permutation(persons.begin(), persons.end(),
                                 [](const names::PersonName& a, const names::PersonName& b) { return a.key < b.key; }) &&
           ++permutations < 500);
  std::reverse(persons.begin(), persons.end());
  CHECK(resolved(persons) == expected);
}
