// Names as users write them, resolved to the entity terms of one index:
// "Putin", "Путин" and "vladimir poutine" all become the person term of
// "Vladimir Poutine". Shared by the search filters (--person) and the query
// fields (person:), so that both find the same articles.
//
// Resolution: the name's own key if the index has it, else its canonical name
// in the alias table (ICU country names, plus the aliases the index was built
// with, from its metadata), else the name's own key, which matches nothing.
// The alias table is built on first need: it costs a good part of a second
// of ICU work, which a search without entity filters should not pay.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "entities/entity_type.h"
#include "names/alias_table.h"

namespace kiosque {

class EntityResolver {
 public:
  // Reads the alias table stored in `db`'s metadata (schema::kAliasesKey).
  explicit EntityResolver(Xapian::Database db);
  // Without an index: every name resolves to its own key (no aliases).
  EntityResolver() = default;

  // The entity key (names/name_key.h) `name` resolves to as a `type`:
  // "Putin" -> "vladimir poutine".
  std::string key(entities::EntityType type, const std::string& name) const;
  // The boolean term (schema::kPersonPrefix...) for `name` as a `type`.
  std::string term(entities::EntityType type, const std::string& name) const;

 private:
  const AliasTable& aliases() const;

  Xapian::Database db_;
  mutable std::optional<AliasTable> aliases_;
};

}  // namespace kiosque
