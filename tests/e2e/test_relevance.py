"""Queries as people type them, through the real binary and the real HTTP
server, on an archive of invented articles: query relaxation (few articles
with every word: question words stop being required, and the answer says
so), the word as typed above its stem, capitalised names never stemmed,
typing variants (bare elisions, codes, St-, verbs in the third person
plural), and automatic correction
(searched, said, and turned off by --no-correct / correct=false)."""
import json
import shutil
import tempfile
import unittest

from harness import EXIT_OK, kiosque, main
from http_harness import Server

ARTICLES = [
    ("question", "Quelles mesures pour les soignants pendant l'épidémie ? Le ministre répond aux hôpitaux."),
    ("conseil", "Le conseil municipal a voté le budget. Le conseil se réunit demain."),
    ("conseiller", "Un conseiller de la mairie a démissionné."),
    ("benali", "Le footballeur Benali a marqué deux buts."),
    ("euros", "Un plan de trois milliards d'euros pour les hôpitaux."),
    ("g20-hyphen", "Le sommet du G-20 se tient à Bali."),
    ("g20-glued", "Les dirigeants du G20 se retrouvent à Osaka."),
    ("classe-g", "La Classe G coûte 20 000 euros de plus."),
    ("covid", "La pandémie de COVID-19 a fermé les écoles."),
    ("saint-etienne", "Le maire de Saint-Étienne a inauguré le tramway."),
    ("kremlin", "Vladimir Poutine a reçu le président Emmanuel Macron au Kremlin de Moscou."),
    ("pasted", "Le préfet a estimé qu'il fallait l'interdire avant l'été pour éviter d'autres débordements."),
    ("today", "Aujourd'hui, la pluie tombe sur la ville."),
    ("block-plan", "Les agriculteurs veulent bloquer les routes du département."),
    ("block-bridge", "La préfecture a fait bloquer le pont."),
    ("blocked", "Les routes restent bloquées par les tracteurs."),
    ("taxis", "Les taxis bloquent l'aéroport."),
    ("parent", "Un parent d'élève témoigne devant la directrice."),
    ("parer", "Il faut parer au plus pressé."),
    ("sell-plan", "Les éleveurs veulent vendre leur lait plus cher."),
    ("sell-law", "La loi permet de vendre en direct."),
    ("sold", "Les producteurs vendent sur le marché."),
    ("centre", "Le vote contre la réforme."),
    ("contre-2", "Une manifestation contre le projet."),
    ("content", "Le maire se dit content du résultat."),
] + [("topic-%d" % i, "Nouvelles mesures pour les soignants face à l'épidémie, semaine %d." % i) for i in range(22)] \
  + [("benalla-%d" % i, "L'affaire Benalla revient devant les juges, épisode %d." % i) for i in range(12)]

QUESTION = "quelles mesures pour les soignants pendant l'épidémie"


def search(db, *args):
    return json.loads(kiosque("search", "--db", db, "--json", "--limit", "100", *args, check=EXIT_OK).stdout)


def ids(db, *args):
    return {r["id"] for r in search(db, *args)["results"]}


