"""The time words of the lexicon: every surface form of ``timeline/lexicon/temporal/*.json``
(and of the spoken-form overlays in ``dialects/``), folded with :func:`timeline.arabic.fold`,
mapped to its *roles* (``يوم`` is both the word "day" before a weekday and a time unit).
:mod:`timeline.temporal.lexicon` builds the token trie and the cue patterns on top of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ..arabic import fold
from ..document import CLITICS

#: spoken-form overlays (``timeline/lexicon/temporal/dialects/<region>.json``), all loaded; a
#: tagging call may keep only some of them (``tag(..., dialects=("gulf",))``)
DIALECTS = ("egyptian", "gulf", "levantine", "maghrebi")
#: roles an overlay gives; a form with any other role is a core word and stays on
OVERLAY_ROLES = frozenset({"deictic", "deictic_strict", "deictic_part", "dir", "vague", "after", "weekday", "month", "month_ctx", "month_strict",
                            "card", "unit", "week_unit", "weekday_bare", "ago", "ago_unit", "this", "of",
                            "edge_week"})


def _load(name: str) -> dict[str, Any]:
    path = Path(__file__).resolve().parent.parent / "lexicon" / "temporal" / name
    return json.loads(path.read_text(encoding="utf-8"))


def load_overlay_calendars() -> dict[str, Any]:
    """Country code -> observed Hijri calendar data (the overlays' ``hijri_calendar``)."""
    out: dict[str, Any] = {}
    for region in DIALECTS:
        out.update(_load(f"dialects/{region}.json").get("hijri_calendar", {}))
    return out


class Words(NamedTuple):
    """The forms and their roles, the regions giving each overlay-only form, and the data files
    the rest of the lexicon reads."""

    roles: dict[str, dict[str, Any]]
    regions: dict[str, set[str]]
    month_names: dict[tuple[str, int], str]
    part_specs: dict[str, Any]
    months: dict[str, Any]
    units: dict[str, Any]
    relative: dict[str, Any]
    dialects: list[dict[str, Any]]
    cues: dict[str, Any]


def build_words() -> Words:
    """Read every data file once and give each folded form its roles."""
    roles: dict[str, dict[str, Any]] = {}

    def add(form: str, role: str, value: Any = True) -> None:
        key = " ".join(fold(form).split())
        if key:
            roles.setdefault(key, {})[role] = value

    months = _load("months.json")
    month_names: dict[tuple[str, int], str] = {}
    context = {fold(w) for w in months["context"]}
    for system, names in months["gregorian"].items():
        for name, number in names.items():
            add(name, "month", ("gregorian", number))
            month_names.setdefault((system, number), name)
            if fold(name) in context:
                add(name, "month_ctx")
            if name in months["strict_context"]:
                add(name, "month_strict")
    for name, number in months["hijri"].items():
        add(name, "month", ("hijri", number))
        month_names.setdefault(("hijri", number), name)
        if fold(name) in context:
            add(name, "month_ctx")
    for role, key in (("month_word", "month_word"), ("hijri_era", "hijri_era"),
                      ("greg_era", "gregorian_era"), ("year_word", "year_word"),
                      ("dual_year", "dual_year_word")):
        for word in months[key]:
            add(word, role)

    weekdays = _load("weekdays.json")
    for name, number in weekdays["weekdays"].items():
        add(name, "weekday", number)
    for word in weekdays["day_word"]:
        add(word, "on_day")
    for word in weekdays["days_word"]:
        add(word, "days_word")
    for name, number in weekdays["bare_weekdays"].items():
        add(name, "weekday_bare", number)

    numbers = _load("numbers.json")
    for role, key in (("card", "cardinal"), ("ord", "ordinal"), ("tens", "tens"),
                      ("few", "few"), ("frac", "fractions")):
        for word, value in numbers[key].items():
            add(word, role, value)
            if role in ("card", "ord") and not fold(word).startswith(CLITICS.article):
                add(CLITICS.article + word, role, value)

    units = _load("units.json")

    def add_units(table: dict[str, Any]) -> None:
        for unit, forms in table.items():
            add_unit_forms(unit, forms)

    def add_unit_forms(unit: str, forms: dict[str, list[str]]) -> None:
        for count_name, count in (("singular", 1), ("dual", 2), ("plural", 0)):
            for form in forms.get(count_name, ()):
                for definite, surface in ((False, form), (True, CLITICS.article + form)):
                    if definite and form in no_article:
                        continue
                    key = " ".join(fold(surface).split())
                    old = roles.get(key, {}).get("unit")
                    if old is not None and old[1] != count:
                        count_value = -1 if {old[1], count} == {0, 1} or old[1] == -1 else count
                    else:
                        count_value = count
                    add(surface, "unit", (unit, count_value, definite))
                    if unit == "week":
                        add(surface, "week_unit")  # dispatch for the week rules

    # a unit form that with the article is another word (الثانية: the second, an ordinal)
    no_article = frozenset(units["no_article"])
    add_units(units["units"])

    for word, (code, first, last) in units["year_parts"]["seasons"].items():
        add(word, "season", (code, first, last))
    for word, (letter, parts_count) in units["year_parts"]["fractions"].items():
        add(word, "year_frac", (letter, parts_count))
    spans = units["cycles"]["spans"]
    for role in ("adjectives", "nouns"):
        for word, kind in units["cycles"][role].items():
            add(word, f"cycle_{role[:-1]}", (kind, *spans[kind]))
    for word in units["cycles"]["fillers"]:
        add(word, "cycle_filler")

    relative = _load("relative.json")
    dialects = [_load(f"dialects/{region}.json") for region in DIALECTS]
    core = {" ".join(fold(w).split()) for key in ("deictic", "direction", "vague", "after", "this") for w in relative[key]}
    core |= set(roles)  # a number, unit or weekday of the core data an overlay repeats stays on
    regions: dict[str, set[str]] = {}
    for region, data in zip(DIALECTS, dialects, strict=True):
        for key in ("deictic", "direction", "vague", "after", "weekdays", "numbers", "bare_weekdays", "this", "ago",
                    "deictic_parts"):
            for word in data.get(key, {}):
                form = " ".join(fold(word).split())
                if form not in core:
                    regions.setdefault(form, set()).add(region)
        for forms in data.get("units", {}).values():
            for word in (w for count_forms in forms.values() for w in count_forms):
                for surface in (word, CLITICS.article + word):
                    form = " ".join(fold(surface).split())
                    if form not in core:
                        regions.setdefault(form, set()).add(region)
    # month names of a regional naming system (Maghrebi جانفي) belong to that region's overlay
    month_core = {" ".join(fold(w).split()) for system, names in months["gregorian"].items()
                  if system not in months["regional_systems"] for w in names} | {fold(w) for w in months["hijri"]}
    for system, region in months["regional_systems"].items():
        for word in months["gregorian"][system]:
            form = " ".join(fold(word).split())
            if form not in month_core:
                regions.setdefault(form, set()).add(region)
    for data in (relative, *dialects):
        for word, offset in data.get("deictic", {}).items():
            add(word, "deictic", offset)
        for word, direction in data.get("direction", {}).items():
            add(word, "dir", direction)
        for word, value in data.get("vague", {}).items():
            add(word, "vague", value)
        if data is not relative:  # the core's "after" words are added with the other lists
            for word in data.get("after", ()):
                add(word, "after")
            for word, number in data.get("weekdays", {}).items():
                add(word, "weekday", number)
            for word, number in data.get("bare_weekdays", {}).items():
                add(word, "weekday_bare", number)
            for word, value in data.get("numbers", {}).items():
                add(word, "card", value)  # no article form: التلات is Tuesday
            add_units(data.get("units", {}))
            for word in data.get("ago", ()):
                add(word, "ago")
            for word, (offset, part) in data.get("deictic_parts", {}).items():
                add(word, "deictic_part", (offset, part))  # هاد الصباح: this morning
            for word in data.get("ago_dual_units", {}):
                add(word, "ago_unit")  # من جمعتين: a token only for the spoken 'ago'
            for word in data.get("this", ()):
                add(word, "this")
            for word in data.get("deictic_strict", ()):
                add(word, "deictic_strict")  # باكر: tomorrow only before a part of the day or a weekday
            for word in data.get("of", ()):
                add(word, "of")  # ديال: a weekday of a week
    # آخر الجمعة: the week's end in the regions whose overlay lists the word (a weekday name
    # elsewhere, so the role carries its regions for a call that keeps only some overlays)
    edge_weeks: dict[str, set[str]] = {}
    for region, data in zip(DIALECTS, dialects, strict=True):
        for word in data.get("edge_week", ()):
            edge_weeks.setdefault(word, set()).add(region)
    for word, edge_regions in edge_weeks.items():
        add(word, "edge_week", frozenset(edge_regions))
    for word, value in relative["set"].items():
        add(word, "set", value)
    for word, count in relative["times"].items():
        add(word, "times", count)
    for word, shift in relative["eve"].items():
        add(word, "eve", shift)
    for word, part in relative["eve_of_day_word"].items():
        add(word, "eve_part", part)
    for word, side in relative.get("vague_side", {}).items():
        add(word, "vague_side", side)
    for word in relative["open_ends"]:
        add(word, "open_end")
    for word in relative["similar"]:
        add(word, "similar")
    for word in relative["similar_nouns"]:
        add(word, "similar_noun")
    for key in ("this", "that", "same_day_vague", "consecutive", "since", "before", "after",
                "within", "for", "from", "to", "until", "between", "in", "and", "on_day", "clock_word",
                "zone_word", "of_it", "minus", "at", "every", "equivalent", "rest", "anniversary"):
        for word in relative[key]:
            add(word, key)
    for word in relative["equivalent_verbs"]:
        add(word, "equivalent", "verb")  # a pair only after a Hijri date (rules/deictic.py)

    parts = _load("parts_of_day.json")
    for word, spec in parts["parts"].items():
        add(word, "part", MappingProxyType(dict(spec)))
    part_specs: dict[str, Any] = {}
    for spec in parts["parts"].values():
        name = spec["name"]
        key = name if name in ("dawn", "late_afternoon", "midnight", "midday", "early") else spec["code"]
        part_specs.setdefault(key, MappingProxyType(dict(spec)))
    part_specs["early"] = MappingProxyType(dict(parts["early_hours"]))
    for word, (offset, part) in parts["deictic_parts"].items():
        add(word, "deictic_part", (offset, part))
    for word, spec in parts["clock_parts"].items():
        add(word, "clock_part", MappingProxyType(dict(spec)))
    for word in parts["not_bare"]:
        add(word, "not_bare")
    for word in parts["not_before_day"]:
        add(word, "not_before_day")
    for word in parts["prayers_after_day"]:
        add(word, "prayer_after_day")
    for word in parts["ambiguous_night"]:
        add(word, "night_ambiguous")

    modifiers = _load("modifiers.json")
    for word, mod in modifiers["part"].items():
        add(word, "fuzzy", mod)
    for word in modifiers["weekend_words"]:
        add(word, "weekend_word")
    for word in modifiers["first_day_words"]:
        add(word, "first_day_word")
    for word in modifiers["weekend_nouns"]:
        add(word, "weekend_noun")
    for word, mod in modifiers["quantity"].items():
        add(word, "qmod", mod)

    zones = _load("zones.json")
    for word, offset in zones["zones"].items():
        add(word, "zone", (fold(word), offset, zones.get("tz", {}).get(word)))
    for word, offset in zones.get("abbreviations", {}).items():
        # ت.غ: the Document splits at the dot; the tokens read a dot after one letter as a space
        add(word.replace(".", " "), "zone", (word, offset, None))
        add(word.replace(".", " "), "zone_abbr")

    holidays = _load("holidays.json")
    for word, spec in holidays["holidays"].items():
        spec = dict(spec)
        if "changed" in spec:
            spec["changed"] = tuple(sorted((c["until"], c["month"], c["day"]) for c in spec["changed"]))
        if "eastern" in spec:
            spec["eastern"] = (spec["eastern"]["calendar"], spec["eastern"]["month"], spec["eastern"]["day"])
        if "also" in spec:
            spec["also"] = tuple(tuple(pair) for pair in spec["also"])
        add(word, "holiday", MappingProxyType(spec))
    national = holidays["national_days"]
    for word in national["names"]:
        add(word, "national_day")
    for code, country in national["countries"].items():
        spec = dict(roles[" ".join(fold(country["holiday"]).split())]["holiday"])
        if "first" in country:
            spec["first"] = country["first"]
        for word in country["forms"]:
            add(word, "national_country", MappingProxyType(spec))
        for word in country.get("dateline_places", ()):
            add(word, "national_place", MappingProxyType(spec))
        # the holiday's own forms (اليوم الوطني السعودي) take an ordinal after them too
        for form, form_roles in list(roles.items()):
            other = form_roles.get("holiday", {})
            if "first" in country and other.get("country") == code and "first" not in other \
                    and (other["month"], other["day"]) == (spec["month"], spec["day"]):
                roles[form]["holiday"] = MappingProxyType({**form_roles["holiday"], "first": country["first"]})

    days = holidays["country_days"]
    for kind, spec in days["kinds"].items():
        dates = MappingProxyType({code: tuple(date) for code, date in spec["days"].items()})
        for word in spec["names"]:
            add(word, "country_day", (kind, dates, False))
        for word in spec["construct"]:
            add(word, "country_day", (kind, dates, True))
    for code, forms in days["countries"].items():
        for word in forms:
            add(word, "day_country", code)

    history = _load("history.json")
    for word, digit in history["decades"].items():
        add(word, "decade_name", digit)
    for word, date in history["named_events"].items():
        add(word, "named_event", date)
    for word in history["event_name_nouns"]:
        add(word, "event_noun")
    for word in history["decade_word"]:
        add(word, "decade_word")
    for word in history["hijri_century"]:
        add(word, "hijri_century")
    for word in history["before_christ"]:
        # ق.م: the Document splits at the dot; the tokens read a dot after one letter as a space
        add(" ".join(word.replace(".", " ").split()), "bc_era")
    for word in history["millennium_word"]:
        add(word, "millennium_word")

    cues = _load("cues.json")
    for word in cues["future_words"]:
        add(word, "future")

    return Words(roles, regions, month_names, part_specs, months, units, relative, dialects, cues)
