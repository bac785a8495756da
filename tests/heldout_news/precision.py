#!/usr/bin/env python3
"""Event precision (and participants) of `timeline build` on the blind news set.

    python3 tests/heldout_news/precision.py                 # runs `python -m timeline build` (from the repo root)
    python3 tests/heldout_news/precision.py --output out.json   # reads a saved build output instead
    options: --show (list every system event that is not right), --json (figures as JSON last)

A system event is *real* when every one of its mentions overlaps a gold mention (same
article), and *of the right type* when each of those overlaps a gold mention whose accepted
types (the cluster's type, plus the cluster's and the mention's `alt`) include the event's
type.  Among right-typed events, participants are *right* when the event names at least one
participant and each of them (its `name`, or its `key` when the key is Arabic) shares a
word with a gold participant string of the matched gold event(s), after normalization
(diacritics and tatweel dropped; أ إ آ ٱ -> ا, ة -> ه, ى -> ي; proclitics و ف ب ل ك ال
stripped; a final ي/ه/يه dropped) and ignoring generic words (titles, بن, آل ...).  An event
whose gold names no participant is right when the system names none either.  Recall is
the share of gold events with a mention overlapped by a system mention of an accepted
type (and of any type).  Participants are read from each event's `participants` (or
`actors`) list of objects with `name`/`key` (docs: timeline/io/timeline_json.py).
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
GENERIC = {"رئيس", "وزير", "وزار", "ملك", "امير", "شيخ", "سمو", "جلال", "معالي", "سيد", "دكتور", "مدير",
           "فني", "تنفيذي", "عام", "دول", "شرك", "منتخب", "نادي", "هيئ", "مجلس", "بن", "ال", "عبد", "ابو",
           "في", "من", "مع", "علي", "الي", "عن", "حضر", "صاحب", "قداس", "فضيل", "معظم", "محافظ",
           "مصدر", "وطني", "ا"}


def norm_tokens(s):
    s = DIACRITICS.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    out = set()
    for t in re.findall(r"[\u0621-\u064a]+", s):
        forms = {t}
        if len(t) > 3 and t[0] in "وف":
            forms.add(t[1:])
        for f in list(forms):
            if len(f) > 3 and f[0] in "بلك":
                forms.add(f[1:])
        for f in list(forms):
            for p in ("ال", "لل"):
                if f.startswith(p) and len(f) - len(p) >= 2:
                    forms.add(f[len(p):])
        for f in list(forms):
            for suf in ("يه", "ي", "ه"):
                if f.endswith(suf) and len(f) - len(suf) >= 3:
                    forms.add(f[: -len(suf)])
        out |= forms
    return out - GENERIC


def overlaps(a, b):
    return a["doc"] == b["doc"] and a["start"] < b["end"] and b["start"] < a["end"]


def accepted(gm, clusters):
    c = clusters[gm["cluster"]]
    return {c["type"], *c.get("alt", []), *gm.get("alt", [])}


def participant_ok(p, gold_tokens):
    names = [p.get("name") or ""]
    key = p.get("key") or ""
    if re.search("[\u0621-\u064a]", key):
        names.append(key)
    return any(norm_tokens(n) & gold_tokens for n in names)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default=str(HERE / "articles.jsonl"))
    ap.add_argument("--gold", default=str(HERE / "gold.json"))
    ap.add_argument("--output", help="a saved `timeline build` JSON document (else the engine is run)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    if a.output:
        doc = json.load(open(a.output, encoding="utf-8"))
    else:
        p = subprocess.run([sys.executable, "-m", "timeline", "build", a.articles],
                           capture_output=True, text=True, encoding="utf-8")
        if p.returncode:
            sys.exit(f"timeline build failed ({p.returncode}):\n{p.stderr[-2000:]}")
        doc = json.loads(p.stdout)
    texts = {x["id"]: x["text"] for x in map(json.loads, open(a.articles, encoding="utf-8"))}
    cl, gms = gold["clusters"], gold["mentions"]
    events = doc.get("events", [])
    n = real = right = 0
    m_all = m_real = m_right = 0
    part = dict(right=0, wrong=0, missing=0)
    by_type = {}
    found_right, found_any = set(), set()
    bad = []
    for e in events:
        typ, ms = e.get("type"), e.get("mentions", [])
        n += 1
        hits = [[g for g in gms if overlaps(m, g)] for m in ms]
        typed = [[g for g in h if typ in accepted(g, cl)] for h in hits]
        for h, t in zip(hits, typed, strict=True):
            m_all += 1
            m_real += bool(h)
            m_right += bool(t)
            found_any |= {g["cluster"] for g in h}
            found_right |= {g["cluster"] for g in t}
        is_real = bool(ms) and all(hits)
        is_right = bool(ms) and all(typed)
        real += is_real
        right += is_right
        bt = by_type.setdefault(typ, [0, 0, 0])
        bt[0] += 1
        bt[1] += is_real
        bt[2] += is_right
        why = None if is_right else ("wrong type" if is_real else "not a real event")
        if is_right:
            ks = {g["cluster"] for t in typed for g in t}
            gold_strings = [s for k in ks for s in cl[k].get("participants", [])]
            gold_tokens = set().union(*map(norm_tokens, gold_strings)) if gold_strings else set()
            ps = e.get("participants", e.get("actors")) or []
            if not ps:
                verdict = "right" if not gold_strings else "missing"
            else:
                verdict = "right" if all(participant_ok(p, gold_tokens) for p in ps) else "wrong"
            part[verdict] += 1
            if verdict != "right":
                why = f"participants {verdict}: {[p.get('name') for p in ps]} vs gold {gold_strings}"
        if why and a.show:
            m = ms[0] if ms else {}
            t = texts.get(m.get("doc"), "")
            ctx = t[max(0, m.get("start", 0) - 25):m.get("end", 0) + 25].replace("\n", " ")
            bad.append(f"  {e.get('id')} {typ:<9} {why} | {m.get('doc', '')[:16]} ...{ctx}...")
    pct = lambda x, y: f"{100 * x / y:.0f}%" if y else "n/a"  # noqa: E731
    print("\n".join(bad))
    for t, (k, r, g) in sorted(by_type.items(), key=lambda kv: str(kv[0])):
        print(f"  {t:<9} {k:>3} events, {r:>3} real, {g:>3} of the right type")
    pr = sum(part.values())
    print(f"events precision: {right}/{n} of the right type ({pct(right, n)}), {real}/{n} real of any type "
          f"({pct(real, n)}); mentions {m_right}/{m_all} right type, {m_real}/{m_all} real")
    print(f"participants right in {part['right']}/{pr} right-typed events ({pct(part['right'], pr)}); "
          f"wrong {part['wrong']}, none given where gold has some {part['missing']}")
    print(f"recall: {len(found_right)}/{len(cl)} gold events found with an accepted type "
          f"({pct(len(found_right), len(cl))}), {len(found_any)}/{len(cl)} with any type")
    if a.json:
        print(json.dumps(dict(events=n, real=real, right=right, mentions=m_all, mentions_real=m_real,
                              mentions_right=m_right, participants=part, by_type=by_type,
                              recall_right=len(found_right), recall_any=len(found_any), gold=len(cl))))


if __name__ == "__main__":
    main()
