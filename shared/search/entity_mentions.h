// Where one entity stands in one stored article: how often it is named, in
// the title, in the first paragraph, and the words the text names it by.
// An article is mainly about the entity when the title names it, or when
// the first paragraph names it and the article does so kMainMentions times;
// the profile (entity_profile.h) lists those first.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace kiosque::search {

// Mentions (title and body) that, with one in the first paragraph, make an
// article mainly about the entity.
inline constexpr std::size_t kMainMentions = 3;

struct EntityMentions {
  std::size_t mentions = 0;        // in the body and the title
  std::size_t title_mentions = 0;
  bool in_lead = false;            // named in the first paragraph
  std::vector<std::string> forms;  // each body mention as written ("Macron", "Emmanuel Macron")

  bool in_title() const { return title_mentions > 0; }
  bool mainly_about() const { return in_title() || (in_lead && mentions >= kMainMentions); }
  // Orders articles mainly about the entity: mentions, with the title and
  // the first paragraph counting as a few more.
  std::size_t weight() const { return mentions + (in_title() ? 5 : 0) + (in_lead ? 3 : 0); }
};

// The mentions in `article` of its entities of `type` that `is_entity`
// accepts (given a stored entity's name), with the forms.
EntityMentions find_mentions(const Article& article, entities::EntityType type,
                             const std::function<bool(const std::string& name)>& is_entity);

// The same from an article's entity slot of that type (facets/entity_slot.h),
// the lines whose key `is_entity` accepts, without forms and without
// reading the stored article; nullopt when such a line has no mentions
// field (an index written before it).
std::optional<EntityMentions> slot_mentions(std::string_view slot,
                                            const std::function<bool(std::string_view key)>& is_entity);

}  // namespace kiosque::search
