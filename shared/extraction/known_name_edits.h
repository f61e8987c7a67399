// What the text around a known name (alias_matcher.h) says about it:
//
//   a common word opening a sentence   "Seul l'oral..." is not Séoul, "Auch
//                                      die..." is not the town of Auch: a
//                                      one-word name that is also a word of
//                                      the article's language is not matched
//                                      where every word is capitalised
//   an organisation and a place        "France Bleu Mayenne", "France 3
//                                      Bretagne": a regional edition is one
//                                      organisation, not a place inside one
//   an organisation and a model        "Lamborghini Aventador", "Aston Martin
//                                      DB11": the word after a company's name
//                                      names a product, not an entity
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/language_profile.h"
#include "entities/gazetteer.h"
#include "entities/ner_token.h"
#include "entities/token_forms.h"
#include "extraction/alias_matcher.h"

namespace kiosque::extraction {

// Whether `language` capitalises every noun (German), so that a capital
// says nothing of a name: its common words are never one-word names, nor
// are one-word names that are also words.
inline bool capitalises_nouns(std::string_view language) {
  return analysis::language_profile(language).capitalises_nouns;
}

// Whether a capitalised word is an ordinary word of the article's language.
using CommonWordTest = std::function<bool(std::string_view word)>;

// Names that are also words or phrases ("Free", "Le Monde", "L'Union", "Die
// Zeit": models/names/organisations-wordlike.txt), by name key, with their
// spellings.
using WordlikeNames = std::unordered_map<std::string, std::vector<std::string>>;

// Drops the matches of word-like names read as words: written without the
// capitals of every spelling ("Le monde entier", "L'union fait la force"),
// and one-word names opening a sentence or, in German, whose nouns are all
// capitalised, anywhere.
void drop_wordlike_matches(std::string_view text, const std::vector<entities::NerToken>& tokens,
                           const std::string& language, const WordlikeNames& wordlike,
                           std::vector<AliasMatch>& matches);

// Adds matches of word-like names that open with an article, written after
// a contraction or an article of their own ("au Parisien", "du Monde",
// "l'équipe du Figaro"): "Parisien" alone is a demonym, "au Parisien" the
// newspaper. The name's capitals are required.
// Word-like names that open with an article, by the key of the rest:
// "parisien" -> {"Parisien", "Le Parisien"}.
using ArticleLessNames = std::unordered_map<std::string, std::pair<std::string, std::string>>;
ArticleLessNames article_less_names(const WordlikeNames& wordlike);

// `forms`: token_forms() of `tokens`.
void add_names_after_articles(std::string_view text, const std::vector<entities::NerToken>& tokens,
                              const entities::TokenForms& forms, const ArticleLessNames& names,
                              std::vector<AliasMatch>& matches);

// Drops the one-word matches whose word is a common word of the article's
// language and not the name the match gives: "un Australien" is a person,
// not Australia ("Australien" in German), "Indien" an Indian.
void drop_foreign_names_of_words(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                 const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches);

// Drops the one-word matches that are common words, wherever they stand
// (in a language whose nouns are all capitalised: "des Landes").
void drop_common_words(std::string_view text, const std::vector<entities::NerToken>& tokens,
                       const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches);

// Drops the one-word matches that open a sentence and are common words.
void drop_sentence_start_words(std::string_view text, const std::vector<entities::NerToken>& tokens,
                               const CommonWordTest& is_common_word, std::vector<AliasMatch>& matches);

// Extends each organisation match over the place names right after it,
// canonical name included ("France Bleu" + "Mayenne").
void extend_regional_editions(std::string_view text, const std::vector<entities::NerToken>& tokens,
                              const entities::Gazetteer& gazetteer, std::vector<AliasMatch>& matches);

// The folded words that name products in this text: right after an
// organisation's name, one capitalised word or codes and numbers ("Clio",
// "911 Carrera", "DB11"); after a company's name (`brands`: canonical names
// of organisations-companies.txt, by name key), up to three capitalised
// words ("Huracan Performante"). Never a word the lists know as a name or a
// place: a person introduced after an organisation stays. `forms`:
// token_forms() of `tokens`.
std::unordered_set<std::string> product_words(std::string_view text, const std::vector<entities::NerToken>& tokens,
                                              const entities::TokenForms& forms,
                                              const std::vector<AliasMatch>& matches,
                                              const std::unordered_set<std::string>& brands);

}  // namespace kiosque::extraction
