// Exact facet counts over the whole match set: a Xapian match spy that sees
// every matching document (the searcher asks for check_at_least = all) and
// counts its entities, language and date. An article with five persons
// counts once for each of them.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "facets/facet.h"

namespace kiosque {

struct FacetValue {
  std::string value;  // what to show: "Vladimir Poutine", "2023-09", "fr"
  std::string key;    // what to filter on (name key for entities, else = value)
  std::size_t count = 0;
};

// The value counted for articles without a date, in year, month and day.
inline constexpr const char* kUndatedValue = "undated";

class FacetCounter : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "Kiosque.FacetCounter"; }

  // The `limit` most frequent values of `facet` (0: all), most frequent first,
  // ties by value; dates sort chronologically instead.
  std::vector<FacetValue> values(Facet facet, std::size_t limit) const;
  // Number of distinct values of `facet`.
  std::size_t distinct(Facet facet) const { return counts_[static_cast<std::size_t>(facet)].size(); }
  std::size_t documents() const { return documents_; }

 private:
  struct Tally {
    std::size_t count = 0;
    // Spellings seen for this key and how often ("Assemblée nationale" /
    // "Assemblée Nationale"); few per key.
    std::vector<std::pair<std::string, std::size_t>> spellings;
  };
  void add(Facet facet, std::string_view key, std::string_view display);

  std::array<std::unordered_map<std::string, Tally>, kAllFacets.size()> counts_;
  std::size_t documents_ = 0;
};

}  // namespace kiosque
