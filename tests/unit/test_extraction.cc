// The entity extraction stage with the shipped model and aliases: each row
// is one rule (titles, coreference, aliases, acronyms, credits, particles).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "archive/text_article.h"
#include "article_entities.h"
#include "extraction/entity_extractor.h"
#include "extraction/model_paths.h"
#include "extraction/person_names.h"
#include "names/alias_table.h"
#include "names/name_key.h"

using namespace kiosque;
using entities::EntityType;

namespace {

const extraction::EntityExtractor& extractor() {
  static const extraction::EntityExtractor instance = extraction::EntityExtractor::load(
      std::string(KIOSQUE_TEST_MODELS_DIR) + "/ner-fr.model", {std::string(KIOSQUE_TEST_MODELS_DIR) + "/aliases.txt"});
  return instance;
}

Article article_of(const std::string& text, const std::string& language = "fr") {
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_text_article("date 2023-09 " + text, "t.txt", "t.txt", warnings);
  a.language = language;
  extractor().extract(a);
  return a;
}

std::map<std::string, std::size_t> mention_counts(const Article& a, EntityType type) {
  std::map<std::string, std::size_t> out;
  for (const NamedEntity& e : a.entities)
    if (e.type == type) out[e.name] = e.mentions.size();
  return out;
}

using Names = std::set<std::string>;

}  // namespace

TEST_CASE("titles are not part of names, and short mentions take the full name") {
  Article a = article_of(
      "Vladimir Poutine a reçu Kim Jong-un mardi. M. Kim a remercié M. Poutine pour son accueil.\n\n"
      "La ministre Catherine Colonna a réagi. Mme Colonna a demandé des explications.");
  CHECK(names_of(a, EntityType::kPerson) == Names{"Vladimir Poutine", "Kim Jong-un", "Catherine Colonna"});
  auto counts = mention_counts(a, EntityType::kPerson);
  CHECK(counts["Kim Jong-un"] == 2);
  CHECK(counts["Vladimir Poutine"] == 2);
  CHECK(counts["Catherine Colonna"] == 2);
}

TEST_CASE("a surname goes to the nearest full name before it, not to a namesake") {
  Article a = article_of(
      "En 2000, Kim Jong-il dirigeait le pays. M. Kim avait reçu le président russe.\n\n"
      "Aujourd'hui, Kim Jong-un lui a succédé. M. Kim a reçu un fusil.");
  auto counts = mention_counts(a, EntityType::kPerson);
  CHECK(counts["Kim Jong-il"] == 2);
  CHECK(counts["Kim Jong-un"] == 2);
  CHECK(counts.count("Kim") == 0);
}

TEST_CASE("mention offsets point into the body text") {
  Article a = article_of("Le ministre Sergueï Choïgou est arrivé à Pyongyang. Choïgou a rencontré Kim Jong-un.");
  std::string body = a.body_text();
  for (const NamedEntity& e : a.entities)
    for (auto [start, end] : e.mentions) {
      CAPTURE(e.name);
      std::string surface = body.substr(start, end - start);
      CHECK(e.name.find(surface) != std::string::npos);
    }
}

