#include "extraction/known_name_edits.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "analysis/normalize.h"
#include "extraction/mention_edits.h"
#include "extraction/organisation_names.h"
#include "names/name_key.h"

namespace kiosque::extraction {

using analysis::starts_upper_case;

namespace {

using entities::GazetteerList;
using entities::list_bit;
using entities::NerToken;
using entities::TokenKind;


entities::GazetteerMask lists_of(const entities::Gazetteer& gazetteer, std::string_view word) {
  return gazetteer.lists_of(entities::gazetteer_token_key(entities::fold_for_gazetteer(word)));
}

// The index of the token starting at byte `start`, or tokens.size().
std::size_t token_at(const std::vector<NerToken>& tokens, std::size_t start) {
  std::size_t i = entities::first_token_from(tokens, start);
  return i < tokens.size() && tokens[i].start == start ? i : tokens.size();
}

// The index of the token after the one ending at byte `end` if it follows
// after one space on the same line; tokens.size() otherwise.
std::size_t next_word(std::string_view text, const std::vector<NerToken>& tokens, std::size_t end) {
  std::size_t i = token_at(tokens, end + 1);
  if (i == tokens.size() || text[end] != ' ' || tokens[i].kind == TokenKind::kPunctuation) return tokens.size();
  return i;
}

}  // namespace

namespace {

// Whether `written` has a capital wherever `spelling` has one, code point by
// code point ("Le Monde" against "Le monde": no). Spellings of other lengths
// compare the first letters of their words.
bool has_capitals_of(std::string_view written, std::string_view spelling) {
  auto code_points = [](std::string_view s) {
    std::vector<UChar32> out;
    for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
      UChar32 c;
      U8_NEXT(s.data(), i, n, c);
      out.push_back(c);
    }
    return out;
  };
  std::vector<UChar32> w = code_points(written), s = code_points(spelling);
  if (w.size() == s.size()) {
    for (std::size_t i = 0; i < s.size(); ++i)
      if (u_isupper(s[i]) && !u_isupper(w[i])) return false;
    return true;
  }
  auto initials = [](const std::vector<UChar32>& cps) {
    std::vector<bool> out;
    bool start = true;
    for (UChar32 c : cps) {
      if (c == ' ') {
        start = true;
      } else if (start) {
        out.push_back(u_isupper(c));
        start = false;
      }
    }
    return out;
  };
  std::vector<bool> wi = initials(w), si = initials(s);
  if (wi.size() != si.size()) return true;
  for (std::size_t i = 0; i < si.size(); ++i)
    if (si[i] && !wi[i]) return false;
  return true;
}

// Nationality and colour adjectives and the like, by their endings.
bool is_adjective(const std::string& folded) {
  static const char* const kEndings[] = {"ais", "aise", "ain", "aine", "ois", "oise", "ien", "ienne", "and",
                                         "ande", "al", "ale", "ique", "eux", "euse", "if", "ive"};
  for (const char* ending : kEndings) {
    std::string_view e(ending);
    if (folded.size() > e.size() + 2 && folded.compare(folded.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace

void drop_wordlike_matches(std::string_view text, const std::vector<NerToken>& tokens, const std::string& language,
                           const WordlikeNames& wordlike, std::vector<AliasMatch>& matches) {
  if (wordlike.empty()) return;
  matches.erase(std::remove_if(matches.begin(), matches.end(),
                               [&](const AliasMatch& m) {
                                 std::string_view written = text.substr(m.start, m.end - m.start);
                                 auto it = wordlike.find(names::name_key(written));
                                 if (it == wordlike.end()) return false;
                                 std::size_t i = token_at(tokens, m.start);
                                 if (i == tokens.size()) return true;
                                 bool one_word = tokens[i].end == m.end;
                                 if (one_word && (capitalises_nouns(language) || opens_sentence(text, tokens, i))) return true;
                                 // "la VAR" (the video referee) is not the Var: a name in
                                 // capitals only where a spelling is.
                                 auto all_caps = [](std::string_view s) {
                                   return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
                                 };
                                 if (all_caps(written) && std::none_of(it->second.begin(), it->second.end(), all_caps))
                                   return true;
                                 return std::none_of(it->second.begin(), it->second.end(), [&](const std::string& s) {
                                   return has_capitals_of(written, s);
                                 });
                               }),
                matches.end());
}

ArticleLessNames article_less_names(const WordlikeNames& wordlike) {
  ArticleLessNames names;
  for (const auto& [key, spellings] : wordlike)
    for (const std::string& spelling : spellings)
      for (std::string_view article : {"Le ", "La ", "Les ", "L'", "L\xE2\x80\x99"})
        if (spelling.compare(0, article.size(), article) == 0) {
          std::string rest = spelling.substr(article.size());
          names.emplace(names::name_key(rest), std::make_pair(rest, spellings.front()));
        }
  return names;
}

void add_names_after_articles(std::string_view text, const std::vector<NerToken>& tokens,
                              const entities::TokenForms& forms, const ArticleLessNames& rests,
                              std::vector<AliasMatch>& matches) {
  static const std::unordered_set<std::string> kArticles = {"le", "la", "les", "l'", "au", "aux", "du", "des"};
  if (rests.empty()) return;
  std::vector<AliasMatch> added;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || !starts_upper_case(tokens[i].in(text))) continue;
    std::string article = forms.folded[i - 1];
    if (article == "l\xE2\x80\x99") article = "l'";
    if (!kArticles.count(article) || starts_upper_case(tokens[i - 1].in(text))) continue;
    for (std::size_t n = std::min<std::size_t>(4, tokens.size() - i); n >= 1; --n) {
      std::string_view span = text.substr(tokens[i].start, tokens[i + n - 1].end - tokens[i].start);
      auto it = rests.find(names::name_key(span));
      if (it == rests.end() || !has_capitals_of(span, it->second.first)) continue;
      added.push_back({entities::EntityType::kOrganisation, tokens[i].start, tokens[i + n - 1].end, it->second.second});
      i += n - 1;
      break;
    }
  }
  for (AliasMatch& m : added) {
    bool overlaps = std::any_of(matches.begin(), matches.end(),
                                [&](const AliasMatch& o) { return o.start < m.end && m.start < o.end; });
    if (!overlaps) matches.push_back(std::move(m));
  }
  std::sort(matches.begin(), matches.end(), [](const AliasMatch& a, const AliasMatch& b) { return a.start < b.start; });
}

namespace {

// Drops the matches of one word for which drop(token index, word) says so.
template <typename Drop>
void drop_one_word_matches(std::string_view text, const std::vector<NerToken>& tokens,
                           std::vector<AliasMatch>& matches, Drop drop) {
  matches.erase(std::remove_if(matches.begin(), matches.end(),
                               [&](const AliasMatch& m) {
                                 std::size_t i = token_at(tokens, m.start);
                                 if (i == tokens.size() || tokens[i].end != m.end) return false;  // several words
                                 return drop(i, m, tokens[i].in(text));
                               }),
                matches.end());
}

}  // namespace

void drop_foreign_names_of_words(std::string_view text, const std::vector<NerToken>& tokens,
                                 const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches) {
  drop_one_word_matches(text, tokens, matches, [&](std::size_t, const AliasMatch& m, std::string_view word) {
    // A capital inside ("MoDem") marks a name, not a word.
    bool inner_capital = std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return !inner_capital && names::name_key(word) != names::name_key(m.canonical) && is_common_word(word);
  });
}

void drop_common_words(std::string_view text, const std::vector<NerToken>& tokens,
                       const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches) {
  drop_one_word_matches(text, tokens, matches,
                        [&](std::size_t, const AliasMatch&, std::string_view word) { return is_common_word(word); });
}

void drop_sentence_start_words(std::string_view text, const std::vector<NerToken>& tokens,
                               const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches) {
  drop_one_word_matches(text, tokens, matches, [&](std::size_t i, const AliasMatch&, std::string_view word) {
    return opens_sentence(text, tokens, i) && is_common_word(word);
  });
}

void extend_regional_editions(std::string_view text, const std::vector<NerToken>& tokens,
                              const entities::Gazetteer& gazetteer, std::vector<AliasMatch>& matches) {
  for (std::size_t m = 0; m < matches.size(); ++m) {
    AliasMatch& match = matches[m];
    if (match.type != entities::EntityType::kOrganisation) continue;
    const std::size_t limit = m + 1 < matches.size() ? matches[m + 1].start : text.size();
    std::size_t end = match.end;
    for (std::size_t i = next_word(text, tokens, end); i < tokens.size() && tokens[i].end <= limit;
         i = next_word(text, tokens, end)) {
      std::string_view word = tokens[i].in(text);
      if (!starts_upper_case(word) || !(lists_of(gazetteer, word) & list_bit(GazetteerList::kPlace))) break;
      end = tokens[i].end;
    }
    // Or a known place right after it ("France Bleu" + "Hérault").
    if (end == match.end && m + 1 < matches.size() && matches[m + 1].type == entities::EntityType::kPlace &&
        matches[m + 1].start == end + 1 && text[end] == ' ') {
      end = matches[m + 1].end;
      matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(m) + 1);
    }
    if (end == match.end) continue;
    match.canonical += std::string(text.substr(match.end, end - match.end));
    match.end = end;
  }
}

std::unordered_set<std::string> product_words(std::string_view text, const std::vector<NerToken>& tokens,
                                              const entities::TokenForms& forms,
                                              const std::vector<AliasMatch>& matches,
                                              const std::unordered_set<std::string>& brands) {
  const auto names = list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname) |
                     list_bit(GazetteerList::kPlace) | list_bit(GazetteerList::kPersonTitle);
  // Whether tokens[j] may be a product's word: capitalised or a code
  // (`code` says which), and no name or place of the lists.
  auto names_a_product = [&](std::size_t j, bool& code) {
    std::string_view word = tokens[j].in(text);
    code = is_code(word) || tokens[j].kind == TokenKind::kNumber;
    return (starts_upper_case(word) || code) && !(forms.lists[j] & names);
  };
  std::unordered_set<std::string> words;
  // After a word that says a product follows: "les modèles Huracan
  // Performante et Aventador SVJ", "le smartphone Galaxy".
  static const std::unordered_set<std::string> kProductCues = {
      "modele", "modeles", "version", "versions", "gamme", "berline", "berlines", "citadine", "citadines",
      "roadster", "monospace", "smartphone", "smartphones", "console", "consoles", "tablette", "logiciel",
      "application", "model", "models",
      // vessels: "le cargo Calao", "le MV Wakashio"
      "navire", "bateau", "cargo", "paquebot", "porte-avions", "fregate", "sous-marin", "petrolier", "chalutier",
      "voilier", "ferry", "roulier", "vraquier", "tanker", "mv", "yacht"};
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    // The cue (its folded form is at hand), then a name within a few words.
    if (!kProductCues.count(forms.folded[i])) continue;
    bool name_follows = false;
    for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3 && !name_follows; ++j)
      name_follows = starts_upper_case(tokens[j].in(text)) || is_code(tokens[j].in(text));
    if (!name_follows) continue;
    std::size_t first = next_word(text, tokens, tokens[i].end);
    // Past adjectives: "le bateau roulier français Calao".
    for (int skipped = 0; first < tokens.size() && skipped < 2 && !starts_upper_case(tokens[first].in(text)) &&
                          is_adjective(forms.folded[first]);
         ++skipped)
      first = next_word(text, tokens, tokens[first].end);
    for (std::size_t j = first; j < tokens.size() && words.size() < 64;
         j = next_word(text, tokens, tokens[j].end)) {
      std::string_view word = tokens[j].in(text);
      if (word == "et" || word == "and") continue;
      bool code = false;
      if (!names_a_product(j, code)) break;
      words.insert(forms.folded[j]);
    }
  }
  for (std::size_t m = 0; m < matches.size(); ++m) {
    if (matches[m].type != entities::EntityType::kOrganisation) continue;
    std::size_t i = next_word(text, tokens, matches[m].end);
    if (i == tokens.size() || (m + 1 < matches.size() && matches[m + 1].start <= tokens[i].start)) continue;
    std::vector<std::string_view> run;
    std::size_t codes = 0;
    for (std::size_t j = i; j < tokens.size() && run.size() < 4; j = next_word(text, tokens, tokens[j].end)) {
      bool code = false;
      if (!names_a_product(j, code)) break;
      run.push_back(tokens[j].in(text));
      codes += code;
    }
    // Two capitalised words in a row after another organisation are more
    // likely a person introduced after it.
    const bool brand = brands.count(names::name_key(matches[m].canonical)) > 0;
    if (run.empty() || (!brand && run.size() > codes + 1)) continue;
    // A company's division, not a product: "Airbus Corporate Helicopters".
    if (ends_like_organisation("x " + std::string(run.back()))) continue;
    if (run.size() > codes + 3) run.resize(codes + 3);
    for (std::string_view word : run) words.insert(entities::fold_for_gazetteer(word));
  }
  return words;
}

}  // namespace kiosque::extraction
