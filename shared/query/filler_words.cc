#include "query/filler_words.h"

#include <string>
#include <unordered_set>

namespace kiosque::query {

bool is_filler_word(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      // French: questions
      "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "comment",
      "pourquoi", "quand", "combien", "quoi", "est-ce",
      // French: time, degree and link words
      "pendant", "depuis", "durant", "lors", "avant", "apres", "selon", "encore", "toujours", "deja",
      "aussi", "alors", "donc", "ainsi", "vraiment", "beaucoup", "peu", "tout", "tous", "toute", "toutes",
      "autre", "autres", "comme", "entre", "vers", "chez", "sous", "cela", "ceci", "ca", "celui", "celle",
      "ceux", "chaque", "plusieurs", "quelque", "quelques", "etait", "sera", "serait", "avait", "peut",
      "peuvent", "doit", "doivent", "faut", "va", "vont", "fait", "faire", "dit",
      // English
      "what", "how", "why", "when", "where", "whom", "whose", "does", "did", "do", "can", "could",
      "would", "should", "about", "during", "after", "before", "since", "there"};
  return kWords.count(folded) > 0 || is_inverted_question(folded);
}

bool is_inverted_question(std::string_view folded) {
  // French puts the subject pronoun after the verb in a question: "vont-elles",
  // "peut-on", "a-t-il". (Not "-nous"/"-vous": "rendez-vous" is a noun.)
  static constexpr std::string_view kPronouns[] = {"-il", "-ils", "-elle", "-elles", "-on"};
  for (std::string_view pronoun : kPronouns)
    if (folded.size() > pronoun.size() + 1 && folded.substr(folded.size() - pronoun.size()) == pronoun) return true;
  return false;
}

}  // namespace kiosque::query
