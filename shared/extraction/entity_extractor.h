// The entity extraction stage: finds the persons, places and organisations
// of an article (its title and body) and gives each one canonical name.
// extract() runs these stages over one list of candidates (candidate.h):
//
//   1. tagged names (entities/tagger.h)  the tagger's mentions, spans cleaned
//                                     (titles, demonyms, glued words: mention_edits.h),
//                                     types checked (candidate_types.h)
//   2. names by shape                 "ministère de la Défense", "parquet de Paris",
//                                     places of the lists (organisation_names.h,
//                                     place_names.h)
//   3. non-names dropped              codes, abbreviations of things, common words
//   4. known names (alias_matcher.h)  the alias table and the lists of
//                                     models/names/ in any language; a known name's
//                                     type and canonical name win; products cut
//                                     off (known_name_edits.h)
//   5. names                          "M. Kim" is the Kim named in full nearest
//                                     before; "(ONU)" names its long form
//                                     (candidate_names.h); one type per name by vote
//   6. one entity per canonical name  aliases ("Putin" -> "Vladimir Poutine"), with
//                                     its mentions' offsets; events, titles of works,
//                                     words never names left out (word_lists.h)
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
#include "extraction/candidate.h"
#include "extraction/known_name_edits.h"
#include "extraction/word_lists.h"
#include "names/alias_table.h"

namespace kiosque::extraction {

class EntityExtractor {
 public:
  // The word lists beside the model (word_lists.h).
  using WordLists = kiosque::extraction::WordLists;

  EntityExtractor(entities::Tagger tagger, std::shared_ptr<const names::AliasTable> aliases, WordLists words = {});

  // Loads the model and the alias tables: ICU's country names, then
  // `alias_files` in order (later lines win), and the word lists beside the
  // model, if there (names/not-entities.txt, names/common-words.LANG.txt). Throws
  // std::runtime_error naming the file at fault.
  static EntityExtractor load(const std::string& model_path, const std::vector<std::string>& alias_files);

  // Fills article.entities, most mentioned first.
  void extract(Article& article) const;

  const names::AliasTable& aliases() const { return *aliases_; }

 private:
  struct Reading;  // one article's tagged text and what the rules ask of it

  // The stages of extract(), in order, over one list of candidates.
  std::vector<Candidate> tagged_names(const Reading& r) const;
  void add_names_by_shape(const Reading& r, std::vector<Candidate>& found) const;
  void drop_non_names(const Reading& r, std::vector<Candidate>& found) const;
  void add_known_names(const Reading& r, std::vector<Candidate>& found) const;
  std::vector<NamedEntity> grouped_entities(const Reading& r, const std::vector<Candidate>& found,
                                            const std::vector<std::string>& name_of) const;

  entities::Tagger tagger_;
  std::shared_ptr<const names::AliasTable> aliases_;
  std::shared_ptr<const AliasMatcher> matcher_;
  std::shared_ptr<const WordLists> words_;
  std::shared_ptr<const ArticleLessNames> article_less_names_;
};

}  // namespace kiosque::extraction
