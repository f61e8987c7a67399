// The key under which a name is indexed and compared: the same for every
// spelling of one name that differs only in case, accents, script, hyphens or
// apostrophes. "Sergueï Choïgou", "SERGUEI CHOIGOU" -> "serguei choigou";
// "Kim Jong-un" -> "kim jong un"; "Путин" -> "putin" (ICU Any-Latin).
//
// Different languages' spellings ("Putin", "Poutine") have different keys:
// the alias table (alias_table.h) joins those.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosque::names {

std::string name_key(std::string_view name);

// The words of a name or a key, between white space: "Kim Jong-un" -> "Kim",
// "Jong-un". Views into `name`.
std::vector<std::string_view> space_words(std::string_view name);

}  // namespace kiosque::names
