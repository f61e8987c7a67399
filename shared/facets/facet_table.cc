#include "facets/facet_table.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <functional>
#include <list>
#include <mutex>
#include <unordered_map>

#include "facets/entity_slot.h"
#include "schema.h"

namespace kiosque::facets {

namespace {

using Id = FacetTable::Id;

// Ids are first numbered per facet, the facet in the top bits, then moved
// into one range per facet once every value is known: 4 bits of facet, 28
// of value.
constexpr unsigned kFacetShift = 28;
constexpr Id kLocalMask = (Id{1} << kFacetShift) - 1;
static_assert(kAllFacets.size() <= (std::size_t{1} << (32 - kFacetShift)), "more facets than the id's top bits hold");

std::size_t non_ascii_bytes(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Spellings kept per key: enough for case and accent variants.
constexpr std::size_t kMaxSpellings = 8;

struct Spelling {
  std::string text;
  std::size_t count = 0;
};

// Between spellings of one key, show the most frequent, then the accented
// one ("Sergueï Choïgou" over "Serguei Choigou"), then the first in
// code-point order: the choice does not depend on the order documents are
// read in.
const std::string& best_spelling(const std::vector<Spelling>& spellings) {
  const Spelling* best = &spellings.front();
  for (const Spelling& candidate : spellings) {
    if (candidate.count != best->count) {
      if (candidate.count > best->count) best = &candidate;
      continue;
    }
    std::size_t a = non_ascii_bytes(candidate.text), b = non_ascii_bytes(best->text);
    if (a != b ? a > b : candidate.text < best->text) best = &candidate;
  }
  return best->text;
}

// The values of one facet while the table is read.
struct FacetValues {
  std::deque<std::string> keys;                  // by local id; stable for the views below
  std::unordered_map<std::string_view, Id> ids;  // by key
  std::vector<std::vector<Spelling>> spellings;  // by local id

  Id add(std::string_view key, std::string_view name) {
    auto it = ids.find(key);
    if (it == ids.end()) {
      keys.emplace_back(key);
      spellings.emplace_back();
      it = ids.emplace(keys.back(), static_cast<Id>(keys.size() - 1)).first;
    }
    std::vector<Spelling>& seen = spellings[it->second];
    auto same = std::find_if(seen.begin(), seen.end(), [&](const Spelling& s) { return s.text == name; });
    if (same != seen.end())
      ++same->count;
    else if (seen.size() < kMaxSpellings)
      seen.push_back({std::string(name), 1});
    return it->second;
  }
  // Lists `key` with no article (yet): its name is the key unless an
  // article spells it.
  void reserve(std::string_view key) {
    if (ids.count(key)) return;
    keys.emplace_back(key);
    spellings.push_back({{std::string(key), 0}});
    ids.emplace(keys.back(), static_cast<Id>(keys.size() - 1));
  }
};

// A value stream read in docid order, alongside the list of all documents.
class Stream {
 public:
  Stream(const Xapian::Database& db, Xapian::valueno slot) : it_(db.valuestream_begin(slot)), end_(db.valuestream_end(slot)) {}
  // The value of `docid`, or empty; docids must come in increasing order.
  std::string at(Xapian::docid docid) {
    if (it_ == end_ || it_.get_docid() != docid) return {};
    std::string value = *it_;
    ++it_;
    return value;
  }

 private:
  Xapian::ValueIterator it_, end_;
};

// The first eight bytes of `s` as a number that orders as the bytes do.
std::uint64_t order_prefix(const std::string& s) {
  std::uint64_t prefix = 0;
  for (std::size_t i = 0; i < 8; ++i) prefix = prefix << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0);
  return prefix;
}

}  // namespace

FacetTable::FacetTable(const Xapian::Database& db, std::string signature) : signature_(std::move(signature)) {
  read(db, {});
  auto [first, last] = range(Facet::kPerson);
  std::vector<names::PersonName> persons;
  persons.reserve(last - first);
  for (Id id = first; id < last; ++id) persons.push_back({entries_[id].key, entries_[id].name, all_counts_[id]});
  surnames_ = resolve_surnames(persons);
  merge_surnames();
}

FacetTable::FacetTable(const Xapian::Database& db, std::string signature, names::SurnameResolution surnames)
    : surnames_(std::move(surnames)), signature_(std::move(signature)) {
  std::vector<std::string> full_names;
  surnames_.for_each([&](const std::string&, const std::string& full, bool indexed) {
    if (indexed) full_names.push_back(full);
  });
  read(db, full_names);
  merge_surnames();
}

void FacetTable::read(const Xapian::Database& db, const std::vector<std::string>& full_names) {
  std::array<FacetValues, kAllFacets.size()> values;
  for (const std::string& full : full_names) values[static_cast<std::size_t>(Facet::kPerson)].reserve(full);
  auto add = [&](Facet facet, std::string_view key, std::string_view name) {
    auto f = static_cast<Id>(facet);
    ids_.push_back(f << kFacetShift | values[f].add(key, name));
  };

  const Xapian::docid last = db.get_lastdocid();
  offsets_.assign(static_cast<std::size_t>(last) + 2, 0);
  // One stream per facet read from its own slot; the date facets share one.
  std::vector<std::pair<const FacetInfo*, Stream>> own_slots;
  for (const FacetInfo& row : kFacetTable)
    if (row.kind != FacetKind::kDate) own_slots.emplace_back(&row, Stream(db, row.slot));
  Stream date(db, schema::kDateSlot);

  Xapian::docid filled = 0;  // offsets_ set up to here
  for (Xapian::PostingIterator doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    const Xapian::docid docid = *doc;
    while (filled <= docid) offsets_[filled++] = static_cast<std::uint32_t>(ids_.size());
    ++documents_;
    for (auto& [row, stream] : own_slots) {
      std::string slot = stream.at(docid);
      if (row->kind == FacetKind::kCode) {
        if (!slot.empty()) add(row->facet, slot, slot);
        continue;
      }
      for_each_entity_in_slot(slot, [&, facet = row->facet](std::string_view key, std::string_view name) {
        add(facet, key, name);
      });
    }

    std::string ymd = date.at(docid);  // YYYYMMDD, DD = 00 for a month
    if (ymd.size() != 8) {
      for (Facet facet : {Facet::kYear, Facet::kMonth, Facet::kDay}) add(facet, kUndatedValue, kUndatedValue);
      continue;
    }
    std::string year = ymd.substr(0, 4), month = year + "-" + ymd.substr(4, 2);
    add(Facet::kYear, year, year);
    add(Facet::kMonth, month, month);
    if (ymd.compare(6, 2, "00") != 0) {
      std::string day = month + "-" + ymd.substr(6, 2);
      add(Facet::kDay, day, day);
    }
  }
  while (filled < offsets_.size()) offsets_[filled++] = static_cast<std::uint32_t>(ids_.size());

  // One range of ids per facet, in the order values are listed when their
  // counts tie: by name, in code-point order (dates, named by their key,
  // come chronologically, "undated" after the digits). Ordering counts then
  // compares numbers only.
  std::array<std::vector<Id>, kAllFacets.size()> renumbered;
  for (std::size_t f = 0; f < values.size(); ++f) {
    FacetValues& facet = values[f];
    std::vector<std::string> names;
    names.reserve(facet.keys.size());
    for (const auto& spellings : facet.spellings) names.push_back(best_spelling(spellings));
    struct Sortable {
      std::uint64_t prefix;  // compared first: most comparisons end there
      Id local;
    };
    std::vector<Sortable> order;
    order.reserve(facet.keys.size());
    for (Id i = 0; i < facet.keys.size(); ++i) order.push_back({order_prefix(names[i]), i});
    std::sort(order.begin(), order.end(), [&](const Sortable& a, const Sortable& b) {
      if (a.prefix != b.prefix) return a.prefix < b.prefix;
      const std::string &x = names[a.local], &y = names[b.local];
      return x != y ? x < y : facet.keys[a.local] < facet.keys[b.local];
    });
    first_id_[f] = static_cast<Id>(entries_.size());
    renumbered[f].resize(order.size());
    for (auto [prefix, local] : order) {
      renumbered[f][local] = static_cast<Id>(entries_.size());
      entries_.push_back({kAllFacets[f], facet.keys[local], std::move(names[local])});
    }
  }
  first_id_[values.size()] = static_cast<Id>(entries_.size());
  for (Id& id : ids_) id = renumbered[id >> kFacetShift][id & kLocalMask];
  count_all();
  index_keys();
}

void FacetTable::count_all() {
  all_counts_.assign(entries_.size(), 0);
  for (Id id : ids_) ++all_counts_[id];
}

namespace {

std::uint64_t key_hash(Facet facet, std::string_view key) {
  return std::hash<std::string_view>{}(key) ^ (static_cast<std::uint64_t>(facet) * 0x9e3779b97f4a7c15ull);
}

}  // namespace

void FacetTable::index_keys() {
  std::size_t size = 2;
  while (size < 2 * entries_.size()) size *= 2;
  key_slots_.assign(size, {0, kNoId});
  const std::size_t mask = size - 1;
  for (Id id = 0; id < entries_.size(); ++id) {
    std::uint64_t hash = key_hash(entries_[id].facet, entries_[id].key);
    std::size_t at = hash & mask;
    while (key_slots_[at].id != kNoId) at = (at + 1) & mask;
    key_slots_[at] = {static_cast<std::uint32_t>(hash >> 32), id};
  }
}

std::optional<FacetTable::Id> FacetTable::find(Facet facet, std::string_view key) const {
  if (key_slots_.empty()) return std::nullopt;
  const std::uint64_t hash = key_hash(facet, key);
  const std::size_t mask = key_slots_.size() - 1;
  for (std::size_t at = hash & mask; key_slots_[at].id != kNoId; at = (at + 1) & mask) {
    const KeySlot& slot = key_slots_[at];
    if (slot.hash == static_cast<std::uint32_t>(hash >> 32) && entries_[slot.id].facet == facet &&
        entries_[slot.id].key == key)
      return slot.id;
  }
  return std::nullopt;
}

const std::string* FacetTable::shown_name(Facet facet, std::string_view key) const {
  if (facet == Facet::kPerson)
    if (auto full = surnames_.full_name(key)) key = *full;
  auto id = find(facet, key);
  return id ? &entries_[*id].name : nullptr;
}

void FacetTable::merge_surnames() {
  std::vector<Id> counted_as(entries_.size());
  for (Id id = 0; id < entries_.size(); ++id) counted_as[id] = id;
  bool merged = false;
  surnames_.for_each([&](const std::string& surname, const std::string& full, bool indexed) {
    if (!indexed) return;
    auto from = find(Facet::kPerson, surname), to = find(Facet::kPerson, full);
    if (from && to) counted_as[*from] = *to, merged = true;
  });
  if (!merged) return;
  // Each document's ids again, in place, a full name once: an article that
  // has "Sarkozy" and "Nicolas Sarkozy" counts once for him.
  std::uint32_t read = 0, write = 0;
  for (std::size_t docid = 0; docid + 1 < offsets_.size(); ++docid) {
    const std::uint32_t end = offsets_[docid + 1];
    const std::uint32_t start = write;
    offsets_[docid] = start;
    for (; read < end; ++read) {
      Id id = counted_as[ids_[read]];
      if (std::find(ids_.begin() + start, ids_.begin() + write, id) == ids_.begin() + write) ids_[write++] = id;
    }
  }
  offsets_.back() = write;
  ids_.resize(write);
  count_all();
}

std::shared_ptr<const FacetTable> FacetTable::for_database(const std::string& path, const Xapian::Database& db,
                                                           const std::string& signature) {
  // The few latest tables: threads on the previous revision for a moment
  // after a commit do not make the table be read again and again.
  constexpr std::size_t kKept = 4;
  static std::mutex mutex;
  static std::list<std::pair<std::string, std::shared_ptr<const FacetTable>>> cache;  // most recent first

  std::string key = path + "\n" + signature;
  std::lock_guard<std::mutex> lock(mutex);
  for (auto it = cache.begin(); it != cache.end(); ++it)
    if (it->first == key) {
      cache.splice(cache.begin(), cache, it);
      return cache.front().second;
    }
  std::error_code error;
  std::string file = std::filesystem::is_directory(path, error) ? path + "/" + kCacheFile : "";
  std::shared_ptr<const FacetTable> table = file.empty() ? nullptr : load(file, signature);
  if (!table) {
    table = std::make_shared<const FacetTable>(db, signature);
    if (!file.empty()) table->save(file);  // a read-only index: no cache, no harm
  }
  cache.emplace_front(key, table);
  if (cache.size() > kKept) cache.pop_back();
  return table;
}

}  // namespace kiosque::facets
