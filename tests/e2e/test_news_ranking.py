"""News ranking through the real binary and the real HTTP server, on the
sample corpus plus invented articles (search/news_signals.h,
search/relevance_floor.h): the query's words in a title, the query's words
next to each other, an article about the person a query names above one
naming her in passing, and, sorted by date, a relevance floor that keeps a
weak newest match out and says how many it left out.

Each pair is built so that BM25 alone ranks the wrong one first (the right
one is longer, or names the words fewer times): the test fails if the
signal stops counting."""
import json
import os
import shutil
import tempfile
import unittest

from harness import EXIT_OK, EXIT_USAGE, SAMPLE_CORPUS, kiosque, main
from http_harness import Server

FILLER = ("Le conseil municipal a examiné le budget annexe, puis la commission a rendu son avis sur les travaux "
          "de voirie prévus au printemps, avant un long débat sur les horaires de la médiathèque. ")

ARTICLES = [
    # The words in the title, once in the text, in a longer article...
    {"id": "title-words", "date": "2021-03-02", "title": "Le viaduc de la Sorgelle sera consolidé",
     "text": "Les ingénieurs ont rendu leur rapport sur l'ouvrage. " + FILLER * 12 + "Le viaduc restera ouvert."},
    # ...against a short one that repeats them in its text only.
    {"id": "text-words", "date": "2021-03-03", "title": "Travaux : la semaine dans le canton",
     "text": "Le viaduc de la Sorgelle, le viaduc nord de la Sorgelle, le viaduc sud de la Sorgelle : trois "
             "chantiers cette semaine."},

    # The two words side by side, in a longer article...
    {"id": "words-together", "date": "2021-04-10", "title": "Une saison difficile pour les pêcheurs",
     "text": "La marée verte a envahi la baie dès le mois de mai. " + FILLER * 5 + "Les pêcheurs attendent l'été."},
    # ...against a shorter one that has them far apart.
    {"id": "words-apart", "date": "2021-04-11", "title": "Chronique du littoral",
     "text": "La marée a été forte ce week-end sur la digue. " + FILLER * 2 +
             "Au jardin public, la pelouse est restée verte malgré la chaleur."},

    # An article about a person (named in its title, its first paragraph,
    # several times), long...
    {"id": "about-person", "date": "2021-05-20", "title": "Odile Marchetti prend la tête de l'agence de l'eau",
     "text": "La préfète Odile Marchetti a été nommée lundi à la tête de l'agence régionale de l'eau. " + FILLER * 20 +
             "Mme Marchetti a présenté ses priorités aux élus. Selon Mme Marchetti, les nappes doivent être "
             "protégées."},
    # ...and shorter articles about something else, naming her in passing,
    # after their first paragraph, with her full name more often.
    {"id": "passing-1", "date": "2021-05-21", "title": "Le festival de jazz dévoile son affiche",
     "text": "Le festival de jazz ouvrira en juillet avec une chorale.\n\n"
             "La préfète Odile Marchetti a promis de venir. Odile Marchetti est attendue au concert."},
    {"id": "passing-2", "date": "2021-05-22", "title": "La foire aux plants attire la foule",
     "text": "La foire aux plants a attiré la foule samedi.\n\n"
             "Parmi les visiteurs, Odile Marchetti, venue en voisine, et Odile Marchetti encore le dimanche."},

    # Sorted by date: strong matches, older...
    {"id": "pension-reform-1", "date": "2021-06-01", "title": "La réforme des retraites arrive au Parlement",
     "text": "La réforme des retraites sera débattue cette semaine. Les syndicats contestent la réforme des "
             "retraites et son calendrier."},
    {"id": "pension-reform-2", "date": "2021-06-08", "title": "Retraites : la réforme adoptée en commission",
     "text": "La commission a adopté la réforme des retraites après deux jours de débat sur les retraites."},
    {"id": "pension-reform-3", "date": "2021-06-15", "title": "Réforme des retraites : les points clés",
     "text": "Ce que change la réforme des retraites pour les salariés : l'âge, la durée, les retraites "
             "minimales."},
    # ...and a weak match, the newest: one word of the stem in passing, in a
    # long story about something else.
    {"id": "weak-newest", "date": "2021-09-30", "title": "Le club de randonnée fête ses quarante ans",
     "text": "Le club de randonnée a soufflé ses quarante bougies. " + FILLER * 12 +
             "Une retraitée, fidèle depuis la première sortie, a raconté la réforme des statuts du club."},

    # A filler word of the query ("pendant") early, its one real word late.
    {"id": "filler-early", "date": "2021-10-05", "title": "Les riverains du Lézon préparent l'hiver",
     "text": "Pendant des années, la mairie a repoussé ses projets. " + FILLER * 3 +
             "Les digues seront rehaussées avant la prochaine crue du Lézon."},
]


def search(db, *args):
    return json.loads(kiosque("search", "--db", db, "--json", "--limit", "50", *args, check=EXIT_OK).stdout)


def ranked_ids(db, query):
    return [r["id"] for r in search(db, "--", query)["results"]]


