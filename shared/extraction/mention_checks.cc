#include "extraction/mention_checks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/language_profile.h"
#include "extraction/person_names.h"

namespace kiosque::extraction {

namespace {

using entities::GazetteerList;
using entities::list_bit;

std::vector<std::pair<std::size_t, std::string_view>> split_words(std::string_view s) {
  std::vector<std::pair<std::size_t, std::string_view>> words;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos >= s.size()) break;
    std::size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    words.emplace_back(pos, s.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

bool all_upper_ascii(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

}  // namespace

entities::GazetteerMask MentionChecks::lists_of(std::string_view word) const {
  return gazetteer_.lists_of(entities::gazetteer_token_key(entities::fold_for_gazetteer(word)));
}

std::size_t MentionChecks::name_start(std::string_view mention) const {
  auto words = split_words(mention);
  if (words.size() < 3) return 0;
  const auto name_lists = list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname);
  if (lists_of(words[0].second) & name_lists) return 0;
  for (std::size_t i = 1; i + 1 < words.size(); ++i)
    if (lists_of(words[i].second) & list_bit(GazetteerList::kFirstName)) return words[i].first;
  return 0;
}

std::size_t MentionChecks::first_name_before(std::string_view text, std::size_t start, bool unknown_words) const {
  if (start < 2 || text[start - 1] != ' ') return start;
  std::size_t word_start = text.find_last_of(" \n(", start - 2);
  word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
  std::string_view word = text.substr(word_start, start - 1 - word_start);
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z') || all_upper_ascii(word)) return start;
  // A word, not the end of a clause ("la Défense, Sergueï Choïgou").
  const char last = word.back();
  if (last == ',' || last == '.' || last == ';' || last == ':' || last == ')' || last == '"') return start;
  // Not at a sentence start, where any word is capitalised.
  std::size_t before = word_start;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == 0 || text[before - 1] == '.' || text[before - 1] == '\n' || text[before - 1] == '!' ||
      text[before - 1] == '?')
    return start;
  if (is_person_title(word)) return start;  // "Secretary-General Antonio Guterres"
  const auto lists = lists_of(word);
  const auto cues = list_bit(GazetteerList::kPersonTitle) | list_bit(GazetteerList::kOrganisationCue) |
                    list_bit(GazetteerList::kPlaceCue);
  // After an article or a preposition the word ends a noun phrase ("aux
  // Transports", "la maire de Paris") unless it is only a first name.
  std::size_t previous_start = text.find_last_of(" \n", before - 1);
  previous_start = previous_start == std::string_view::npos ? 0 : previous_start + 1;
  const std::string previous = entities::fold_for_gazetteer(text.substr(previous_start, before - previous_start));
  static const char* const kLinks[] = {"de", "du", "des", "d", "au", "aux", "a", "la", "le", "les", "l", "en", "et"};
  const bool after_link = std::any_of(std::begin(kLinks), std::end(kLinks), [&](const char* l) { return previous == l; });
  if (after_link && lists != list_bit(GazetteerList::kFirstName)) return start;
  // A known first name, even one that is also a word or a place ("Iris",
  // "Florence"), or a capitalised word no list knows ("Mahamat", "Miles").
  if (lists & list_bit(GazetteerList::kFirstName)) return lists & cues ? start : word_start;
  // Never a possessive ("Russia's").
  const bool possessive = word.size() > 2 && (word.substr(word.size() - 2) == "'s" ||
                                              (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s"));
  return unknown_words && lists == 0 && !possessive ? word_start : start;
}

bool MentionChecks::is_common_word(std::string_view word) const {
  if (word.empty() || word.find(' ') != std::string_view::npos) return false;
  const std::string folded = entities::fold_for_gazetteer(word);
  const auto names = list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kPlace) |
                     list_bit(GazetteerList::kProperNoun) | list_bit(GazetteerList::kCapitalisedNoun);
  if (gazetteer_.lists_of(entities::gazetteer_token_key(folded)) & names) return false;
  auto ends = [&](std::string_view e) { return folded.size() > e.size() + 2 && folded.compare(folded.size() - e.size(), e.size(), e) == 0; };
  auto stem = [&](std::size_t cut, std::string_view add = "") { return folded.substr(0, folded.size() - cut) + std::string(add); };
  // The lemma and the forms inflection makes of it: plural, feminine, past participle.
  std::vector<std::string> lemmas = {folded};
  if (ends("s") || ends("x")) lemmas.push_back(stem(1));
  if (ends("es")) lemmas.push_back(stem(2));
  if (ends("e")) lemmas.push_back(stem(1));
  for (std::string_view participle : {"e", "ee", "es", "ees"})
    if (ends(participle)) lemmas.push_back(stem(participle.size(), "er"));
  for (const std::string& lemma : lemmas)
    if (gazetteer_.lists_of(entities::gazetteer_token_key(lemma)) & list_bit(GazetteerList::kCommonWord)) return true;
  return false;
}

bool MentionChecks::is_demonym(std::string_view word) const {
  if (!is_common_word(word) || (lists_of(word) & list_bit(GazetteerList::kSurname))) return false;
  const std::string folded = entities::fold_for_gazetteer(word);
  static const char* const kEndings[] = {"ain", "aine", "ais", "aise", "ois", "oise", "ien", "ienne",
                                         "ique", "iste", "ains", "aines", "aises", "oises", "iens",
                                         "iennes", "iques", "istes"};
  for (const char* ending : kEndings) {
    std::string_view e(ending);
    if (folded.size() > e.size() + 2 && folded.compare(folded.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

bool MentionChecks::is_inflected_word(std::string_view word) const {
  return is_common_word(word) && !(lists_of(word) & list_bit(GazetteerList::kCommonWord));
}

std::size_t MentionChecks::leading_common_words(std::string_view mention) const {
  // Demonyms and party members: a plural ("Américains", "Républicains") or
  // an adjective's ending ("Britannique", "Socialiste"). Other dictionary
  // words are often first names too ("Iris", "Rose").
  auto not_a_name = [&](std::string_view word) {
    if (is_demonym(word)) return true;
    const std::string folded = entities::fold_for_gazetteer(word);
    return !(lists_of(word) & list_bit(GazetteerList::kSurname)) && is_inflected_word(word) &&
           (folded.back() == 's' || folded.back() == 'x');  // a plural
  };
  auto words = split_words(mention);
  std::size_t first = 0;
  while (first + 1 < words.size() && not_a_name(words[first].second)) ++first;
  return first == 0 ? 0 : words[first].first;
}

bool MentionChecks::is_acronym_not_place(std::string_view surface) const {
  if (surface.find(' ') != std::string_view::npos || surface.size() < 2 || !all_upper_ascii(surface)) return false;
  for (char c : surface)
    if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-' && c != '&') return false;
  return !(lists_of(surface) & list_bit(GazetteerList::kPlace));
}

bool MentionChecks::is_place_not_name(std::string_view surface) const {
  return is_listed_place(surface) &&
         !(lists_of(surface) & (list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname)));
}

bool MentionChecks::is_first_name(std::string_view surface) const {
  return surface.find(' ') == std::string_view::npos && (lists_of(surface) & list_bit(GazetteerList::kFirstName));
}

bool MentionChecks::is_listed_place(std::string_view surface) const {
  return surface.find(' ') == std::string_view::npos && (lists_of(surface) & list_bit(GazetteerList::kPlace));
}

bool MentionChecks::plausible(entities::EntityType type, std::string_view surface, std::string_view language,
                              bool multi_word) const {
  if (analysis::language_profile(language).entity_model_language) return true;
  auto words = split_words(surface);
  entities::GazetteerMask lists = 0;
  for (const auto& [offset, word] : words) lists |= lists_of(word);
  switch (type) {
    case entities::EntityType::kPerson:
      // A person named in full with a known first name or surname.
      return multi_word && (lists & (list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname)));
    case entities::EntityType::kPlace:
      return (lists & (list_bit(GazetteerList::kPlace) | list_bit(GazetteerList::kProperNoun))) != 0;
    case entities::EntityType::kOrganisation:
      return all_upper_ascii(surface) ||
             (lists & (list_bit(GazetteerList::kCapitalisedNoun) | list_bit(GazetteerList::kProperNoun) |
                       list_bit(GazetteerList::kOrganisationCue)));
  }
  return true;
}

}  // namespace kiosque::extraction
