// Snippets: each row is a query, an article's language and text, and the
// snippet expected, with <mark> on every word the query matches through the
// indexing analysis, and everything else HTML-escaped.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "query/query_error.h"
#include "query/text_query.h"
#include "search/snippet.h"

using namespace kiosque;

namespace {

std::string snippet(const std::string& query, const std::string& language, const std::string& text,
                    std::size_t max_chars = search::kSnippetChars) {
  query::TextQuery parser({"fr", "en"});
  search::SnippetMaker maker;
  return maker.make(text, language, search::highlight_terms(parser.parse(query)), max_chars);
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

struct Row {
  const char* query;
  const char* lang;
  const char* text;
  const char* expected;
};

}  // namespace

TEST_CASE("snippet: a word matches by the analysis that indexed it") {
  const Row rows[] = {
      // Elisions are split off: only the word is marked, with ' or ’.
      {"ukraine", "fr", "Les troupes sont entrées dans l'Ukraine hier.",
       "Les troupes sont entrées dans l&#39;<mark>Ukraine</mark> hier."},
      {"ukraine", "fr", "Le président d’Ukraine a parlé.", "Le président d’<mark>Ukraine</mark> a parlé."},
      // Stems: the query's and the text's words meet.
      {"négociations", "fr", "Les syndicats veulent négocier avec la direction.",
       "Les syndicats veulent <mark>négocier</mark> avec la direction."},
      {"negociation", "fr", "Les négociations reprennent.", "Les <mark>négociations</mark> reprennent."},
      // Accents and case.
      {"etat", "fr", "Le chef de l'État a tranché.", "Le chef de l&#39;<mark>État</mark> a tranché."},
      {"ÉLYSÉE", "fr", "Une source proche de l'Elysee.", "Une source proche de l&#39;<mark>Elysee</mark>."},
      // The article's language stems the text, as at index time.
      {"negotiations", "en", "Putin's negotiations stalled.", "Putin&#39;s <mark>negotiations</mark> stalled."},
      // Every occurrence.
      {"guerre", "fr", "La guerre, encore la guerre.", "La <mark>guerre</mark>, encore la <mark>guerre</mark>."},
      // Phrases mark their words.
      {"\"saint étienne\"", "fr", "La maire de Saint-Étienne parle.",
       "La maire de <mark>Saint</mark>-<mark>Étienne</mark> parle."},
      // Stopwords left out of the query are not marked.
      {"la guerre", "fr", "La guerre est là.", "La <mark>guerre</mark> est là."},
      // A phrase's stopwords are marked in the phrase, not elsewhere.
      {"\"marchand de sommeil\"", "fr", "Six mois de prison pour un marchand de sommeil de Bobigny.",
       "Six mois de prison pour un <mark>marchand</mark> <mark>de</mark> <mark>sommeil</mark> de Bobigny."},
      {"\"la guerre de la vie\"", "fr", "Trois mois de prison, « la guerre de la vie ».",
       "Trois mois de prison, « la <mark>guerre</mark> <mark>de</mark> <mark>la</mark> <mark>vie</mark> »."},
      // A search of stopwords alone marks them.
      {"la", "fr", "La guerre est là.", "<mark>La</mark> guerre est <mark>là</mark>."},
      // Excluded words are not marked.
      {"ukraine -russie", "fr", "L'Ukraine et la Russie.", "L&#39;<mark>Ukraine</mark> et la Russie."},
      // Dotted acronyms.
      {"onu", "fr", "Le chef de l'O.N.U. a parlé.", "Le chef de l&#39;<mark>O.N.U</mark>. a parlé."},
      // A name kept whole with its remainder stacked: the part or the whole.
      {"djamena", "fr", "Des manifestations à N’Djamena ce matin.", "Des manifestations à N’<mark>Djamena</mark> ce matin."},
      {"N'Djamena", "fr", "Des manifestations à N’Djamena ce matin.", "Des manifestations à <mark>N’Djamena</mark> ce matin."},
      // Words that only contain the query's letters are not marked.
      {"ukraine", "fr", "Les soldats ukrainiens avancent.", "Les soldats ukrainiens avancent."},
      // No match: the beginning of the text.
      {"absent", "fr", "Rien à voir ici.", "Rien à voir ici."},
      // White space runs (paragraph breaks) read as one space.
      {"guerre", "fr", "Premier paragraphe.\n\nLa guerre.", "Premier paragraphe. La <mark>guerre</mark>."},
  };
  for (const Row& row : rows) {
    std::string query = row.query, text = row.text;
    CAPTURE(query);
    CAPTURE(text);
    CHECK(snippet(row.query, row.lang, row.text) == row.expected);
  }
}

TEST_CASE("snippet: everything that is not a mark is HTML-escaped") {
  const Row rows[] = {
      {"ukraine", "fr", "Avant <script>alert(1)</script> l'Ukraine & \"vous\"",
       "Avant &lt;script&gt;alert(1)&lt;/script&gt; l&#39;<mark>Ukraine</mark> &amp; &quot;vous&quot;"},
      {"script", "en", "<script>x</script>", "&lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt;"},
      {"b", "en", "<b>bold</b>", "&lt;<mark>b</mark>&gt;bold&lt;/<mark>b</mark>&gt;"},
  };
  for (const Row& row : rows) {
    std::string text = row.text;
    CAPTURE(text);
    CHECK(snippet(row.query, row.lang, row.text) == row.expected);
  }
}

TEST_CASE("snippet: a window of about kSnippetChars, cut between words") {
  std::string filler = repeat("Le conseil municipal a longuement débattu du budget. ", 20);
  SUBCASE("a match far in the text: ellipsis before and after") {
    std::string text = filler + "Les négociations avec l'Ukraine reprennent demain. " + filler;
    std::string s = snippet("ukraine", "fr", text);
    CHECK(s.rfind("… ", 0) == 0);
    CHECK(s.size() >= 4);
    CHECK(s.substr(s.size() - 4) == " …");
    CHECK(s.find("l&#39;<mark>Ukraine</mark>") != std::string::npos);
    // Cut between words: what is shown starts after a space of the text and
    // ends before one.
    std::string inner = s.substr(4, s.size() - 8);
    std::size_t at = text.rfind(inner.substr(0, 12), text.find("Ukraine"));
    REQUIRE(at != std::string::npos);
    REQUIRE(at > 0);
    CHECK(text[at - 1] == ' ');
    std::string tail = inner.substr(inner.size() - 12);
    std::size_t end = text.find(tail, text.find("Ukraine")) + tail.size();
    CHECK(text[end] == ' ');
  }
  SUBCASE("the passage with the most query words wins") {
    std::string text = "Kiev et l'Ukraine. " + filler + "Les négociations sur l'Ukraine. " + filler;
    std::string s = snippet("ukraine négociations", "fr", text);
    CHECK(count(s, "<mark>") == 2);
    CHECK(s.find("<mark>négociations</mark>") != std::string::npos);
  }
  SUBCASE("length: between 200 and 300 characters of text") {
    std::string s = snippet("budget", "fr", filler + filler);
    std::size_t chars = 0;
    for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    chars -= count(s, "<mark>") * 6 + count(s, "</mark>") * 7;
    CHECK(chars >= 200);
    CHECK(chars <= 300);
  }
  SUBCASE("no match in a long text: its beginning, cut after a word") {
    std::string s = snippet("absent", "fr", filler);
    CHECK(s.rfind("Le conseil municipal", 0) == 0);
    CHECK(s.substr(s.size() - 4) == " …");
    CHECK(s.find("<mark>") == std::string::npos);
  }
  SUBCASE("multi-byte text is never cut inside a character") {
    std::string s = snippet("été", "fr", repeat("Ça a été très éprouvant à Škoda. ", 30), 50);
    CHECK(s.find("<mark>été</mark>") != std::string::npos);
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0xC0) CHECK(i + 1 < s.size());
    }
  }
}