TEST_CASE("names in other languages and scripts take the French canonical form") {
  struct Row {
    const char* text;
    const char* language;
    const char* person;
    const char* place;
  };
  const Row rows[] = {
      {"President Vladimir Putin arrived in Moscow on Tuesday, the Kremlin said.", "en", "Vladimir Poutine", "Moscou"},
      {"Wladimir Putin empfing den Gast in Moskau.", "de", "Vladimir Poutine", "Moscou"},
      // Inflected names match by their stem in the article's language.
      {"Президент России Владимир Путин прибыл в Москву.", "ru", "Vladimir Poutine", "Moscou"},
      {"Встреча Путина прошла в Москве.", "ru", "Vladimir Poutine", "Moscou"},
      {"Le président Volodymyr Zelensky s'est rendu à Kyiv.", "fr", "Volodymyr Zelensky", "Kiev"},
      {"El presidente habló en España y en Alemania.", "es", nullptr, "Espagne"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    Article a = article_of(row.text, row.language);
    if (row.person) CHECK(names_of(a, EntityType::kPerson).count(row.person) == 1);
    if (row.place) CHECK(names_of(a, EntityType::kPlace).count(row.place) == 1);
  }
}

TEST_CASE("organisations in other languages take the French canonical form, inflected too") {
  struct Row {
    const char* text;
    const char* language;
    const char* organisation;
  };
  const Row rows[] = {
      // German adjectives inflect: every word of the name matches by its stem.
      {"Die Abgeordneten der Europäischen Union stimmten in Straßburg ab.", "de", "Union européenne"},
      {"Das Europäische Parlament bestätigte die Wahl am Donnerstag.", "de", "Parlement européen"},
      // A known name of several words is not part of the person the
      // French tagger sees around it in a German sentence.
      {"Ursula von der Leyen bleibt Präsidentin der Europäischen Kommission.", "de", "Commission européenne"},
      {"El Congreso de los Diputados votó el jueves en Madrid.", "es", "Congrès des députés"},
      {"Il governo di Fratelli d'Italia ha giurato al Quirinale.", "it", "Frères d'Italie"},
      // An acronym and its party are one organisation.
      {"Les députés du RN ont voté contre le texte du gouvernement.", "fr", "Rassemblement national"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    Article a = article_of(row.text, row.language);
    CHECK(names_of(a, EntityType::kOrganisation).count(row.organisation) == 1);
  }
}

TEST_CASE("places after elisions and prepositions") {
  Article a = article_of("L'aide à l'Ukraine a été votée. Le soutien d'Israël et la maire de Saint-Étienne ont suivi.");
  Names places = names_of(a, EntityType::kPlace);
  CHECK(places.count("Ukraine") == 1);
  CHECK(places.count("Israël") == 1);
  CHECK(places.count("Saint-Étienne") == 1);
}

TEST_CASE("organisations: a long form with its acronym is the acronym") {
  Article a = article_of(
      "L'Organisation des Nations unies (ONU) a lancé un appel. Le porte-parole de l'ONU a précisé les besoins.");
  Names orgs = names_of(a, EntityType::kOrganisation);
  CHECK(orgs.count("ONU") == 1);
  CHECK(orgs.count("Organisation des Nations unies") == 0);
  // The long form, the bracketed acronym and the later "l'ONU".
  CHECK(mention_counts(a, EntityType::kOrganisation)["ONU"] == 3);
}

TEST_CASE("organisations by cue words and acronyms") {
  Article a = article_of(
      "Le ministère de la Défense a confirmé l'information. L'Assemblée nationale a voté le texte. "
      "Les services du FSB ont ouvert une enquête.");
  Names orgs = names_of(a, EntityType::kOrganisation);
  CHECK(orgs.count("ministère de la Défense") == 1);
  CHECK(orgs.count("Assemblée nationale") == 1);
  CHECK(orgs.count("FSB") == 1);
}

TEST_CASE("a word or a name written in capitals is not an acronym") {
  // An old page's OCR and shouted lines: words and names in capitals.
  Article a = article_of("On trouve A VENDRE une maison. Les témoins SONT partis. Le notaire MARTIN signe à LYON. "
                         "La SNCF et l'ONU ont répondu.");
  Names orgs = names_of(a, EntityType::kOrganisation);
  CHECK(orgs.count("VENDRE") == 0);
  CHECK(orgs.count("SONT") == 0);
  CHECK(orgs.count("MARTIN") == 0);
  CHECK(orgs.count("LYON") == 0);
  CHECK(orgs.count("SNCF") == 1);
  CHECK(orgs.count("ONU") == 1);
  // In English "UN" is the United Nations, not the French article.
  CHECK(names_of(article_of("The UN Secretary-General visited Gaza.", "en"), EntityType::kOrganisation).count("ONU") == 1);
}

TEST_CASE("organisations named in apposition to their kind") {
  Article a = article_of("Au Parlement, le groupe Liot a déposé une motion. Selon l'ONG OVD-Info, mille personnes "
                         "ont été arrêtées.");
  Names orgs = names_of(a, EntityType::kOrganisation);
  CHECK(orgs.count("Liot") == 1);
  CHECK(orgs.count("OVD-Info") == 1);
  // A person after a kind of body is not the body's name.
  Article b = article_of("Le fondateur du groupe, Pierre Martin, a démissionné de la société Martin et fils.");
  CHECK(names_of(b, EntityType::kOrganisation).count("Pierre Martin") == 0);
}

TEST_CASE("photo credits and section headings are not entities") {
  Article a = article_of(
      "Le président Emmanuel Macron a visité l'usine de Belfort mardi.\n\n"
      "Ouvrir en mode plein écran Le président lors de sa visite. Photo : AFP / Ludovic Marin\n\n"
      "Visite à Belfort\n\n"
      "Il doit revenir en juin.");
  Names persons = names_of(a, EntityType::kPerson);
  CHECK(persons.count("Emmanuel Macron") == 1);
  CHECK(persons.count("Ludovic Marin") == 0);
  CHECK(mention_counts(a, EntityType::kPlace)["Belfort"] == 1);  // not the heading's
}

TEST_CASE("names split by particles stay whole") {
  Article a = article_of("La présidente Ursula von der Leyen a rencontré Marie-Claire de la Tour à Bruxelles.");
  Names persons = names_of(a, EntityType::kPerson);
  CHECK(persons.count("Ursula von der Leyen") == 1);
  CHECK(persons.count("Ursula") == 0);
  CHECK(persons.count("Leyen") == 0);
}

TEST_CASE("person title skipping") {
  struct Row {
    const char* mention;
    const char* name;
  };
  const Row rows[] = {
      {"M. Kim", "Kim"},
      {"Mme Dupont", "Dupont"},
      {"le président Emmanuel Macron", "Emmanuel Macron"},
      {"la ministre Catherine Colonna", "Catherine Colonna"},
      {"Le Pen", "Le Pen"},
      {"De Gaulle", "De Gaulle"},
      {"le porte-parole Dmitri Peskov", "Dmitri Peskov"},
  };
  for (const Row& row : rows) {
    std::string_view mention(row.mention);
    CHECK(std::string(mention.substr(extraction::skip_person_titles(mention))) == row.name);
  }
}

TEST_CASE("name keys ignore case, accents, hyphens, apostrophes and script") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row rows[] = {
      {"Sergueï Choïgou", "SERGUEI CHOIGOU"}, {"Kim Jong-un", "Kim Jong Un"}, {"N'Djamena", "N’Djamena"},
      {"Путин", "Putin"},                     {"Saint-Étienne", "saint etienne"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a);
    CHECK(names::name_key(row.a) == names::name_key(row.b));
  }
  CHECK(names::name_key("Putin") != names::name_key("Poutine"));
}

TEST_CASE("name keys: ASCII names (one pass) and others (ICU) give the same keys") {
  struct Row {
    const char* name;
    const char* key;
  };
  const Row rows[] = {
      {"Jean-Marie Le Pen", "jean marie le pen"},   {"  AT&T, Inc.  ", "at&t inc"},
      {"O'Brien", "o brien"},                       {"U.S.A.", "u s a"},
      {"Saint--Denis\t(93)", "saint denis (93)"},  {"ZOË", "zoe"},
      {"Zoe", "zoe"},                               {"N’Djamena", "n djamena"},
      {"N'Djamena", "n djamena"},                   {"", ""},
      {"- . ,", ""},                                {"Straße", "strasse"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(names::name_key(row.name) == row.key);
  }
}

TEST_CASE("alias files: later lines win, errors name file and line") {
  names::AliasTable table;
  table.parse("person  Vladimir Poutine | Putin\n# comment\n\nplace Kiev | Kyiv\n", "a.txt");
  CHECK(table.canonical(EntityType::kPerson, "PUTIN") == "Vladimir Poutine");
  CHECK(table.canonical(EntityType::kPerson, "Путин") == "Vladimir Poutine");
  CHECK(table.canonical(EntityType::kPlace, "kyiv") == "Kiev");
  CHECK_FALSE(table.canonical(EntityType::kPlace, "Putin"));
  table.parse("person  Wladimir Putin | Putin\n", "b.txt");
  CHECK(table.canonical(EntityType::kPerson, "Putin") == "Wladimir Putin");
  CHECK_THROWS_WITH_AS(table.parse("person A | B\nplanet Mars\n", "c.txt"), doctest::Contains("c.txt:2:"),
                       std::runtime_error);
  CHECK_THROWS_WITH_AS(table.load("/nonexistent/aliases.txt"), doctest::Contains("/nonexistent/aliases.txt"),
                       std::runtime_error);
}

TEST_CASE("a person introduced with a role is mentioned by that role later") {
  struct Row {
    const char* text;
    const char* person;
    std::size_t mentions;
  };
  const Row rows[] = {
      {"Le président russe, Vladimir Poutine, a reçu son hôte. Le président russe a ensuite parlé.", "Vladimir Poutine",
       2},
      {"Sergueï Choïgou, le ministre de la Défense, est arrivé. Selon le ministre de la Défense, tout va bien.",
       "Sergueï Choïgou", 2},
      {"Le porte-parole du Kremlin Dmitri Peskov a démenti. Le porte-parole du Kremlin a ajouté un mot.",
       "Dmitri Peskov", 2},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(mention_counts(article_of(row.text), EntityType::kPerson)[row.person] == row.mentions);
  }
  // A role given to two people in one article refers to neither.
  Article a = article_of(
      "Le ministre, Jean Martin, a parlé. Le ministre, Paul Girard, a répondu. Le ministre a conclu.");
  auto counts = mention_counts(a, EntityType::kPerson);
  CHECK(counts["Jean Martin"] == 1);
  CHECK(counts["Paul Girard"] == 1);
}

TEST_CASE("places by a lower-case cue word: landmarks keep it, territories are their name") {
  Article a = article_of(
      "Les navires traversent la mer Noire. Le cortège a gagné la place de la Concorde. "
      "Dans la ville d'Adré, les réfugiés affluent.");
  Names places = names_of(a, EntityType::kPlace);
  CHECK(places.count("mer Noire") == 1);
  CHECK(places.count("place de la Concorde") == 1);
  CHECK(places.count("Adré") == 1);
  CHECK(places.count("ville d'Adré") == 0);
}

TEST_CASE("a list of towns is of places, whatever the tagger reads in one of them") {
  // What `kiosque index` loads: the model and every default list of names.
  static const extraction::EntityExtractor shipped =
      extraction::EntityExtractor::load(std::string(KIOSQUE_TEST_MODELS_DIR) + "/ner-fr.model", extraction::default_alias_paths());
  // Read as one article: the tagger weighs its context.
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_text_article(
      "date 2023-09 La mesure est déjà appliquée dans plusieurs villes comme Nice, Rennes, Lille et Brest. La "
      "porte-parole du ministère, Agnès von der Mühll, a répondu. Le chanteur Natty Gong était présent. Il anime "
      "\"Nouvelle Star\" depuis deux ans, face à Cyril Hanouna. La chaîne a programmé The Young and the Restless "
      "le matin. Le constructeur prépare une Hypercar pour 2022.",
      "t.txt", "t.txt", warnings);
  a.language = "fr";
  shipped.extract(a);
  const std::set<std::string> persons = names_of(a, EntityType::kPerson);
  CHECK_FALSE(persons.count("Nice"));
  CHECK(names_of(a, EntityType::kPlace).count("Nice"));
  CHECK(persons.count("Cyril Hanouna"));
}
