// The small stages of the entity tagger: word shapes, BIO rules, Viterbi,
// gazetteer matching and offset conversion.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/normalize.h"
#include "entities/bio_tags.h"
#include "entities/entity_punctuation.h"
#include "entities/gazetteer.h"
#include "entities/ner_tokenizer.h"
#include "entities/token_forms.h"
#include "entities/utf8_offsets.h"
#include "entities/viterbi.h"
#include "entities/word_shape.h"

using namespace kiosque::entities;

TEST_CASE("word shapes") {
  struct Row {
    const char* token;
    const char* long_shape;
    const char* short_shape;
    bool capitalised, all_caps;
  };
  const Row rows[] = {
      {"Poutine", "Xxxxx", "Xx", true, false}, {"Jong-un", "Xxxx-xx", "Xx-x", true, false},
      {"ONU", "XXX", "X", true, true},         {"1906", "dddd", "d", false, false},
      {"État", "Xxxx", "Xx", true, false},     {"M.", "X.", "X.", true, false},
      {"l'", "x'", "x'", false, false},        {"ÉCLAIR", "XXXX", "X", true, true},
  };
  for (const Row& row : rows) {
    CAPTURE(row.token);
    WordShape shape = word_shape(row.token);
    CHECK(shape.long_shape == row.long_shape);
    CHECK(shape.short_shape == row.short_shape);
    CHECK(shape.capitalised == row.capitalised);
    CHECK(shape.all_caps == row.all_caps);
  }
}

TEST_CASE("BIO transitions: I-X only continues X") {
  const Tag b_per = begin_tag(EntityType::kPerson), i_per = inside_tag(EntityType::kPerson);
  const Tag i_loc = inside_tag(EntityType::kPlace);
  CHECK(allowed_transition(kNoTag, b_per));
  CHECK_FALSE(allowed_transition(kNoTag, i_per));
  CHECK_FALSE(allowed_transition(kOutside, i_per));
  CHECK(allowed_transition(b_per, i_per));
  CHECK(allowed_transition(i_per, i_per));
  CHECK_FALSE(allowed_transition(b_per, i_loc));
  CHECK(tag_name(b_per) == "B-PER");
  CHECK(tag_name(i_loc) == "I-LOC");
}

TEST_CASE("Viterbi never outputs a forbidden transition, even when emissions prefer it") {
  // Two tokens; emissions favour O then I-LOC, which is not allowed.
  const Tag i_loc = inside_tag(EntityType::kPlace), b_loc = begin_tag(EntityType::kPlace);
  std::vector<float> emissions(2 * kTagCount, 0.0f);
  emissions[kOutside] = 2.0f;
  emissions[b_loc] = 1.5f;
  emissions[kTagCount + i_loc] = 3.0f;
  TransitionScores transitions;
  const std::vector<Tag> path = viterbi_decode(emissions.data(), 2, transitions);
  CHECK(path == std::vector<Tag>{b_loc, i_loc});
}

TEST_CASE("commas, colons, brackets and quotes never belong to an entity; joining marks may") {
  struct Row {
    std::string token;
    bool never;
  };
  const Row rows[] = {{",", true},  {":", true},  {"(", true},  {"«", true},  {"—", true},     {".", true},
                      {"-", false}, {"&", false}, {"'", false}, {"’", false}, {"Paris", false}};
  for (const Row& row : rows) {
    CAPTURE(row.token);
    const std::vector<NerToken> tokens = tokenize_for_ner(row.token);
    REQUIRE(tokens.size() == 1);
    CHECK(never_in_entity(tokens[0], row.token) == row.never);
  }
}

TEST_CASE("mentions from tags carry byte offsets of whole tokens") {
  const std::string text = "À Genève, Jean Dupont";
  const std::vector<NerToken> tokens = tokenize_for_ner(text);
  const Tag b_loc = begin_tag(EntityType::kPlace), b_per = begin_tag(EntityType::kPerson);
  const std::vector<Tag> tags = {kOutside, b_loc, kOutside, b_per, inside_tag(EntityType::kPerson)};
  const std::vector<Mention> mentions = mentions_from_tags(text, tokens, tags);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].surface == "Genève");
  CHECK(mentions[0].start == 3);
  CHECK(mentions[1].surface == "Jean Dupont");
  CHECK(text.substr(mentions[1].start, mentions[1].end - mentions[1].start) == "Jean Dupont");
}

