// Mentions of a person by role: "le président russe" is Vladimir Poutine in
// an article that introduces him as "le président russe, Vladimir Poutine",
// "Vladimir Poutine, le président russe," or "le président russe Vladimir
// Poutine". Every later "le président russe" alone then counts as a mention
// of him. A role given to two people in the article refers to neither.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosque::extraction {

struct NamedSpan {
  std::size_t start = 0, end = 0;  // byte offsets of the name in the text
  std::string person;              // the person's full name
};

// The role mentions of the persons in `names` (text order), as spans of the
// role phrase without its article.
std::vector<NamedSpan> find_role_mentions(std::string_view text, const std::vector<NamedSpan>& names);

}  // namespace kiosque::extraction
