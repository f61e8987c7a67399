// Stopwords: the most frequent function words of a language, accent-folded,
// one file a language in shared/analysis/stopwords/ (built into the binary).
//
// Kiosque indexes stopwords (phrases such as "la guerre en Ukraine" need them)
// and only uses this list at query time, to leave them out of a query that
// also has meaningful words. A query made only of stopwords keeps them all.
#pragma once

#include <string>
#include <string_view>

namespace kiosque::analysis {

// True if `folded_word` (lower case, accents folded) is a stopword of
// `language` (ISO 639-1). Unknown languages have none.
bool is_stopword(std::string_view language, const std::string& folded_word);

}  // namespace kiosque::analysis
