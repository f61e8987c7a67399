"""The tables tests/bench/run prints, and the ratios kiosque/peer."""
from benchlib import MIB

LATENCY_ROWS = [("kiosque", "kiosque (library)"), ("kiosque-http", "kiosque (HTTP)"),
                ("xapian", "xapian"), ("postgres", "postgres"), ("sqlite", "sqlite")]


def fmt(value, pattern):
    return pattern % value if value is not None else "-"


def print_indexing(indexing):
    print("\nIndexing")
    print("%-10s %8s %9s %8s %8s %7s %8s %9s" % ("system", "docs", "seconds", "cpu s", "docs/s", "MB/s",
                                                 "RSS MiB", "size MiB"))
    for name, r in indexing.items():
        print("%-10s %8d %9.2f %8s %8.0f %7.2f %8s %9.1f" % (
            name, r["docs"], r["seconds"], fmt(r.get("cpu_seconds"), "%.2f"), r["docs_per_s"], r["mb_per_s"],
            fmt(r["peak_rss_bytes"] / MIB if r.get("peak_rss_bytes") else None, "%.1f"), r["size_bytes"] / MIB))


def print_latency(report):
    latency, per_query = report["latency_ms"], report["per_query"]
    rows = [(key, label) for key, label in LATENCY_ROWS if key in latency]
    print("\nQuery latency, ms (%d queries x %d rounds after a warm-up; top 10 + exact counts of 5 facets)"
          % (len(report["queries"]), report["rounds"]))
    print("%-18s %8s %8s %8s %8s" % ("system", "p50", "p95", "p99", "mean"))
    for key, label in rows:
        s = latency[key]
        print("%-18s %8.2f %8.2f %8.2f %8.2f" % (label, s["p50"], s["p95"], s["p99"], s["mean"]))
    print("\nPer query: median ms (matches)")
    names = [key for key, _ in rows]
    print("%-14s" % "query" + "".join("%18s" % n for n in names))
    for q in report["queries"]:
        cells = []
        for name in names:
            r = per_query[name][q["label"]]
            ms = sorted(r["ms"])
            cells.append("%18s" % ("%.2f (%d)" % (ms[len(ms) // 2], r["total"])))
        print("%-14s" % q["label"] + "".join(cells))


def print_throughput(runs):
    if not runs:
        return
    for name, t in runs.items():
        what = {"uncached": "answer cache off, every request searches",
                "cached": "answer cache on, as served by default"}.get(name, name)
        print("\nHTTP throughput, %s (wrk, %d connections, %d threads, %.0f s, the query set in turn): "
              "%.0f requests/s, %d requests, errors: %d non-2xx, %d socket; latency p50 %.1f ms, p99 %.1f ms" % (
                  what, t["connections"], t["threads"], t["seconds"], t["requests_per_s"], t["requests"],
                  t["non_2xx"], t["socket_errors"], t["p50_ms"], t["p99_ms"]))


def print_probes(probes):
    if not probes:
        return
    names = list(probes)
    labels = list(next(iter(probes.values())))
    print("\nAnalysis probes: matches for one word")
    print("%-14s" % "word" + "".join("%10s" % n for n in names))
    for label in labels:
        print("%-14s" % label.replace("probe ", "") + "".join("%10d" % probes[n][label] for n in names))


def top_overlap(report):
    """{peer: {label: articles in both its top 10 and Kiosque's}}: how far the
    rankings agree (the same article ids, in any order)."""
    per_query = report["per_query"]
    if "kiosque" not in per_query:
        return {}
    kiosque = per_query["kiosque"]
    return {peer: {label: len(set(r["top_ids"]) & set(kiosque[label]["top_ids"])) for label, r in results.items()}
            for peer, results in per_query.items() if peer not in ("kiosque", "kiosque-http")}


def print_overlap(report, overlap):
    if not overlap:
        return
    print("\nTop 10 shared with Kiosque's (same articles, any order; Kiosque's top 10 holds min(10, matches))")
    names = list(overlap)
    print("%-14s" % "query" + "%9s" % "kiosque" + "".join("%10s" % n for n in names))
    for q in report["queries"]:
        label = q["label"]
        print("%-14s" % label + "%9d" % len(report["per_query"]["kiosque"][label]["top_ids"]) +
              "".join("%10d" % overlap[n][label] for n in names))


def ratios(report):
    """kiosque/peer for each peer: docs/s (above 1: Kiosque faster), size and
    latency percentiles (below 1: Kiosque smaller, faster). Kiosque's docs/s
    is None when it queried an index this run did not build (--kiosque-db)."""
    indexing, latency = report["indexing"], report["latency_ms"]
    if "kiosque" not in latency:
        return {}
    k, kl = indexing.get("kiosque"), latency["kiosque"]
    size = k["size_bytes"] if k else report.get("kiosque_db_bytes")
    out = {}
    for peer in report["systems"]:
        if peer == "kiosque":
            continue
        p, pl = indexing[peer], latency[peer]
        out[peer] = {"docs_per_s": k["docs_per_s"] / p["docs_per_s"] if k else None,
                     "size": size / p["size_bytes"] if size else None,
                     "p50": kl["p50"] / pl["p50"], "p95": kl["p95"] / pl["p95"], "p99": kl["p99"] / pl["p99"]}
    return out


def print_report(report):
    if report["indexing"]:
        print_indexing(report["indexing"])
    print_latency(report)
    print_throughput(report["http_throughput"])
    print_probes(report["probes"])
    report["top10_shared_with_kiosque"] = top_overlap(report)
    print_overlap(report, report["top10_shared_with_kiosque"])
    out = ratios(report)
    if out:
        print("\nkiosque/peer (docs/s: above 1x Kiosque indexes faster; size, p50, p95, p99: below 1x Kiosque is "
              "smaller/faster; latency: the library's)")
        for peer, r in out.items():
            print("  kiosque/%-9s docs/s %6s   size %6s   p50 %6.2fx   p95 %6.2fx   p99 %6.2fx" % (
                peer, fmt(r["docs_per_s"], "%.2fx"), fmt(r["size"], "%.2fx"), r["p50"], r["p95"], r["p99"]))
    return out
