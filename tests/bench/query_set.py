"""The mixed query set of tests/bench/run, in a form every system translates
into its own query language: words (all must match), a phrase, a person
filter (by Kiosque's entity key, which Kiosque resolves from the name) and a
date range (inclusive days). Every query asks for the top 10 and exact counts
of the five facets: person, place, org, language, year/month.

Also the analysis probes: single words whose match counts show how each
system analyses French (elisions, stopwords, stemming).
"""

QUERIES = [
    {"label": "1 word", "words": ["retraites"]},
    {"label": "2 words", "words": ["réforme", "retraites"]},
    {"label": "3 words", "words": ["grève", "transports", "décembre"]},
    {"label": "phrase", "phrase": "état d'urgence"},
    {"label": "person filter", "person": "Emmanuel Macron"},
    {"label": "person+word", "words": ["europe"], "person": "Emmanuel Macron"},
    {"label": "date range", "words": ["confinement"], "from": "2020-03-01", "to": "2020-05-31"},
    {"label": "rare word", "words": ["pangolin"]},
    {"label": "common word", "words": ["france"]},
    {"label": "stopwords", "words": ["le", "la", "les", "de"]},
]

# Kiosque splits elisions (l'Ukraine -> ukraine), Xapian's TermGenerator
# keeps l'ukraine whole; PostgreSQL's french configuration drops stopwords;
# FTS5's unicode61 does not stem (climat vs climatique).
PROBES = ["ukraine", "la", "climat", "climatique", "élysée"]


def text_of(query):
    """The query as a Kiosque (and Xapian QueryParser) user types it."""
    parts = list(query.get("words", []))
    if query.get("phrase"):
        parts.append('"%s"' % query["phrase"])
    return " ".join(parts)


def kiosque_record(query):
    """A line of kiosque_query_bench's query file."""
    record = {"label": query["label"], "q": text_of(query)}
    if query.get("person"):
        record["person"] = [query["person"]]
    for key in ("from", "to"):
        if query.get(key):
            record[key] = query[key]
    return record


def http_params(query):
    """Parameters of GET /api/search: top 10, facets always counted."""
    params = {"q": text_of(query), "size": "10"}
    if query.get("person"):
        params["person"] = query["person"]
    for key in ("from", "to"):
        if query.get(key):
            params[key] = query[key]
    return params


def probe_query(word):
    return {"label": "probe " + word, "words": [word]}
