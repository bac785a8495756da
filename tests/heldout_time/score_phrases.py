#!/usr/bin/env python3
"""Score a temporal tagger on the blind phrase set (phrases.tsv), per family.

    python3 tests/heldout_time/score_phrases.py              # table, then every miss
    python3 tests/heldout_time/score_phrases.py -q           # one summary line
    python3 tests/heldout_time/score_phrases.py --json       # figures as JSON, last
    python3 tests/heldout_time/score_phrases.py --tag-cmd "python -m timeline tag {articles}"
    python3 tests/heldout_time/score_phrases.py --phrases tests/heldout_time2/phrases.tsv

By default each phrase goes through the Python API, `timeline.tag(phrase, reference)`, and
only the Timex fields text, type, value, earliest and latest are read.  With --tag-cmd the
phrases are written to a JSON Lines file (one article per phrase: id, published=reference,
text) and the command's output is read as ../shared/eval/CONTRACT.md describes, so any
tagger with that command line can be scored.

A phrase may mark its target with [brackets] when it carries context; the brackets are
removed before tagging.  Without brackets the whole phrase is the target.  Per row:
  found    some record overlaps the target;
  right    DATE/TIME: an overlapping record whose [earliest, latest] days equal the expected
           ones; DURATION: an overlapping record with the same value (P1W == P7D,
           P1DT12H == PT36H, P3DE == P30Y); SET or a value with no expected interval
           (PRESENT_REF meaning "nowadays"): no overlapping record pins a day interval;
           NONE: nothing at all is tagged in the phrase;
  exact    rows whose expected earliest has a clock time: an overlapping record whose
           earliest equals it to the minute and whose latest lies between the expected
           latest and 59 minutes after it (hour- or minute-grain ends), both read in the
           reference's UTC offset;
  spurious NONE rows where something was tagged.
"""
import argparse
import collections
import csv
import json
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent
FAMILIES = ["hijri", "range", "numeric", "history", "weekmonth", "compound", "clock", "spoken",
            "holiday", "precision", "ordinary", "negative"]


def load(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, r in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            p = r["phrase"]
            if "[" in p:
                a = p.index("[")
                b = p.index("]") - 1
                text = p.replace("[", "").replace("]", "")
            else:
                text, a, b = p, 0, len(p)
            rows.append(dict(r, line=n, text=text, start=a, end=b))
    return rows


def when(v):
    """An ISO string, date or datetime -> date or datetime (None stays None)."""
    if v in (None, ""):
        return None
    if isinstance(v, (date, datetime)):
        return v
    s = str(v).replace("Z", "+00:00")
    return datetime.fromisoformat(s) if "T" in s or " " in s else date.fromisoformat(s)


def local(x, ref):
    if isinstance(x, datetime) and x.tzinfo is not None and isinstance(ref, datetime) and ref.tzinfo:
        x = x.astimezone(ref.tzinfo)
    return x


def day_of(x, ref):
    x = local(x, ref)
    return x.date() if isinstance(x, datetime) else x


def minute_of(x, ref):
    x = local(x, ref)
    if not isinstance(x, datetime):
        return None
    return x.replace(tzinfo=None, second=0, microsecond=0)


UNIT = {"Y": (12, 0), "DE": (120, 0), "CE": (1200, 0), "ML": (12000, 0), "M": (1, 0),
        "W": (0, 7 * 86400), "D": (0, 86400)}
TUNIT = {"H": 3600, "M": 60, "S": 1}


def duration_key(v):
    """ISO 8601 duration -> (months, seconds); None when it is not a plain duration."""
    m = re.fullmatch(r"P((?:\d+(?:\.\d+)?(?:DE|CE|ML|Y|M|W|D))*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?",
                     (v or "").upper())
    if not m or m.group(0) == "P":
        return None
    months = seconds = 0.0
    for n, u in re.findall(r"(\d+(?:\.\d+)?)(DE|CE|ML|Y|M|W|D)", m.group(1)):
        months += float(n) * UNIT[u][0]
        seconds += float(n) * UNIT[u][1]
    for n, u in re.findall(r"(\d+(?:\.\d+)?)([HMS])", m.group(2) or ""):
        seconds += float(n) * TUNIT[u]
    return months, seconds


def same_duration(a, b):
    ka, kb = duration_key(a), duration_key(b)
    return ka == kb if ka and kb else (a or "").upper() == (b or "").upper() != ""


def reference(s):
    return datetime.fromisoformat(s) if "T" in s else date.fromisoformat(s)


def tag_api(rows):
    import timeline
    out = []
    for r in rows:
        try:
            got = timeline.tag(r["text"], reference(r["reference"]))
        except Exception as e:  # one bad phrase must not sink the run
            out.append(([], f"{type(e).__name__}: {e}"))
            continue
        recs = []
        for t in got:
            txt = str(getattr(t, "text", "") or "")
            typ = getattr(t, "type", None)
            recs.append(dict(text=txt, type=str(getattr(typ, "value", typ)), value=getattr(t, "value", None),
                             earliest=getattr(t, "earliest", None), latest=getattr(t, "latest", None)))
        out.append((recs, None))
    return out


def tag_cmd(rows, cmd):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "phrases.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                f.write(json.dumps({"id": f"p{i:04d}", "published": r["reference"], "text": r["text"]},
                                   ensure_ascii=False) + "\n")
        argv = shlex.split(cmd.replace("{articles}", str(path)))
        p = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {' '.join(argv)}\n{p.stderr[-2000:]}")
    by_doc = collections.defaultdict(list)
    for line in p.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            by_doc[rec["doc"]].append(rec)
    return [(by_doc.get(f"p{i:04d}", []), None) for i in range(len(rows))]


