// The plain-text archive format: date line, paragraphs, headings, captions,
// boilerplate and bad input.
#include <doctest/doctest.h>

#include "archive/blocks.h"
#include "archive/markup.h"
#include "archive/text_article.h"
#include "archive/title.h"

using namespace kiosque;

namespace {

Article parse(const std::string& text, std::vector<archive::Diagnostic>* warnings_out = nullptr) {
  std::vector<archive::Diagnostic> warnings;
  Article a = parse_text_article(text, "a.txt", "a.txt", warnings);
  if (warnings_out) *warnings_out = warnings;
  return a;
}

}  // namespace

TEST_CASE("the date line gives the date and starts the first paragraph") {
  struct Row {
    const char* text;
    const char* date;  // iso, or "" for undated
    const char* first_block;
    std::size_t warnings;
  };
  const Row rows[] = {
      {"date 2023-09 Des cadeaux.", "2023-09", "Des cadeaux.", 0},
      {" date 2023-09-14 Des cadeaux.", "2023-09-14", "Des cadeaux.", 0},
      {"\n\t date 2023-09-14 Des cadeaux.", "2023-09-14", "Des cadeaux.", 0},
      {"date 2023-09-14\nDes cadeaux.", "2023-09-14", "Des cadeaux.", 0},
      {"date 2024-02-29 Bissextile.", "2024-02-29", "Bissextile.", 0},
      {"date 2023-02-29 Pas bissextile.", "", "Pas bissextile.", 1},
      {"date 2023-13-45 Mois faux.", "", "Mois faux.", 1},
      {"date 2023 Année seule.", "", "Année seule.", 1},
      {"dat 2021 Faute de frappe.", "", "dat 2021 Faute de frappe.", 1},
      {"Pas de date du tout.", "", "Pas de date du tout.", 1},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    std::vector<archive::Diagnostic> warnings;
    Article a = parse(row.text, &warnings);
    CHECK((a.date ? a.date->iso() : "") == std::string(row.date));
    REQUIRE(!a.blocks.empty());
    CHECK(a.blocks[0].text == row.first_block);
    CHECK(warnings.size() == row.warnings);
    for (const auto& w : warnings) {
      CHECK(w.file == "a.txt");
      CHECK(w.line == 1);
    }
  }
}

TEST_CASE("a warning on a later line names that line") {
  std::vector<archive::Diagnostic> warnings;
  parse("\n\nPas de date.", &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].line == 3);
  CHECK(warnings[0].to_string().find("a.txt:3: ") == 0);
}

TEST_CASE("paragraphs, headings and captions") {
  Article a = parse(
      "date 2023-09 Premier paragraphe, sur la ligne de date.\nSuite du même paragraphe.\n\n"
      "Relations chaleureuses\n\n"
      "Deuxième paragraphe.\n\n"
      "Ouvrir en mode plein écran Les deux dirigeants à Vostotchny. Photo : pool/afp via getty images / Jane "
      "Doe\n\n"
      "Dernier paragraphe, avec une question ?");
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[0].kind == BlockKind::kParagraph);
  CHECK(a.blocks[0].text == "Premier paragraphe, sur la ligne de date. Suite du même paragraphe.");
  CHECK(a.blocks[1].kind == BlockKind::kHeading);
  CHECK(a.blocks[1].text == "Relations chaleureuses");
  CHECK(a.blocks[2].kind == BlockKind::kParagraph);
  CHECK(a.blocks[3].kind == BlockKind::kCaption);
  CHECK(a.blocks[3].text == "Les deux dirigeants à Vostotchny.");
  CHECK(a.blocks[4].kind == BlockKind::kParagraph);
  REQUIRE(a.credits.size() == 1);
  CHECK(a.credits[0] == "pool/afp via getty images / Jane Doe");
  CHECK(a.body_text().find("Jane Doe") == std::string::npos);
  CHECK(a.body_text().find("Ouvrir en mode") == std::string::npos);
}

