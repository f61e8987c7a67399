// The words dates are written with, per language (French, English,
// German): month and weekday names, the words that introduce a year or a
// range, and the words that say a date is past or to come. Lower case,
// accents folded (analysis/normalize.h), as date_mentions.cc compares them.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace kiosque::dates {

struct DateWords {
  std::vector<std::pair<std::string_view, int>> months;    // name -> 1..12
  // Abbreviations, read only with their dot ("janv.", "Sept."): "sept" is also seven.
  std::vector<std::pair<std::string_view, int>> month_abbreviations;
  std::vector<std::pair<std::string_view, int>> weekdays;  // name -> 0 (Monday)..6
  // Words after which a number is a year: "en 1998", "depuis 2015".
  std::vector<std::string_view> year_cues;
  // Cues that are mostly something else ("des", "de"): a plural noun after
  // the number makes it a quantity ("des 1500 réfugiés"), except these
  // words that look plural ("dans", "puis").
  std::vector<std::string_view> weak_year_cues, plural_looking_words;
  // Words that open a range ("du", "entre") and join its ends ("au", "et").
  std::vector<std::string_view> range_opens, range_joins;
  // After a weekday, month or "year" word: the last one ("dernier") or the
  // next ("prochain"). Before it in English and German ("last Monday").
  std::vector<std::string_view> last_words, next_words;
  bool last_next_before = false;
  // Days named relative to the publication: "hier" -> -1.
  std::vector<std::pair<std::string_view, int>> relative_days;
  // The words for month and year ("le mois dernier", "l'an prochain").
  std::vector<std::string_view> month_words, year_words;
  // "cette année", "this year", "dieses Jahr": the publication's year.
  std::vector<std::string_view> this_words;
  // A number before these is a quantity, not a year: "2000 euros".
  std::vector<std::string_view> units;
  // Words that put a date in the future or the past, to place a day given
  // without its year ("aura lieu le 3 mai"): verbs (past ones as written,
  // French "a" not "à"), endings of the future tense, and the words right
  // before a date ("jusqu'au", "depuis le").
  std::vector<std::string_view> future_words, past_words, future_endings, not_future_verbs;
  std::vector<std::string_view> future_cues, past_cues;
  // Month before day: "July 14, 1789".
  bool month_day_order = false;
  // Day numbers written "14." (German) or "14th" (English) or "1er" (French).
  std::vector<std::string_view> ordinal_suffixes;
};

// The words of `language`; French for text of unknown language (archives
// are French first); nullptr for languages without date rules.
const DateWords* date_words(std::string_view language);

}  // namespace kiosque::dates
