// Dates an article talks about, apart from the date it was published: "le
// 14 juillet 1789", "14/07/1789", "en mars 2019", "depuis 2015", "du 3 au 5
// juin", and dates said relative to the publication ("hier", "lundi
// dernier", "le 3 mai", "l'an dernier"), resolved against it and marked as
// inferred.
//
// French first, English and German on the same rules with their own words
// (date_words.cc). A bare number is never a year: "3000 euros", "2019
// habitants", "le vol 1789" are not dates; a year needs a word that
// introduces one ("en", "depuis", "in", "seit"...), a month, or a day.
//
// Precision over recall: what the rules cannot read as one date (a season,
// "fin 2018", "les années 1980", "la semaine prochaine") is left out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "dates/calendar_date.h"

namespace kiosque::dates {

// The dates mentioned in `text`, in order, for an article of `language`
// published on `published` (relative dates need its day, or its month for
// a month or a year; without it they are left out).
std::vector<DateMention> find_date_mentions(std::string_view text, std::string_view language,
                                            const std::optional<PublicationDate>& published);

// Fills article.mentioned_dates from its title and its text.
void find_mentioned_dates(Article& article);

}  // namespace kiosque::dates
