// The entity extraction stage: finds the persons, places and organisations
// of an article and gives each one canonical name.
//
//   tagger (entities/tagger.h)       mentions with types, byte offsets
//   -> clean-up                      titles off person names, edge punctuation off,
//                                    no entity in a section heading
//   -> persons: coreference          "M. Kim" is the Kim named in full nearest before
//   -> organisations: acronyms       "Organisation des Nations unies (ONU)" is "ONU"
//   -> known names (alias_matcher.h)  names of the alias table found in any
//                                    language; a known name's type wins
//   -> aliases (names/alias_table.h) "Putin", "Путин" -> "Vladimir Poutine";
//                                    ICU country names in many languages -> French
//   -> one entity per canonical name, with every mention's offsets
//
// Photo credits never reach this stage: the archive reader moved them out of
// the text. extract() is const and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article.h"
#include "entities/tagger.h"
#include "extraction/alias_matcher.h"
#include "extraction/known_name_edits.h"
#include "names/alias_table.h"

namespace kiosque {

class EntityExtractor {
 public:
  // Word lists, folded as entities::fold_for_gazetteer() does.
  struct WordLists {
    // Words never a name on their own: days, holidays, abbreviations of things.
    std::unordered_set<std::string> not_entities;
    // Per language other than French (whose words the model's gazetteer
    // has): its ordinary words, to tell "Most" opening a sentence from a name.
    std::unordered_map<std::string, std::unordered_set<std::string>> common_words;
    // Known names that are also words (known_name_edits.h).
    WordlikeNames wordlike;
    // Companies' names (organisations-companies.txt), by name key: the
    // capitalised words after them name products.
    std::unordered_set<std::string> brands;
    // Titles and functions before a person's name, in every language
    // (person-titles.LANG.txt), and the endings that make a word one in
    // languages that compound them ("Innenministerin": title-suffixes.LANG.txt).
    std::unordered_set<std::string> titles;
    std::vector<std::string> title_suffixes;
  };

  EntityExtractor(entities::Tagger tagger, std::shared_ptr<const AliasTable> aliases, WordLists words = {});

  // Loads the model and the alias tables: ICU's country names, then
  // `alias_files` in order (later lines win), and the word lists beside the
  // model, if there (names/not-entities.txt, names/common-words.LANG.txt). Throws
  // std::runtime_error naming the file at fault.
  static EntityExtractor load(const std::string& model_path, const std::vector<std::string>& alias_files);

  // Fills article.entities, most mentioned first.
  void extract(Article& article) const;

  const AliasTable& aliases() const { return *aliases_; }

 private:
  entities::Tagger tagger_;
  std::shared_ptr<const AliasTable> aliases_;
  std::shared_ptr<const AliasMatcher> matcher_;
  std::shared_ptr<const WordLists> words_;
  std::shared_ptr<const ArticleLessNames> article_less_names_;
};

}  // namespace kiosque
