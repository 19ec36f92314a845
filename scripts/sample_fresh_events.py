"""Seeded sample of events from a build's facts.jsonl, with the trigger sentence (from the slice's text).

    python scripts/sample_fresh_events.py BUILD/facts.jsonl SLICE.jsonl N SEED
"""
import json, random, sys
facts, slice_, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(slice_)}
evs = [r for r in map(json.loads, open(facts)) if r.get("record") == "event"]
random.Random(seed).shuffle(evs)
for r in evs[:n]:
    t = texts[r["article_id"]]
    p = min(r["provenance"], key=lambda p: abs(p["start"] - r["trigger_start"]) if p["start"] <= r["trigger_start"] < p["end"] else 1e9)
    sent = t[p["start"]:p["end"]]
    print("\t".join([r["article_id"], r["id"].rsplit("/", 1)[1], r["category"], r["trigger"], r["label"], str(r["date"]), sent.replace("\n", " ")]))
