// The kinds of named entity the tagger finds, and their short names in
// evaluation files and model files ("PER", "LOC", "ORG").
#pragma once

#include <optional>
#include <string_view>

namespace kiosque::entities {

enum class EntityType { kPerson, kPlace, kOrganisation };

inline constexpr int kEntityTypeCount = 3;

// "PER", "LOC" or "ORG".
std::string_view entity_type_code(EntityType type);
// The inverse of entity_type_code(); nullopt for any other string ("MISC").
std::optional<EntityType> parse_entity_type(std::string_view code);

}  // namespace kiosque::entities
