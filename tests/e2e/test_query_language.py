"""The query language through the real binary on sample_corpus/: each kind of
query gives the articles computed another way (the --person/--lang/--from
options, set operations on simpler searches, or the corpus text itself), a
misspelled word gets a suggestion, and a malformed query exits 4 with a
message saying what to fix and where."""
import json
import os
import re
import shutil
import tempfile
import unicodedata
import unittest

from harness import EXIT_BAD_QUERY, EXIT_OK, SAMPLE_CORPUS, kiosque, main

DISPATCHES = os.path.join(SAMPLE_CORPUS, "dispatches.jsonl")


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def corpus_texts():
    """id -> text of every article, as kiosque index names them."""
    texts = {}
    for root, _, files in os.walk(SAMPLE_CORPUS):
        for name in files:
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    texts[os.path.relpath(path, SAMPLE_CORPUS)] = f.read()
    with open(DISPATCHES, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                article = json.loads(line)
                texts[article["id"]] = article.get("title", "") + "\n" + article["text"]
    return texts


class QueryLanguage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-query-")
        cls.db = os.path.join(cls.tmp, "db")
        kiosque("index", "--db", cls.db, "--quiet", SAMPLE_CORPUS, DISPATCHES, check=EXIT_OK)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def search(self, *args):
        return json.loads(kiosque("search", "--db", self.db, "--json", "--limit", "1000", *args, check=EXIT_OK).stdout)

    def ids(self, query, *options):
        return {r["id"] for r in self.search(*options, "--", query)["results"]}

    def options_ids(self, *options):
        return {r["id"] for r in self.search(*options)["results"]}

    def assert_nonempty_equal(self, found, expected, query):
        self.assertTrue(expected, f"the check for {query!r} expects nothing: pick another query")
        self.assertEqual(found, expected, query)

    def test_or_and_precedence(self):
        ukraine, israel, guerre = self.ids("ukraine"), self.ids("israël"), self.ids("guerre")
        self.assert_nonempty_equal(self.ids("ukraine OR israël"), ukraine | israel, "ukraine OR israël")
        self.assert_nonempty_equal(self.ids("l'ukraine OR d’israël"), ukraine | israel, "l'ukraine OR d’israël")
        # The implicit AND binds tighter than OR (the two readings differ here).
        retraites = self.ids("retraites")
        self.assertNotEqual((guerre & ukraine) | retraites, guerre & (ukraine | retraites))
        self.assert_nonempty_equal(self.ids("guerre ukraine OR retraites"), (guerre & ukraine) | retraites,
                                   "guerre ukraine OR retraites")
        self.assert_nonempty_equal(self.ids("guerre (ukraine OR retraites)"), guerre & (ukraine | retraites),
                                   "guerre (ukraine OR retraites)")
        # Lower-case "or" is a word, not an operator (and a stopword here).
        self.assertEqual(self.ids("ukraine or"), ukraine)

    def test_exclusions_of_words_groups_and_fields(self):
        ukraine, russie, guerre = self.ids("ukraine"), self.ids("russie"), self.ids("guerre")
        poutine = self.options_ids("--person", "Poutine")
        self.assert_nonempty_equal(self.ids("ukraine -guerre"), ukraine - guerre, "ukraine -guerre")
        self.assert_nonempty_equal(self.ids("ukraine -person:Poutine"), ukraine - poutine, "ukraine -person:Poutine")
        query = "(ukraine OR russie) -(guerre OR person:Poutine)"
        self.assert_nonempty_equal(self.ids(query), (ukraine | russie) - (guerre | poutine), query)

    def test_fields_match_the_filter_options(self):
        for query, options in [("person:Putin", ["--person", "Vladimir Poutine"]),
                               ("person:\"Vladimir Poutine\"", ["--person", "Putin"]),
                               ("person:Путин", ["--person", "Poutine"]),
                               ("lang:de", ["--lang", "de"]),
                               ("date:2023-01..2023-06", ["--from", "2023-01", "--to", "2023-06"]),
                               ("date:..2022-06", ["--to", "2022-06"]),
                               ("date:2023-09-12", ["--from", "2023-09-12", "--to", "2023-09-12"]),
                               ("person:Poutine date:2023", ["--person", "Poutine", "--from", "2023", "--to", "2023"])]:
            self.assert_nonempty_equal(self.ids(query), self.options_ids(*options), query)
        # A field inside a group, and words with filters.
        ukraine, guerre = self.ids("ukraine"), self.ids("guerre")
        query = "guerre (person:Poutine OR place:Ukraine)"
        either = self.options_ids("--person", "Poutine") | self.options_ids("--place", "Ukraine")
        self.assert_nonempty_equal(self.ids(query), guerre & either, query)
        self.assert_nonempty_equal(self.ids("ukraine lang:fr"), ukraine & self.options_ids("--lang", "fr"),
                                   "ukraine lang:fr")

    def test_a_query_of_filters_only_scores_nothing(self):
        result = self.search("--", "person:Poutine date:2023")
        self.assertGreater(result["total"], 0)
        self.assertTrue(all(r["score"] == 0 for r in result["results"]))

    def test_prefix_finds_every_word_starting_with_it(self):
        expected = {id for id, text in corpus_texts().items() if re.search(r"\bnegoci\w*", fold(text))}
        self.assert_nonempty_equal(self.ids("négoci*"), expected, "négoci*")
        self.assertEqual(self.ids("NEGOCI*"), expected)

    def test_phrases_keep_stopwords_and_order(self):
        expected = {id for id, text in corpus_texts().items()
                    if re.search(r"\bla\W+guerre\W+en\W+ukraine\b", fold(text))}
        self.assert_nonempty_equal(self.ids("\"la guerre en Ukraine\""), expected, "\"la guerre en Ukraine\"")
        self.assertEqual(self.ids("« la guerre en Ukraine »"), expected)

    def test_phrases_match_either_number(self):
        # The sample corpus writes "services de renseignement" only in the plural.
        expected = {id for id, text in corpus_texts().items()
                    if re.search(r"\bservices?\W+de\W+renseignements?\b", fold(text))}
        for typed in ('"service de renseignement"', '"services de renseignement"', '"service de renseignements"'):
            self.assert_nonempty_equal(self.ids(typed), expected, typed)
        self.assertEqual(self.ids('"service renseignement"'), set())

    def test_stopwords_alone_are_searched(self):
        self.assertGreater(self.search("--", "la")["total"], 0)
        self.assertEqual(self.ids("la ukraine"), self.ids("ukraine"))

    def test_misspelled_words_get_a_suggestion(self):
        self.assertEqual(self.search("--", "poutin")["suggestion"], "poutine")
        self.assertEqual(self.search("--no-correct", "--", "zelenskyy kremln")["suggestion"], "zelensky kremlin")
        # Finding nothing as typed, the suggestion is searched instead (and said).
        corrected = self.search("--", "zelenskyy kremln")
        self.assertEqual((corrected["corrected_from"], corrected["searched_query"], corrected["suggestion"]),
                         ("zelenskyy kremln", "zelensky kremlin", None))
        self.assertGreater(corrected["total"], 0)
        self.assertIsNone(self.search("--", "ukraine")["suggestion"])
        text = kiosque("search", "--db", self.db, "--", "ukrain", check=EXIT_OK).stdout
        self.assertIn("Vouliez-vous dire : ukraine ?", text)
        self.assertNotIn("Vouliez-vous", kiosque("search", "--db", self.db, "--", "ukraine", check=EXIT_OK).stdout)

    def test_malformed_queries_exit_4_saying_what_and_where(self):
        for query, message in [('"la guerre', "unbalanced quote at character 1"),
                               ("ukraine (guerre", "unclosed '(' at character 9"),
                               ("ukraine)", "unexpected ')' at character 8"),
                               ("titre:guerre", "unknown field 'titre:' at character 1"),
                               ("guerre person:", "empty value for 'person:' at character 8"),
                               ("date:2023-13", "bad date '2023-13' at character 6"),
                               ("date:2023-06..2023-01", "empty date range"),
                               ("OR ukraine", "OR has nothing before it at character 1"),
                               ("ukraine OR", "OR has nothing after it at character 9"),
                               ("x" * 1001, "query too long")]:
            proc = kiosque("search", "--db", self.db, "--", query)
            self.assertEqual(proc.returncode, EXIT_BAD_QUERY, query)
            self.assertIn("bad query", proc.stderr)
            self.assertIn(message, proc.stderr, query)
            self.assertEqual(proc.stdout, "", query)

    def test_colons_in_text_are_not_fields(self):
        for query in ["20:30", "http://example.org", "Attention: guerre"]:
            kiosque("search", "--db", self.db, "--", query, check=EXIT_OK)


if __name__ == "__main__":
    main()
