"""Score the participants of a `timeline build` output against a gold set's participants.json
(tests/heldout7, tests/heldout8; each set's score_participants.py runs this module's `main`).

    python3 tests/heldout8/score_participants.py ARTICLES GOLD PARTICIPANTS [--build-cmd CMD] [-q] [--json]

It runs the build command from the current directory (default `python -m timeline build
{articles}`; '{articles}' is replaced by the path), matches system events to gold clusters as
../shared/eval/score.py does (a system event whose mention overlaps a gold mention in the same
article, of the gold type unless that is `other`; among those, one whose dates fit the cluster
first), and for each cluster found takes the system event that carries most of its mentions
(ties: the first gold mention's).  A system participant is read from its `name` (and `text`,
`key`, `forms` when they are strings or lists of strings; a bare string is taken as a name).
It matches a gold participant when, after normalisation (diacritics, tatweel and punctuation
dropped; أ/إ/آ/ٱ -> ا, ى -> ي, ة -> ه; Arabic-Indic digits -> ASCII), one of the gold
participant's acceptable names equals it or is a run of its whole words ("الرئيس الأمريكي
باراك أوباما" matches "باراك أوباما"; "اليمنى" never matches "اليمن").

Reported, over the clusters found:
  with participants  the system event names at least one participant;
  exact              every gold participant matched and every system participant matches one
                     (a cluster with no gold participants is exact when the event names none);
  partial            not exact, but at least one gold participant matched;
  recall             gold participants matched / gold participants (of the clusters found,
                     and of all clusters);
  precision          system participants that match / system participants.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
from datetime import date

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s+]")
_FOLD = str.maketrans("أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "اااايه01234567890123456789")


def norm(s):
    """The words of ``s`` after normalisation (see the module doc)."""
    s = _MARKS.sub("", s).translate(_FOLD)
    return tuple(_PUNCT.sub(" ", s).replace("_", " ").split())


def contains(words, part):
    """``part`` is a run of whole words of ``words``."""
    n = len(part)
    return n > 0 and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def names_of(p):
    """The normalised names a system participant offers."""
    if isinstance(p, str):
        raw = [p]
    elif isinstance(p, dict):
        raw = []
        for key in ("name", "text", "key", "forms"):
            v = p.get(key)
            raw += [v] if isinstance(v, str) else [x for x in v if isinstance(x, str)] if isinstance(v, list) else []
    else:
        raw = []
    return [w for w in map(norm, raw) if w]


def matches(sys_names, gold_names):
    return any(contains(s, g) for s in sys_names for g in gold_names)


def day(s):
    return None if s in (None, "") else date.fromisoformat(str(s)[:10])


def fits(e, c):
    lo, hi = day(e.get("earliest")), day(e.get("latest"))
    if lo is None or hi is None:
        return False
    (te, tl), (oe, ol) = map(day, c["tight"]), map(day, c["outer"])
    return oe <= lo and hi <= ol and lo <= tl and te <= hi


def overlaps(a, b, c, d):
    return a < d and c < b


def run(cmd, articles):
    argv = shlex.split(cmd.replace("{articles}", articles))
    p = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {' '.join(argv)}\n{p.stderr[-2000:]}")
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError as e:
        sys.exit(f"build output is not JSON: {e}")


def assign(gold, tl):
    """cluster -> the system event chosen for it (clusters not found are absent)."""
    events = {e["id"]: e for e in tl.get("events", [])}
    mentions = [(m, e) for e in events.values() for m in e.get("mentions", [])]
    votes = {}
    for g in gold["mentions"]:
        c = gold["clusters"][g["cluster"]]
        cands = [e for m, e in mentions if m["doc"] == g["doc"] and overlaps(m["start"], m["end"], g["start"], g["end"])
                 and (g["type"] == "other" or e.get("type") == g["type"])]
        if cands:
            eid = ([e for e in cands if fits(e, c)] or cands)[0]["id"]
            votes.setdefault(g["cluster"], []).append(eid)
    return {k: events[max(ids, key=lambda i: (ids.count(i), -ids.index(i)))] for k, ids in votes.items()}


def score(gold, who, tl, show):
    chosen = assign(gold, tl)
    r = dict(clusters=len(gold["clusters"]), found=len(chosen), with_participants=0, exact=0, partial=0,
             gold_found=0, gold_all=sum(len(who.get(k, [])) for k in gold["clusters"]), matched=0,
             system=0, system_matched=0)
    for k, e in chosen.items():
        want = [[w for w in map(norm, names) if w] for names in who.get(k, [])]
        got = [names_of(p) for p in e.get("participants") or []]
        got = [g for g in got if g]
        hit = [any(matches(g, w) for g in got) for w in want]
        good = [any(matches(g, w) for w in want) for g in got]
        r["with_participants"] += bool(got)
        r["gold_found"] += len(want)
        r["matched"] += sum(hit)
        r["system"] += len(got)
        r["system_matched"] += sum(good)
        if all(hit) and all(good):
            r["exact"] += 1
        elif any(hit):
            r["partial"] += 1
        if show and not (all(hit) and all(good)):
            missing = [who[k][i][0] for i, h in enumerate(hit) if not h]
            extra = [" ".join(got[i][0]) for i, ok in enumerate(good) if not ok]
            print(f"  {k} ({e.get('id')}): missing {missing} extra {extra}")
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles")
    ap.add_argument("gold")
    ap.add_argument("participants")
    ap.add_argument("--build-cmd", default=f"{shlex.quote(sys.executable)} -m timeline build {{articles}}")
    ap.add_argument("-q", "--quiet", action="store_true", help="summary line only")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON last")
    a = ap.parse_args()
    gold = json.load(open(a.gold, encoding="utf-8"))
    who = json.load(open(a.participants, encoding="utf-8"))
    r = score(gold, who, run(a.build_cmd, a.articles), not a.quiet)
    f = r["found"]
    print(f"participants: {f}/{r['clusters']} clusters found, {r['with_participants']}/{f} with participants, "
          f"{r['exact']}/{f} exact, {r['partial']}/{f} partial, recall {r['matched']}/{r['gold_found']} "
          f"(found) {r['matched']}/{r['gold_all']} (all), precision {r['system_matched']}/{r['system']}")
    if a.json:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
