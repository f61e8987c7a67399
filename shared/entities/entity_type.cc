#include "entities/entity_type.h"

namespace kiosque::entities {

namespace {

struct TypeCode {
  EntityType type;
  std::string_view code;
};

constexpr TypeCode kTypeCodes[] = {
    {EntityType::kPerson, "PER"},
    {EntityType::kPlace, "LOC"},
    {EntityType::kOrganisation, "ORG"},
};

}  // namespace

std::string_view entity_type_code(EntityType type) {
  for (const TypeCode& entry : kTypeCodes)
    if (entry.type == type) return entry.code;
  return "?";
}

std::optional<EntityType> parse_entity_type(std::string_view code) {
  for (const TypeCode& entry : kTypeCodes)
    if (entry.code == code) return entry.type;
  return std::nullopt;
}

}  // namespace kiosque::entities