class Relevance(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="kiosque-relevance-")
        cls.db = cls.tmp + "/db"
        corpus = cls.tmp + "/corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            for article_id, text in ARTICLES:
                f.write(json.dumps({"id": article_id, "date": "2020-05-01", "title": "", "text": text}) + "\n")
        kiosque("index", "--db", cls.db, "--quiet", corpus, check=EXIT_OK)
        cls.server = Server(cls.db, "--quiet")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_relaxation_in_cli_json_text_and_api(self):
        every_word = search(self.db, "mesures soignants épidémie")
        self.assertEqual(every_word["total"], 23)
        self.assertEqual(every_word["optional_words"], [])
        relaxed = search(self.db, "--facets", QUESTION)
        self.assertEqual(relaxed["optional_words"], ["quelles", "pendant"])
        self.assertEqual(relaxed["total"], 23)
        self.assertEqual(relaxed["results"][0]["id"], "question")  # every word: first
        self.assertEqual(sum(v["count"] for v in relaxed["facets"]["year"]), 23)  # counts of the query run
        text = kiosque("search", "--db", self.db, QUESTION, check=EXIT_OK).stdout
        self.assertIn("Mots non requis (peu d'articles les ont tous) : quelles, pendant", text)
        status, _, body = self.server.get("/api/search", q=QUESTION)
        self.assertEqual(status, 200)
        self.assertEqual(body["optional_words"], ["quelles", "pendant"])
        self.assertEqual(body["total"], 23)
        self.assertEqual(sum(v["count"] for v in body["facets"]["year"]), 23)

    def test_word_as_typed_ranks_above_its_stem(self):
        results = search(self.db, "conseiller")["results"]
        self.assertEqual([r["id"] for r in results], ["conseiller", "conseil"])

    def test_capitalised_name_is_not_stemmed_and_correction_is_searched(self):
        typed = search(self.db, "--no-correct", "Benala")
        self.assertEqual(typed["total"], 0)  # not Benali through the stem "benal"
        self.assertEqual(typed["suggestion"], "Benalla")
        corrected = search(self.db, "Benala")
        self.assertEqual((corrected["corrected_from"], corrected["searched_query"]), ("Benala", "Benalla"))
        self.assertEqual(corrected["total"], 12)
        text = kiosque("search", "--db", self.db, "Benala", check=EXIT_OK).stdout
        self.assertIn("Résultats pour : Benalla — rechercher plutôt : Benala", text)
        status, _, body = self.server.get("/api/search", q="Benala")
        self.assertEqual((status, body["corrected_from"], body["searched_query"], body["total"]),
                         (200, "Benala", "Benalla", 12))
        status, _, body = self.server.get("/api/search", q="Benala", correct="false")
        self.assertEqual((status, body["corrected_from"], body["total"], body["suggestion"]),
                         (200, None, 0, "Benalla"))
        status, _, body = self.server.get("/api/search", q="Benala", correct="maybe")
        self.assertEqual(status, 400)

    def test_another_spelling_of_a_known_person_finds_it(self):
        for typed in ("Putin", "Путин"):
            with self.subTest(typed=typed):
                found = search(self.db, typed)
                self.assertEqual([r["id"] for r in found["results"]], ["kremlin"])
                self.assertIsNone(found["suggestion"])  # a known name is not a misspelling

    def test_typing_variants_find_what_the_canonical_form_finds(self):
        rows = [("milliards d euros", "milliards d'euros"), ("G-20", "G20"), ("G 20", "G20"), ("g20", "G-20"),
                ("COVID19", "COVID-19"), ("covid 19", "COVID-19"), ("St-Etienne", "Saint-Étienne"),
                ("aujourd hui", "aujourd'hui")]
        for typed, canonical in rows:
            with self.subTest(typed=typed):
                self.assertEqual(ids(self.db, typed), ids(self.db, canonical))
                self.assertTrue(ids(self.db, canonical))
                self.assertIsNone(search(self.db, typed)["suggestion"])
        self.assertEqual(ids(self.db, "G 20"), {"g20-hyphen", "g20-glued"})  # not the Classe G at 20 000 euros

    def test_verb_in_the_third_person_plural_finds_its_other_forms(self):
        # The French stemmer keeps "-ent": "bloquent" is also "bloquer", "bloquées".
        self.assertEqual(ids(self.db, "bloquent"), {"taxis", "block-plan", "block-bridge", "blocked"})
        self.assertEqual(ids(self.db, "vendent"), {"sold", "sell-plan", "sell-law"})
        # Not a noun the index writes more often than the verb it could be,
        # nor an adjective that ends like a verb of another group.
        self.assertEqual(ids(self.db, "parent"), {"parent"})
        self.assertEqual(ids(self.db, "content"), {"content"})

    def test_pasted_sentence_without_apostrophes_finds_its_article(self):
        sentence = "Le préfet a estimé qu il fallait l interdire avant l été pour éviter d autres débordements"
        found = search(self.db, sentence)
        self.assertEqual(found["results"][0]["id"], "pasted")
        # The bare letters are elisions, not words that match nothing.
        self.assertFalse({"qu", "l", "d"} & set(found["optional_words"]), found["optional_words"])


if __name__ == "__main__":
    main()
