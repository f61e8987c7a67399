// Person names inside one article: titles are not part of a name, and a
// short mention ("M. Kim", "Poutine", "Le Pen") is the person introduced in
// full in the same article ("Kim Jong-un", "Vladimir Poutine", "Marine Le
// Pen") - the nearest one before it, so that "Kim" after "Kim Jong-il" is
// Kim Jong-il, not Kim Jong-un.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosque::extraction {

// `name` without leading titles and functions ("M.", "Mme", "Dr",
// "président", "la ministre"...). Returns the byte offset where the name
// starts in `name` (name.size() if nothing is left).
std::size_t skip_person_titles(std::string_view name);

// Whether `word` joins the parts of a person's name: "Ursula von der
// Leyen", "Marie-Claire de la Tour", "Ibn al-Khattab".
bool is_name_particle(std::string_view word);

// Whether `word` is a title or function that comes before names ("M.",
// "ministre", "porte-parole").
bool is_person_title(std::string_view word);

struct PersonMention {
  std::size_t start = 0, end = 0;  // byte offsets in the article text
  std::string surface;             // the name as written, titles removed
};

// Groups mentions (in text order) into persons. Returns, for each mention,
// the index of the mention that names its person in full (itself when it
// is the fullest form).
std::vector<std::size_t> resolve_person_mentions(const std::vector<PersonMention>& mentions);

}  // namespace kiosque::extraction
