// Exact facet counts over the whole match set: every matching document is
// counted (by search/posting_walk.h, or as a Xapian match spy when the
// searcher asks the matcher for check_at_least = all), its entities,
// language and date through the index's FacetTable. An article with five
// persons counts once for each of them.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "facets/facet.h"
#include "facets/facet_table.h"

namespace kiosque::facets {

struct FacetValue {
  std::string value;  // what to show: "Vladimir Poutine", "2023-09", "fr"
  std::string key;    // what to filter on (name key for entities, else = value)
  std::size_t count = 0;
};

class FacetCounter : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(std::shared_ptr<const FacetTable> table);
  // Counts the values of `only` alone (empty: every facet): a search run
  // for some facets' counts (search/facet_selection.h) touches no others'.
  FacetCounter(std::shared_ptr<const FacetTable> table, const std::vector<Facet>& only);

  void operator()(const Xapian::Document& doc, double weight) override { count(doc.get_docid()); }
  // Counts one matching document: for matches read from an MSet, where the
  // spy cannot run (several shards, remote shards: shards/index_database.h).
  void count(Xapian::docid docid);
  std::string name() const override { return "Kiosque.FacetCounter"; }

  // Counts every article of the index at once: a search that matches all.
  void count_all();
  // Adds every article of the index, and takes back one that does not
  // match: a query matching most of the index costs its few non-matches
  // (search/posting_walk.h). Every article has a year value, so a docid
  // with no values is no article.
  void add_all();
  void uncount(Xapian::docid docid);
  // Adds the counts of `part`, counted over other documents of the same
  // table (one thread's share of a match: search/partitioned_match.h).
  // Counts are unsigned and wrap: a part that only took back non-matches
  // holds negative counts modulo 2^32, and the sum is still exact.
  void merge(const FacetCounter& part);
  // Adds `articles` matching documents counted elsewhere, and `count` to
  // value `id` (left out when this counter does not count its facet): a
  // shard's counts from its count server (shards/count_client.h).
  void add_documents(std::size_t articles) { documents_ += articles; }
  void add(FacetTable::Id id, std::uint32_t count) {
    if (counted(id)) counts_[id] += count;
  }

  // The `limit` most frequent values of `facet` (0: all), most frequent first,
  // ties by value; dates sort chronologically instead, undated last.
  std::vector<FacetValue> values(Facet facet, std::size_t limit) const;
  // The value of `facet` with this key; count 0 and no name when no match
  // has it.
  FacetValue value(Facet facet, std::string_view key) const;
  std::size_t documents() const { return documents_; }
  const std::shared_ptr<const FacetTable>& table() const { return table_; }
  // The facets counted, as the constructor took them (empty: all).
  const std::vector<Facet>& facets() const { return only_; }
  // An empty counter of the same facets.
  std::unique_ptr<FacetCounter> empty_copy() const;
  // Every value's count, by FacetTable id.
  const std::vector<std::uint32_t>& counts() const { return counts_; }

 private:
  // Whether value `id` is counted (in one of ranges_, when there are some).
  bool counted(FacetTable::Id id) const {
    for (auto [first, last] : ranges_)
      if (id >= first && id < last) return true;
    return ranges_.empty();
  }

  std::shared_ptr<const FacetTable> table_;
  std::vector<Facet> only_;
  std::vector<std::pair<FacetTable::Id, FacetTable::Id>> ranges_;  // counted ids; empty: all
  std::vector<std::uint32_t> counts_;  // by FacetTable id
  std::size_t documents_ = 0;
};

}  // namespace kiosque::facets
