"""The JSON API of `kiosque serve`, through the real server on a free port,
against sample_corpus/ plus a few articles written here (a script injection,
a republished dispatch, an emoji before a name). Counts are checked against
`kiosque search --facets --json`, offsets against `kiosque show --json`."""
import html
import json
import os
import re
import shutil
import tempfile
import unittest

from harness import EXIT_OK, SAMPLE_CORPUS, index_sample_with, kiosque, main
from http_harness import Server

ALL_FACETS = ["person", "place", "org", "lang", "year", "month", "source", "mentioned"]

with open(os.path.join(SAMPLE_CORPUS, "articles", "fr", "003-cereales-istanbul.txt"), encoding="utf-8") as f:
    CEREALES = f.read()
# Republished with small edits: a changed word, a sentence added.
REPUBLISHED = CEREALES.replace("vendredi", "ce vendredi", 1) + "\n\nMise à jour à 18 h avec la réaction de Kiev.\n"
EXTRA = {
    "xss.txt": "date 2024-01-05 Un article sur zorglub contenant <script>alert(1)</script> en clair, "
               "et \"x\" > y & rien d'autre.\n",
    "republie.txt": REPUBLISHED,
    "emoji.txt": "date 2024-02-01 😀 Réaction : Vladimir Poutine a répondu à Emmanuel Macron mardi à Moscou. "
                 "Vladimir Poutine a ensuite quitté la salle.\n",
}


def cli_search(db, *args):
    return json.loads(kiosque("search", "--db", db, "--json", "--facets", "--facet-limit", "100000",
                              "--limit", "1000", *args, check=EXIT_OK).stdout)


def counts(facet_list):
    return {v["value"]: v["count"] for v in facet_list}


def marked_words(snippet):
    return re.findall(r"<mark>(.*?)</mark>", snippet)


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


