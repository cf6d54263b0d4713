#!/usr/bin/env python3
"""Re-verify a Hustings ledger without Hustings: Python's standard library only.

An auditor exports three tables to CSV (with a header row) and runs this script on them; it
recomputes every hash from the canonical form documented in
src/main/java/org/hustings/ledger/package-info.java and says whether the chain is intact.

PostgreSQL (psql):
  \\copy (SELECT seq, recorded_at::text AS recorded_at, actor, action, subject, details, person_count, persons_sha256, previous_hash, hash FROM ledger_entry ORDER BY seq) TO 'entries.csv' CSV HEADER
  \\copy (SELECT seq, person_id FROM ledger_person UNION ALL SELECT r.seq, g.i FROM ledger_person_range r, generate_series(r.first_id, r.last_id) AS g(i) ORDER BY 1, 2) TO 'persons.csv' CSV HEADER
  \\copy (SELECT seq, hash FROM ledger_head) TO 'head.csv' CSV HEADER
DuckDB (duckdb CLI): the same SELECTs with CAST(recorded_at AS VARCHAR), as
  COPY (SELECT ...) TO 'entries.csv' (HEADER);
Large person lists are kept as runs of ids (ledger_person_range); the persons export above expands
them, so persons.csv always has one row per (entry, person). (The runs' bucket column is an index
key for lookups; `hustings ledger verify` checks it, this script does not need it.)

Usage: verify-ledger.py entries.csv persons.csv head.csv
Exit 0 and "INTACT <entries> <head hash>", or exit 1 and "BROKEN at entry <n>: <reason>".
"""
import csv
import hashlib
import json
import sys
from datetime import datetime, timezone

GENESIS = "0" * 64


def canonical_time(text):
    """recorded_at as exported (any ISO form with an offset) -> UTC with six fractional digits."""
    at = datetime.fromisoformat(text.strip()).astimezone(timezone.utc)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def message(e, time, previous):
    s = lambda v: json.dumps(v, ensure_ascii=False)
    return ('{"action":%s,"actor":%s,"details":%s,"persons":{"count":%d,"sha256":%s},"previous":%s,'
            '"seq":%d,"subject":%s,"time":%s,"version":"hustings-ledger-1"}') % (
        s(e["action"]), s(e["actor"]), e["details"], int(e["person_count"]), s(e["persons_sha256"]),
        s(previous), int(e["seq"]), s(e["subject"]), s(time))


def persons_by_entry(rows):
    """Yields (seq, [ids...]) from rows sorted by seq, person_id."""
    seq, ids = None, []
    for r in rows:
        n = int(r["seq"])
        if seq is not None and n != seq:
            yield seq, ids
            ids = []
        seq = n
        ids.append(int(r["person_id"]))
    if seq is not None:
        yield seq, ids


def verify(entries_csv, persons_csv, head_csv):
    with open(head_csv, newline="", encoding="utf-8") as f:
        heads = list(csv.DictReader(f))
    if len(heads) != 1:
        return 0, "the ledger head row is missing"
    head_seq, head_hash = int(heads[0]["seq"]), heads[0]["hash"]
    running, expected = GENESIS, 1
    with open(entries_csv, newline="", encoding="utf-8") as ef, open(persons_csv, newline="", encoding="utf-8") as pf:
        persons = persons_by_entry(csv.DictReader(pf))
        pending = next(persons, None)
        for e in csv.DictReader(ef):
            seq = int(e["seq"])
            if seq != expected:
                return expected, "deleted: the next entry present is %d" % seq
            if seq > head_seq:
                return seq, "inserted: the head records %d entries" % head_seq
            if e["previous_hash"] != running:
                return seq, "its link to the previous entry is broken (inserted, reordered, or the previous entry re-hashed)"
            digest = hashlib.sha256(message(e, canonical_time(e["recorded_at"]), running).encode("utf-8")).hexdigest()
            if digest != e["hash"]:
                return seq, "edited: its content no longer matches its hash"
            while pending is not None and pending[0] < seq:
                return pending[0], "person rows for an entry that does not exist"
            ids = []
            if pending is not None and pending[0] == seq:
                ids = pending[1]
                pending = next(persons, None)
            p = hashlib.sha256("".join("%d\n" % i for i in ids).encode("ascii")).hexdigest()
            if len(ids) != int(e["person_count"]) or p != e["persons_sha256"]:
                return seq, "its person list was changed"
            running, expected = e["hash"], expected + 1
    if head_seq > expected - 1:
        return expected, "deleted: the head records %d entries" % head_seq
    if head_hash != running:
        return expected - 1, "the head records a different hash for the last entry"
    if pending is not None:
        return pending[0], "person rows for an entry that does not exist"
    return None, "%d %s" % (expected - 1, running)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    at, text = verify(*sys.argv[1:])
    if at is None:
        print("INTACT " + text)
        sys.exit(0)
    print("BROKEN at entry %d: %s" % (at, text))
    sys.exit(1)
