// Checks on the tagger's mentions that use its word lists (first names,
// places, common words: entities/gazetteer.h).
//
// The shipped model is trained on French; on other languages it takes many
// capitalised nouns for names (every German noun is capitalised). Outside
// French, a mention is kept only with evidence besides its capital letter.
#pragma once

#include <string_view>

#include "entities/entity_type.h"
#include "entities/gazetteer.h"

namespace kiosque {

class MentionChecks {
 public:
  explicit MentionChecks(const entities::Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Where the name starts in a person mention that opens with words that are
  // not names ("Finanzminister Christian Lindner" -> "Christian Lindner"):
  // the first word that is a known first name, when one follows the first
  // word. 0 when the mention starts with its name.
  std::size_t name_start(std::string_view mention) const;

  // Whether a mention is worth keeping in an article of `language`.
  // `multi_word`: the mention, or the full name it abbreviates, has several
  // words.
  bool plausible(entities::EntityType type, std::string_view surface, std::string_view language,
                 bool multi_word) const;

 private:
  entities::GazetteerMask lists_of(std::string_view word) const;

  const entities::Gazetteer& gazetteer_;
};

}  // namespace kiosque
