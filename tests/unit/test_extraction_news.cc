// Entity rules for the way real news misleads a tagger: demonyms and party
// words before names, doubled words, codes and models, common words that
// equal a known name, regional editions of media, institutions named after
// their town, the title. One hard case per row, written for the test.
#include <doctest/doctest.h>

#include <memory>
#include <set>

#include "entities/tagger.h"
#include "extraction/candidate_types.h"
#include "article_entities.h"
#include "extraction/entity_extractor.h"
#include "extraction/mention_checks.h"
#include "extraction/mention_edits.h"
#include "names/alias_table.h"
#include "names/country_aliases.h"
#include "names/name_key.h"

using namespace kiosque;
using entities::EntityType;

namespace {

const entities::Tagger& tagger() {
  static const entities::Tagger instance = entities::Tagger::load(std::string(KIOSQUE_TEST_MODELS_DIR) + "/ner-fr.model");
  return instance;
}

const extraction::MentionChecks& checks() {
  static const extraction::MentionChecks instance(tagger().model().gazetteer);
  return instance;
}

// The shipped model with ICU's countries and a few names made up for the test.
const extraction::EntityExtractor& extractor() {
  static const extraction::EntityExtractor instance = [] {
    auto aliases = std::make_shared<names::AliasTable>();
    add_country_aliases(*aliases);
    aliases->parse(
        "place  Séoul | Seoul\n"
        "org    Radio Azur\n"
        "org    Vellano | Vellano Automobili\n"
        "org    Quotidien du Vent | Le Quotidien du Vent\n"
        "org    La Brise\n"
        "org    Gazette | Die Gazette\n"
        "place  États-Unis | US\n"
        "place  Somme\n"
        "place  Moscou | Moskau\n"
        "place  Vienne | Wien\n"
        "place  Landes\n",
        "test");
    extraction::EntityExtractor::WordLists words;
    for (const char* name : {"La Brise", "Gazette", "Die Gazette"}) words.wordlike[names::name_key(name)].push_back(name);
    words.not_entities = {"christmas", "tour de france", "april"};
    words.common_words["en"] = {"most", "apple"};
    words.common_words["de"] = {"landes", "seine"};
    words.titles = {"prime", "minister", "foreign", "secretary"};
    words.title_suffixes = {"ministerin", "prasident"};
    words.brands = {"vellano"};
    return extraction::EntityExtractor(tagger(), aliases, words);
  }();
  return instance;
}

Article article(const std::string& body, const std::string& title = "", const std::string& language = "fr") {
  Article a;
  a.id = "t";
  a.title = title;
  a.title_derived = title.empty();
  a.language = language;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = std::min(body.find("\n\n", start), body.size());
    a.blocks.push_back({BlockKind::kParagraph, body.substr(start, end - start)});
    start = end + 2;
  }
  extractor().extract(a);
  return a;
}

bool has(const Article& a, EntityType type, const std::string& name) { return names_of(a, type).count(name) > 0; }