TEST_CASE("highlight_terms: words, stems and exact forms, not excluded words or filters") {
  Xapian::Query q(Xapian::Query::OP_AND_NOT,
                  Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("Zukrain"), Xapian::Query("saint")),
                  Xapian::Query("Zrussi"));
  q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, Xapian::Query("Aétat"));
  q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query("XPvladimir poutine"));
  search::HighlightTerms terms = search::highlight_terms(q);
  CHECK(terms.stems == std::unordered_set<std::string>{"ukrain"});
  CHECK(terms.words == std::unordered_set<std::string>{"saint"});
  CHECK(terms.exact == std::unordered_set<std::string>{"état"});
  CHECK(search::highlight_terms(Xapian::Query()).empty());
}

// The candidate scan (analysis only where a word starts with a query term's
// first letter) finds what analysing everything finds: every article of the
// sample corpus, in its own language, against queries made of its own words
// (one, then two at a time), and rows for the cases the scan must not miss.
TEST_CASE("snippets: the candidate scan matches what a full analysis matches") {
  namespace fs = std::filesystem;
  query::TextQuery parser({"fr", "en", "de", "es", "it", "ru"});
  search::SnippetMaker fast, full(search::SnippetMaker::Scan::kEverything);
  auto compare = [&](const std::string& query, const std::string& language, const std::string& text) {
    search::HighlightTerms terms;
    try {
      terms = search::highlight_terms(parser.parse(query));
    } catch (const query::QueryError&) {
      return;
    }
    CAPTURE(query);
    CAPTURE(language);
    CHECK(fast.make(text, language, terms) == full.make(text, language, terms));
  };
  std::size_t articles = 0;
  for (const auto& entry : fs::recursive_directory_iterator(KIOSQUE_TEST_SAMPLE_ARTICLES)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string language = entry.path().parent_path().filename().string();
    std::vector<analysis::Word> words = analysis::Analyzer(language).words(text);
    for (std::size_t i = 0; i < words.size(); i += 13) {
      compare(words[i].exact, language, text);
      if (i + 7 < words.size()) compare(words[i].word + " " + words[i + 7].exact, language, text);
    }
    ++articles;
  }
  CHECK(articles >= 40);
  const std::pair<const char*, const char*> rows[] = {
      {"ukraine", "Les troupes dans l’Ukraine et à N’Djamena."},
      {"djamena", "Arrivée à N'Djamena hier."},
      {"oeuvre", "Une Œuvre majeure, une œuvre."},
      {"strasse", "Die STRASSE und die Straße."},
      {"paris", "巴黎Paris的会议。"},
      {"onu", "Le chef de l'O.N.U. parle."},
      {"ecole", "L'École, l'ÉCOLE, l'ecole."},
      {"ёлка", "Ёлка и елка."},
  };
  for (const auto& row : rows) {
    compare(row.first, "fr", row.second);
    CHECK(fast.make(row.second, "fr", search::highlight_terms(parser.parse(row.first))).find("<mark>") != std::string::npos);
  }
}
