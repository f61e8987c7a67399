#include "extraction/organisation_names.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>
#include <unordered_set>

#include "analysis/stopwords.h"

namespace kiosque::extraction {

namespace {

using entities::NerToken;
using entities::TokenKind;

// Cue words that start an organisation's name only when capitalised (in lower
// case they are common nouns: "le front", "un rassemblement").
const std::unordered_set<std::string>& capitalised_cues() {
  static const std::unordered_set<std::string> kCues = {
      "front", "rassemblement", "mouvement", "alliance", "ligue", "fonds", "fondation", "organisation",
      "confederation", "federation", "autorite", "haute", "agence", "direction", "armee", "senat", "parlement",
      "conseil", "cour", "banque", "grand", "caisse", "centre", "observatoire", "prefecture", "ambassade",
      "mairie", "musee", "hopital", "lycee", "college", "eglise", "etat"};
  return kCues;
}

// Institutions named after their town, in lower case or as an acronym:
// "parquet de Paris", "mairie de Béziers", "CHU de Reims". Like a lower-case
// cue of the model's list, they need a named complement.
const std::unordered_set<std::string>& institution_cues() {
  static const std::unordered_set<std::string> kCues = {
      "parquet", "mairie", "prefecture", "hopital", "commissariat", "gendarmerie", "rectorat", "consulat",
      "ambassade", "chu", "chr", "tgi", "iut", "police", "equipe"};
  return kCues;
}

// Common nouns that name an organisation's kind right before its name, in
// apposition: "le groupe Liot", "l'ONG OVD-Info", "la société Renault".
const std::unordered_set<std::string>& apposition_cues() {
  static const std::unordered_set<std::string> kCues = {
      "groupe", "parti", "coalition", "alliance", "mouvement", "syndicat", "association", "ong", "societe",
      "entreprise", "compagnie", "constructeur", "operateur", "banque", "club", "formation", "collectif",
      "federation", "confederation", "fondation", "agence", "laboratoire", "cabinet", "assureur", "fabricant",
      "distributeur", "editeur", "equipementier", "armateur", "transporteur", "geant", "firme", "start-up"};
  return kCues;
}

// Abbreviations of things, not bodies.
const std::unordered_set<std::string>& non_organisation_acronyms() {
  static const std::unordered_set<std::string> kAcronyms = {
      "pib", "tva", "pdg", "sms", "adn", "vih", "sida", "covid", "rer", "tgv", "hlm", "cdi", "cdd", "smic",
      "jo", "uv", "ivg", "pma", "qg", "ogm", "ue", "ok", "tv", "usb", "gps", "pc", "ia", "ai", "km", "kg",
      "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiv", "xv", "xvi", "xx", "xxi", "ht", "ttc",
      "rsa", "apl", "ehpad", "bac", "cp", "ce", "cm", "usa", "urss", "rdc", "rca", "gaz", "sa", "sas", "ter",
      "ong", "ngo", "gdp", "ceo", "bip", "mwh", "kwh", "gw", "mw", "co2", "4x4", "tnt", "faq", "mm", "eu", "on",
      // editors' notes, products and techniques, diplomas, taxes and
      // benefits, medical terms, kinds of vehicles and media
      "ndlr", "suv", "led", "lcd", "sdf", "avc", "pv", "gt", "cv", "dvd", "cd", "mp3", "hiv", "gmt", "mp", "pme",
      "tpe", "eti", "vtc", "hd", "vip", "ssd", "rib", "bts", "bep", "dut", "rtt", "isf", "csg", "crds", "rgpd",
      "btp", "ovni", "sos", "sras", "lgbt", "lgbtq", "lgbti", "gpa", "pacs", "ist", "oqtf", "pcr", "ffp2", "irm",
      "rip", "wc", "tv5", "ttc", "qi", "ado", "ados", "bd", "pv", "ddhc", "dj", "mc", "ok", "bio", "cb", "hlm",
      "gpl", "vtt", "atv", "abs", "esp", "gps", "nfc", "wifi", "ram", "cpu", "gpu", "api", "url", "pdf", "dna",
      "ufo"};
  return kAcronyms;
}

bool is_preposition(const std::string& folded) {
  return folded == "de" || folded == "du" || folded == "des" || folded == "d'" || folded == "de la" ||
         folded == "pour" || folded == "sur" || folded == "la" || folded == "l'" || folded == "le" ||
         folded == "les" || folded == "et";
}

// French adjective endings: "nationale", "communiste", "constitutionnel",
// in the plural too ("sociales", "étrangères").
bool looks_like_adjective(std::string_view folded) {
  static const char* const kEndings[] = {"al", "ale", "aux", "el", "elle", "ien", "ienne", "ais", "aise",
                                         "ois", "oise", "ique", "aire", "if", "ive", "iste", "ain", "aine",
                                         "ee", "eur", "rice", "ard", "ier", "iere", "ere"};
  if (folded.size() < 4 || folded == "hier") return false;  // (an adverb with an adjective's ending)
  if (folded.back() == 's' && folded.substr(folded.size() - 3) != "ais" && folded.substr(folded.size() - 3) != "ois")
    folded.remove_suffix(1);
  for (const char* ending : kEndings) {
    std::string_view e(ending);
    if (folded.size() > e.size() && folded.substr(folded.size() - e.size()) == e) return true;
  }
  return false;
}

struct Word {
  std::string_view text;
  const std::string& folded() const { return *folded_form; }
  const std::string* folded_form = nullptr;  // the token's TokenForms::folded
  entities::GazetteerMask lists = 0;         // the token's TokenForms::lists
  bool capitalised = false, all_caps = false, is_word = false;
  std::size_t start = 0, end = 0;
};

std::vector<Word> read_words(std::string_view text, const std::vector<NerToken>& tokens,
                             const entities::TokenForms& forms) {
  std::vector<Word> words;
  words.reserve(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const NerToken& t = tokens[k];
    Word w;
    w.text = t.in(text);
    w.start = t.start;
    w.end = t.end;
    w.is_word = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    w.folded_form = &forms.folded[k];
    w.lists = forms.lists[k];
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(w.text.data(), i, static_cast<int32_t>(w.text.size()), c);
    w.capitalised = c >= 0 && u_isupper(c);
    // Capitals and digits only, at least two capitals or a capital and a
    // digit: "FSB", "G7", not "L'" or "A".
    int capitals = 0, digits = 0;
    bool other = false;
    for (char ch : w.text) {
      if (ch >= 'A' && ch <= 'Z')
        ++capitals;
      else if (ch >= '0' && ch <= '9')
        ++digits;
      else if (ch != '-')
        other = true;
    }
    w.all_caps = !other && (capitals >= 2 || (capitals == 1 && digits > 0 && w.text[0] >= 'A'));
    words.push_back(std::move(w));
  }
  return words;
}

// Whether the words around i are written in capitals (a heading, a slogan).
bool in_capitals_run(const std::vector<Word>& words, std::size_t i) {
  auto caps = [&](std::size_t j) { return words[j].is_word && words[j].all_caps && words[j].text.size() > 1; };
  return (i > 0 && caps(i - 1)) || (i + 1 < words.size() && caps(i + 1));
}

// A word in capitals in French text that is a word or a name rather than
// an acronym: "SONT", "VENDRE" in a shouted or OCR'd line, "PERNET", "VALAIS"
// in a list of names. Known acronyms (ONU, SNCF) are kept, and so are short
// ones that are also rare words (AS, PP).
// `lists`: the gazetteer's lists of the word (Gazetteer::lists_of()).
bool shouted_word(const std::string& folded, std::size_t bytes, entities::GazetteerMask lists) {
  using entities::GazetteerList;
  using entities::list_bit;
  if (analysis::is_stopword("fr", folded)) return true;
  if (bytes < 4 || (lists & list_bit(GazetteerList::kCapitalisedNoun))) return false;
  return lists & (list_bit(GazetteerList::kCommonWord) | list_bit(GazetteerList::kPlace) |
                  list_bit(GazetteerList::kFirstName) | list_bit(GazetteerList::kSurname));
}

}  // namespace

bool is_generic_body(std::string_view word) {
  if (word.find(' ') != std::string_view::npos) return false;
  static const std::unordered_set<std::string> kGeneric = {
      "etat", "etats", "empire", "gouvernement", "republique", "parlement", "conseil", "union", "banque",
      "assemblee", "commission", "ministere", "tribunal", "cour", "parti", "agence", "federation", "senat",
      "administration", "armee", "police", "justice", "prefecture", "mairie", "region", "departement", "ville",
      "commune", "eglise", "universite", "societe", "compagnie", "groupe", "comite", "syndicat", "association"};
  return kGeneric.count(entities::fold_for_gazetteer(word)) > 0;
}

bool is_word_in_capitals(std::string_view word, const entities::Gazetteer& gazetteer) {
  if (word.empty() || word.find_first_of(" -'") != std::string_view::npos) return false;
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0 || u_islower(c)) return false;
  }
  const std::string folded = entities::fold_for_gazetteer(word);
  return shouted_word(folded, word.size(), gazetteer.lists_of(entities::gazetteer_token_key(folded)));
}