class NewsRanking(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-news-ranking-")
        cls.db = os.path.join(cls.tmp, "db")
        corpus = os.path.join(cls.tmp, "invented.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for article in ARTICLES:
                f.write(json.dumps(dict(article, lang="fr")) + "\n")
        kiosque("index", "--db", cls.db, "--quiet", SAMPLE_CORPUS, os.path.join(SAMPLE_CORPUS, "dispatches.jsonl"),
                corpus, check=EXIT_OK)
        cls.server = Server(cls.db, "--quiet", "--cache-mb", "0")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def before(self, ranked, first, second):
        self.assertIn(first, ranked)
        self.assertIn(second, ranked)
        self.assertLess(ranked.index(first), ranked.index(second), ranked)

    def test_words_in_the_title_rank_above_the_same_words_in_the_text(self):
        self.before(ranked_ids(self.db, "viaduc Sorgelle"), "title-words", "text-words")

    def test_words_next_to_each_other_rank_above_words_far_apart(self):
        self.before(ranked_ids(self.db, "marée verte"), "words-together", "words-apart")

    def test_an_article_about_the_person_ranks_above_passing_mentions(self):
        # The index knows her as a person: the filter finds all three.
        by_filter = {r["id"] for r in search(self.db, "--person", "Odile Marchetti")["results"]}
        self.assertEqual(by_filter, {"about-person", "passing-1", "passing-2"})
        ranked = ranked_ids(self.db, "Odile Marchetti")
        self.assertEqual(ranked[0], "about-person", ranked)

    def test_snippets_show_the_words_searched_not_the_filler_words(self):
        query = "pendant la crue"
        status, _, body = self.server.get("/api/search", q=query)
        self.assertEqual(status, 200)
        snippet = next(r["snippet"] for r in body["results"] if r["id"] == "filler-early")
        self.assertIn("<mark>crue</mark>", snippet)
        self.assertNotIn("<mark>Pendant</mark>", snippet)
        # The article view highlights the same word, once.
        status, _, doc = self.server.get("/api/doc/filler-early", q=query)
        self.assertEqual(status, 200)
        self.assertEqual(len(doc["matches"]), 1, doc["matches"])

    def test_sorted_by_date_a_weak_newest_match_is_left_out_and_counted(self):
        query = "réforme des retraites"
        by_relevance = search(self.db, "--", query)
        self.assertIn("weak-newest", [r["id"] for r in by_relevance["results"]])
        self.assertEqual(by_relevance["below_floor"], 0)

        by_date = search(self.db, "--sort", "date", "--", query)
        ids = [r["id"] for r in by_date["results"]]
        self.assertNotIn("weak-newest", ids)
        self.before(ids, "pension-reform-3", "pension-reform-2")
        self.before(ids, "pension-reform-2", "pension-reform-1")
        # The total counts what is listed; below_floor what was left out: together, every match.
        self.assertEqual(by_date["total"], len(ids))
        self.assertGreaterEqual(by_date["below_floor"], 1)
        self.assertEqual(by_date["total"] + by_date["below_floor"], by_relevance["total"])
        dates = [r["date"] for r in by_date["results"]]
        self.assertEqual(dates, sorted(dates, reverse=True))

        text = kiosque("search", "--db", self.db, "--sort", "date", "--", query, check=EXIT_OK).stdout
        self.assertIn("%d matching articles" % by_date["total"], text)
        self.assertIn("%d article" % by_date["below_floor"], text)

        # The API: the same list and counts, and every page of it.
        status, _, body = self.server.get("/api/search", q=query, sort="date", size=50, collapse="false")
        self.assertEqual(status, 200)
        self.assertEqual([r["id"] for r in body["results"]], ids)
        self.assertEqual((body["total"], body["below_floor"]), (by_date["total"], by_date["below_floor"]))
        status, _, relevance = self.server.get("/api/search", q=query, size=50, collapse="false")
        self.assertEqual(relevance["below_floor"], 0)
        self.assertIn("weak-newest", [r["id"] for r in relevance["results"]])

    def test_words_in_most_articles_are_listed_newest_first(self):
        # A stopword in most articles weighs nothing in BM25: by relevance, its matches come newest first,
        # scores 0, and it is said.
        query = "la"
        everything = json.loads(kiosque("search", "--db", self.db, "--json", "--limit", "10000", "--", query,
                                        check=EXIT_OK).stdout)
        self.assertTrue(everything["newest_first"])
        listed = everything["results"]
        self.assertEqual(len(listed), everything["total"])  # every match, each once
        self.assertEqual(len({r["id"] for r in listed}), len(listed))
        self.assertGreater(len(listed), 50)
        dates = [r["date"] for r in listed if r["date"]]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(listed[-1]["date"] is None, any(r["date"] is None for r in listed))  # undated last
        self.assertEqual({r["score"] for r in listed}, {0})
        self.assertIn("trop courants pour classer par pertinence", kiosque("search", "--db", self.db, "--", query, check=EXIT_OK).stdout)

        # The API: the same order, page after page; a rare word stays ranked by relevance.
        ids = [r["id"] for r in listed]
        for page in (1, 2, 3):
            status, _, body = self.server.get("/api/search", q=query, size=7, page=page, collapse="false")
            self.assertEqual(status, 200)
            self.assertTrue(body["newest_first"])
            self.assertEqual([r["id"] for r in body["results"]], ids[7 * (page - 1):7 * page])
        status, _, body = self.server.get("/api/search", q="viaduc")
        self.assertFalse(body["newest_first"])
        self.assertGreater(body["results"][0]["score"], 0)

    def test_sort_option_is_checked(self):
        proc = kiosque("search", "--db", self.db, "--sort", "newest", "--", "viaduc", check=EXIT_USAGE)
        self.assertIn("--sort", proc.stderr)


if __name__ == "__main__":
    main()
