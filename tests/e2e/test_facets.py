"""Entities and dates as facets, through the real binary: counts over the whole
match set, filters, aliases across languages."""
import collections
import json
import os
import tempfile
import shutil
import unittest

from harness import (EXIT_OK, SAMPLE_CORPUS, TempDirTest, index_summary, kiosque, main, search_ids)

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")
ALL_LANGUAGES = ["--lang", "fr", "--lang", "en", "--lang", "de", "--lang", "es", "--lang", "it", "--lang", "ru"]


def search_json(db, *args):
    return json.loads(kiosque("search", "--db", db, "--json", *args, check=EXIT_OK).stdout)


def facet(result, name):
    return {v["value"]: v["count"] for v in result["facets"][name]}


class SampleFacets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-facets-")
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)
        with open(os.path.join(SAMPLE_CORPUS, "gold.jsonl"), encoding="utf-8") as f:
            cls.gold = [json.loads(line) for line in f if line.strip()]
        cls.everything = search_json(cls.db, "--facets", "--facet-limit", "1000", "--limit", "0", *ALL_LANGUAGES)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_language_and_date_facets_match_the_gold(self):
        self.assertEqual(self.everything["total"], len(self.gold))
        self.assertEqual(facet(self.everything, "lang"), collections.Counter(g["lang"] for g in self.gold))
        years = collections.Counter(g["date"][:4] if g["date"] else "undated" for g in self.gold)
        self.assertEqual(facet(self.everything, "year"), years)
        months = collections.Counter(g["date"][:7] if g["date"] else "undated" for g in self.gold)
        self.assertEqual(facet(self.everything, "month"), months)

    def test_recurring_persons_are_counted_as_in_the_gold(self):
        gold_counts = collections.Counter(p for g in self.gold for p in g["persons"])
        counted = facet(self.everything, "person")
        for person, count in gold_counts.items():
            if count >= 4:
                self.assertEqual(counted.get(person), count, person)

    def test_filtering_by_a_person_returns_exactly_that_persons_articles(self):
        counted = facet(self.everything, "person")
        for person in ["Vladimir Poutine", "Kim Jong-un", "Sergueï Choïgou"]:
            result = search_json(self.db, "--person", person, "--limit", "1000")
            self.assertEqual(result["total"], counted[person], person)
            for hit in result["results"]:
                names = {e["name"] for e in hit["entities"] if e["type"] == "person"}
                self.assertIn(person, names, hit["id"])

    def test_a_name_in_another_language_or_script_filters_to_the_same_articles(self):
        poutine = search_json(self.db, "--person", "Vladimir Poutine", "--limit", "1000")
        for alias in ["Putin", "Poutine", "Путин", "Wladimir Putin", "vladimir poutine"]:
            other = search_json(self.db, "--person", alias, "--limit", "1000")
            self.assertEqual(sorted(h["id"] for h in other["results"]),
                             sorted(h["id"] for h in poutine["results"]), alias)
        # The English, Russian and German articles name him in their own languages.
        ids = {h["id"] for h in poutine["results"]}
        self.assertIn("articles/en/001-putin-pyongyang-treaty.txt", ids)
        self.assertIn("articles/ru/001-poslanie-putina.txt", ids)

    def test_accent_variants_are_one_person(self):
        # fr/005 writes "Serguei Choigou" without accents.
        result = search_json(self.db, "--person", "Sergueï Choïgou", "--limit", "100")
        self.assertIn("articles/fr/005-choigou-pyongyang.txt", [h["id"] for h in result["results"]])
        self.assertNotIn("Serguei Choigou", facet(self.everything, "person"))

    def test_father_and_son_are_different_people(self):
        people = {e["name"] for e in json.loads(kiosque(
            "show", "--db", self.db, "--json", "articles/fr/006-kim-jong-il-anniversaire.txt",
            check=EXIT_OK).stdout)["entities"] if e["type"] == "person"}
        self.assertIn("Kim Jong-il", people)
        self.assertIn("Kim Jong-un", people)
        self.assertNotIn("Kim", people)

    def test_photographers_are_not_persons(self):
        counted = facet(self.everything, "person")
        for photographer in ["Léa Morvan", "Olivier Chassagne", "Tomas Vaitkus", "Daniel Havers"]:
            self.assertNotIn(photographer, counted)
        shown = json.loads(kiosque("show", "--db", self.db, "--json", "articles/fr/001-kim-train-russie.txt",
                                   check=EXIT_OK).stdout)
        self.assertEqual(shown["credits"], ["AFP / Léa Morvan"])

    def test_date_filters(self):
        result = search_json(self.db, "--from", "2023-01", "--to", "2023-06", "--facets", "--limit", "0")
        months = facet(result, "month")
        self.assertTrue(months)
        self.assertTrue(all("2023-01" <= m <= "2023-06" for m in months), months)
        self.assertEqual(result["total"], sum(months.values()))
        day = search_json(self.db, "--from", "2023-09-12", "--to", "2023-09-12", "--limit", "10")
        self.assertEqual([h["id"] for h in day["results"]], ["articles/fr/001-kim-train-russie.txt"])

    def test_bad_filters_are_clear_errors(self):
        for args, message in [(["--from", "2023-13"], "bad date"), (["--from", "2024", "--to", "2023"], "empty date range"),
                              (["--to", "yesterday"], "bad date")]:
            proc = kiosque("search", "--db", self.db, *args)
            self.assertEqual(proc.returncode, 4, args)
            self.assertIn(message, proc.stderr)


