#include "extraction/role_mentions.h"

#include <map>

#include "extraction/person_names.h"
#include "names/name_key.h"

namespace kiosque::extraction {

namespace {

// Longest role phrase, in bytes ("le porte-parole du ministère des Affaires
// étrangères").
constexpr std::size_t kMaxRoleBytes = 70;
constexpr std::size_t kMaxRoleWords = 7;

// Lengths of the articles a role starts with, at text[i]; 0 if none.
std::size_t article_length(std::string_view text, std::size_t i) {
  // Called at every byte of the text: reject most bytes before comparing.
  if (i >= text.size() || (text[i] != 'l' && text[i] != 'L')) return 0;
  for (std::string_view article : {"le ", "la ", "Le ", "La ", "l'", "L'", "l\xE2\x80\x99", "L\xE2\x80\x99"})
    if (text.compare(i, article.size(), article) == 0) return article.size();
  return 0;
}

bool at_word_start(std::string_view text, std::size_t i) {
  return i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' || text[i - 1] == ',';
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A role phrase: starts with a title word, no sentence or clause break,
// a few words. `phrase` excludes the article.
bool is_role(std::string_view phrase) {
  if (phrase.empty() || phrase.size() > kMaxRoleBytes || word_count(phrase) > kMaxRoleWords) return false;
  if (phrase.find_first_of(".;:!?()\n\"") != std::string_view::npos) return false;
  std::size_t space = phrase.find(' ');
  return is_person_title(phrase.substr(0, space));
}

std::string_view trim_commas(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  return s;
}

// The role introducing the name at [start, end): just before it (after an
// article) or right after it, between commas. Empty if none.
std::string_view role_around(std::string_view text, std::size_t start, std::size_t end) {
  // Before: "le président russe[,] NAME".
  std::size_t from = start > kMaxRoleBytes + 4 ? start - kMaxRoleBytes - 4 : 0;
  for (std::size_t i = from; i < start; ++i) {
    std::size_t article = article_length(text, i);
    if (!article || !at_word_start(text, i)) continue;
    std::string_view phrase = trim_commas(text.substr(i + article, start - i - article));
    if (is_role(phrase)) return phrase;
  }
  // After: "NAME, le ministre russe de la Défense,".
  if (text.compare(end, 2, ", ") == 0) {
    std::size_t i = end + 2;
    if (std::size_t article = article_length(text, i)) {
      std::size_t stop = text.find_first_of(",.;", i + article);
      if (stop != std::string_view::npos) {
        std::string_view phrase = text.substr(i + article, stop - i - article);
        if (is_role(phrase)) return phrase;
      }
    }
  }
  return "";
}

}  // namespace

std::vector<NamedSpan> find_role_mentions(std::string_view text, const std::vector<NamedSpan>& names) {
  // Role (key, words as written) -> person; a role given to two people
  // maps to nobody.
  std::map<std::pair<std::string, std::size_t>, std::string> person_of;
  for (const NamedSpan& name : names) {
    std::string_view role = role_around(text, name.start, name.end);
    if (role.empty()) continue;
    auto [it, added] = person_of.emplace(std::make_pair(names::name_key(role), word_count(role)), name.person);
    if (!added && it->second != name.person) it->second.clear();
  }
  std::vector<NamedSpan> found;
  if (person_of.empty()) return found;
  // The role phrases that introduce a name sit within ", le " of it.
  constexpr std::size_t kIntroductionGap = 8;
  auto near_a_name = [&](std::size_t start, std::size_t end) {
    for (const NamedSpan& name : names)
      if (name.start <= end + kIntroductionGap && start <= name.end + kIntroductionGap) return true;
    return false;
  };
  // Every "le/la + role" elsewhere, by its words.
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t article = article_length(text, i);
    if (!article || !at_word_start(text, i)) continue;
    std::size_t word_start = i + article;
    // An ASCII letter keeps its lower case as the first byte of a key: a role
    // whose key starts otherwise cannot match here (and name_key() is spared).
    const char first = word_start < text.size() ? text[word_start] : '\0';
    const bool ascii_letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
    const char first_lower = static_cast<char>(first | 0x20);
    for (const auto& [role, person] : person_of) {
      if (person.empty()) continue;
      // Compare the key of the same number of words.
      const auto& [key, words] = role;
      if (ascii_letter && !key.empty() && key[0] != first_lower) continue;
      std::size_t end = word_start;
      for (std::size_t w = 0; w < words && end < text.size(); ++w) {
        std::size_t space = text.find_first_of(" ,.;:!?\n", end);
        end = space == std::string_view::npos ? text.size() : space;
        if (w + 1 < words) {
          if (end >= text.size() || text[end] != ' ') break;
          ++end;
        }
      }
      if (names::name_key(text.substr(word_start, end - word_start)) != key) continue;
      if (near_a_name(word_start, end)) continue;
      found.push_back({word_start, end, person});
      break;
    }
  }
  return found;
}

}  // namespace kiosque::extraction