TEST_CASE("gazetteer entries match folded token sequences") {
  Gazetteer gazetteer;
  gazetteer.add(GazetteerList::kPlace, "Côte d'Ivoire");
  gazetteer.add(GazetteerList::kPlace, "Côte");
  gazetteer.add(GazetteerList::kPersonTitle, "Mme");
  const std::string text = "Mme. Koné, de la COTE D'IVOIRE";
  std::vector<std::uint64_t> keys;
  for (const NerToken& token : tokenize_for_ner(text))
    keys.push_back(gazetteer_token_key(fold_for_gazetteer(token.in(text))));
  std::vector<GazetteerMask> inside, begins;
  gazetteer.match(keys, inside, begins);
  // Tokens: Mme. Koné , de la COTE D' IVOIRE
  const GazetteerMask place = list_bit(GazetteerList::kPlace), title = list_bit(GazetteerList::kPersonTitle);
  CHECK(inside == std::vector<GazetteerMask>{title, 0, 0, 0, 0, place, place, place});
  CHECK(begins == std::vector<GazetteerMask>{title, 0, 0, 0, 0, place, 0, 0});
}

TEST_CASE("token forms are each token's own folding and one-token lists, computed once") {
  Gazetteer gazetteer;
  gazetteer.add(GazetteerList::kPlace, "Côte d'Ivoire");
  gazetteer.add(GazetteerList::kPlace, "Köln");
  gazetteer.add(GazetteerList::kPersonTitle, "Mme");
  gazetteer.add(GazetteerList::kCommonWord, "straße");
  // Accents, a ligature, ß, a dotted capital I, a typographic apostrophe, a
  // full-width letter, an abbreviation's dot, Cyrillic: the shared forms
  // must be what each stage computed from the token itself before.
  const std::string text =
      "Mme. KÖLN Côte d’Ivoire ŒUVRE STRASSE Straße İstanbul Ｐaris Путин aujourd'hui M. 3,5 « » Fin. ... ONU.";
  const std::vector<NerToken> tokens = tokenize_for_ner(text);
  const TokenForms forms = token_forms(text, tokens, gazetteer);
  REQUIRE(forms.lower.size() == tokens.size());
  REQUIRE(forms.folded.size() == tokens.size());
  REQUIRE(forms.keys.size() == tokens.size());
  REQUIRE(forms.lists.size() == tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view token = tokens[i].in(text);
    CAPTURE(token);
    CHECK(forms.lower[i] == kiosque::analysis::lower_case(token));
    CHECK(forms.folded[i] == fold_for_gazetteer(token));
    CHECK(forms.keys[i] == gazetteer_token_key(fold_for_gazetteer(token)));
    CHECK(forms.lists[i] == gazetteer.lists_of(gazetteer_token_key(fold_for_gazetteer(token))));
  }
  CHECK(forms.folded[0] == "mme");
  CHECK(forms.lists[0] == list_bit(GazetteerList::kPersonTitle));
  CHECK(forms.lists[1] == list_bit(GazetteerList::kPlace));  // KÖLN
  CHECK(forms.lists[2] == 0);  // Côte: only the start of an entry
  CHECK(forms.folded[6] == "strasse");
}

TEST_CASE("byte offsets convert to code point offsets and back") {
  const std::string text = "Zürich — Genève";
  const std::vector<std::size_t> code_points = code_points_before_bytes(text);
  const std::vector<std::size_t> bytes = bytes_of_code_points(text);
  REQUIRE(code_points.size() == text.size() + 1);
  CHECK(code_points[text.size()] == 15);
  CHECK(bytes.size() == 16);
  for (std::size_t cp = 0; cp < bytes.size(); ++cp) CHECK(code_points[bytes[cp]] == cp);
  CHECK(code_points[text.find("Genève")] == 9);
}