bool ends_like_organisation(std::string_view name) {
  static const std::unordered_set<std::string> kEndings = {
      "company", "companies", "corporation", "corp", "group", "groupe", "holding", "holdings", "motors", "motor",
      "airlines", "airline", "airways", "bank", "industries", "technologies", "technology", "systems",
      "solutions", "pharma", "pharmaceuticals", "inc", "ltd", "plc", "gmbh", "sa", "sas", "sarl", "llc",
      "helicopters", "aviation", "automobiles", "croisieres", "cruises", "assurances", "insurance", "energies",
      "telecom", "telecoms", "studios", "records", "productions", "editions", "foundation", "institute",
      "university", "universite", "fc", "cars", "entertainment", "pictures", "partners", "consulting",
      "laboratoires", "laboratories", "labs", "networks", "bros", "brothers", "media", "medias", "press",
      "research", "capital", "ventures", "investments", "airport", "aeroport"};
  std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  return kEndings.count(entities::fold_for_gazetteer(name.substr(space + 1))) > 0;
}

bool is_event_name(std::string_view name) {
  static const std::unordered_set<std::string> kCues = {
      "festival", "salon", "fete", "rallye", "marathon", "biennale", "tournoi", "championnat", "championnats",
      "open", "masters", "jeux", "exposition", "foire", "carnaval", "sommet", "forum", "congres", "journee",
      "journees", "semaine", "nuit", "trophee", "coupe", "mondial", "mondiaux", "euro", "gp"};
  std::size_t space = name.find(' ');
  if (space == std::string_view::npos) return false;  // "Forum" alone is a place's name too
  std::string first = entities::fold_for_gazetteer(name.substr(0, space));
  if (kCues.count(first)) return true;
  return first == "grand" && entities::fold_for_gazetteer(name.substr(space + 1, 4)) == "prix";
}

