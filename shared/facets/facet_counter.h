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

  void operator()(const Xapian::Document& doc, double weight) override { count(doc.get_docid()); }
  // Counts one matching document: for matches read from an MSet, where the
  // spy cannot run (several shards, remote shards: shards/index_database.h).
  void count(Xapian::docid docid);
  std::string name() const override { return "Kiosque.FacetCounter"; }

  // Counts every article of the index at once: a search that matches all.
  void count_all();

  // The `limit` most frequent values of `facet` (0: all), most frequent first,
  // ties by value; dates sort chronologically instead, undated last.
  std::vector<FacetValue> values(Facet facet, std::size_t limit) const;
  // The value of `facet` with this key; count 0 and no name when no match
  // has it.
  FacetValue value(Facet facet, std::string_view key) const;
  std::size_t documents() const { return documents_; }
  // Every value's count, by FacetTable id.
  const std::vector<std::uint32_t>& counts() const { return counts_; }

 private:
  std::shared_ptr<const FacetTable> table_;
  std::vector<std::uint32_t> counts_;  // by FacetTable id
  std::size_t documents_ = 0;
};

}  // namespace kiosque::facets
