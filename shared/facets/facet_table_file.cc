// FacetTable::save and FacetTable::load: the table as a flat binary file,
// checked on reading (a damaged or older file is ignored, never trusted).
//
//   "KQFT3\n" facet-count signature-length signature
//   documents  entries  (facet name-length name key-length key)*entries
//   first_id_[8]  offsets-count offsets  ids-count ids
//   surnames  (surname-length surname full-length full indexed)*surnames
// Numbers are 32-bit little-endian; counts are recomputed on reading. ids
// are as counted: resolved surnames already merged into their full names
// (names/surname_resolution.h). Version 2 added the surnames, version 3 the
// number of facets (facets/facet.h), so that a table of another facet list
// is never read.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "facets/facet_table.h"

namespace kiosque::facets {

namespace {

constexpr char kMagic[] = "KQFT3\n";

class Writer {
 public:
  explicit Writer(std::ofstream& out) : out_(out) {}
  void number(std::uint32_t n) {
    unsigned char b[4] = {static_cast<unsigned char>(n), static_cast<unsigned char>(n >> 8),
                          static_cast<unsigned char>(n >> 16), static_cast<unsigned char>(n >> 24)};
    out_.write(reinterpret_cast<const char*>(b), 4);
  }
  void text(const std::string& s) {
    number(static_cast<std::uint32_t>(s.size()));
    out_.write(s.data(), static_cast<std::streamsize>(s.size()));
  }
  template <typename T>
  void numbers(const std::vector<T>& v) {
    number(static_cast<std::uint32_t>(v.size()));
    for (T n : v) number(n);
  }

 private:
  std::ofstream& out_;
};

// Reads from a whole file in memory; any overrun makes ok() false.
class Reader {
 public:
  explicit Reader(std::string data) : data_(std::move(data)) {}
  bool ok() const { return ok_; }
  bool done() const { return at_ == data_.size(); }
  bool literal(std::string_view s) {
    if (data_.compare(at_, s.size(), s) != 0) return ok_ = false;
    at_ += s.size();
    return true;
  }
  std::uint32_t number() {
    if (!ok_ || data_.size() - at_ < 4) return ok_ = false, 0;
    std::uint32_t n = decode(at_);
    at_ += 4;
    return n;
  }
  std::string text() {
    std::uint32_t n = number();
    if (!ok_ || data_.size() - at_ < n) return ok_ = false, std::string();
    std::string s = data_.substr(at_, n);
    at_ += n;
    return s;
  }
  template <typename T>
  void numbers(std::vector<T>& v) {
    std::uint32_t n = number();
    if (!ok_ || (data_.size() - at_) / 4 < n) return void(ok_ = false);
    v.resize(n);
    for (T& x : v) x = decode(at_), at_ += 4;
  }

 private:
  std::uint32_t decode(std::size_t at) const {
    const auto* b = reinterpret_cast<const unsigned char*>(data_.data() + at);
    return b[0] | b[1] << 8 | b[2] << 16 | static_cast<std::uint32_t>(b[3]) << 24;
  }

  std::string data_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

bool FacetTable::save(const std::string& file) const {
  std::string temporary = file + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    Writer w(out);
    out.write(kMagic, sizeof kMagic - 1);
    w.number(static_cast<std::uint32_t>(kAllFacets.size()));
    w.text(signature_);
    w.number(static_cast<std::uint32_t>(documents_));
    w.number(static_cast<std::uint32_t>(entries_.size()));
    for (const FacetEntry& e : entries_) {
      w.number(static_cast<std::uint32_t>(e.facet));
      w.text(e.name);
      w.text(e.key);
    }
    for (Id first : first_id_) w.number(first);
    w.numbers(offsets_);
    w.numbers(ids_);
    w.number(static_cast<std::uint32_t>(surnames_.size()));
    surnames_.for_each([&](const std::string& surname, const std::string& full, bool indexed) {
      w.text(surname);
      w.text(full);
      w.number(indexed ? 1 : 0);
    });
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  if (error) std::remove(temporary.c_str());
  return !error;
}

std::shared_ptr<const FacetTable> FacetTable::load(const std::string& file, const std::string& signature) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  if (!in) return nullptr;
  std::string data(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(data.data(), static_cast<std::streamsize>(data.size()))) return nullptr;
  Reader r(std::move(data));
  if (!r.literal(kMagic) || r.number() != kAllFacets.size() || r.text() != signature) return nullptr;

  std::shared_ptr<FacetTable> table(new FacetTable());
  table->signature_ = signature;
  table->documents_ = r.number();
  std::uint32_t entries = r.number();
  for (std::uint32_t i = 0; r.ok() && i < entries; ++i) {
    std::uint32_t facet = r.number();
    if (facet >= kAllFacets.size()) return nullptr;
    std::string name = r.text();
    table->entries_.push_back({kAllFacets[facet], r.text(), std::move(name)});
  }
  for (Id& first : table->first_id_) first = r.number();
  r.numbers(table->offsets_);
  r.numbers(table->ids_);
  std::uint32_t surnames = r.number();
  for (std::uint32_t i = 0; r.ok() && i < surnames; ++i) {
    std::string surname = r.text();
    std::string full = r.text();
    std::uint32_t indexed = r.number();
    if (indexed > 1) return nullptr;
    table->surnames_.add(surname, full, indexed == 1);
  }
  if (!r.ok() || !r.done() || table->offsets_.empty()) return nullptr;
  // Every id and offset in range, offsets increasing, ranges in order.
  if (table->first_id_.front() != 0 || table->first_id_.back() != table->entries_.size()) return nullptr;
  for (std::size_t f = 0; f + 1 < table->first_id_.size(); ++f) {
    if (table->first_id_[f] > table->first_id_[f + 1]) return nullptr;
    for (Id id = table->first_id_[f]; id < table->first_id_[f + 1]; ++id)
      if (table->entries_[id].facet != kAllFacets[f]) return nullptr;
  }
  for (std::size_t i = 0; i + 1 < table->offsets_.size(); ++i)
    if (table->offsets_[i] > table->offsets_[i + 1]) return nullptr;
  if (table->offsets_.back() != table->ids_.size()) return nullptr;
  for (Id id : table->ids_)
    if (id >= table->entries_.size()) return nullptr;
  table->count_all();
  table->index_keys();
  return table;
}

}  // namespace kiosque::facets
