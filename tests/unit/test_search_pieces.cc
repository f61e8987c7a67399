// The pieces of the HTTP API's search that are not Xapian: near-duplicate
// fingerprints, facet value prefixes, UTF-16 offsets. One table per piece.
#include <doctest/doctest.h>

#include <string>

#include "names/name_key.h"
#include "search/facet_search.h"
#include "search/near_duplicates.h"
#include "search/utf16_offsets.h"

using namespace kiosque;

namespace {

const std::string kDispatch =
    "Les négociations entre Kiev et Moscou ont repris mardi à Istanbul, sous l'égide de la Turquie. "
    "Les deux délégations se sont retrouvées au palais de Dolmabahçe pour une première séance de travail "
    "qui a duré près de trois heures, selon un diplomate présent. Aucun accord n'a été annoncé, mais les "
    "discussions doivent se poursuivre mercredi, a précisé le ministère turc des Affaires étrangères. "
    "Le président turc a salué des échanges constructifs et appelé à un cessez-le-feu rapide.";

}  // namespace

TEST_CASE("near duplicates: republications resemble, other articles do not") {
  struct Row {
    std::string name, other;
    bool duplicate;
  };
  const Row rows[] = {
      {"identical", kDispatch, true},
      {"case and punctuation edits", "LES NÉGOCIATIONS ENTRE KIEV ET MOSCOU ONT REPRIS MARDI À ISTANBUL -- " + kDispatch.substr(74), true},
      {"a sentence added at the end", kDispatch + " Une nouvelle réunion est prévue la semaine prochaine à Ankara.", true},
      {"a word changed", [] {
         std::string s = kDispatch;
         s.replace(s.find("trois heures"), 12, "quatre heures");
         return s;
       }(), true},
      {"the same topic, other words",
       "À Istanbul, Kiev et Moscou ont rouvert mardi des pourparlers sous médiation turque ; aucune "
       "percée n'est attendue avant plusieurs jours, estiment les observateurs sur place.",
       false},
      {"unrelated", "Le conseil municipal a voté le budget de la ville pour l'année prochaine.", false},
      {"empty", "", false},
  };
  duplicates::Fingerprint reference = duplicates::fingerprint(kDispatch);
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK((resemblance(reference, duplicates::fingerprint(row.other)) >= search::kDuplicateResemblance) == row.duplicate);
  }
  CHECK(resemblance(reference, reference) == 1.0);
  CHECK(duplicates::resemblance(duplicates::fingerprint(""), duplicates::fingerprint("")) == 0.0);
}

TEST_CASE("near duplicates: grouped in rank order under the best-ranked copy") {
  search::DuplicateGrouper grouper;
  CHECK(grouper.add(duplicates::fingerprint(kDispatch)) == 0);
  CHECK(grouper.add(duplicates::fingerprint("Un tout autre article sur le budget municipal de la ville.")) == 1);
  CHECK(grouper.add(duplicates::fingerprint(kDispatch + " Mise à jour à 18 h.")) == 0);
  CHECK(grouper.add(duplicates::fingerprint("")) == 2);  // an empty text resembles nothing
  CHECK(grouper.groups() == 3);
  CHECK(grouper.members(0) == std::vector<std::size_t>{0, 2});
  CHECK(grouper.members(1) == std::vector<std::size_t>{1});
}

TEST_CASE("facet prefix: the start of any word, accents and case aside") {
  struct Row {
    const char* key;
    const char* typed;
    bool matches;
  };
  const Row rows[] = {
      {"vladimir poutine", "pout", true},      {"vladimir poutine", "Pout", true},
      {"vladimir poutine", "vladimir p", true}, {"vladimir poutine", "", true},
      {"vladimir poutine", "outine", false},   {"vladimir poutine", "poutinex", false},
      {"serguei choigou", "Choï", true},       {"jean luc melenchon", "Jean-Luc", true},
      {"jean luc melenchon", "mélen", true},   {"2023 09", "2023-0", true},
      {"kiev", "Київ", false},
  };
  for (const Row& row : rows) {
    std::string key = row.key, typed = row.typed;
    CAPTURE(key);
    CAPTURE(typed);
    CHECK(search::key_has_prefix(row.key, names::name_key(row.typed)) == row.matches);
  }
  std::vector<search::FacetChoice> choices = {{"Vladimir Poutine", "vladimir poutine", 5, false},
                                      {"Volodymyr Zelensky", "volodymyr zelensky", 4, true},
                                      {"2023-09", "2023-09", 3, false}};
  CHECK(choices_with_prefix(choices, "V", 0).size() == 2);
  CHECK(choices_with_prefix(choices, "V", 1).front().value == "Vladimir Poutine");
  CHECK(choices_with_prefix(choices, "zel", 0).front().selected);
  CHECK(choices_with_prefix(choices, "2023-09", 0).front().count == 3);
}

TEST_CASE("utf16 offsets: one unit per character, two outside the BMP") {
  struct Row {
    const char* text;
    std::size_t byte;
    std::size_t units;
  };
  const Row rows[] = {
      {"abc", 0, 0},        {"abc", 3, 3},          {"été", 2, 1},  // é is 2 bytes, 1 unit
      {"été", 5, 3},        {"été", 1, 0},          // inside a character: its start
      {"a😀b", 5, 3},       {"a😀b", 6, 4},          // the emoji: 4 bytes, 2 units
      {"Київ", 8, 4},       {"中文", 3, 1},
  };
  for (const Row& row : rows) {
    std::string text = row.text;
    CAPTURE(text);
    CAPTURE(row.byte);
    CHECK(search::utf16_units_before_bytes(row.text)[row.byte] == row.units);
  }
}
