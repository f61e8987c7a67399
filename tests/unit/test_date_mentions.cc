// Dates mentioned in the text (dates/date_mentions.h): one hard case per
// row, written for the test. The figures on real articles come from
// tests/eval/dates/.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates/date_mentions.h"

using namespace kiosque;

namespace {

// "value" or "value~" (inferred) of each date found, in order.
std::vector<std::string> dates_in(const std::string& text, const std::string& published = "2019-05-14",
                               const std::string& language = "fr") {
  std::vector<std::string> out;
  for (const dates::DateMention& m : dates::find_date_mentions(text, language, PublicationDate::parse(published)))
    out.push_back(m.value() + (m.inferred ? "~" : ""));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("absolute dates: day, month, year") {
  struct Row {
    const char* text;
    V expected;
  };
  const Row rows[] = {
      {"La Bastille est prise le 14 juillet 1789 au matin.", {"1789-07-14"}},
      {"Le décret du 1er mai 2016 entre en vigueur.", {"2016-05-01"}},
      {"Signé le 14/07/1789 à Paris.", {"1789-07-14"}},
      {"Le mardi 3 mars 2020, la séance est levée.", {"2020-03-03"}},
      {"Le chantier a commencé en mars 2019.", {"2019-03"}},
      {"Elle vit à Lyon depuis 2015 et y enseigne.", {"2015"}},
      {"La loi de 1905 sépare les Églises et l'État.", {"1905"}},
      {"Jusqu'en 2005, la ligne était ouverte.", {"2005"}},
      {"Le festival aura lieu du 3 au 5 juin 2021.", {"2021-06-03..2021-06-05"}},
      {"La guerre dure de 1914 à 1918 sur ce front.", {"1914..1918"}},
      {"Il a été maire entre 2001 et 2014.", {"2001..2014"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(dates_in(row.text) == row.expected);
  }
}

TEST_CASE("accented date words read alike in every article") {
  // Folding a word with an accent is memoised per thread: the second pass
  // reads each word from the memo, the capitalised one under its own key.
  for (int pass = 0; pass < 2; ++pass) {
    CAPTURE(pass);
    CHECK(dates_in("Le 1er février 2016, la loi change.") == V{"2016-02-01"});
    CHECK(dates_in("Le 15 AOÛT 1945, la foule envahit les rues.") == V{"1945-08-15"});
    CHECK(dates_in("Le 15 août 1945, la foule envahit les rues.") == V{"1945-08-15"});
    CHECK(dates_in("Il est élu le 3 décembre 2018 à Lyon.") == V{"2018-12-03"});
  }
}

TEST_CASE("numbers that are not dates") {
  for (const char* text : {"La prime atteint 3000 euros par an.", "La commune compte 2019 habitants.",
                           "Le coureur a bouclé les 1500 mètres.", "Rendez-vous à 20 h 15 devant la mairie.",
                           "L'article 49.3 a été utilisé.", "Le vol 1789 a été annulé.",
                           "Des 1500 réfugiés, la moitié sont partis.", "Le score final est de 2-1.",
                           "Le planète Mars brille ce soir."}) {
    CAPTURE(text);
    CHECK(dates_in(text).empty());
  }
}

TEST_CASE("relative dates are resolved against the publication and marked") {
  // Published Tuesday 14 May 2019.
  CHECK(dates_in("Hier, le conseil a voté le budget.") == V{"2019-05-13~"});
  CHECK(dates_in("Il est arrivé lundi dernier à Brest.") == V{"2019-05-13~"});
  CHECK(dates_in("La réunion aura lieu mardi prochain.") == V{"2019-05-21~"});
  CHECK(dates_in("Le salon aura lieu le 3 juin.") == V{"2019-06-03~"});
  CHECK(dates_in("La grève a eu lieu le 3 mai, sans incident.") == V{"2019-05-03~"});
  CHECK(dates_in("La crue de décembre a été forte ; le 28 décembre, la digue a cédé.") == V{"2018-12-28~"});
  CHECK(dates_in("Les ventes ont baissé l'an dernier.") == V{"2018~"});
  CHECK(dates_in("Le prix a augmenté le mois dernier.") == V{"2019-04~"});
  CHECK(dates_in("Le club a été fondé en mai dernier.") == V{"2018-05~"});
  // A weekday alone: the last one in the past, the next one to come; "ce"
  // names the publication's week; "de ... à ..." a range of days.
  CHECK(dates_in("Le ministre a annoncé jeudi un plan.") == V{"2019-05-09~"});
  CHECK(dates_in("Le ministre se rendra jeudi à Lille.") == V{"2019-05-16~"});
  CHECK(dates_in("La réunion de ce jeudi est annulée.") == V{"2019-05-16~"});
  CHECK(dates_in("Les orages ont frappé dans la nuit de dimanche à lundi.") == V{"2019-05-12..2019-05-13~"});
  // The words just before a date weigh more than the sentence's verb.
  CHECK(dates_in("Le couvre-feu a été prolongé jusqu'au 2 mai.", "2019-04-20") == V{"2019-05-02~"});
  // A range across months, the year written once.
  CHECK(dates_in("L'exposition se tient du 31 août au 13 septembre 2020.") == V{"2020-08-31..2020-09-13"});
  CHECK(dates_in("Les travaux ont duré de novembre 2018 à mars 2019.") == V{"2018-11..2019-03"});
  // Without a publication day, a day cannot be placed; a month can.
  CHECK(dates_in("Il est arrivé hier.", "2019-05").empty());
  CHECK(dates_in("Les ventes ont baissé l'an dernier.", "2019-05") == V{"2018~"});
}

TEST_CASE("English and German dates") {
  CHECK(dates_in("The treaty was signed on July 14, 1789 in Paris.", "2019-05-14", "en") == V{"1789-07-14"});
  CHECK(dates_in("It was signed on 14 July 1789.", "2019-05-14", "en") == V{"1789-07-14"});
  CHECK(dates_in("She has lived there since 2015.", "2019-05-14", "en") == V{"2015"});
  CHECK(dates_in("He arrived last Monday.", "2019-05-14", "en") == V{"2019-05-13~"});
  CHECK(dates_in("You may win 2000 dollars.", "2019-05-14", "en").empty());
  CHECK(dates_in("Der Vertrag wurde am 14. Juli 1789 unterzeichnet.", "2019-05-14", "de") == V{"1789-07-14"});
  CHECK(dates_in("Im März 2019 begann der Bau.", "2019-05-14", "de") == V{"2019-03"});
  CHECK(dates_in("Er kam gestern an.", "2019-05-14", "de") == V{"2019-05-13~"});
}

TEST_CASE("calendar dates parse and print") {
  CHECK(dates::parse_calendar_date("1789-07-14")->iso() == "1789-07-14");
  CHECK(dates::parse_calendar_date("1789")->precision() == dates::DatePrecision::kYear);
  CHECK_FALSE(dates::parse_calendar_date("2019-02-30"));
  CHECK_FALSE(dates::parse_calendar_date("2019-13"));
  CHECK_FALSE(dates::parse_calendar_date("19"));
}
