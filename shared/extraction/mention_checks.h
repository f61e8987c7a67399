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

namespace kiosque::extraction {

class MentionChecks {
 public:
  explicit MentionChecks(const entities::Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Where the name starts in a person mention that opens with words that are
  // not names ("Finanzminister Christian Lindner" -> "Christian Lindner"):
  // the first word that is a known first name, when one follows the first
  // word. 0 when the mention starts with its name.
  std::size_t name_start(std::string_view mention) const;

  // Where a person mention starts once a capitalised first name written
  // just before it, mid-sentence, is included ("Eli" before "Cohen"; with
  // `unknown_words`, a word no list knows, like "Mahamat", counts as one:
  // in French, whose lists are the model's; elsewhere such a word is as
  // likely a demonym or a title, "Swede", "Zealander"); `start` if none.
  std::size_t first_name_before(std::string_view text, std::size_t start, bool unknown_words) const;

  // Whether `surface` is one word that the lists know as a place and not as
  // a first name or surname ("Berlin", "Nice" tagged as persons).
  bool is_place_not_name(std::string_view surface) const;
  // Whether `surface` is one word the lists know as a first name.
  bool is_first_name(std::string_view surface) const;
  // Whether `surface` is one word the lists know as a place, whatever else
  // it may be.
  bool is_listed_place(std::string_view surface) const;

  // Whether `surface` is one word in capitals ("LREM", "BFMTV") that the
  // lists do not know as a place.
  bool is_acronym_not_place(std::string_view surface) const;

  // Whether `word` is a word of the French dictionary in one of its
  // inflected forms ("américains", "républicaine", "hospitalisé") and not a
  // first name: capitalised, it is a demonym, an adjective or a sentence's
  // first word rather than a name. Known first names, places and proper
  // nouns are not ("Rose", "Paris").
  bool is_common_word(std::string_view word) const;
  // Whether `word` is a dictionary word with the ending of a demonym or a
  // party member's adjective ("Chinois", "Américains", "Socialiste"), and
  // not a surname of the lists.
  bool is_demonym(std::string_view word) const;

  // Whether `word` is a common word only in an inflected form, not as
  // written: "Hospitalisé", "Américains", not "Berger".
  bool is_inflected_word(std::string_view word) const;

  // Where the name starts in a person mention of several words once its
  // leading dictionary words are skipped ("Américains Shane Kimbrough",
  // "Républicains Nicolas Sarkozy"); 0 when it starts with a name.
  std::size_t leading_common_words(std::string_view mention) const;

  // Whether a mention is worth keeping in an article of `language`.
  // `multi_word`: the mention, or the full name it abbreviates, has several
  // words.
  bool plausible(entities::EntityType type, std::string_view surface, std::string_view language,
                 bool multi_word) const;

 private:
  entities::GazetteerMask lists_of(std::string_view word) const;

  const entities::Gazetteer& gazetteer_;
};

}  // namespace kiosque::extraction
