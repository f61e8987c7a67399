#include "extraction/place_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <unordered_set>

namespace kiosque {

namespace {

using entities::NerToken;
using entities::TokenKind;

// Kinds of places that the place-cue list leaves out. Folded, lower case.
const std::unordered_set<std::string>& extra_cues() {
  static const std::unordered_set<std::string> kCues = {
      "cathedrale", "basilique", "eglise", "palais", "chateau", "pont", "fleuve", "riviere", "massif", "col",
      "plateau", "desert", "detroit", "canal", "cap", "baie", "ile", "iles", "parc", "quartier", "faubourg",
      "esplanade", "parvis", "jardin", "jardins", "foret", "glacier", "presqu'ile", "peninsule", "oblast",
      "krai", "comte", "commune"};
  return kCues;
}

// Cues that name a kind of territory: "la ville d'Adré" is Adré, "la région
// de Kherson" is Kherson, whereas "la mer Noire" is the mer Noire.
const std::unordered_set<std::string>& territory_cues() {
  static const std::unordered_set<std::string> kCues = {"ville", "region", "province", "departement", "canton",
                                                        "quartier", "commune", "oblast", "krai", "comte"};
  return kCues;
}

bool capitalised(std::string_view word) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

bool is_link(std::string_view folded) {
  return folded == "de" || folded == "du" || folded == "des" || folded == "d'" || folded == "la" ||
         folded == "l'" || folded == "le" || folded == "les";
}

}  // namespace

std::vector<Span> find_place_names(std::string_view text, const std::vector<NerToken>& tokens,
                                   const entities::Gazetteer& gazetteer) {
  std::vector<Span> spans;
  auto folded = [&](std::size_t i) { return entities::fold_for_gazetteer(tokens[i].in(text)); };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    std::string_view word = tokens[i].in(text);
    if (capitalised(word)) continue;  // a lower-case cue: "mer", not "Mer" opening a sentence
    std::string cue = folded(i);
    bool is_cue = extra_cues().count(cue) ||
                  (gazetteer.lists_of(entities::gazetteer_token_key(cue)) &
                   entities::list_bit(entities::GazetteerList::kPlaceCue));
    if (!is_cue) continue;
    // Links, then a run of capitalised words (links allowed between them).
    std::size_t j = i + 1, end = i;
    while (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
      std::string_view next = tokens[j].in(text);
      if (capitalised(next)) {
        end = j++;
        continue;
      }
      if (is_link(folded(j)) && j + 1 < tokens.size() && tokens[j + 1].kind == TokenKind::kWord &&
          (capitalised(tokens[j + 1].in(text)) || is_link(folded(j + 1)))) {
        ++j;
        continue;
      }
      break;
    }
    if (end > i) {
      // A territory is its name: skip the cue and the links after it.
      std::size_t first = i;
      if (territory_cues().count(cue)) {
        first = i + 1;
        while (first < end && !capitalised(tokens[first].in(text))) ++first;
      }
      spans.push_back({tokens[first].start, tokens[end].end});
      i = end;
    }
  }
  return spans;
}

}  // namespace kiosque
