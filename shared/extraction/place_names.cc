#include "extraction/place_names.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "analysis/normalize.h"

namespace kiosque::extraction {

using analysis::starts_upper_case;

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


bool is_link(std::string_view folded) {
  return folded == "de" || folded == "du" || folded == "des" || folded == "d'" || folded == "la" ||
         folded == "l'" || folded == "le" || folded == "les";
}

}  // namespace

std::vector<Span> find_place_names(std::string_view text, const std::vector<NerToken>& tokens,
                                   const entities::TokenForms& forms, const entities::Gazetteer& gazetteer) {
  std::vector<Span> spans;
  auto folded = [&](std::size_t i) -> const std::string& { return forms.folded[i]; };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    std::string_view word = tokens[i].in(text);
    if (starts_upper_case(word)) continue;  // a lower-case cue: "mer", not "Mer" opening a sentence
    const std::string& cue = folded(i);
    bool is_cue = extra_cues().count(cue) || (forms.lists[i] & entities::list_bit(entities::GazetteerList::kPlaceCue));
    if (!is_cue) continue;
    // Links, then a run of capitalised words (links allowed between them).
    std::size_t j = i + 1, end = i;
    while (j < tokens.size() && tokens[j].kind == TokenKind::kWord) {
      std::string_view next = tokens[j].in(text);
      if (starts_upper_case(next)) {
        end = j++;
        continue;
      }
      if (is_link(folded(j)) && j + 1 < tokens.size() && tokens[j + 1].kind == TokenKind::kWord &&
          (starts_upper_case(tokens[j + 1].in(text)) || is_link(folded(j + 1)))) {
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
        while (first < end && !starts_upper_case(tokens[first].in(text))) ++first;
      }
      spans.push_back({tokens[first].start, tokens[end].end});
      i = end;
    }
  }
  return spans;
}

namespace {

// Words after which French names a place ("à Lyon", "dans les Alpes").
bool is_place_preposition(const std::string& folded) {
  static const std::unordered_set<std::string> kWords = {
      "a", "en", "au", "aux", "dans", "de", "d'", "du", "des", "vers", "pres", "depuis", "sur", "sous",
      "les", "la", "le", "l'", "entre", "et", "via", "jusqu'a", "par"};
  return kWords.count(folded) > 0;
}

// `lists`: the lists of the word, one token.
bool place_not_name(entities::GazetteerMask lists) {
  using entities::GazetteerList;
  using entities::list_bit;
  return (lists & list_bit(GazetteerList::kPlace)) &&
         !(lists & (list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname) |
                    list_bit(GazetteerList::kCommonWord) | list_bit(GazetteerList::kPersonTitle)));
}

}  // namespace

std::vector<Span> find_listed_places(std::string_view text, const std::vector<NerToken>& tokens,
                                     const entities::TokenForms& forms) {
  std::vector<Span> spans;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || tokens[i - 1].kind != TokenKind::kWord) continue;
    std::string_view word = tokens[i].in(text);
    if (!starts_upper_case(word) || !place_not_name(forms.lists[i])) continue;
    std::string_view previous = tokens[i - 1].in(text);
    if (starts_upper_case(previous) || !is_place_preposition(forms.folded[i - 1])) continue;
    // Not the first word of a longer name ("à Saint Jean Pied de Port" is
    // the tagger's to read).
    if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord && starts_upper_case(tokens[i + 1].in(text)))
      continue;
    spans.push_back({tokens[i].start, tokens[i].end});
  }
  return spans;
}

std::vector<Span> find_listed_multiword_places(std::string_view text, const std::vector<NerToken>& tokens,
                                               const entities::TokenForms& forms,
                                               const entities::Gazetteer& gazetteer) {
  std::vector<Span> spans;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || !starts_upper_case(tokens[i].in(text))) continue;
    std::size_t n = gazetteer.longest_entry(forms.keys, i, entities::GazetteerList::kPlace);
    // Two words or more, ending on a capitalised word: "New York", not "Nice et".
    if (n < 2 || !starts_upper_case(tokens[i + n - 1].in(text))) continue;
    spans.push_back({tokens[i].start, tokens[i + n - 1].end});
    i += n - 1;
  }
  return spans;
}

std::optional<Span> title_lead_place(std::string_view text, const std::vector<NerToken>& tokens,
                                     const entities::TokenForms& forms, std::size_t title_end,
                                     const entities::Gazetteer& gazetteer) {
  // One to three words, then ":".
  std::size_t colon = 0;
  while (colon < tokens.size() && colon < 4 && tokens[colon].end <= title_end && tokens[colon].in(text) != ":")
    ++colon;
  if (colon == 0 || colon > 3 || colon >= tokens.size() || tokens[colon].in(text) != ":") return std::nullopt;
  if (colon == 1) {
    if (!place_not_name(forms.lists[0])) return std::nullopt;
  } else {
    // Several words: the lists must know the whole name as one entry.
    const std::vector<std::uint64_t> keys(forms.keys.begin(), forms.keys.begin() + colon);
    std::vector<entities::GazetteerMask> inside, begins;
    gazetteer.match(keys, inside, begins);
    const auto place = entities::list_bit(entities::GazetteerList::kPlace);
    for (std::size_t i = 0; i < colon; ++i)
      if (!(inside[i] & place)) return std::nullopt;
    if (!(begins[0] & place)) return std::nullopt;
  }
  return Span{tokens[0].start, tokens[colon - 1].end};
}

}  // namespace kiosque::extraction
