// Aliases: the spellings of one entity across languages and scripts, mapped
// to one canonical display name (French first: "Putin", "Путин" and
// "Wladimir Putin" are all "Vladimir Poutine").
//
// File format, UTF-8, one entity per line:
//
//   # comment
//   person  Vladimir Poutine | Putin | Wladimir Putin | Vladimir Putin
//   place   Kiev | Kyiv | Kyjiw
//   org     ONU | Organisation des Nations unies | UN | United Nations
//
// The type (person, place, org), then the canonical name, then its aliases,
// separated by '|'. Matching uses name keys (name_key.h), so case, accents,
// hyphens and scripts do not matter ("Путин" matches "Putin"). A later line
// wins over an earlier one for the same alias, so a user's file given with
// `kiosque index --aliases FILE` overrides the defaults.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "entities/entity_type.h"

namespace kiosque::names {

class AliasTable {
 public:
  // Adds the lines of `path`; throws std::runtime_error naming the file and
  // line of the first malformed line, or an unreadable file.
  void load(const std::string& path);
  // Adds the lines of `text` (what load() reads); `origin` names it in errors.
  void parse(const std::string& text, const std::string& origin);
  // Adds one entity: `canonical` and each alias map to `canonical`.
  void add(entities::EntityType type, const std::string& canonical, const std::string& alias);

  // The canonical name for `name`, if it is a known alias (or canonical name).
  std::optional<std::string> canonical(entities::EntityType type, const std::string& name) const;

  // The types this name is known as (an alias or canonical name of), with
  // the canonical name for each.
  std::vector<std::pair<entities::EntityType, std::string>> lookup_any(const std::string& name) const;

  // Calls f(type, key, canonical) for every alias.
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [typed_key, canonical] : table_)
      f(static_cast<entities::EntityType>(typed_key[0] - '0'), std::string_view(typed_key).substr(1), canonical);
  }

  // Calls f(type, alias as written, canonical) for every alias added.
  template <typename F>
  void for_each_alias(F&& f) const {
    for (const auto& [type, alias, canonical] : written_) f(type, alias, canonical);
  }

  std::size_t size() const { return table_.size(); }

 private:
  std::unordered_map<std::string, std::string> table_;  // type code + key -> canonical
  std::vector<std::tuple<entities::EntityType, std::string, std::string>> written_;  // as added
};

}  // namespace kiosque::names
