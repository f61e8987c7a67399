#include "facets/facet_counter.h"

#include <algorithm>

#include "facets/entity_slot.h"
#include "schema.h"

namespace kiosque {

namespace {

std::size_t non_ascii_bytes(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Between spellings of one key, show the most frequent, then the accented
// one ("Sergueï Choïgou" over "Serguei Choigou"), then the first in
// code-point order: the choice does not depend on the order documents are
// seen in.
const std::string& best_spelling(const std::vector<std::pair<std::string, std::size_t>>& spellings) {
  const auto* best = &spellings.front();
  for (const auto& candidate : spellings) {
    if (candidate.second != best->second) {
      if (candidate.second > best->second) best = &candidate;
      continue;
    }
    std::size_t a = non_ascii_bytes(candidate.first), b = non_ascii_bytes(best->first);
    if (a != b ? a > b : candidate.first < best->first) best = &candidate;
  }
  return best->first;
}

// Spellings kept per key: enough for case and accent variants.
constexpr std::size_t kMaxSpellings = 8;

bool is_date_facet(Facet facet) { return facet == Facet::kYear || facet == Facet::kMonth || facet == Facet::kDay; }

}  // namespace

void FacetCounter::add(Facet facet, std::string_view key, std::string_view display) {
  Tally& tally = counts_[static_cast<std::size_t>(facet)][std::string(key)];
  ++tally.count;
  for (auto& [spelling, count] : tally.spellings)
    if (spelling == display) {
      ++count;
      return;
    }
  if (tally.spellings.size() < kMaxSpellings) tally.spellings.emplace_back(display, 1);
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  ++documents_;
  const std::pair<Facet, Xapian::valueno> entity_slots[] = {{Facet::kPerson, schema::kPersonsSlot},
                                                             {Facet::kPlace, schema::kPlacesSlot},
                                                             {Facet::kOrganisation, schema::kOrganisationsSlot}};
  for (auto [facet, slot] : entity_slots) {
    std::string value = doc.get_value(slot);
    for_each_entity_in_slot(value, [&, facet = facet](std::string_view key, std::string_view name) { add(facet, key, name); });
  }
  std::string language = doc.get_value(schema::kLanguageSlot);
  if (!language.empty()) add(Facet::kLanguage, language, language);

  std::string date = doc.get_value(schema::kDateSlot);  // YYYYMMDD, DD = 00 for a month
  if (date.size() != 8) {
    for (Facet facet : {Facet::kYear, Facet::kMonth, Facet::kDay}) add(facet, kUndatedValue, kUndatedValue);
    return;
  }
  std::string year = date.substr(0, 4), month = year + "-" + date.substr(4, 2);
  add(Facet::kYear, year, year);
  add(Facet::kMonth, month, month);
  if (date.compare(6, 2, "00") != 0) {
    std::string day = month + "-" + date.substr(6, 2);
    add(Facet::kDay, day, day);
  }
}

std::vector<FacetValue> FacetCounter::values(Facet facet, std::size_t limit) const {
  std::vector<FacetValue> out;
  for (const auto& [key, tally] : counts_[static_cast<std::size_t>(facet)])
    out.push_back({best_spelling(tally.spellings), key, tally.count});
  if (is_date_facet(facet)) {
    // Chronological, undated last.
    std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
      bool au = a.key == kUndatedValue, bu = b.key == kUndatedValue;
      return au != bu ? bu : a.key < b.key;
    });
  } else {
    std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
  }
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace kiosque
