// Word lists the tagger checks every token against: place names, first
// names, titles, organisation cue words... A token covered by an entry of a
// list gets a feature naming the list, which lets the model recognise
// "Ouagadougou" as a place even if the training data never mentions it.
//
// Entries are matched on folded tokens (lower case, no accents, no final
// dot: "État" ~ "etat", "Mme." ~ "mme"), one or more tokens long
// ("Côte d'Ivoire"); every entry found marks the tokens it covers. The lists
// themselves come from outside the code (models/gazetteers/, see
// models/README.md); the model file carries them as hashes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/feature_hash.h"
#include "entities/flat_key_map.h"

namespace kiosque::entities {

enum class GazetteerList : unsigned char {
  kPlace,            // countries, regions, cities
  kFirstName,        // given names
  kSurname,          // family names
  kProperNoun,       // other capitalised dictionary entries (places, brands, bodies)
  kCapitalisedNoun,  // capitalised dictionary nouns: acronyms, bodies, regions (ONU, Gestapo)
  kPersonTitle,      // M., Mme, Dr, général...: a person's name often follows
  kOrganisationCue,  // ministère, parti, université...: starts or precedes an organisation
  kPlaceCue,         // rue, ville, lac...: starts or precedes a place
  kCommonWord,       // a French dictionary word (lower-case lemma)
};

inline constexpr int kGazetteerListCount = 9;
using GazetteerMask = std::uint16_t;

inline constexpr GazetteerMask list_bit(GazetteerList list) {
  return static_cast<GazetteerMask>(1u << static_cast<unsigned>(list));
}

// "place", "first-name", ... as used in file names and the trainer's options.
std::string_view gazetteer_list_name(GazetteerList list);
std::optional<GazetteerList> parse_gazetteer_list(std::string_view name);

// The form a token is matched in: lower case, accents folded, final "." dropped.
std::string fold_for_gazetteer(std::string_view token);
inline std::uint64_t gazetteer_token_key(std::string_view folded) { return hash_text(folded); }

class Gazetteer {
 public:
  // Entries longer than this many tokens are ignored.
  static constexpr int kMaxEntryTokens = 6;

  // Adds `entry` (any spelling; it is tokenised and folded here) to `list`.
  void add(GazetteerList list, std::string_view entry);

  // Per token, the lists whose entries cover it (`inside`) and start at it
  // (`begins`). `token_keys` are gazetteer_token_key() of the folded tokens.
  void match(const std::vector<std::uint64_t>& token_keys, std::vector<GazetteerMask>& inside,
             std::vector<GazetteerMask>& begins) const;

  // The number of tokens of the longest entry of `list` that starts at
  // token_keys[start]; 0 if none.
  std::size_t longest_entry(const std::vector<std::uint64_t>& token_keys, std::size_t start, GazetteerList list) const;

  // Lists holding the one-token entry `key`.
  GazetteerMask lists_of(std::uint64_t key) const;
  // Hints the processor to fetch what lists_of(key) reads (a cache miss in
  // a large table), for a batch of keys looked up next.
  void prefetch_lists_of(std::uint64_t key) const { sequences_.prefetch(one_token_key(key)); }

  std::size_t size() const { return sequences_.size(); }

  // Raw access for the model file: sequence hash -> lists (kPrefixBit marks
  // the proper prefix of a longer entry).
  const FlatKeyMap<GazetteerMask>& sequences() const { return sequences_; }
  void reserve(std::size_t sequences) { sequences_.reserve(sequences); }
  void insert_sequence(std::uint64_t key, GazetteerMask mask) { sequences_[nonzero_key(key)] |= mask; }

 private:
  static std::uint64_t one_token_key(std::uint64_t key);
  FlatKeyMap<GazetteerMask> sequences_;
};

inline constexpr GazetteerMask kPrefixBit = 0x8000;

// The hash of a token sequence is built token by token from this seed.
inline constexpr std::uint64_t kSequenceSeed = 0x4B494F5351554531ULL;

}  // namespace kiosque::entities
