// Names as users write them, resolved to the entity terms of one index:
// "Putin", "Путин" and "vladimir poutine" all become the person term of
// "Vladimir Poutine". Shared by the search filters (--person) and the query
// fields (person:), so that both find the same articles.
//
// Resolution: the name's own key if the index has it, else its canonical name
// in the alias table (ICU country names, plus the aliases the index was built
// with, from its metadata), else, for a person, the full name its surname
// resolves to (names/surname_resolution.h: "Valls" -> "Manuel Valls"), else
// the name's own key, which matches nothing. A person's key that is a
// resolved surname then becomes its full name's ("Sarkozy" -> "nicolas
// sarkozy"), and a filter on that person matches the full name's term or
// any of its surnames' (the facet table counts them as one value: the same
// articles).
//
// The alias table is built on first need: it costs a good part of a second
// of ICU work, which a search without entity filters should not pay. The
// surname resolution comes from the index's facet table, asked for only when
// a person name is resolved.
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "entities/entity_type.h"
#include "names/alias_table.h"
#include "names/surname_resolution.h"

namespace kiosque::names {

class EntityResolver {
 public:
  // The surname resolution of the index's current revision.
  using SurnameSource = std::function<std::shared_ptr<const SurnameResolution>()>;

  // Reads the alias table stored in `db`'s metadata (schema::kAliasesKey);
  // persons' surnames resolve through `surnames` when given.
  explicit EntityResolver(Xapian::Database db, SurnameSource surnames = {});
  // Without an index: every name resolves to its own key (no aliases).
  EntityResolver() = default;

  // The entity key (names/name_key.h) `name` resolves to as a `type`:
  // "Putin" -> "vladimir poutine", "Sarkozy" -> "nicolas sarkozy".
  std::string key(entities::EntityType type, const std::string& name) const;
  // The boolean filter for `name` as a `type`: its key's term
  // (schema::kPersonPrefix...), or with the terms of the surnames resolved
  // to it.
  Xapian::Query query(entities::EntityType type, const std::string& name) const;
  // Whether some article of the index has the entity `name` resolves to.
  bool known(entities::EntityType type, const std::string& name) const;
  // The alias table names resolve through.
  const AliasTable& aliases() const;

 private:

  Xapian::Database db_;
  SurnameSource surnames_;
  mutable std::optional<AliasTable> aliases_;
};

}  // namespace kiosque::names
