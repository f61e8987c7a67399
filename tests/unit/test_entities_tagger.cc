// The shipped tagger model (models/ner-fr.model) on modern French news
// sentences, and how loading fails. The model is statistical: these rows
// are clear cases it must get right, not a measure of quality (see
// tests/eval/ner_eval for that).
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "entities/tagger.h"

using namespace kiosque::entities;

namespace {

const Tagger& shipped_tagger() {
  static const Tagger tagger = Tagger::load(KIOSQUE_SOURCE_NER_MODEL);
  return tagger;
}

// Tags `text` and lists the mentions as "PER:Vladimir Poutine | LOC:Pyongyang",
// checking on the way that every mention's byte offsets give its surface.
std::string tagged(const std::string& text) {
  std::string out;
  for (const Mention& m : shipped_tagger().tag(text)) {
    REQUIRE(m.start < m.end);
    REQUIRE(m.end <= text.size());
    CHECK(text.substr(m.start, m.end - m.start) == m.surface);
    if (!out.empty()) out += " | ";
    out += std::string(entity_type_code(m.type)) + ":" + m.surface;
  }
  return out;
}

std::string temporary_path(const std::string& name) { return std::string(P_tmpdir) + "/kiosque-test-" + name; }

}  // namespace

TEST_CASE("the shipped model finds persons, places and organisations") {
  struct Row {
    std::string text;
    std::string mentions;
  };
  const Row rows[] = {
      {"Vladimir Poutine a rencontré Kim Jong-un à Pyongyang.",
       "PER:Vladimir Poutine | PER:Kim Jong-un | LOC:Pyongyang"},
      {"Le président Emmanuel Macron s'est rendu mardi à Berlin.", "PER:Emmanuel Macron | LOC:Berlin"},
      {"M. Dupont habite à Rennes depuis 1906.", "PER:Dupont | LOC:Rennes"},
      {"Il pleut sur la ville depuis trois jours.", ""},
      // Organisations are the model's weakest type (few in the training
      // data); this one has a strong cue ("Commission" + adjective).
      {"La Commission européenne a annoncé un plan.", "ORG:Commission européenne"},
      // Offsets are bytes: accents and typographic apostrophes before the names.
      {"L’été dernier, Élisabeth Borne était à Genève.", "PER:Élisabeth Borne | LOC:Genève"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(tagged(row.text) == row.mentions);
  }
}

TEST_CASE("tagging empty, blank and binary text gives no mentions and no crash") {
  CHECK(tagged("") == "");
  CHECK(tagged(" \n\t") == "");
  CHECK(tagged(std::string("\xff\xfe\x00\x01"
                           "abc",
                           7)) == "");
}

TEST_CASE("a model that cannot be loaded gives an error naming the file") {
  struct Row {
    std::string name;
    std::string content;  // empty: file does not exist
    const char* reason;
  };
  const Row rows[] = {
      {"missing.model", "", "cannot open"},
      {"text.model", "this is not a model", "not a Kiosque NER model"},
      {"truncated.model", "KIOSQNER\x01\x00", "truncated"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    const std::string path = temporary_path(row.name);
    std::remove(path.c_str());
    if (!row.content.empty()) std::ofstream(path, std::ios::binary) << row.content;
    try {
      Tagger::load(path);
      FAIL("loading should have thrown");
    } catch (const ModelError& e) {
      const std::string message = e.what();
      CHECK(message.find(path) == 0);
      CHECK(message.find(row.reason) != std::string::npos);
    }
    std::remove(path.c_str());
  }
}

TEST_CASE("a saved model loads back with the same weights and tags the same") {
  const std::string path = temporary_path("roundtrip.model");
  save_ner_model(shipped_tagger().model(), path);
  const Tagger reloaded = Tagger::load(path);
  std::remove(path.c_str());
  CHECK(reloaded.model().weights.size() == shipped_tagger().model().weights.size());
  CHECK(reloaded.model().gazetteer.size() == shipped_tagger().model().gazetteer.size());
  const std::string text = "Angela Merkel a reçu Jacques Chirac à Berlin.";
  const auto a = shipped_tagger().tag(text), b = reloaded.tag(text);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].surface == b[i].surface);
}
