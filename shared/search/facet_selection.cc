#include "search/facet_selection.h"

#include <algorithm>

namespace kiosque {

namespace {

bool is_date(Facet facet) { return facet == Facet::kYear || facet == Facet::kMonth || facet == Facet::kDay; }

// The entity filter of `facet`, or nullptr (SearchRequest, const or not).
template <typename Request>
auto entity_selection(Request& request, Facet facet) -> decltype(&request.persons) {
  switch (facet) {
    case Facet::kPerson: return &request.persons;
    case Facet::kPlace: return &request.places;
    case Facet::kOrganisation: return &request.organisations;
    default: return nullptr;
  }
}

entities::EntityType entity_type(Facet facet) {
  return facet == Facet::kPlace          ? entities::EntityType::kPlace
         : facet == Facet::kOrganisation ? entities::EntityType::kOrganisation
                                         : entities::EntityType::kPerson;
}

bool disjunctive(const SearchRequest& request, Facet facet) {
  if (!has_selection(request, facet)) return false;
  return entity_selection(request, facet) ? request.entity_match == EntityMatch::kAny : true;
}

// `request` without the selection of `facet`, counting every value.
SearchRequest without_selection(const SearchRequest& request, Facet facet) {
  SearchRequest out = request;
  if (auto* names = entity_selection(out, facet)) names->clear();
  if (facet == Facet::kLanguage) out.languages.clear();
  if (is_date(facet)) out.from.clear(), out.to.clear();
  out.offset = out.limit = 0;
  out.facets = true;
  out.match_all_when_empty = true;
  out.suggest = false;
  return out;
}

// First and last YYYYMMDD of "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when
// it is none of these ("undated").
std::pair<std::string, std::string> period(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digits += c;
    else if (c != '-')
      return {};
  }
  if (digits.size() == 4) return {digits + "0000", digits + "9999"};
  if (digits.size() == 6) return {digits + "00", digits + "99"};
  if (digits.size() == 8) return {digits, digits};
  return {};
}

bool date_selected(const SearchRequest& request, const std::string& value) {
  if (request.from.empty() && request.to.empty()) return false;
  auto [first, last] = period(value);
  std::string from = request.from.empty() ? "00000000" : period(request.from).first;
  std::string to = request.to.empty() ? "99999999" : period(request.to).second;
  if (first.empty() || from.empty() || to.empty()) return false;
  return from <= first && last <= to;
}

// (key, name as given) of each selected value of an entity or language facet.
std::vector<std::pair<std::string, std::string>> selected_keys(Searcher& searcher, const SearchRequest& request,
                                                               Facet facet) {
  std::vector<std::pair<std::string, std::string>> keys;
  if (const auto* names = entity_selection(request, facet))
    for (const std::string& name : *names) keys.emplace_back(searcher.entity_key(entity_type(facet), name), name);
  if (facet == Facet::kLanguage)
    for (const std::string& code : request.languages) keys.emplace_back(code, code);
  return keys;
}

}  // namespace

bool has_selection(const SearchRequest& request, Facet facet) {
  if (const auto* names = entity_selection(request, facet)) return !names->empty();
  if (facet == Facet::kLanguage) return !request.languages.empty();
  return !request.from.empty() || !request.to.empty();
}

FacetChoices facet_choices(Searcher& searcher, const SearchRequest& request, const SearchResults& main,
                           const std::vector<Facet>& facets, std::size_t limit) {
  std::map<Facet, SearchResults> unselected;  // by selection: person, place, org, lang, year (all dates)
  FacetChoices out;
  for (Facet facet : facets) {
    const SearchResults* source = &main;
    if (disjunctive(request, facet)) {
      Facet group = is_date(facet) ? Facet::kYear : facet;
      auto it = unselected.find(group);
      if (it == unselected.end()) it = unselected.emplace(group, searcher.search(without_selection(request, facet))).first;
      source = &it->second;
    }
    auto values = source->facets.find(facet);
    std::vector<std::pair<std::string, std::string>> keys = selected_keys(searcher, request, facet);
    std::vector<FacetChoice>& choices = out[facet];
    std::size_t listed = 0;
    if (values != source->facets.end()) {
      for (const FacetValue& v : values->second) {
        bool selected = is_date(facet) ? date_selected(request, v.key)
                                       : std::any_of(keys.begin(), keys.end(), [&](const auto& k) { return k.first == v.key; });
        if (is_date(facet) || limit == 0 || listed < limit || selected) choices.push_back({v.value, v.key, v.count, selected});
        ++listed;
      }
    }
    // Selected values past the lists: their own count, or 0 under the name
    // the request gave.
    for (const auto& [key, name] : keys) {
      bool present = std::any_of(choices.begin(), choices.end(), [&key = key](const FacetChoice& c) { return c.key == key; });
      if (present) continue;
      FacetValue value = source->facet_counts ? source->facet_counts->value(facet, key) : FacetValue{{}, key, 0};
      choices.push_back({value.count ? value.value : name, key, value.count, true});
    }
  }
  return out;
}

}  // namespace kiosque