class HttpApi(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-http-")
        cls.db = os.path.join(cls.tmp, "db")
        index_sample_with(cls.db, os.path.join(cls.tmp, "extra"), EXTRA)
        cls.server = Server(cls.db, "--quiet")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def search(self, **params):
        status, headers, body = self.server.get("/api/search", **params)
        self.assertEqual(status, 200, body)
        self.assertTrue(headers["Content-Type"].startswith("application/json"))
        return body

    def assert_error(self, path, status, code, **params):
        got_status, headers, body = self.server.get(path, **params)
        self.assertEqual((got_status, body.get("error", {}).get("code")), (status, code), body)
        self.assertEqual(list(body), ["error"])
        self.assertEqual(sorted(body["error"]), ["code", "message", "params", "reason"])
        self.assertTrue(body["error"]["message"])
        self.assertTrue(headers["Content-Type"].startswith("application/json"))
        return body["error"]["message"]

    # ---- /api/search: shape, counts, filters ----

    def test_search_answers_the_documented_shape(self):
        body = self.search(q="ukraine")
        self.assertEqual(list(body), ["query", "total", "total_exact", "below_floor", "newest_first", "page", "size", "max_page", "sort", "op", "results",
                                      "facets", "suggestion", "searched_query", "corrected_from", "optional_words",
                                      "filter_suggestions", "timing_ms"])
        self.assertEqual(body["filter_suggestions"], [])
        self.assertEqual((body["query"], body["total_exact"], body["page"], body["size"], body["sort"], body["op"]),
                         ("ukraine", True, 1, 10, "relevance", "or"))
        self.assertEqual(len(body["results"]), 10)
        for r in body["results"]:
            for key in ["id", "title", "date", "lang", "score", "url", "snippet", "entities", "duplicates"]:
                self.assertIn(key, r)
            self.assertIsInstance(r["duplicates"], int)
            self.assertLessEqual(len(r["entities"]), 5)
            mentions = [e["count"] for e in r["entities"]]
            self.assertEqual(mentions, sorted(mentions, reverse=True))
            for e in r["entities"]:
                self.assertEqual(sorted(e), ["count", "name", "type"])
        self.assertEqual(list(body["facets"]), ALL_FACETS)
        for values in body["facets"].values():
            for v in values:
                self.assertEqual(sorted(v), ["count", "selected", "value"])
        self.assertGreaterEqual(body["timing_ms"], 0)

    def test_totals_and_facet_counts_equal_the_cli(self):
        cases = [
            ({"q": "ukraine"}, ["ukraine"]),
            ({"q": "négociations"}, ["négociations"]),
            ({"q": "ukraine", "from": "2022", "to": "2023-06"}, ["--from", "2022", "--to", "2023-06", "ukraine"]),
            ({"q": "\"mer noire\""}, ["\"mer noire\""]),
        ]
        for params, cli_args in cases:
            with self.subTest(params=params):
                api = self.search(facet_limit=1000, collapse="false", size=100, **params)
                cli = cli_search(self.db, "--", *cli_args) if "from" not in params else \
                    cli_search(self.db, *cli_args[:-1], "--", cli_args[-1])
                self.assertEqual(api["total"], cli["total"])
                self.assertEqual([r["id"] for r in api["results"]], [r["id"] for r in cli["results"]])
                for name in ["person", "place", "org", "lang"] + ([] if "from" in params else ["year", "month"]):
                    self.assertEqual(counts(api["facets"][name]), counts(cli["facets"][name]), name)

    def test_a_selected_facet_is_counted_without_its_own_selection(self):
        api = self.search(person="Vladimir Poutine", lang="fr", facet_limit=1000)
        cli = cli_search(self.db, "--person", "Vladimir Poutine", "--lang", "fr")
        self.assertEqual(api["total"], cli["total"])
        # Other facets: over the results.
        self.assertEqual(counts(api["facets"]["place"]), counts(cli["facets"]["place"]))
        # Languages: as if no language were chosen; persons: as if no person were.
        no_lang = cli_search(self.db, "--person", "Vladimir Poutine")
        self.assertEqual(counts(api["facets"]["lang"]), counts(no_lang["facets"]["lang"]))
        self.assertGreater(len(api["facets"]["lang"]), 1)
        no_person = cli_search(self.db, "--lang", "fr")
        self.assertEqual(counts(api["facets"]["person"]), counts(no_person["facets"]["person"]))
        selected = {(f, v["value"]) for f in ALL_FACETS for v in api["facets"][f] if v["selected"]}
        self.assertEqual(selected, {("person", "Vladimir Poutine"), ("lang", "fr")})

    def test_op_or_and_and_combine_values_of_one_facet(self):
        a, b = "Vladimir Poutine", "Emmanuel Macron"
        ids_a = {r["id"] for r in cli_search(self.db, "--person", a)["results"]}
        ids_b = {r["id"] for r in cli_search(self.db, "--person", b)["results"]}
        any_of = self.search(person=[a, b], size=100, collapse="false")
        self.assertEqual(any_of["op"], "or")
        self.assertEqual(any_of["total"], len(ids_a | ids_b))
        self.assertEqual({r["id"] for r in any_of["results"]}, ids_a | ids_b)
        all_of = self.search(person=[a, b], op="and", size=100, collapse="false")
        self.assertEqual(all_of["op"], "and")
        self.assertEqual({r["id"] for r in all_of["results"]}, ids_a & ids_b)
        self.assertGreater(len(ids_a | ids_b), len(ids_a & ids_b))
        # Under "or" a person's count is what choosing it adds; under "and",
        # what remains when it is added.
        self.assertEqual(counts(any_of["facets"]["person"])[a], len(ids_a))
        self.assertEqual(counts(all_of["facets"]["person"])[a], len(ids_a & ids_b))
        for body in (any_of, all_of):
            self.assertEqual({v["value"] for v in body["facets"]["person"] if v["selected"]}, {a, b})

    def test_an_alias_selects_the_canonical_name(self):
        body = self.search(person="Putin")
        self.assertEqual(body["total"], cli_search(self.db, "--person", "Vladimir Poutine")["total"])
        self.assertIn(("Vladimir Poutine", True), [(v["value"], v["selected"]) for v in body["facets"]["person"]])

    def test_selected_values_are_always_listed(self):
        rare = [v for v in cli_search(self.db, "ukraine")["facets"]["person"] if v["count"] == 1][-1]["value"]
        body = self.search(q="ukraine", person=[rare, "Personne Inconnue"], facet_limit=1)
        listed = {v["value"]: (v["count"], v["selected"]) for v in body["facets"]["person"]}
        self.assertEqual(listed[rare], (1, True))
        self.assertEqual(listed["Personne Inconnue"], (0, True))
        self.assertEqual(len([v for v in body["facets"]["person"] if not v["selected"]]), 1)

    def test_dates_in_the_range_are_selected(self):
        body = self.search(**{"from": "2023", "to": "2023"})
        years = {v["value"]: v["selected"] for v in body["facets"]["year"]}
        self.assertTrue(years["2023"])
        self.assertFalse(years["2022"])
        self.assertIn("2024", years)  # the date facet is counted without the date range
        self.assertTrue(all(v["selected"] == v["value"].startswith("2023") for v in body["facets"]["month"]))

    def test_pages_follow_each_other(self):
        whole = [r["id"] for r in self.search(sort="date", size=15)["results"]]
        pages = [r["id"] for page in (1, 2, 3) for r in self.search(sort="date", size=5, page=page)["results"]]
        self.assertEqual(pages, whole)
        self.assertEqual(len(set(pages)), 15)
        relevance = [r["id"] for r in self.search(q="guerre", size=9)["results"]]
        self.assertEqual(len(relevance), 9)
        self.assertEqual(relevance, [r["id"] for page in (1, 2, 3)
                                     for r in self.search(q="guerre", size=3, page=page)["results"]])
        past = self.search(q="ukraine", page=100)
        self.assertEqual((past["results"], past["page"]), ([], 100))
        self.assertGreater(past["total"], 0)

    def test_sort_by_date_is_newest_first_with_undated_last(self):
        body = self.search(sort="date", size=100, collapse="false")
        self.assertEqual(body["sort"], "date")
        self.assertEqual(body["total"], len(body["results"]))  # no words, no filters: every article
        dates = [r["date"] for r in body["results"]]
        dated = [d for d in dates if d]
        self.assertEqual(dated, sorted(dated, reverse=True))
        self.assertEqual(dates, dated + [None] * (len(dates) - len(dated)))
        self.assertIn(None, dates)

    def test_a_misspelled_word_gets_a_suggestion(self):
        self.assertEqual(self.search(q="poutin")["suggestion"], "poutine")
        self.assertIsNone(self.search(q="ukraine")["suggestion"])
        self.assertIsNone(self.search(person="Vladimir Poutine")["suggestion"])

    # ---- snippets ----

    def test_snippets_mark_what_the_query_matched(self):
        results = self.search(q="ukraine", size=20)["results"]
        marks = [w for r in results for w in marked_words(r["snippet"])]
        self.assertTrue(all(r["snippet"].count("<mark>") >= 1 for r in results))
        self.assertEqual({w.lower() for w in marks}, {"ukraine"})
        joined = " ".join(r["snippet"] for r in results)
        self.assertIn("l&#39;<mark>Ukraine</mark>", joined)
        self.assertIn("d’<mark>Ukraine</mark>", joined)
        stems = self.search(q="négociations", size=20)["results"]
        self.assertIn("négocier", [w for r in stems for w in marked_words(r["snippet"])])

    def test_snippets_are_short_and_escaped(self):
        body = self.search(q="zorglub")
        self.assertEqual([r["id"] for r in body["results"]], ["xss.txt"])
        snippet = body["results"][0]["snippet"]
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", snippet)
        self.assertIn("&quot;x&quot; &gt; y", snippet)
        self.assertIn("&amp; rien", snippet)
        self.assertEqual(re.sub(r"</?mark>", "", snippet).count("<"), 0)
        for r in self.search(q="guerre", size=20)["results"]:
            text = html.unescape(re.sub(r"</?mark>", "", r["snippet"]))
            self.assertLessEqual(len(text), 300, r["id"])

    # ---- near-duplicates ----

    def test_a_republished_article_is_collapsed_into_one_result(self):
        pair = {"articles/fr/003-cereales-istanbul.txt", "republie.txt"}
        collapsed = self.search(q="céréales mer noire")
        shown = [r for r in collapsed["results"] if r["id"] in pair]
        self.assertEqual(len(shown), 1)
        self.assertEqual(shown[0]["duplicates"], 1)
        self.assertEqual(set(shown[0]["duplicate_ids"]) | {shown[0]["id"]}, pair)
        both = self.search(q="céréales mer noire", collapse="false")
        self.assertEqual(pair & {r["id"] for r in both["results"]}, pair)
        self.assertEqual(collapsed["total"], both["total"])  # total counts articles
        self.assertTrue(all(r["duplicates"] == 0 for r in self.search(q="ukraine", size=30)["results"]
                            if r["id"] not in pair))

    # ---- /api/doc ----

    def test_doc_mentions_are_utf16_offsets_of_the_text(self):
        for doc_id in ["emoji.txt", "articles/ru/001-poslanie-putina.txt", "articles/fr/004-choigou-remplace.txt"]:
            with self.subTest(doc_id=doc_id):
                status, _, doc = self.server.get("/api/doc/" + doc_id.replace("/", "%2F"))
                self.assertEqual(status, 200, doc)
                self.assertEqual(list(doc), ["id", "title", "date", "lang", "url", "source", "credits", "blocks",
                                             "text", "entities", "dates"])
                self.assertEqual(doc["text"], "\n\n".join(b["text"] for b in doc["blocks"]))
                self.assertTrue({b["kind"] for b in doc["blocks"]} <= {"p", "h", "c"})
                shown = json.loads(kiosque("show", "--db", self.db, "--json", doc_id, check=EXIT_OK).stdout)
                text_bytes = shown["text"].encode("utf-8")
                self.assertTrue(doc["entities"])
                for entity, cli_entity in zip(doc["entities"], shown["entities"]):
                    self.assertEqual(entity["name"], cli_entity["name"])
                    self.assertEqual(entity["count"], len(entity["mentions"]))
                    for (start, end), (b_start, b_end) in zip(entity["mentions"], cli_entity["mentions"]):
                        self.assertEqual(utf16_slice(doc["text"], start, end),
                                         text_bytes[b_start:b_end].decode("utf-8"))
                # The same article as the CLI shows it (one article_json), offsets aside.
                self.assertEqual(list(shown), list(doc))
                for date, cli_date in zip(doc["dates"], shown["dates"]):
                    self.assertEqual(date["value"], cli_date["value"])
                    if "start" in date:
                        self.assertEqual(utf16_slice(doc["text"], date["start"], date["end"]),
                                         text_bytes[cli_date["start"]:cli_date["end"]].decode("utf-8"))
        _, _, emoji = self.server.get("/api/doc/emoji.txt")
        poutine = [e for e in emoji["entities"] if e["name"] == "Vladimir Poutine"][0]
        start, end = poutine["mentions"][0]
        self.assertEqual(utf16_slice(emoji["text"], start, end), "Vladimir Poutine")
        self.assertNotEqual(emoji["text"][start:end], "Vladimir Poutine")  # code points differ: the emoji

    def test_doc_ids_with_slashes_raw_or_encoded(self):
        for path in ["/api/doc/articles/fr/004-choigou-remplace.txt", "/api/doc/articles%2Ffr%2F004-choigou-remplace.txt"]:
            status, _, doc = self.server.get(path)
            self.assertEqual((status, doc["id"]), (200, "articles/fr/004-choigou-remplace.txt"))
        self.assert_error("/api/doc/articles/fr/nope.txt", 404, "not_found")

    # ---- /api/facet ----

    def test_facet_prefix_finds_any_word_without_accents_or_case(self):
        everything = self.search(facet_limit=1000)["facets"]["person"]
        for prefix in ["pout", "POUT", "poût", "vladimir p"]:
            status, _, body = self.server.get("/api/facet/person", prefix=prefix)
            self.assertEqual(status, 200, body)
            self.assertIn("Vladimir Poutine", [v["value"] for v in body["values"]], prefix)
        _, _, body = self.server.get("/api/facet/person", prefix="pout")
        self.assertEqual(body["values"][0]["count"], counts(everything)["Vladimir Poutine"])
        _, _, body = self.server.get("/api/facet/person", prefix="choï")
        self.assertEqual([v["value"] for v in body["values"]], ["Sergueï Choïgou"])

    def test_facet_counts_follow_the_query_and_the_limit(self):
        search = self.search(q="ukraine", facet_limit=1000)
        status, _, body = self.server.get("/api/facet/person", q="ukraine", limit=1000)
        self.assertEqual(status, 200)
        self.assertEqual(counts(body["values"]), counts(search["facets"]["person"]))
        self.assertEqual(body["total"], search["total"])
        _, _, two = self.server.get("/api/facet/person", q="ukraine", limit=2)
        self.assertEqual((len(two["values"]), two["more"]), (2, True))
        _, _, place = self.server.get("/api/facet/place", prefix="kie", person="Vladimir Poutine")
        self.assertEqual([v["value"] for v in place["values"]], ["Kiev"])
        _, _, months = self.server.get("/api/facet/month", prefix="2023-0")
        self.assertTrue(months["values"])
        self.assertTrue(all(v["value"].startswith("2023-0") for v in months["values"]))

    # ---- errors ----

    def test_bad_requests_answer_400_with_the_error_shape(self):
        cases = [
            ("/api/search", {"size": "0"}, "bad_parameter", "size"),
            ("/api/search", {"size": "101"}, "bad_parameter", "size"),
            ("/api/search", {"page": "0"}, "bad_parameter", "page"),
            ("/api/search", {"page": "deux"}, "bad_parameter", "page"),
            ("/api/search", {"page": "200", "size": "100"}, "bad_parameter", "page"),
            ("/api/search", {"sort": "title"}, "bad_parameter", "sort"),
            ("/api/search", {"op": "xor"}, "bad_parameter", "op"),
            ("/api/search", {"q": ["a", "b"]}, "bad_parameter", "q"),
            ("/api/search", {"qq": "ukraine"}, "unknown_parameter", "qq"),
            ("/api/search", {"q": "a" * 1001}, "limit_exceeded", "q"),
            ("/api/search", {"person": [f"P{i}" for i in range(21)]}, "limit_exceeded", "filter"),
            ("/api/search", {"q": "\"mer noire"}, "bad_query", "quote"),
            ("/api/search", {"from": "2023-13"}, "bad_query", "2023-13"),
            ("/api/facet/person", {"limit": "0"}, "bad_parameter", "limit"),
            ("/api/facet/person", {"page": "2"}, "unknown_parameter", "page"),
        ]
        for path, params, code, named in cases:
            with self.subTest(path=path, params=params):
                message = self.assert_error(path, 400, code, **params)
                self.assertIn(named, message)

    def test_unknown_paths_and_facets_answer_404_json(self):
        self.assert_error("/api/nope", 404, "not_found")
        self.assert_error("/api/doc/does-not-exist", 404, "not_found")
        self.assertIn("person", self.assert_error("/api/facet/persons", 404, "unknown_facet"))

    def test_invalid_utf8_is_refused_not_crashed_on(self):
        status, _, body = self.server.raw("/api/search?q=%FF%FE")
        self.assertEqual(status, 400)
        self.assertEqual(json.loads(body)["error"]["code"], "bad_parameter")
        self.assertEqual(self.server.get("/healthz")[0], 200)

    def test_healthz_counts_documents(self):
        status, _, body = self.server.get("/healthz")
        self.assertEqual(status, 200)
        self.assertEqual(body, {"status": "ok", "documents": self.search(size=1)["total"]})


if __name__ == "__main__":
    main()
