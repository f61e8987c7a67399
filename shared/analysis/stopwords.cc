#include "analysis/stopwords.h"

#include <unordered_map>
#include <unordered_set>

namespace kiosque::analysis {

namespace {

using WordSet = std::unordered_set<std::string>;

const std::unordered_map<std::string, WordSet>& lists() {
  static const std::unordered_map<std::string, WordSet> kLists = {
      {"fr", {"a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du",
              "elle", "elles", "en", "est", "et", "eu", "il", "ils", "je", "la", "le", "les", "leur",
              "leurs", "lui", "ma", "mais", "me", "meme", "mes", "moi", "mon", "ne", "nos", "notre",
              "nous", "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses",
              "son", "sont", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre",
              "vous", "y", "ete", "etre", "avoir", "sans", "si", "plus", "tres", "dont"}},
      {"en", {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he",
              "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
              "they", "this", "to", "was", "were", "which", "will", "with", "who", "not", "but"}},
      {"de", {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
              "einen", "und", "oder", "in", "im", "ist", "sind", "war", "mit", "von", "zu", "zum",
              "zur", "auf", "fur", "an", "am", "es", "er", "sie", "wir", "ich", "nicht", "auch",
              "sich", "als", "aus", "bei", "dass", "hat", "haben", "wird", "werden"}},
      {"es", {"el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "de", "del", "en",
              "a", "al", "que", "por", "para", "con", "se", "su", "sus", "es", "lo", "le", "les",
              "no", "como", "mas", "pero", "fue", "ha", "han"}},
      {"it", {"il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "o", "di", "del",
              "della", "dei", "delle", "a", "al", "alla", "in", "nel", "nella", "che", "per", "con",
              "su", "si", "non", "e", "da", "dal", "come", "ma", "ha", "sono"}},
      {"pt", {"o", "a", "os", "as", "um", "uma", "e", "ou", "de", "do", "da", "dos", "das", "em",
              "no", "na", "nos", "nas", "que", "por", "para", "com", "se", "seu", "sua", "nao", "mais"}},
      {"nl", {"de", "het", "een", "en", "of", "van", "in", "op", "te", "dat", "die", "is", "zijn",
              "met", "voor", "niet", "aan", "er", "om", "ook", "als", "bij"}},
      {"ru", {"и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все",
              "она", "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по",
              "ее", "мне", "было", "вот", "от", "меня", "о", "из", "ему", "они", "их", "это"}},
  };
  return kLists;
}

}  // namespace

bool is_stopword(std::string_view language, const std::string& folded_word) {
  auto it = lists().find(std::string(language));
  return it != lists().end() && it->second.count(folded_word) > 0;
}

}  // namespace kiosque::analysis
