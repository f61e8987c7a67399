#include "names/entity_resolver.h"

#include "names/country_aliases.h"
#include "names/name_key.h"
#include "schema.h"

namespace kiosque::names {

EntityResolver::EntityResolver(Xapian::Database db, SurnameSource surnames)
    : db_(std::move(db)), surnames_(std::move(surnames)) {}

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
  if (!db_.term_exists(schema::term(entity_prefix(type), key)))
    if (auto canonical = aliases().canonical(type, name)) key = name_key(*canonical);
  if (type != entities::EntityType::kPerson || !surnames_) return key;
  // A surname, indexed alone or not, that one full name dominates.
  std::shared_ptr<const SurnameResolution> surnames = surnames_();
  if (auto full = surnames->full_name(key)) return std::string(*full);
  return key;
}

Xapian::Query EntityResolver::query(entities::EntityType type, const std::string& name) const {
  const std::string_view prefix = entity_prefix(type);
  std::string resolved = key(type, name);
  Xapian::Query own(schema::term(prefix, resolved));
  if (type != entities::EntityType::kPerson || !surnames_) return own;
  const std::vector<std::string>& surnames = surnames_()->indexed_surnames(resolved);
  if (surnames.empty()) return own;
  std::vector<Xapian::Query> terms = {own};
  for (const std::string& surname : surnames) terms.emplace_back(schema::term(prefix, surname));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

bool EntityResolver::known(entities::EntityType type, const std::string& name) const {
  // A resolved surname's full name is always indexed: its term decides.
  return db_.term_exists(schema::term(entity_prefix(type), key(type, name)));
}

}  // namespace kiosque::names