class ExactCounts(TempDirTest):
    def test_counts_cover_every_match_not_just_the_top_results(self):
        # 30 articles match "récolte". The ten best-ranked (the word repeated)
        # name Jeanne Morel; the twenty others name Paul Girard. Counting only
        # the top results would show Jeanne Morel alone.
        for i in range(10):
            self.write(f"a/top{i}.txt", f"date 2021-0{1 + i % 9} La récolte, la récolte et encore la récolte. "
                                        f"Jeanne Morel a parlé de la récolte à Lyon.")
        for i in range(20):
            self.write(f"a/low{i}.txt", f"date 2022-0{1 + i % 9} Un long article sur les vignes, les vendanges, "
                                        f"le climat, les prix et le marché, qui cite une seule fois la récolte. "
                                        f"Paul Girard a répondu aux questions des journalistes à Bordeaux.")
        kiosque("index", "--db", self.path("db"), self.path("a"), check=EXIT_OK)
        result = search_json(self.path("db"), "récolte", "--facets", "--limit", "10")
        self.assertEqual(result["total"], 30)
        self.assertTrue(all(h["id"].startswith("top") for h in result["results"]))
        persons = facet(result, "person")
        self.assertEqual(persons.get("Paul Girard"), 20)
        self.assertEqual(persons.get("Jeanne Morel"), 10)
        self.assertEqual(facet(result, "year"), {"2021": 10, "2022": 20})
        self.assertEqual(facet(result, "place"), {"Bordeaux": 20, "Lyon": 10})


class UserAliases(TempDirTest):
    def test_a_user_alias_file_renames_and_reindexing_applies_a_change(self):
        self.write("a/1.txt", "date 2021-05 Le maire Jean Dupont a inauguré le marché de Lyon.")
        self.write("a/2.txt", "date 2021-06 Jean-Pierre Dupont, maire de Lyon, a visité l'école.")
        aliases = self.write("aliases.txt", "# test\nperson  Jean-Pierre Dupont | Jean Dupont\n")
        db = self.path("db")
        kiosque("index", "--db", db, "--aliases", aliases, self.path("a"), check=EXIT_OK)
        result = search_json(db, "--person", "Jean Dupont", "--facets", "--limit", "10")
        self.assertEqual(result["total"], 2)
        self.assertEqual(facet(result, "person"), {"Jean-Pierre Dupont": 2})

        self.write("aliases.txt", "person  Jean Dupont | Jean-Pierre Dupont\n")
        counts = index_summary(kiosque("index", "--db", db, "--aliases", aliases, self.path("a"), check=EXIT_OK).stdout)
        self.assertEqual(counts["updated"], 2)  # a changed alias file re-indexes
        result = search_json(db, "--person", "Jean-Pierre Dupont", "--facets", "--limit", "10")
        self.assertEqual(facet(result, "person"), {"Jean Dupont": 2})

    def test_a_malformed_alias_file_is_a_clear_fatal_error(self):
        self.write("a/1.txt", "date 2021-05 Texte.")
        aliases = self.write("aliases.txt", "person  A | B\nsomething else\n")
        proc = kiosque("index", "--db", self.path("db"), "--aliases", aliases, self.path("a"))
        self.assertEqual(proc.returncode, 1)
        self.assertIn("aliases.txt:2:", proc.stderr)


if __name__ == "__main__":
    main()
