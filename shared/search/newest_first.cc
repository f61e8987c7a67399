#include "search/newest_first.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "schema.h"
#include "search/docid_set_source.h"

namespace kiosque::search {

namespace {

// "YYYYMMDD" as a number, 0 when the value is not one.
std::uint32_t date_number(const std::string& value) {
  if (value.size() != 8) return 0;
  std::uint32_t n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return n;
}

}  // namespace

DateOrder::DateOrder(const Xapian::Database& db, std::string signature) : signature_(std::move(signature)) {
  std::vector<std::pair<std::uint32_t, Xapian::docid>> dated;  // (date, docid), docid order
  dated.reserve(db.get_doccount());
  std::vector<bool> is_dated(db.get_lastdocid() + 1);
  for (auto it = db.valuestream_begin(schema::kDateSlot); it != db.valuestream_end(schema::kDateSlot); ++it)
    if (std::uint32_t date = date_number(*it)) {
      dated.emplace_back(date, it.get_docid());
      is_dated[it.get_docid()] = true;
    }
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  docids_.reserve(db.get_doccount());
  for (const auto& entry : dated) docids_.push_back(entry.second);
  // Undated documents last, in docid order.
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    if (!is_dated[*it]) docids_.push_back(*it);
}

std::vector<Xapian::docid> newest_matches(const Xapian::Database& db, const Xapian::Query& query,
                                          const DateOrder& order, std::size_t offset, std::size_t limit) {
  const std::vector<Xapian::docid>& all = order.docids();
  const std::size_t wanted = offset + limit;
  std::vector<Xapian::docid> matches;  // in date order
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // The query matches most documents: a batch a little larger than what is
  // missing mostly suffices; it doubles when it does not.
  std::size_t batch = wanted + wanted / 2 + 8;
  for (std::size_t at = 0; at < all.size() && matches.size() < wanted; at += batch, batch *= 2) {
    const std::size_t end = std::min(all.size(), at + batch);
    std::vector<Xapian::docid> candidates(all.begin() + static_cast<std::ptrdiff_t>(at),
                                          all.begin() + static_cast<std::ptrdiff_t>(end));
    std::sort(candidates.begin(), candidates.end());
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query((new DocidSetSource(std::move(candidates)))->release())));
    Xapian::MSet found = enquire.get_mset(0, static_cast<Xapian::doccount>(end - at));
    std::vector<Xapian::docid> matched;
    for (auto it = found.begin(); it != found.end(); ++it) matched.push_back(*it);
    std::sort(matched.begin(), matched.end());
    for (std::size_t i = at; i < end && matches.size() < wanted; ++i)
      if (std::binary_search(matched.begin(), matched.end(), all[i])) matches.push_back(all[i]);
  }
  if (matches.size() <= offset) return {};
  return {matches.begin() + static_cast<std::ptrdiff_t>(offset), matches.end()};
}

}  // namespace kiosque::search
