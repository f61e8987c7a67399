"""Index sample_corpus/ with the real binary and prove each analysis rule with searches."""
import json
import os
import unittest

from harness import (EXIT_OK, SAMPLE_CORPUS, TempDirTest, index_summary, kiosque, main, search_ids)

FR = "articles/fr/"
DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")


def gold_ids():
    with open(os.path.join(SAMPLE_CORPUS, "gold.jsonl"), encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f if line.strip()]


class SampleCorpus(TempDirTest):
    @classmethod
    def setUpClass(cls):
        import tempfile
        cls.db_dir = tempfile.mkdtemp(prefix="kiosque-sample-")
        cls.db = os.path.join(cls.db_dir, "db")
        cls.first = kiosque("index", "--db", cls.db, "--quiet", SAMPLE_CORPUS, DISPATCHES)

    @classmethod
    def tearDownClass(cls):
        import shutil
        shutil.rmtree(cls.db_dir, ignore_errors=True)

    def test_every_article_is_indexed(self):
        self.assertEqual(self.first.returncode, EXIT_OK, self.first.stderr)
        counts = index_summary(self.first.stdout)
        self.assertEqual(counts["new"], len(gold_ids()))
        self.assertEqual(counts["skipped"], 0)
        self.assertIn(f"the index holds {len(gold_ids())} documents", self.first.stdout)

    def test_missing_and_malformed_dates_are_warnings_with_file_and_line(self):
        self.assertIn("024-fete-des-lumieres.txt:1: expected 'date YYYY-MM'", self.first.stderr)
        self.assertIn("025-paquebots-marseille.txt:1: expected 'date YYYY-MM'", self.first.stderr)
        # Undated articles are still searchable.
        self.assertIn(FR + "024-fete-des-lumieres.txt", search_ids(self.db, "lumières"))

    def test_reindexing_skips_unchanged_and_never_duplicates(self):
        again = kiosque("index", "--db", self.db, "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)
        counts = index_summary(again.stdout)
        self.assertEqual(counts["unchanged"], len(gold_ids()))
        self.assertEqual(counts["new"] + counts["updated"], 0)
        self.assertIn(f"the index holds {len(gold_ids())} documents", again.stdout)

    def assertFinds(self, query, expected, exactly=False):
        found = search_ids(self.db, query)
        for doc_id in expected:
            self.assertIn(doc_id, found, f"query {query!r} should find {doc_id}; found {found}")
        if exactly:
            self.assertEqual(sorted(found), sorted(expected), f"query {query!r}")

    def test_elisions(self):
        # fr/003 only ever writes d’Ukraine / l’Ukraine with curly apostrophes.
        self.assertFinds("ukraine", [FR + "003-cereales-istanbul.txt", FR + "002-aide-ue-ukraine.txt",
                                     FR + "016-otan-vilnius.txt"])
        self.assertEqual(search_ids(self.db, "l'Ukraine"), search_ids(self.db, "ukraine"))
        self.assertEqual(search_ids(self.db, "d’ukraine"), search_ids(self.db, "ukraine"))
        # U+02BC elision: "lʼéquipe" in fr/010.
        self.assertFinds("équipe", [FR + "010-glaciers-alpes.txt"])

    def test_accent_folding_both_ways(self):
        self.assertFinds("etat", [FR + "018-fmi-previsions.txt", FR + "031-europeennes-dissolution.txt"])
        elysee = [FR + "007-zelensky-paris-bruxelles.txt", FR + "026-retraites-49-3.txt",
                  FR + "031-europeennes-dissolution.txt", FR + "021-macron-poutine-appel.txt"]
        self.assertFinds("élysée", elysee)
        self.assertFinds("elysee", elysee)
        self.assertFinds("choigou", [FR + "003-cereales-istanbul.txt", FR + "004-choigou-remplace.txt",
                                     FR + "005-choigou-pyongyang.txt"])

    def test_stemming(self):
        self.assertFinds("négociations", [FR + "008-greve-sncf.txt", FR + "003-cereales-istanbul.txt"])
        self.assertFinds("ukrainienne", [FR + "003-cereales-istanbul.txt", FR + "002-aide-ue-ukraine.txt"])

    def test_hyphenated_words(self):
        saint_etienne = [FR + "009-saint-etienne-tram.txt", FR + "029-asse-remontee.txt"]
        for query in ["saint-etienne", "saint etienne", '"Saint Étienne"', "Saint-Étienne"]:
            self.assertFinds(query, saint_etienne)
        self.assertFinds("jean-luc", [FR + "012-legislatives-2022.txt"])

    def test_acronyms_and_names_with_apostrophes(self):
        self.assertFinds("ONU", [FR + "033-sommet-climat-onu.txt", FR + "011-obrien-ndjamena.txt"])
        self.assertFinds("n'djamena", [FR + "011-obrien-ndjamena.txt", FR + "030-tchad-presidentielle.txt"])
        self.assertFinds("N’Djamena", [FR + "011-obrien-ndjamena.txt", FR + "030-tchad-presidentielle.txt"])
        self.assertFinds("o'brien", [FR + "011-obrien-ndjamena.txt", FR + "036-brexit-obrien.txt",
                                     "articles/en/002-ireland-security-council.txt"])

    def test_phrases_and_stopwords(self):
        self.assertFinds('"la maire de Saint-Étienne"',
                         [FR + "009-saint-etienne-tram.txt", FR + "029-asse-remontee.txt", "dep-005"], exactly=True)
        # The same words, not in that order, are not the phrase.
        self.assertEqual(search_ids(self.db, '"Saint-Étienne de la maire"'), [])
        # A query of stopwords only still searches.
        self.assertGreater(len(search_ids(self.db, "la")), 10)
        self.assertGreater(len(search_ids(self.db, "de la")), 10)

    def test_other_languages_use_their_stemmer(self):
        self.assertFinds("путина", ["articles/ru/001-poslanie-putina.txt"])
        self.assertFinds("Verhandlung", ["articles/de/002-von-der-leyen-wiederwahl.txt"])

    def test_photo_credits_are_not_searchable_text(self):
        # Photographers are credited in captions; they are not part of the story.
        self.assertEqual(search_ids(self.db, "Chassagne"), [])
        self.assertEqual(search_ids(self.db, "Vaitkus"), [])

    def test_json_lines_and_language_detection(self):
        out = kiosque("search", "--db", self.db, "--json", "spaceport", check=EXIT_OK)
        result = json.loads(out.stdout)
        self.assertEqual(result["results"][0]["id"], "dep-002")
        self.assertEqual(result["results"][0]["lang"], "en")
        self.assertEqual(result["results"][0]["title"], "Putin hosts Kim at Russian spaceport")
        # Each article's language was detected (the .txt files give none).
        for lang, query, doc_id in [("ru", "космодроме", "articles/ru/002-kim-vostochny.txt"),
                                    ("de", "Zeitenwende", "articles/de/001-scholz-zeitenwende.txt"),
                                    ("it", "Quirinale", "articles/it/001-meloni-giuramento.txt"),
                                    ("es", "investido", "articles/es/001-sanchez-investidura.txt"),
                                    ("fr", "tramway", FR + "009-saint-etienne-tram.txt")]:
            hits = json.loads(kiosque("search", "--db", self.db, "--json", query, check=EXIT_OK).stdout)["results"]
            langs = {h["id"]: h["lang"] for h in hits}
            self.assertEqual(langs.get(doc_id), lang, f"{query}: {langs}")

    def test_text_output(self):
        out = kiosque("search", "--db", self.db, "Saint-Étienne", check=EXIT_OK).stdout
        self.assertIn("matching articles for: Saint-Étienne", out)
        self.assertIn("009-saint-etienne-tram.txt", out)
        self.assertIn("2022-10", out)


if __name__ == "__main__":
    main()
