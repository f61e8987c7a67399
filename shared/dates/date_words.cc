#include "dates/date_words.h"

namespace kiosque::dates {

namespace {

const DateWords kFrench = [] {
  DateWords w;
  w.months = {{"janvier", 1}, {"fevrier", 2}, {"mars", 3},  {"avril", 4},     {"mai", 5},
              {"juin", 6},    {"juillet", 7}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
              {"novembre", 11}, {"decembre", 12}};
  w.month_abbreviations = {{"janv", 1}, {"fevr", 2}, {"juil", 7}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  w.weekdays = {{"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3},
                {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6}};
  w.year_cues = {"en", "depuis", "des", "jusqu'en", "avant", "apres", "vers", "annee", "an", "de", "d", "a",
                 "entre", "et", "ou", "dans", "pour", "fin", "debut", "mi", "courant", "horizon", "printemps", "ete",
                 "automne", "hiver"};
  w.weak_year_cues = {"des", "de", "d", "a", "et", "ou", "pour", "dans", "entre"};
  w.plural_looking_words = {"dans", "sous", "mais", "puis", "alors", "apres", "depuis", "selon", "chez", "vers",
                            "pres", "plus", "moins", "tous", "toutes", "ans", "fois"};
  w.range_opens = {"du", "de", "entre", "d"};
  w.range_joins = {"au", "a", "et"};
  w.last_words = {"dernier", "derniere", "passe", "passee"};
  w.next_words = {"prochain", "prochaine"};
  w.relative_days = {{"hier", -1}, {"avant-hier", -2}, {"demain", 1}, {"apres-demain", 2}};
  w.month_words = {"mois"};
  w.year_words = {"an", "annee"};
  w.this_words = {"cette", "ce"};
  w.units = {"euros", "euro", "dollars", "francs", "livres", "habitants", "personnes", "metres", "m", "km",
             "kilometres", "kg", "tonnes", "litres", "hectares", "heures", "h", "minutes", "jours", "ans",
             "mois", "semaines", "salaries", "emplois", "postes", "morts", "deces", "victimes", "cas",
             "exemplaires", "voix", "points", "places", "logements", "eleves", "participants", "candidats",
             "manifestants", "vehicules", "voitures", "signatures", "foyers", "pieces", "pages", "kilos",
             "degres", "watts", "mw", "gw", "km/h", "pour", "fois", "spectateurs", "visiteurs", "agents",
             "policiers", "gendarmes", "soldats", "militaires", "lits", "patients", "naissances", "dossiers",
             "plaintes", "communes", "entreprises", "magasins", "km2", "m2", "bis"};
  w.future_words = {"va", "vont", "prochain", "prochaine", "doit", "doivent", "devrait", "devraient", "prevu",
                    "prevue", "prevus", "prevues"};
  w.future_endings = {"ra", "ront", "rons", "rez", "rai"};
  w.not_future_verbs = {"camera", "cameras", "opera", "operas", "extra", "ultra", "cholera", "mantra", "tiara",
                        "sierra", "agora", "viagra", "aura", "zebra", "contra", "vera"};
  w.past_words = {"a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eu", "dernier",
                  "dernière", "passé", "passée"};
  w.future_cues = {"jusqu", "partir", "ici", "compter", "pour", "prochain", "prochaine"};
  w.past_cues = {"depuis", "dernier", "derniere"};
  w.ordinal_suffixes = {"er", "re"};
  return w;
}();

const DateWords kEnglish = [] {
  DateWords w;
  w.months = {{"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},
              {"june", 6},    {"july", 7},     {"august", 8},    {"september", 9}, {"october", 10},
              {"november", 11}, {"december", 12}};
  w.month_abbreviations = {{"jan", 1}, {"feb", 2}, {"mar", 3},   {"apr", 4}, {"jun", 6},  {"jul", 7},
                           {"aug", 8}, {"sept", 9}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  w.weekdays = {{"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
                {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
  w.year_cues = {"in", "since", "until", "till", "by", "before", "after", "around", "year", "from", "of",
                 "between", "and", "or", "during", "early", "late", "mid", "spring", "summer", "autumn",
                 "winter", "to"};
  w.weak_year_cues = {"of", "and", "or", "to", "by", "from", "between"};
  w.plural_looking_words = {"was", "has", "as", "his", "its", "this", "thus", "plus", "is"};
  w.range_opens = {"from", "between"};
  w.range_joins = {"to", "and", "until"};
  w.last_words = {"last", "past"};
  w.next_words = {"next", "coming"};
  w.last_next_before = true;
  w.relative_days = {{"yesterday", -1}, {"tomorrow", 1}};
  w.month_words = {"month"};
  w.year_words = {"year"};
  w.this_words = {"this"};
  w.units = {"euros", "dollars", "pounds", "people", "residents", "inhabitants", "metres", "meters", "m", "km",
             "miles", "kg", "tonnes", "tons", "litres", "hectares", "hours", "minutes", "days", "years", "months",
             "weeks", "jobs", "employees", "deaths", "victims", "cases", "copies", "votes", "points", "seats",
             "homes", "pupils", "students", "participants", "candidates", "protesters", "vehicles", "cars",
             "signatures", "households", "pages", "degrees", "times", "troops", "soldiers", "police", "officers",
             "patients", "beds", "companies", "shops"};
  w.future_words = {"will", "next", "scheduled", "shall", "going", "due", "expected", "plans", "planned"};
  w.past_words = {"was", "were", "had", "did", "last", "ago", "since", "has", "have"};
  w.future_cues = {"until", "till", "by", "next", "from"};
  w.past_cues = {"since", "last"};
  w.month_day_order = true;
  w.ordinal_suffixes = {"st", "nd", "rd", "th"};
  return w;
}();

const DateWords kGerman = [] {
  DateWords w;
  w.months = {{"januar", 1}, {"janner", 1}, {"februar", 2}, {"marz", 3},       {"april", 4},
              {"mai", 5},    {"juni", 6},    {"juli", 7},     {"august", 8},    {"september", 9},
              {"oktober", 10}, {"november", 11}, {"dezember", 12}};
  w.month_abbreviations = {{"jan", 1}, {"feb", 2}, {"apr", 4}, {"aug", 8}, {"sept", 9}, {"okt", 10},
                           {"nov", 11}, {"dez", 12}};
  w.weekdays = {{"montag", 0}, {"dienstag", 1}, {"mittwoch", 2}, {"donnerstag", 3},
                {"freitag", 4}, {"samstag", 5}, {"sonnabend", 5}, {"sonntag", 6}};
  w.year_cues = {"im", "jahr", "jahre", "seit", "bis", "vor", "nach", "um", "ab", "von", "zwischen", "und",
                 "oder", "anfang", "ende", "mitte", "fruhjahr", "sommer", "herbst", "winter", "jahres"};
  w.weak_year_cues = {"von", "und", "oder", "um", "ab", "zwischen"};
  w.range_opens = {"vom", "von", "zwischen"};
  w.range_joins = {"bis", "zum", "und"};
  w.last_words = {"letzten", "letzte", "letztes", "vergangenen", "vergangene", "vergangenes", "vorigen",
                  "voriges", "vorige"};
  w.next_words = {"nachsten", "nachste", "nachstes", "kommenden", "kommende", "kommendes"};
  w.last_next_before = true;
  w.relative_days = {{"gestern", -1}, {"vorgestern", -2}, {"ubermorgen", 2}};
  w.month_words = {"monat", "monats"};
  w.year_words = {"jahr", "jahres"};
  w.this_words = {"dieses", "diesen"};
  w.units = {"euro", "dollar", "franken", "einwohner", "menschen", "personen", "meter", "m", "km", "kilometer",
             "kilo", "tonnen", "liter", "hektar", "stunden", "minuten", "tage", "jahre", "monate", "wochen",
             "stellen", "mitarbeiter", "tote", "opfer", "falle", "stimmen", "punkte", "platze", "wohnungen",
             "schuler", "teilnehmer", "fahrzeuge", "autos", "seiten", "grad", "mal", "soldaten", "polizisten"};
  w.future_words = {"wird", "werden", "soll", "sollen", "nachsten", "kommenden", "geplant"};
  w.past_words = {"war", "waren", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "letzten", "seit"};
  w.future_cues = {"bis", "ab", "kommenden", "nachsten"};
  w.past_cues = {"seit", "letzten", "vergangenen"};
  w.ordinal_suffixes = {};
  return w;
}();

}  // namespace

const DateWords* date_words(std::string_view language) {
  if (language == "fr" || language == "und" || language.empty()) return &kFrench;
  if (language == "en") return &kEnglish;
  if (language == "de") return &kGerman;
  return nullptr;
}

}  // namespace kiosque::dates
