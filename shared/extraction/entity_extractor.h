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
#include <vector>

#include "article.h"
#include "entities/tagger.h"
#include "extraction/alias_matcher.h"
#include "names/alias_table.h"

namespace kiosque {

class EntityExtractor {
 public:
  EntityExtractor(entities::Tagger tagger, std::shared_ptr<const AliasTable> aliases);

  // Loads the model and the alias tables: ICU's country names, then
  // `alias_files` in order (later lines win). Throws std::runtime_error
  // naming the file at fault.
  static EntityExtractor load(const std::string& model_path, const std::vector<std::string>& alias_files);

  // Fills article.entities, most mentioned first.
  void extract(Article& article) const;

  const AliasTable& aliases() const { return *aliases_; }

 private:
  entities::Tagger tagger_;
  std::shared_ptr<const AliasTable> aliases_;
  std::shared_ptr<const AliasMatcher> matcher_;
};

}  // namespace kiosque
