// Question and filler words: words a user types in a question ("quelles
// mesures pour les soignants pendant l'épidémie") that articles on the topic
// need not contain. Unlike stopwords (analysis/stopwords.h) they carry some
// meaning, so they are searched, but they weigh least and are the first
// words query relaxation stops requiring (search/relaxation.h).
#pragma once

#include <string_view>

namespace kiosque::query {

// How much a filler word's score counts, against 1 for other words.
inline constexpr double kFillerWeight = 0.2;

// Whether `folded` (lower case, accents folded) is such a word in French or
// English, the query languages.
bool is_filler_word(std::string_view folded);

// Whether `folded` is a French verb with its subject pronoun after it, as
// questions have them: "vont-elles", "faut-il", "a-t-on".
bool is_inverted_question(std::string_view folded);

}  // namespace kiosque::query
