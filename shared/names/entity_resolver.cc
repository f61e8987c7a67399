#include "names/entity_resolver.h"

#include "names/country_aliases.h"
#include "names/name_key.h"
#include "schema.h"

namespace kiosque {

EntityResolver::EntityResolver(Xapian::Database db) : db_(std::move(db)) {}

const AliasTable& EntityResolver::aliases() const {
  if (!aliases_) {
    aliases_.emplace();
    add_country_aliases(*aliases_);
    std::string text = db_.get_metadata(schema::kAliasesKey);
    if (!text.empty()) aliases_->parse(text, "index metadata");
  }
  return *aliases_;
}

namespace {

std::string_view entity_prefix(entities::EntityType type) {
  static const std::string_view kPrefixes[] = {schema::kPersonPrefix, schema::kPlacePrefix,
                                               schema::kOrganisationPrefix};
  return kPrefixes[static_cast<int>(type)];
}

}  // namespace

std::string EntityResolver::key(entities::EntityType type, const std::string& name) const {
  std::string key = name_key(name);
  if (db_.term_exists(schema::term(entity_prefix(type), key))) return key;
  if (auto canonical = aliases().canonical(type, name)) return name_key(*canonical);
  return key;  // matches nothing, which is the right answer
}

std::string EntityResolver::term(entities::EntityType type, const std::string& name) const {
  return schema::term(entity_prefix(type), key(type, name));
}

}  // namespace kiosque
