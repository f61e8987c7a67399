// The document model: one news article as read from an archive, before
// analysis. Readers (archive/) produce it; the indexer turns it into a Xapian
// document; the stored copy (stored_document.h) is what search results show.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dates/calendar_date.h"
#include "entities/entity_type.h"

namespace kiosque {

// A publication date. Archives give a month ("2023-09") or a day ("2023-09-14").
struct PublicationDate {
  int year = 0;
  int month = 0;
  int day = 0;  // 0 when only the month is known

  // "2023-09" or "2023-09-14".
  std::string iso() const;
  // "20230914", or "20230900" for a month-only date: sorts chronologically.
  std::string sortable() const;

  // Parses "YYYY-MM" or "YYYY-MM-DD" (and, for JSON Lines, a longer ISO 8601
  // timestamp whose first ten characters are a day). nullopt when malformed or
  // out of range.
  static std::optional<PublicationDate> parse(const std::string& text);
};

enum class BlockKind { kParagraph, kHeading, kCaption };

struct TextBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
};

// A person, place or organisation of the story, under its canonical name.
struct NamedEntity {
  entities::EntityType type = entities::EntityType::kPerson;
  std::string name;  // canonical display name ("Vladimir Poutine")
  // Byte offsets [start, end) of each mention in body_text().
  std::vector<std::pair<std::size_t, std::size_t>> mentions;
  // Mentions in the title, which body_text() does not hold.
  std::size_t title_mentions = 0;

  std::size_t count() const { return mentions.size() + title_mentions; }
};

struct Article {
  std::string id;       // stable: path relative to the archive root, or JSON Lines "id"
  std::string title;    // given, or derived from the first sentence
  bool title_derived = false;
  std::optional<PublicationDate> date;
  std::string language;  // given (JSON Lines "lang"); empty until detected
  std::string url;
  std::string source;
  std::vector<TextBlock> blocks;
  // Photo credits removed from captions ("AFP / Jane Doe"): stored, never analysed
  // as the story's text, since a photographer is not part of the story.
  std::vector<std::string> credits;
  std::string content_hash;  // of the source bytes, see kContentHashSlot
  std::vector<NamedEntity> entities;  // filled by extraction, most mentioned first
  std::vector<dates::DateMention> mentioned_dates;  // dates/date_mentions.h, in the order found

  // All blocks joined by blank lines: the text entity offsets refer to.
  std::string body_text() const;
  // The byte range [start, end) of the first paragraph (the lead) in
  // body_text(); captions and headings before it are not the lead. {0, 0}
  // when there is no paragraph.
  std::pair<std::size_t, std::size_t> lead_range() const;

  // The separator body_text() puts between blocks.
  static constexpr std::string_view kBlockSeparator = "\n\n";
};

}  // namespace kiosque
