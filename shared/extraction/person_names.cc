#include "extraction/person_names.h"

#include <unordered_set>

#include "names/name_key.h"

namespace kiosque::extraction {

namespace {

// Words that come before a name without being part of it. Folded, lower case.
const std::unordered_set<std::string>& title_words() {
  static const std::unordered_set<std::string> kTitles = {
      "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "docteur", "pr", "professeur", "me", "maitre", "mgr",
      "monseigneur", "sir", "lord", "mr", "mrs", "ms", "miss", "herr", "frau", "sr", "sra", "senor", "senora",
      "sig", "signor", "signora", "president", "presidente", "ministre", "premier", "premiere", "general",
      "colonel", "capitaine", "commandant", "marechal", "sergent", "juge", "procureur", "depute", "deputee",
      "senateur", "senatrice", "maire", "prefet", "prefete", "ambassadeur", "ambassadrice", "pape", "roi",
      "reine", "prince", "princesse", "cardinal", "abbe", "soeur", "chancelier",
      "chanceliere", "secretaire", "porte", "parole",
      "dirigeant", "dirigeante", "leader", "chef", "candidat", "candidate", "ex", "ancien", "ancienne",
      "journaliste", "avocat", "avocate", "acteur", "actrice", "chanteur", "chanteuse", "ecrivain", "ecrivaine",
      "president-directeur", "pdg", "patron", "patronne", "entraineur", "cheikh", "emir", "imam", "rabbin",
      "ayatollah", "mollah", "king", "queen", "pope", "minister", "prime", "chancellor", "senator", "governor",
      "mayor", "judge", "general", "dr.", "prof", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
      "ministerpresident", "primer", "ministro", "ministra", "secretary", "taoiseach", "spokesman",
      "spokeswoman", "spokesperson", "ambassador", "envoy", "chairman", "chairwoman", "sprecher",
      "sprecherin", "portavoz", "portavoce"};
  return kTitles;
}

// Articles and prepositions skipped only in front of a title ("la ministre",
// "le porte-parole du"): alone they may start a name ("Le Pen", "De Gaulle").
bool is_article(const std::string& word) {
  return word == "le" || word == "la" || word == "les" || word == "l" || word == "du" || word == "de" ||
         word == "des" || word == "d" || word == "the";
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string key = names::name_key(name);
  for (std::string_view word : names::space_words(key)) tokens.emplace_back(word);
  return tokens;
}

// Whether `part` occurs in `whole` as a contiguous run of tokens.
bool contains_run(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  if (part.empty() || part.size() >= whole.size()) return false;
  for (std::size_t i = 0; i + part.size() <= whole.size(); ++i) {
    bool match = true;
    for (std::size_t j = 0; j < part.size() && match; ++j) match = whole[i + j] == part[j];
    if (match) return true;
  }
  return false;
}

}  // namespace

bool is_name_particle(std::string_view word) {
  static const char* const kParticles[] = {"von", "van", "der", "den", "de", "la", "du", "des", "di", "da",
                                           "del", "della", "dos", "das", "le", "bin", "ben", "ibn", "al", "el", "y"};
  for (const char* p : kParticles)
    if (word == p) return true;
  return false;
}

bool is_person_title(std::string_view word) {
  std::string key = names::name_key(word);
  if (title_words().count(key)) return true;
  std::size_t space = key.rfind(' ');  // "porte-parole" -> "porte parole"
  return space != std::string::npos && title_words().count(key.substr(space + 1)) > 0;
}

std::size_t skip_person_titles(std::string_view name) {
  // Words as keys, with where each starts.
  std::vector<std::pair<std::string, std::size_t>> words;
  for (std::size_t pos = 0; pos < name.size();) {
    while (pos < name.size() && name[pos] == ' ') ++pos;
    if (pos >= name.size()) break;
    std::size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    words.emplace_back(names::name_key(name.substr(pos, end - pos)), pos);
    pos = end;
  }
  auto is_title = [](const std::string& key) {
    if (title_words().count(key)) return true;
    // "l'ex-président" -> "l ex president": judge by the last part.
    std::size_t space = key.rfind(' ');
    return space != std::string::npos && title_words().count(key.substr(space + 1)) > 0;
  };
  std::size_t i = 0;
  while (i < words.size()) {
    if (is_title(words[i].first))
      ++i;
    else if (is_article(words[i].first) && i + 1 < words.size() && is_title(words[i + 1].first))
      i += 2;
    else
      break;
  }
  return i < words.size() ? words[i].second : name.size();
}

std::vector<std::size_t> resolve_person_mentions(const std::vector<PersonMention>& mentions) {
  std::vector<std::vector<std::string>> tokens;
  tokens.reserve(mentions.size());
  for (const PersonMention& m : mentions) tokens.push_back(name_tokens(m.surface));

  std::vector<std::size_t> target(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    target[i] = i;
    // The nearest longer name before this mention that contains it, else the
    // nearest after it.
    std::size_t best = i;
    for (std::size_t j = i; j-- > 0;)
      if (contains_run(tokens[j], tokens[i])) {
        best = j;
        break;
      }
    if (best == i)
      for (std::size_t j = i + 1; j < mentions.size(); ++j)
        if (contains_run(tokens[j], tokens[i])) {
          best = j;
          break;
        }
    target[i] = best;
  }
  // Follow chains ("Kim" -> "Kim Jong" -> "Kim Jong-un") to their fullest form.
  for (std::size_t i = 0; i < target.size(); ++i) {
    std::size_t t = target[i];
    for (int hops = 0; hops < 8 && target[t] != t; ++hops) t = target[t];
    target[i] = t;
  }
  return target;
}

}  // namespace kiosque::extraction
