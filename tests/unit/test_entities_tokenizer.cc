// The entity tagger's tokenizer: what is one token, and byte offsets that
// always point back at the token's text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "entities/ner_tokenizer.h"

using kiosque::entities::NerToken;
using kiosque::entities::tokenize_for_ner;
using kiosque::entities::TokenKind;

namespace {

// The tokens of `text` joined by "|", each cut from the text by its offsets.
std::string token_texts(const std::string& text) {
  std::string out;
  for (const NerToken& token : tokenize_for_ner(text)) {
    REQUIRE(token.end <= text.size());
    REQUIRE(token.start <= token.end);  // empty only between glued sentences
    if (!out.empty()) out += "|";
    out += text.substr(token.start, token.end - token.start);
  }
  return out;
}

}  // namespace

TEST_CASE("tokens keep punctuation and split elisions after the apostrophe") {
  struct Row {
    std::string text;
    std::string tokens;  // joined by "|"
  };
  const Row rows[] = {
      {"Kim Jong-un à Pyongyang.", "Kim|Jong-un|à|Pyongyang|."},
      {"l'Ukraine", "l'|Ukraine"},
      {"d’Artagnan", "d’|Artagnan"},
      {"aujourd'hui", "aujourd'hui"},
      {"Cormac O'Brien said", "Cormac|O'Brien|said"},
      {"N’Djamena", "N’|Djamena"},
      {"Obama's plan", "Obama|'|s|plan"},
      {"M. Dupont", "M.|Dupont"},
      {"Mme. Curie", "Mme.|Curie"},
      {"J. M. Dauguet", "J.|M.|Dauguet"},
      {"l'O.N.U. a dit", "l'|O.N.U.|a|dit"},
      {"fin. Puis", "fin|.|Puis"},
      {"3,5 % et 1.000 francs", "3,5|%|et|1.000|francs"},
      {"Paris, 15 (Havas).", "Paris|,|15|(|Havas|)|."},
      {"Quoi... Non !", "Quoi|...|Non|!"},
      {"« Le Monde »", "«|Le|Monde|»"},
      {"Saint-Étienne—Lyon", "Saint-Étienne|—|Lyon"},
      {"dit-il -- non", "dit-il|--|non"},
      // A function word hyphened to a name is an OCR'd dash; place names keep theirs.
      {"Pierre Moscovici-qui", "Pierre|Moscovici|-|qui"},
      {"Aix-en-Provence", "Aix-en-Provence"},
      {"Boulogne-sur-Mer", "Boulogne-sur-Mer"},
      {"Poin¬\ncaré", "Poin|¬|caré"},
      {"  \n\t ", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(token_texts(row.text) == row.tokens);
  }
}

TEST_CASE("token kinds tell words, numbers and punctuation apart") {
  const std::string text = "En 1906, Rennes";
  const std::vector<NerToken> tokens = tokenize_for_ner(text);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].kind == TokenKind::kWord);
  CHECK(tokens[1].kind == TokenKind::kNumber);
  CHECK(tokens[2].kind == TokenKind::kPunctuation);
  CHECK(tokens[3].kind == TokenKind::kWord);
}

TEST_CASE("invalid UTF-8 bytes become one-byte punctuation tokens") {
  const std::string text =
      "ab\xff\xfe"
      "cd";
  CHECK(token_texts(text) == "ab|\xff|\xfe|cd");
}

TEST_CASE("sentence ends are . ! ? and … runs") {
  using kiosque::entities::ends_sentence;
  CHECK(ends_sentence("."));
  CHECK(ends_sentence("?!"));
  CHECK(ends_sentence("…"));
  CHECK_FALSE(ends_sentence("M."));
  CHECK_FALSE(ends_sentence(","));
  // The empty token the tokenizer puts between sentences glued by scraping.
  CHECK(ends_sentence(""));
}

TEST_CASE("a word glued to the next sentence by scraping is cut, with an empty sentence end between") {
  struct Row {
    std::string text;
    std::string tokens;  // joined by "|"; the empty token shows as "||"
  };
  const Row rows[] = {
      {"Edouard PhilippeCette semaine", "Edouard|Philippe||Cette|semaine"},
      {"FRANCOIS HOLLANDEIl a dit", "FRANCOIS|HOLLANDE||Il|a|dit"},
      {"les soutiens se mobilisentEddy Mitchell", "les|soutiens|se|mobilisent||Eddy|Mitchell"},
      {"Le testament contestéLe 12", "Le|testament|contesté||Le|12"},
      // letters outside ASCII on either side of the cut
      {"les élus sont arrivésÉlise aussi", "les|élus|sont|arrivés||Élise|aussi"},
      {"Hélène DupréÉlise", "Hélène|DupréÉlise"},
      // camel-case names stay whole
      {"PlayStation McDonald DiCaprio", "PlayStation|McDonald|DiCaprio"},
      {"iPhone eBay WhatsApp LinkedIn macOS", "iPhone|eBay|WhatsApp|LinkedIn|macOS"},
      {"YouTube BlackRock LeBron", "YouTube|BlackRock|LeBron"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(token_texts(row.text) == row.tokens);
  }
}
