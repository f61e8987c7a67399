// How people type a word in a search box when the articles write it another
// way: the rules a query applies on top of the shared analysis (analyzer.h),
// which serves indexing and querying alike. Each function is one rule, on
// folded words (lower case, accents folded).
//
//   same_word_forms("conseiller")   conseiller, conseillers: the word as typed
//                                   and its regular plural or singular, which
//                                   rank above other words of the same stem
//   is_bare_elision("d", "euros")   "milliards d euros" typed without the
//                                   apostrophe: the letter is an elision
//   split_code("covid19")           covid + 19: a code of letters and a short
//                                   number, written glued, hyphenated or apart
//   spelled_out("st")               saint: an abbreviation names use
//   infinitives("bloquent")         bloquer: a verb typed in the third
//                                   person plural, which the French stemmer
//                                   keeps whole
//
// Not here: the analysis itself (one chain for index and query) and spelling
// mistakes (search/spelling.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosque::query {

// The word and its regular plural (or singular when it ends in s or x), the
// word first.
std::vector<std::string> same_word_forms(const std::string& folded);

// Whether `word`, typed alone before `next`, is a French elided article or
// pronoun that lost its apostrophe ("l etat", "qu il"): an elision letter
// before a word starting with a vowel or h.
bool is_bare_elision(std::string_view word, std::string_view next);

// Letters then a short number ("g20" -> {"g", "20"}): at most
// kMaxCodeLetters letters and kMaxCodeDigits digits, so that "euro2016" or a
// word with a year is not taken for a code.
inline constexpr std::size_t kMaxCodeLetters = 5;
inline constexpr std::size_t kMaxCodeDigits = 3;
std::optional<std::pair<std::string, std::string>> split_code(std::string_view folded);
// Whether two words typed apart or hyphenated form such a code ("g", "20").
bool is_code(std::string_view letters, std::string_view digits);

// The word an abbreviation stands for in names ("st" -> "saint", "ste" ->
// "sainte"), or nullopt.
std::optional<std::string> spelled_out(std::string_view folded);

// The infinitives a French verb in the third person plural of the present
// may have ("bloquent" -> "bloquer", "finissent" -> "finir", "partent" ->
// "partir", "vendent" -> "vendre"), to try
// against the vocabulary. Snowball's French stemmer keeps "-ent" (else
// "parent" would lose it), so a question's verb ("pourquoi les agriculteurs
// bloquent les routes") would miss "bloquer", "bloqués", "bloquait". Only
// words with at least kMinVerbBase letters before "-ent" ("ment" is not
// "mer"); the caller keeps an infinitive only where the index writes it
// more often than the typed word, as it does a verb's but not "parent"'s.
inline constexpr std::size_t kMinVerbBase = 3;
std::vector<std::string> infinitives(std::string_view folded);

}  // namespace kiosque::query