TEST_CASE("heading detection") {
  struct Row {
    const char* line;
    bool heading;
  };
  const Row rows[] = {
      {"Relations chaleureuses", true},
      {"Visite symbolique", true},
      {"Une phrase complète.", false},
      {"Vraiment ?", false},
      {"Il a dit :", false},
      {"« Citation »", false},
      {"Un très long paragraphe sans point final qui dépasse largement la longueur d'un intertitre de presse "
       "habituel",
       false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(archive::looks_like_heading(row.line) == row.heading);
  }
}

TEST_CASE("credits are found in captions in several languages, not in prose") {
  struct Row {
    const char* paragraph;
    const char* credit;  // "" when none
    const char* kept;
  };
  const Row rows[] = {
      {"Ouvrir en mode plein écran Le port. Photo : AFP / Jean Dupont", "AFP / Jean Dupont", "Le port."},
      {"Le port de Marseille. Photo: Reuters / Ann Lee", "Reuters / Ann Lee", "Le port de Marseille."},
      {"Der Hafen. Foto: dpa / Max Muster", "dpa / Max Muster", "Der Hafen."},
      {"Ouvrir en mode plein écran", "", ""},
      // Label at the very start; label longer than the paragraph.
      {"Photo : AFP", "AFP", ""},
      {"Photo", "", "Photo"},
      // The last label followed by ':' is the credit's.
      {"Photo du port et Photo : AFP", "AFP", "Photo du port et"},
      {"La photo : un débat. Puis une longue suite de phrases qui continue bien après. Et encore.", "",
       "La photo : un débat. Puis une longue suite de phrases qui continue bien après. Et encore."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.paragraph);
    archive::SplitBody body = archive::split_blocks(row.paragraph);
    if (*row.credit) {
      REQUIRE(body.credits.size() == 1);
      CHECK(body.credits[0] == row.credit);
    } else {
      CHECK(body.credits.empty());
    }
    CHECK((body.blocks.empty() ? "" : body.blocks[0].text) == std::string(row.kept));
  }
}

TEST_CASE("stray markup is removed, quoted tags are kept as text") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"un<br>deux", "un deux"},
      {"un<br/>deux", "un deux"},
      {"<p>texte</p>", " texte "},
      {"<span class=\"x\">mot</span>", " mot "},
      {"l&#39;Ukraine &amp; la Russie", "l'Ukraine & la Russie"},
      {"prix&nbsp;:", "prix :"},
      {"&eacute;t&eacute;", "été"},
      {"la balise <script>alert(1)</script>", "la balise <script>alert(1)</script>"},
      {"a < b et c > d", "a < b et c > d"},
      {"R&D", "R&D"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.in);
    CHECK(archive::remove_stray_markup(row.in) == row.out);
  }
}

TEST_CASE("a derived title is the first sentence") {
  struct Row {
    const char* paragraph;
    const char* title;
  };
  const Row rows[] = {
      {"M. Poutine a offert un fusil à M. Kim. Il a aussi reçu un gant.",
       "M. Poutine a offert un fusil à M. Kim."},
      {"Mme Dupont parle. Ensuite.", "Mme Dupont parle."},
      {"Le taux passe à 3.5 points. Ensuite.", "Le taux passe à 3.5 points."},
      {"Une question ? La suite.", "Une question ?"},
      {"Il a dit « assez ! » Puis il est parti.", "Il a dit « assez ! »"},
      {"Il a crié \"non !\" et il est parti.", "Il a crié \"non !\" et il est parti."},
      {"Sans point final", "Sans point final"},
      {"J.-C. Decaux a parlé. Ensuite.", "J.-C. Decaux a parlé."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.paragraph);
    CHECK(archive::first_sentence(row.paragraph) == row.title);
  }
  std::string long_sentence(60, 'x');
  long_sentence = long_sentence + " " + long_sentence + " " + long_sentence + " " + long_sentence + ".";
  std::string title = archive::derive_title(long_sentence);
  CHECK(title.size() <= archive::kMaxTitleBytes + 3);
  CHECK(title.substr(title.size() - 3) == "…");
}

TEST_CASE("input that cannot be indexed throws with file and line") {
  struct Row {
    std::string bytes;
    std::size_t line;
    const char* message_part;
  };
  const Row rows[] = {
      {"date 2023-09 ok\n\nbad \xC3\x28 byte", 3, "invalid UTF-8"},
      {std::string("date 2023-09 bin\0ary", 20), 1, "binary"},
      {"", 0, "empty file"},
      {"  \n\n \t", 0, "empty file"},
      {"date 2023-09", 1, "no text"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.message_part);
    std::vector<archive::Diagnostic> warnings;
    try {
      parse_text_article(row.bytes, "bad.txt", "bad.txt", warnings);
      FAIL("expected InputError");
    } catch (const archive::InputError& e) {
      CHECK(e.diagnostic().file == "bad.txt");
      CHECK(e.diagnostic().line == row.line);
      CHECK(std::string(e.what()).find(row.message_part) != std::string::npos);
    }
  }
}

TEST_CASE("a byte-order mark is ignored") {
  Article a = parse("\xEF\xBB\xBF" "date 2023-09 Texte.");
  CHECK(a.date->iso() == "2023-09");
}
