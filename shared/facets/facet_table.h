// Every article's facet values as small integers, read once per index
// revision from the value slots (schema.h), so that counting a match is a few
// array increments instead of reading and hashing strings.
//
// Ids are grouped by facet (a facet's ids form one range, in name order;
// dates in chronological order, undated last) and index the table's values:
// key, shown name and facet. The table also holds the counts
// over every article, the answer to a search with no words and no filters.
//
// Persons named by their surname alone are counted as the full name the
// archive knows (names/surname_resolution.h): an article with "Sarkozy"
// counts for "Nicolas Sarkozy", once even when it has both; the table keeps
// the resolution, so that filters match the same articles
// (names/entity_resolver.h) and the same name is shown everywhere.
//
// Memory: one 32-bit id per value of an article (about 15 for a news
// article) plus one offset per article: about 64 MB for a million articles;
// and 16 to 32 bytes per distinct value for finding values by key.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facets/facet.h"
#include "names/surname_resolution.h"

namespace kiosque::facets {

// The value counted for articles without a date, in year, month and day.
inline constexpr const char* kUndatedValue = "undated";

struct FacetEntry {
  Facet facet;
  std::string key;      // what to filter on: name key for entities, else = name
  std::string name;     // what to show: "Vladimir Poutine", "2023-09", "fr"
};

class FacetTable {
 public:
  using Id = std::uint32_t;

  // Reads every document's facet values from `db`, whose state `signature`
  // identifies (shards::IndexDatabase::signature()).
  FacetTable(const Xapian::Database& db, std::string signature);
  // The same, with persons' surnames counted as `surnames` resolves them
  // instead of as this database's own counts would: a shard counting for a
  // coordinator that resolved them over every shard (shards/count_service.h).
  // The full names it resolves to are values even when no article of `db`
  // has them.
  FacetTable(const Xapian::Database& db, std::string signature, names::SurnameResolution surnames);

  // The table for `db` in the state `signature` identifies, shared by every
  // thread that asks for the same index `path` in that state; read anew
  // after a commit.
  // When `path` is a folder, the table is also saved there (kCacheFile) and
  // read back by the next process: a search from the command line does not
  // read every document's values again.
  static std::shared_ptr<const FacetTable> for_database(const std::string& path, const Xapian::Database& db,
                                                        const std::string& signature);

  // The file in an index folder that keeps the table of its last revision.
  static constexpr const char* kCacheFile = "kiosque-facets.cache";
  // Writes the table to `file` (through a temporary file and a rename);
  // false if it cannot be written (a read-only index).
  bool save(const std::string& file) const;
  // The table saved in `file` if it is whole and of revision `signature`.
  static std::shared_ptr<const FacetTable> load(const std::string& file, const std::string& signature);

  // Document `docid`'s value ids as [first, last); empty when unknown.
  std::pair<const Id*, const Id*> values_of(Xapian::docid docid) const {
    if (docid + 1 >= offsets_.size()) return {nullptr, nullptr};
    return {ids_.data() + offsets_[docid], ids_.data() + offsets_[docid + 1]};
  }
  std::size_t size() const { return entries_.size(); }
  const FacetEntry& entry(Id id) const { return entries_[id]; }
  // The ids of `facet`: [first, last).
  std::pair<Id, Id> range(Facet facet) const {
    auto f = static_cast<std::size_t>(facet);
    return {first_id_[f], first_id_[f + 1]};
  }
  // The id of the value of `facet` with this key, if some article had it.
  // A resolved surname's value is still there, in no article.
  std::optional<Id> find(Facet facet, std::string_view key) const;
  // The name a search shows for the entity key `key` of `facet`: the
  // facet's spelling ("Édouard Philippe" for "Edouard Philippe"), the full
  // name for a resolved surname; nullptr when no article has it.
  const std::string* shown_name(Facet facet, std::string_view key) const;
  // How persons' surnames resolve in this revision of the index.
  const names::SurnameResolution& surnames() const { return surnames_; }
  // Counts over every document of the index, by id.
  const std::vector<std::uint32_t>& all_counts() const { return all_counts_; }
  std::size_t documents() const { return documents_; }
  // Identifies the index state the table was read from.
  const std::string& signature() const { return signature_; }

 private:
  FacetTable() = default;
  // Reads the values of every document of `db`; `full_names`: person keys
  // listed even when no article has them.
  void read(const Xapian::Database& db, const std::vector<std::string>& full_names);
  // Fills key_slots_ from entries_.
  void index_keys();
  // Counts each surname surnames_ resolves as its full name, once per article.
  void merge_surnames();
  // all_counts_ from ids_.
  void count_all();

  std::vector<FacetEntry> entries_;
  std::array<Id, kAllFacets.size() + 1> first_id_{};
  std::vector<std::uint32_t> offsets_;  // by docid, into ids_; size lastdocid + 2
  std::vector<Id> ids_;
  std::vector<std::uint32_t> all_counts_;
  // A hash table of every id by facet and key (open addressing, linear
  // probing; a power of two at least twice the ids): find() runs for every
  // entity of every result shown (shown_name), where a binary search over
  // the keys compared strings at each of its ~17 steps.
  struct KeySlot {
    std::uint32_t hash;  // the key's hash's high half: most probes end here
    Id id;               // kNoId: empty
  };
  static constexpr Id kNoId = ~Id{0};
  std::vector<KeySlot> key_slots_;
  names::SurnameResolution surnames_;
  std::size_t documents_ = 0;
  std::string signature_;
};

}  // namespace kiosque::facets