def spans(rec, text):
    """Where a record lies in the phrase: its offsets if given, else every match of its text."""
    if isinstance(rec.get("start"), int) and isinstance(rec.get("end"), int):
        return [(rec["start"], rec["end"])]
    s = rec.get("text") or ""
    if not s:
        return [(0, len(text))]
    found, i = [], text.find(s)
    while i >= 0:
        found.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return found or [(0, len(text))]


def judge(r, recs):
    ref = reference(r["reference"])
    hits = [x for x in recs if any(a < r["end"] and r["start"] < b for a, b in spans(x, r["text"]))]
    res = dict(found=bool(hits), right=False, exact=None, spurious=False)
    typ, e, last = r["type"], r["earliest"], r["latest"]
    if typ == "NONE":
        res.update(found=False, right=not recs, spurious=bool(recs))
        return res, hits
    if typ == "DURATION":
        res["right"] = any(same_duration(x.get("value"), r["value"]) for x in hits)
        return res, hits
    if not e:
        res["right"] = not any(when(x.get("earliest")) and when(x.get("latest")) for x in hits)
        return res, hits
    ed, ld = date.fromisoformat(e[:10]), date.fromisoformat(last[:10])
    good = [x for x in hits if when(x.get("earliest")) is not None and when(x.get("latest")) is not None
            and day_of(when(x["earliest"]), ref) == ed and day_of(when(x["latest"]), ref) == ld]
    res["right"] = bool(good)
    if "T" in e:
        em, lm = datetime.fromisoformat(e), datetime.fromisoformat(last)
        res["exact"] = any(
            minute_of(when(x.get("earliest")), ref) == em
            and minute_of(when(x.get("latest")), ref) is not None
            and lm <= minute_of(when(x["latest"]), ref) <= lm + timedelta(minutes=59)
            for x in hits if when(x.get("earliest")) and when(x.get("latest")))
    return res, hits


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phrases", nargs="?", default=str(HERE / "phrases.tsv"))
    ap.add_argument("--phrases", dest="phrases_path", metavar="PATH",
                    help="score another phrase file in the same columns (as the positional argument)")
    ap.add_argument("--tag-cmd", help="command reading {articles} (JSON Lines) and printing records")
    ap.add_argument("--family", action="append", help="score only these families")
    ap.add_argument("-q", "--quiet", action="store_true", help="summary line only")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON, last")
    a = ap.parse_args()
    rows = load(a.phrases_path or a.phrases)
    if a.family:
        rows = [r for r in rows if r["family"] in a.family]
    tagged = tag_cmd(rows, a.tag_cmd) if a.tag_cmd else tag_api(rows)
    table = collections.OrderedDict((f, collections.Counter()) for f in FAMILIES)
    misses = []
    for r, (recs, err) in zip(rows, tagged, strict=True):
        res, hits = judge(r, recs)
        c = table.setdefault(r["family"], collections.Counter())
        c["n"] += 1
        c["found"] += res["found"]
        c["right"] += res["right"]
        c["spurious"] += res["spurious"]
        if res["exact"] is not None:
            c["timed"] += 1
            c["exact"] += res["exact"]
        if err or not res["right"] or res["exact"] is False:
            shown = recs if r["type"] == "NONE" else hits
            got = err or "; ".join(f"{x.get('text')!r} {x.get('type')} {x.get('value')} "
                                   f"[{x.get('earliest')}, {x.get('latest')}]" for x in shown) or "nothing"
            want = "nothing" if r["type"] == "NONE" else f"{r['type']} {r['value']} [{r['earliest']}, {r['latest']}]"
            what = "spurious" if res["spurious"] else ("inexact" if res["right"] else "miss")
            misses.append(f"  {what:8} {r['family']:9} line {r['line']}: {r['phrase']!r} @ {r['reference']}"
                          f" want {want} -> {got}")
    pos = [c for f, c in table.items() if f != "negative" and c["n"]]
    neg = table.get("negative", collections.Counter())
    def tot(k):
        return sum(c[k] for c in pos)

    line = (f"phrases: {tot('right')}/{tot('n')} right, {tot('found')}/{tot('n')} found, "
            f"{tot('exact')}/{tot('timed')} exact to the minute | negatives: {neg['spurious']}/{neg['n']} spurious")
    if not a.quiet:
        print(f"{'family':10} {'n':>4} {'found':>6} {'right':>6} {'exact':>8}")
        for f, c in table.items():
            if not c["n"]:
                continue
            if f == "negative":
                print(f"{f:10} {c['n']:>4} {'':>6} {c['right']:>6} {'':>8}   ({c['spurious']} spurious)")
            else:
                ex = f"{c['exact']}/{c['timed']}" if c["timed"] else ""
                print(f"{f:10} {c['n']:>4} {c['found']:>6} {c['right']:>6} {ex:>8}")
        for m in misses:
            print(m)
    print(line)
    if a.json:
        print(json.dumps({f: dict(c) for f, c in table.items() if c["n"]}))


if __name__ == "__main__":
    main()