bool named_anywhere(const Article& a, const std::string& name) {
  for (const NamedEntity& e : a.entities)
    if (e.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("dictionary words in front of a person's name are not part of it") {
  struct Row {
    std::string mention, name;
  };
  const Row rows[] = {
      {"Américains Scott Kelvin", "Scott Kelvin"},        // demonym, plural
      {"Républicains Paul Verdier", "Paul Verdier"},      // party members
      {"Britannique Oliver Brandt", "Oliver Brandt"},     // demonym, adjective ending
      {"Iris Dumontel", "Iris Dumontel"},                 // a flower, and a first name
      {"Rose Berthier", "Rose Berthier"},                 // same
      {"Laurent Berger", "Laurent Berger"},               // a surname that is a word
  };
  for (const Row& row : rows) {
    CAPTURE(row.mention);
    CHECK(row.mention.substr(checks().leading_common_words(row.mention)) == row.name);
  }
}

TEST_CASE("common words, inflected, are told from names and places") {
  struct Row {
    std::string word;
    bool common;
  };
  const Row rows[] = {{"Libanais", true}, {"Niçoises", true}, {"Hospitalisé", true}, {"Santé", true},
                      {"Paris", false},   {"Rose", false},    {"Berlin", false},     {"Kherson", false}};
  for (const Row& row : rows) {
    CAPTURE(row.word);
    CHECK(checks().is_common_word(row.word) == row.common);
  }
}

TEST_CASE("only inflected forms of common words are never surnames") {
  for (const char* word : {"Hospitalisé", "Américains", "Libanaises"}) CHECK(checks().is_inflected_word(word));
  for (const char* word : {"Berger", "Hidalgo", "Paris", "Marchand"}) CHECK_FALSE(checks().is_inflected_word(word));
}

TEST_CASE("span edits: doubled words, particles after titles, codes") {
  std::string doubled = "selon Laurent Berger Berger hier";
  CHECK(extraction::end_without_doubled_word(doubled, 6, 27) == 20);
  std::string single = "selon Jean Berger hier";
  CHECK(extraction::end_without_doubled_word(single, 6, 17) == 17);

  std::string general = "le général de Gaulle";
  CHECK(extraction::start_with_particle(general, general.find("Gaulle")) == general.find("de Gaulle"));
  std::string party = "le parti de Macron";
  CHECK(extraction::start_with_particle(party, party.find("Macron")) == party.find("Macron"));
  std::string mister = "M. de Villepin";
  CHECK(extraction::start_with_particle(mister, mister.find("Villepin")) == 3);
  std::string minister = "un ministre de Sarkozy";
  CHECK(extraction::start_with_particle(minister, minister.find("Sarkozy")) == minister.find("Sarkozy"));

  for (const char* code : {"K20Z3", "V8", "A3", "ACH130"}) CHECK(extraction::is_code(code));
  for (const char* word : {"ONU", "Renault", "2023", "Jean-Paul"}) CHECK_FALSE(extraction::is_code(word));
}

TEST_CASE("a known name equal to a common word is not matched where a sentence starts") {
  Article a = article("Seul le résultat compte. Elle vit à Séoul depuis deux ans.");
  REQUIRE(has(a, EntityType::kPlace, "Séoul"));
  for (const NamedEntity& e : a.entities)
    if (e.name == "Séoul") CHECK(e.count() == 1);
}

TEST_CASE("a regional edition is one organisation, not a place inside it") {
  Article a = article("L'information a été donnée mardi par Radio Azur Bretagne, qui cite la préfecture.");
  CHECK(has(a, EntityType::kOrganisation, "Radio Azur Bretagne"));
  CHECK_FALSE(has(a, EntityType::kPlace, "Bretagne"));
}

TEST_CASE("the word after a company's name is a product, not an entity") {
  Article a = article(
      "La nouvelle Vellano Tempesta sera présentée à Genève. La Tempesta atteint 320 km/h, selon Vellano.");
  CHECK(has(a, EntityType::kOrganisation, "Vellano"));
  CHECK_FALSE(named_anywhere(a, "Tempesta"));
  CHECK_FALSE(named_anywhere(a, "Vellano Tempesta"));
}

TEST_CASE("institutions named after their town are organisations") {
  Article a = article(
      "Le parquet de Rennes a ouvert une enquête. La victime a été transportée au CHU de Brest, "
      "puis à l'hôpital Necker.");
  CHECK(has(a, EntityType::kOrganisation, "parquet de Rennes"));
  CHECK(has(a, EntityType::kOrganisation, "CHU de Brest"));
  CHECK(has(a, EntityType::kOrganisation, "hôpital Necker"));
}

TEST_CASE("a place after an article is not a person") {
  Article a = article("Le préfet de l'Hérault avait alors déposé un recours devant le tribunal.");
  CHECK_FALSE(has(a, EntityType::kPerson, "Hérault"));
}

TEST_CASE("a name glued to the next sentence by scraping comes out clean") {
  Article a = article("Le ministre Édouard FabreCette semaine, le gouvernement a présenté son budget.");
  CHECK(has(a, EntityType::kPerson, "Édouard Fabre"));
  CHECK_FALSE(named_anywhere(a, "Édouard FabreCette"));
}

TEST_CASE("abbreviations of things are not organisations") {
  Article a = article("Le SUV (NDLR : le modèle hybride) consomme peu, selon le Quotidien du Vent.");
  CHECK_FALSE(named_anywhere(a, "NDLR"));
  CHECK_FALSE(named_anywhere(a, "SUV"));
  CHECK(has(a, EntityType::kOrganisation, "Quotidien du Vent"));
}

TEST_CASE("the title is read for entities, its mentions counted apart from the body's") {
  Article a = article("La passation aura lieu lundi à Lyon, a indiqué le club.", "Jeanne Rivaud quitte la présidence");
  REQUIRE(has(a, EntityType::kPerson, "Jeanne Rivaud"));
  for (const NamedEntity& e : a.entities)
    if (e.name == "Jeanne Rivaud") {
      CHECK(e.title_mentions == 1);
      CHECK(e.mentions.empty());
    }
  // Body offsets stay offsets into body_text().
  std::string body = a.body_text();
  for (const NamedEntity& e : a.entities)
    for (auto [start, end] : e.mentions) CHECK(body.substr(start, end - start) == "Lyon");
}

TEST_CASE("a title in Title Case is not read for entities") {
  Article a = article("Prices went up again this week.", "Oil Prices Rise Again In Asian Trading", "en");
  CHECK_FALSE(named_anywhere(a, "Oil Prices Rise Again In Asian Trading"));
  CHECK_FALSE(named_anywhere(a, "Asian Trading"));
}

TEST_CASE("a name that is also a word is matched only with its capitals, and after an article of its own") {
  Article a = article("Selon la Brise, la brise du soir a soufflé sur la ville. La brise est tombée.");
  for (const NamedEntity& e : a.entities)
    if (e.name == "La Brise") CHECK(e.count() == 1);
  CHECK(has(a, EntityType::kOrganisation, "La Brise"));
  Article words_only = article("La brise du soir a soufflé sur la ville.");
  CHECK_FALSE(named_anywhere(words_only, "La Brise"));
}

TEST_CASE("in German, a one-word name that is also a noun is not matched") {
  Article a = article("Der Bürgermeister las die Gazette am Morgen.", "", "de");
  CHECK_FALSE(named_anywhere(a, "Gazette"));
}

TEST_CASE("titles of other languages stay out of names") {
  Article de = article("Gestern sagte Innenministerin Johanna Weber in Wien, die Lage sei ernst.", "", "de");
  CHECK(has(de, EntityType::kPerson, "Johanna Weber"));
  Article en = article("Yesterday Prime Minister Tony Harcourt said the talks would go on.", "", "en");
  CHECK(has(en, EntityType::kPerson, "Tony Harcourt"));
  // The tagger may cut the title off as a name of its own: nothing to join.
  Article cut = article("The talks ended, Foreign Secretary Jack Straw said on Monday.", "", "en");
  CHECK(has(cut, EntityType::kPerson, "Jack Straw"));
  CHECK_FALSE(named_anywhere(cut, "Secretary Jack Straw"));
}

TEST_CASE("outside French, words never names and common words opening a sentence are dropped") {
  Article a = article("Most analysts expect sales to rise before Christmas. Shoppers in the US spent more.", "", "en");
  CHECK_FALSE(named_anywhere(a, "Most"));
  CHECK_FALSE(named_anywhere(a, "Christmas"));
  CHECK(has(a, EntityType::kPlace, "États-Unis"));
}

TEST_CASE("names ending like a company's are organisations; words after 'les modèles' are products") {
  Article a = article("Le constructeur Brandt Motor Company présente les modèles Ventoso et Tempesta GT3 à Genève.");
  CHECK(has(a, EntityType::kOrganisation, "Brandt Motor Company"));
  CHECK_FALSE(named_anywhere(a, "Ventoso"));
  CHECK_FALSE(named_anywhere(a, "Tempesta GT3"));
}

TEST_CASE("events are not organisations or places") {
  Article a = article("Le Festival de Cannes ouvrira mardi. Le Tour de France partira de Brest, puis le Salon de "
                      "l'agriculture accueillera Jeanne Rivaud.");
  CHECK_FALSE(named_anywhere(a, "Festival de Cannes"));
  CHECK_FALSE(named_anywhere(a, "Tour de France"));
  CHECK_FALSE(named_anywhere(a, "Salon de l'agriculture"));
  CHECK(has(a, EntityType::kPerson, "Jeanne Rivaud"));
}

TEST_CASE("titles of works in quotation marks and names of vessels are not entities") {
  Article a = article("Les fans de « Rivage Noir » attendent la saison 3, tandis que \"The Silent Harbour\" s'arrête. "
                      "Le cargo Marelune a accosté à Brest, a dit « Jeanne Rivaud nous a prévenus ».");
  CHECK_FALSE(named_anywhere(a, "Rivage Noir"));
  CHECK_FALSE(named_anywhere(a, "Silent Harbour"));
  CHECK_FALSE(named_anywhere(a, "Marelune"));
  CHECK(has(a, EntityType::kPlace, "Brest"));
}

TEST_CASE("quoted titles: a few capitalised words; quoted speech keeps its names") {
  std::string title = "la série « Game of Thrones » reprend";
  CHECK(extraction::is_quoted_title(title, title.find("Game"), title.find(" »")));
  std::string speech = "il a dit « Jeanne Rivaud nous a trahis » hier";
  CHECK_FALSE(extraction::is_quoted_title(speech, speech.find("Jeanne"), speech.find(" nous")));
  std::string plain = "selon Jeanne Rivaud, rien";
  CHECK_FALSE(extraction::is_quoted_title(plain, plain.find("Jeanne"), plain.find(",")));
}

TEST_CASE("a name coordinated with a known organisation is an organisation") {
  // Orange is a town of the place lists, and a company.
  Article a = article("Selon un sondage réalisé pour Orange et le Quotidien du Vent, Brest et Rennes votent à gauche.");
  CHECK(has(a, EntityType::kOrganisation, "Quotidien du Vent"));
  CHECK(has(a, EntityType::kOrganisation, "Orange"));
  CHECK_FALSE(has(a, EntityType::kOrganisation, "Brest"));
}

TEST_CASE("a point of the compass that situates something else is not a place") {
  Article a = article("Il vit dans le Nord de l'Italie depuis 2010, puis à Tourcoing (Nord).");
  for (const NamedEntity& e : a.entities)
    if (e.name == "Nord") CHECK(e.count() == 1);
}

TEST_CASE("in an inflecting language a one-word name matches its own inflections, not words sharing its stem") {
  Article a = article("Im Sommer reiste der Kanzler nach Moskau.", "", "de");
  CHECK_FALSE(named_anywhere(a, "Somme"));
  CHECK(has(a, EntityType::kPlace, "Moscou"));
}

TEST_CASE("a date or a town's adjective in front of a noun is no person") {
  // The tagger reads both as persons.
  Article a = article("Die Bauarbeiten beginnen Anfang April in Graz. Die Wiener Linien haben den Betrieb eingestellt.",
                      "", "de");
  CHECK_FALSE(has(a, EntityType::kPerson, "Anfang April"));
  CHECK_FALSE(has(a, EntityType::kPerson, "Wiener Linien"));
}

TEST_CASE("outside French, a demonym or a possessive before a name is not a first name") {
  Article a = article("In the final, Russia's Irina Volkova beat Swede Anna Berglund in three sets.", "", "en");
  CHECK(has(a, EntityType::kPerson, "Irina Volkova"));
  CHECK(has(a, EntityType::kPerson, "Anna Berglund"));
  CHECK_FALSE(named_anywhere(a, "Russia's Irina Volkova"));
  CHECK_FALSE(named_anywhere(a, "Swede Anna Berglund"));
}

TEST_CASE("in German, whose nouns are capitalised, a known name that is a common word is not matched") {
  Article a = article("Die Reform des Landes kommt. Seine Partei stimmt zu, sagte er in Wien.", "", "de");
  CHECK_FALSE(named_anywhere(a, "Landes"));
  CHECK_FALSE(named_anywhere(a, "Seine"));
  CHECK(has(a, EntityType::kPlace, "Vienne"));
}

TEST_CASE("a demonym is not the country another language spells the same") {
  // "Australien" is Australia in German (ICU's country names), an
  // Australian in French.
  Article a = article("Le tireur est un Australien de 28 ans, arrêté à Brest.");
  CHECK_FALSE(has(a, EntityType::kPlace, "Australie"));
  Article de = article("Er reiste im Mai nach Australien.", "", "de");
  CHECK(has(de, EntityType::kPlace, "Australie"));
}

TEST_CASE("a minister's portfolio is no organisation; an article and a known place is the place") {
  std::string text = "le ministre de l'Action et des Comptes publics a parlé";
  CHECK(extraction::is_portfolio(text, text.find("Action")));
  std::string senate = "le président du Sénat a parlé";
  CHECK_FALSE(extraction::is_portfolio(senate, senate.find("Sénat")));
  std::vector<extraction::Candidate> found = {{EntityType::kOrganisation, 0, 9, "La France", ""}};
  names::AliasTable aliases;
  add_country_aliases(aliases);
  retype_places_after_articles("La France a lancé un plan.", aliases, checks(), found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].type == EntityType::kPlace);
  CHECK(found[0].surface == "France");
}

TEST_CASE("a demonym alone is no person") {
  for (const char* word : {"Chinois", "Américaines", "Socialiste"}) CHECK(checks().is_demonym(word));
  for (const char* word : {"Rose", "Berger", "Paris", "Macron"}) CHECK_FALSE(checks().is_demonym(word));
  Article a = article("Sur le podium, le Chinois a devancé Paul Verdier de deux secondes.");
  CHECK_FALSE(has(a, EntityType::kPerson, "Chinois"));
  CHECK(has(a, EntityType::kPerson, "Paul Verdier"));
}

TEST_CASE("a person's name given to a thing is no person") {
  struct Row {
    std::string text, name;
    bool thing;
  };
  const Row rows[] = {
      {"Ils ont visité la tour Eiffel hier.", "Eiffel", true},
      {"Elle a été soignée à l'hôpital Necker.", "Necker", true},
      {"Il a reçu le prix Goncourt.", "Goncourt", true},
      {"Il souffre de la maladie d'Alzheimer.", "Alzheimer", true},
      {"La loi Macron a été votée.", "Macron", false},
      {"Selon Jeanne Rivaud, rien.", "Jeanne Rivaud", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(extraction::names_a_thing(row.text, row.text.find(row.name)) == row.thing);
  }
}

TEST_CASE("a list of names is of one type: the known names' type") {
  // Two known organisations, then a name no list knows.
  Article firms = article("Le fonds détient des parts de Vellano, Radio Azur et Korvane depuis 2019.");
  CHECK(has(firms, EntityType::kOrganisation, "Korvane"));
  CHECK_FALSE(has(firms, EntityType::kPerson, "Korvane"));
}

TEST_CASE("a first name takes the von or van particles and the name after them") {
  Article a = article("Il a été reçu au ministère des Affaires étrangères Claire von der Heyden en personne.");
  CHECK(has(a, EntityType::kPerson, "Claire von der Heyden"));
  CHECK(has(a, EntityType::kOrganisation, "ministère des Affaires étrangères"));
}

TEST_CASE("outside English, a name after the English article is a title's word") {
  std::string show = "la chaîne diffuse The Young and the Restless";
  CHECK(extraction::after_english_article(show, show.find("Young"), "fr"));
  CHECK(extraction::after_english_article(show, show.find("Young"), "de"));
  CHECK_FALSE(extraction::after_english_article(show, show.find("Young"), "en"));
  std::string name = "selon Neil Young, rien";
  CHECK_FALSE(extraction::after_english_article(name, name.find("Young"), "fr"));
  std::string glued = "SoThe Young";  // a whole word only
  CHECK_FALSE(extraction::after_english_article(glued, glued.find("Young"), "fr"));
}

TEST_CASE("an organisation's name ends where a person's name follows it") {
  Article a = article("Le projet est défendu par la mairie de Brest Paul Kerjean depuis hier, sans vote.");
  CHECK(has(a, EntityType::kOrganisation, "mairie de Brest"));
  CHECK(has(a, EntityType::kPerson, "Paul Kerjean"));
  // A body named after a person keeps the name: its first name opens it.
  Article named = article("Les étudiants de l'Université Claude Bernard Lyon ont manifesté.");
  CHECK(has(named, EntityType::kOrganisation, "Université Claude Bernard Lyon"));
}