bool is_non_organisation_acronym(std::string_view word) {
  return non_organisation_acronyms().count(entities::fold_for_gazetteer(word)) > 0;
}

std::vector<Span> find_organisation_names(std::string_view text, const std::vector<NerToken>& tokens,
                                          const entities::TokenForms& forms, const entities::Gazetteer& gazetteer,
                                          bool french) {
  std::vector<Word> words = read_words(text, tokens, forms);
  auto is_cue = [&](const Word& w) {
    if (w.lists & entities::list_bit(entities::GazetteerList::kOrganisationCue)) return true;
    if (institution_cues().count(w.folded())) return true;
    return w.capitalised && capitalised_cues().count(w.folded()) > 0;
  };
  // A person's name at i, which ends an organisation's name before it: "la
  // mairie de Marseille Stéphane Ravier" (a first name, then a capitalised word).
  auto person_at = [&](std::size_t i) {
    return i + 1 < words.size() && words[i + 1].is_word && words[i + 1].capitalised &&
           (words[i].lists &
            entities::list_bit(entities::GazetteerList::kFirstName));
  };
  std::vector<Span> spans;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.is_word) continue;

    // Acronyms: two or more capitals (digits allowed: G7, G20), not a
    // heading in capitals, not an abbreviation of a thing, not a word or a
    // name written in capitals.
    // (Tested in this order, cheapest first: most words are not in capitals.)
    auto cue_then_town = [&] {
      return institution_cues().count(w.folded()) && i + 1 < words.size() && is_preposition(words[i + 1].folded());
    };
    if (w.all_caps && w.text.size() <= 8 && !cue_then_town() && !in_capitals_run(words, i) &&
        w.text.find('.') == std::string_view::npos && !non_organisation_acronyms().count(w.folded()) &&
        !(french && shouted_word(w.folded(), w.text.size(), w.lists))) {
      // An acronym in front of a place names a club or a body: "FC Metz",
      // "AS Saint-Étienne".
      std::size_t end = i;
      if (w.text.size() <= 3 && i + 1 < words.size() && words[i + 1].is_word && words[i + 1].capitalised &&
          words[i + 1].start == w.end + 1 &&
          (words[i + 1].lists &
           entities::list_bit(entities::GazetteerList::kPlace)))
        end = i + 1;
      spans.push_back({w.start, words[end].end});
      i = end;
      continue;
    }
    if (!french) continue;
    // Apposition: a lower-case kind of body, up to two adjectives, then a
    // capitalised name that is not a first name: the name alone.
    if ((!w.capitalised || w.all_caps) && apposition_cues().count(w.folded())) {
      std::size_t j = i + 1;
      while (j < words.size() && j <= i + 2 && words[j].is_word && !words[j].capitalised &&
             looks_like_adjective(words[j].folded()))
        ++j;
      if (j < words.size() && words[j].is_word && words[j].capitalised && !words[j].all_caps &&
          !(words[j].lists &
            (entities::list_bit(entities::GazetteerList::kFirstName) |
             entities::list_bit(entities::GazetteerList::kPlace)))) {
        std::size_t end = j;
        while (end + 1 < words.size() && words[end + 1].is_word && words[end + 1].capitalised) ++end;
        spans.push_back({words[j].start, words[end].end});
        i = end;
        continue;
      }
    }
    // "le gouvernement de Londres" is a government, not an organisation's name.
    if (!is_cue(w) || w.folded() == "gouvernement") continue;

    // Cue word, then adjectives and named complements.
    std::size_t end = i, j = i + 1;
    bool named = false, adjective = false, complement = false;  // complement: "de Marseille" read
    while (j < words.size() && words[j].is_word && j - i <= 8) {
      const Word& next = words[j];
      // Adjectives before the complement ("tribunal administratif de Marseille")
      // or right after it ("ministère de la Transition écologique").
      if (!next.capitalised && looks_like_adjective(next.folded()) && (!named || end == j - 1)) {
        adjective = true;
        end = j++;
        continue;
      }
      if (is_preposition(next.folded())) {
        // A preposition counts only when a capitalised word follows it.
        std::size_t k = j + 1;
        while (k < words.size() && words[k].is_word && is_preposition(words[k].folded())) ++k;
        // ...and it is not a person's first name ("le parti de Marine Le
        // Pen"); a first name that is also a place names the place when no
        // name follows it ("le parquet de Paris").
        auto lists = k < words.size() ? words[k].lists : 0;
        bool name_follows = k + 1 < words.size() && words[k + 1].is_word && words[k + 1].capitalised;
        bool person = (lists & entities::list_bit(entities::GazetteerList::kFirstName)) &&
                      (name_follows || !(lists & entities::list_bit(entities::GazetteerList::kPlace)));
        if (k < words.size() && words[k].is_word && words[k].capitalised && !person) {
          while (k + 1 < words.size() && words[k + 1].is_word && words[k + 1].capitalised && !person_at(k + 1)) ++k;
          end = k;
          named = complement = true;
          j = k + 1;
          continue;
        }
        // A common noun and its adjectives may come before the named
        // complement: "tribunal de commerce de Bobigny", "tribunal de grande
        // instance de Nanterre", "équipe de cricket du Bangladesh".
        if (!named && k < words.size() && words[k].is_word && !words[k].capitalised) {
          std::size_t m = k;
          while (m < words.size() && m - k < 4 && words[m].is_word && !words[m].capitalised &&
                 !is_preposition(words[m].folded()))
            ++m;
          if (m > k && m + 1 < words.size() && is_preposition(words[m].folded()) && words[m + 1].is_word &&
              words[m + 1].capitalised) {
            j = m;
            continue;
          }
        }
        break;
      }
      // A capitalised cue followed by names: "Université Claude-Bernard Lyon 1".
      // An institution too: "hôpital Necker", "hôpital Nord de Saint-Étienne".
      if ((next.capitalised || (named && !next.folded().empty() && next.folded()[0] >= '0' && next.folded()[0] <= '9')) &&
          (w.capitalised || institution_cues().count(w.folded())) && end == j - 1 && (j == i + 1 || named) &&
          !(complement && person_at(j))) {
        end = j++;
        named = true;
        continue;
      }
      break;
    }
    // A lower-case cue needs a named complement ("ministère de la Défense");
    // a capitalised one may stand with adjectives ("Assemblée nationale").
    // A team is a country's or a town's: "équipe de France", not "l'équipe
    // de Macron".
    if (named && w.folded() == "equipe" &&
        !(words[end].lists &
          entities::list_bit(entities::GazetteerList::kPlace)))
      continue;
    if (named || (w.capitalised && adjective)) {
      spans.push_back({w.start, words[end].end});
      i = end;
    }
  }
  return spans;
}

}  // namespace kiosque::extraction
