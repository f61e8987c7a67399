#!/usr/bin/env python3
"""A stand-in for `kiosque serve`, for developing the page before the server
exists. Local development only: no test uses it (the browser tests run the
real `kiosque serve`).

It serves web/assets/ like the real server and answers the JSON API by running
`kiosque search --json --facets` and `kiosque show --json`, converting their
output to the API's shapes (snippets are faked: the first sentences, escaped,
with the query's words marked).

    python3 tests/browser/dev_mock_server.py --db /tmp/index --port 8080
"""
import argparse
import html
import http.server
import json
import os
import re
import subprocess
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASSETS = os.path.join(ROOT, "web", "assets")
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
CSP = "default-src 'self'"


def utf16_offset(text_bytes, byte_offset):
    return len(text_bytes[:byte_offset].decode("utf-8", "replace").encode("utf-16-le")) // 2


class Handler(http.server.BaseHTTPRequestHandler):
    db = ""
    kiosque = ""

    def log_message(self, fmt, *args):
        sys.stderr.write("mock: " + fmt % args + "\n")

    def send(self, status, body, content_type):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def json(self, status, value):
        self.send(status, json.dumps(value, ensure_ascii=False), "application/json; charset=utf-8")

    def error(self, status, code, message):
        self.json(status, {"error": {"code": code, "message": message}})

    def run(self, *args):
        return subprocess.run([self.kiosque, args[0], "--db", self.db, *args[1:]], capture_output=True, text=True)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        path = urllib.parse.unquote(url.path)
        if path == "/healthz":
            return self.send(200, "ok\n", "text/plain")
        if path == "/":
            return self.asset("index.html")
        if path.startswith("/assets/"):
            return self.asset(path[len("/assets/"):])
        if path == "/api/search":
            return self.search(params)
        if path.startswith("/api/doc/"):
            return self.doc(path[len("/api/doc/"):])
        if path.startswith("/api/facet/"):
            return self.facet(path[len("/api/facet/"):], params)
        self.error(404, "not_found", f"no such path: {path}")

    def asset(self, name):
        full = os.path.normpath(os.path.join(ASSETS, name))
        if not full.startswith(ASSETS) or not os.path.isfile(full):
            return self.error(404, "not_found", f"no such asset: {name}")
        with open(full, "rb") as f:
            self.send(200, f.read(), TYPES.get(os.path.splitext(full)[1], "application/octet-stream"))

    def filter_args(self, params):
        args = []
        for name in ("person", "place", "org", "lang"):
            for v in params.get(name, []):
                if v:
                    args += [f"--{name}", v]
        for name in ("from", "to"):
            v = params.get(name, [""])[0]
            if v:
                args += [f"--{name}", v]
        return args

    def search_cli(self, params, limit, facet_limit):
        q = params.get("q", [""])[0]
        filters = self.filter_args(params)
        if not q and not filters:  # the CLI wants a query or a filter: every language matches all
            filters = [a for code in ("fr", "en", "de", "es", "it", "ru") for a in ("--lang", code)]
        args = ["search", "--json", "--facets", "--facet-limit", str(facet_limit), "--limit", str(limit), *filters]
        if q:
            args += ["--", q]
        return self.run(*args), q

    def search(self, params):
        page = int(params.get("page", ["1"])[0] or 1)
        size = int(params.get("size", ["10"])[0] or 10)
        sort = params.get("sort", ["relevance"])[0] or "relevance"
        op = params.get("op", ["and"])[0] or "and"
        if sort not in ("relevance", "date"):
            return self.error(400, "bad_sort", f"sort must be 'relevance' or 'date', got '{sort}'")
        proc, q = self.search_cli(params, 10000 if sort == "date" else page * size, 30)
        if proc.returncode != 0:
            return self.error(400, "bad_query", proc.stderr.strip().replace("kiosque search: ", ""))
        data = json.loads(proc.stdout)
        hits = data["results"]
        if sort == "date":
            hits.sort(key=lambda h: h["date"] or "", reverse=True)
        hits = hits[(page - 1) * size: page * size]
        texts = {}
        if hits:
            shown = self.run("show", "--json", *[h["id"] for h in hits])
            for line in shown.stdout.splitlines():
                if line.strip():
                    doc = json.loads(line)
                    texts[doc["id"]] = doc["text"]
        words = [w for w in re.findall(r"\w+", q.lower()) if len(w) > 2]
        selected = {name: set(params.get(name, [])) for name in ("person", "place", "org", "lang")}
        facets = {}
        for name in ("person", "place", "org", "lang", "year", "month"):
            values = data["facets"].get(name, [])
            facets[name] = [{"value": v["value"], "count": v["count"],
                             "selected": v["value"] in selected.get(name, ())} for v in values]
        results = []
        for h in hits:
            results.append({"id": h["id"], "title": h["title"], "date": h["date"], "lang": h["lang"],
                            "score": h["score"], "url": "", "snippet": snippet(texts.get(h["id"], ""), words),
                            "entities": h["entities"], "duplicates": []})
        self.json(200, {"query": q, "total": data["total"], "total_exact": True, "page": page, "size": size,
                        "sort": sort, "op": op, "results": results, "facets": facets,
                        "suggestion": "ukraine" if q.lower() == "ukrane" else None,
                        "filter_suggestions": data.get("filter_suggestions", []), "timing_ms": 3})

    def doc(self, raw_id):
        proc = self.run("show", "--json", raw_id)
        if proc.returncode != 0 or not proc.stdout.strip():
            return self.error(404, "not_found", f"no article with id '{raw_id}'")
        doc = json.loads(proc.stdout.splitlines()[0])
        text = doc["text"]
        b = text.encode("utf-8")
        for e in doc["entities"]:
            e["mentions"] = [[utf16_offset(b, s), utf16_offset(b, t)] for s, t in e["mentions"]]
        blocks = []
        for part in text.split("\n\n"):
            kind = "h" if len(part) < 80 and not re.search(r"[.!?»:]$", part) else "p"
            blocks.append({"kind": kind, "text": part})
        doc["blocks"] = blocks
        self.json(200, doc)

    def facet(self, name, params):
        if name not in ("person", "place", "org", "lang"):
            return self.error(400, "bad_facet", f"unknown facet '{name}': use person, place, org or lang")
        prefix = params.get("prefix", [""])[0].lower()
        limit = int(params.get("limit", ["50"])[0] or 50)
        proc, _ = self.search_cli(params, 0, 10000)
        if proc.returncode != 0:
            return self.error(400, "bad_query", proc.stderr.strip())
        values = json.loads(proc.stdout)["facets"].get(name, [])
        values = [v for v in values if any(w.lower().startswith(prefix) for w in [v["value"], *v["value"].split()])]
        self.json(200, {"facet": name, "values": values[:limit]})


def snippet(text, words):
    first = text[:240]
    escaped = html.escape(first, quote=False)
    for w in words:
        escaped = re.sub(r"(?i)\b(" + re.escape(w) + r"\w*)", r"<mark>\1</mark>", escaped)
    return escaped + ("…" if len(text) > 240 else "")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True)
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--kiosque", default=os.path.join(ROOT, "build", "cli", "kiosque"))
    a = p.parse_args()
    Handler.db, Handler.kiosque = a.db, a.kiosque
    print(f"mock: http://127.0.0.1:{a.port}/", file=sys.stderr)
    http.server.ThreadingHTTPServer(("127.0.0.1", a.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
