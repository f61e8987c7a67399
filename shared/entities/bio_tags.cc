#include "entities/bio_tags.h"

#include <cassert>

namespace kiosque::entities {

Tag begin_tag(EntityType type) { return static_cast<Tag>(1 + 2 * static_cast<int>(type)); }
Tag inside_tag(EntityType type) { return static_cast<Tag>(2 + 2 * static_cast<int>(type)); }
bool is_begin(Tag tag) { return tag != kOutside && tag % 2 == 1; }
bool is_inside(Tag tag) { return tag != kOutside && tag % 2 == 0; }

EntityType tag_entity_type(Tag tag) {
  assert(tag != kOutside && tag < kTagCount);
  return static_cast<EntityType>((tag - 1) / 2);
}

std::string tag_name(Tag tag) {
  if (tag == kOutside) return "O";
  return std::string(is_begin(tag) ? "B-" : "I-") + std::string(entity_type_code(tag_entity_type(tag)));
}

bool allowed_transition(int previous, Tag next) {
  if (!is_inside(next)) return true;
  if (previous == kNoTag || previous == kOutside) return false;
  return tag_entity_type(static_cast<Tag>(previous)) == tag_entity_type(next);
}

std::vector<Mention> mentions_from_tags(std::string_view text, const std::vector<NerToken>& tokens,
                                        const std::vector<Tag>& tags) {
  assert(tokens.size() == tags.size());
  std::vector<Mention> mentions;
  int previous = kNoTag;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    Tag tag = tags[i];
    if (tag == kOutside) {
      previous = tag;
      continue;
    }
    if (is_begin(tag) || !allowed_transition(previous, tag)) {
      mentions.push_back({tag_entity_type(tag), tokens[i].start, tokens[i].end, {}});
    } else {
      mentions.back().end = tokens[i].end;
    }
    previous = tag;
  }
  for (Mention& mention : mentions)
    mention.surface = std::string(text.substr(mention.start, mention.end - mention.start));
  return mentions;
}

}  // namespace kiosque::entities
