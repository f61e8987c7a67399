"""Integrity checks of a Kiosque index, for the crash tests (kill_trials):
after any interruption the index must open, pass xapian-check, and hold only
whole documents, each under one id that no other document has.

    problems, ids = check_index("/tmp/db")   # problems == [] when sound

Needs Xapian's Python bindings (Debian: python3-xapian); when the running
Python lacks them, reexec_with_xapian() restarts the script with
/usr/bin/python3, which has them.
"""
import json
import os
import subprocess
import sys

ID_PREFIX = "Q"          # shared/schema.h kIdPrefix
CONTENT_HASH_SLOT = 2    # shared/schema.h kContentHashSlot: 16 hex digits


def reexec_with_xapian():
    """Imports xapian, or restarts this script under Debian's python3, which has it."""
    try:
        import xapian  # noqa: F401
    except ImportError:
        system_python = "/usr/bin/python3"
        if sys.executable != system_python and os.path.exists(system_python):
            os.execv(system_python, [system_python, *sys.argv])
        sys.exit("Xapian's Python bindings are missing: apt-get install python3-xapian")


def check_index(db):
    """(problems, ids): what is wrong with the index in `db`, and the set of its article ids."""
    import xapian
    problems = []
    check = subprocess.run(["xapian-check", db], capture_output=True, text=True)
    if check.returncode != 0:
        tail = "\n".join((check.stdout + check.stderr).strip().splitlines()[-3:])
        problems.append(f"xapian-check failed ({check.returncode}): {tail}")
    try:
        database = xapian.Database(db)
    except xapian.Error as e:
        return problems + [f"cannot open: {e}"], set()

    ids = set()
    for item in database.allterms(ID_PREFIX):
        term = item.term.decode("utf-8", "replace")
        if item.termfreq != 1:
            problems.append(f"id {term[1:]!r} is held by {item.termfreq} documents")
        ids.add(term[1:])
    if database.get_doccount() != len(ids):
        problems.append(f"{database.get_doccount()} documents but {len(ids)} ids")

    for posting in database.postlist(""):
        problems += check_document(database.get_document(posting.docid), posting.docid)
        if len(problems) > 20:
            problems.append("... (stopped after 20 problems)")
            break
    return problems, ids


def check_document(doc, docid):
    """Problems of one document: it must have one id term, stored data naming that id, and a content hash."""
    id_terms = [t.term.decode("utf-8", "replace")[1:] for t in doc.termlist()
                if t.term.startswith(ID_PREFIX.encode())]
    if len(id_terms) != 1:
        return [f"document {docid} has {len(id_terms)} id terms"]
    try:
        data = json.loads(doc.get_data().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return [f"document {docid} ({id_terms[0]}): stored data is not JSON: {e}"]
    problems = []
    if data.get("id") != id_terms[0]:
        problems.append(f"document {docid}: stored id {data.get('id')!r} is not its id term {id_terms[0]!r}")
    if not isinstance(data.get("blocks"), list) or not data["blocks"]:
        problems.append(f"document {docid} ({id_terms[0]}): no text blocks")
    content_hash = doc.get_value(CONTENT_HASH_SLOT)
    if len(content_hash) != 16:
        problems.append(f"document {docid} ({id_terms[0]}): content hash {content_hash!r} is not 16 hex digits")
    return problems
