"""Temporal language data loaded once from ``timeline/lexicon/temporal/*.json``.

Every surface form is folded with :func:`timeline.arabic.fold` and mapped to its *roles*
(a form such as ``يوم`` is both the word "day" before a weekday and a time unit).  Forms are
indexed by their first word, so :mod:`timeline.temporal.tokens` finds them on the
Document's tokens with one dictionary look-up per word.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold
from ..document import CLITICS
from .matchers import WordCues, char_class, starts, trie_regex, word_cues, words_re

#: Proclitics that may precede a time word (from the shared clitic inventory): a
#: conjunction, then a preposition or ``لل`` (ل + the article).
_PROCLITIC = (r"(?P<pre>" + char_class(CLITICS.conjunctions) + "?(?:" + re.escape(CLITICS.lam_article) + "|"
              + char_class(CLITICS.prepositions) + ")?)")


def _proclitic_options() -> tuple[str, ...]:
    """The written proclitics in the order a greedy ``conj? (lam_article|prep)?`` tries them."""
    out = []
    for conj in (*CLITICS.conjunctions, ""):
        for prep in (CLITICS.lam_article, *CLITICS.prepositions, ""):
            out.append(conj + prep)
    return tuple(out)


#: spoken-form overlays (``timeline/lexicon/temporal/dialects/<region>.json``), all loaded; a
#: tagging call may keep only some of them (``tag(..., dialects=("gulf",))``)
DIALECTS = ("egyptian", "gulf", "levantine", "maghrebi")
#: roles an overlay gives; a form with any other role is a core word and stays on
_OVERLAY_ROLES = frozenset({"deictic", "dir", "vague", "after", "weekday", "month", "month_ctx", "month_strict",
                            "card", "unit", "week_unit", "weekday_bare", "ago", "this"})


def _load(name: str) -> dict[str, Any]:
    path = Path(__file__).resolve().parent.parent / "lexicon" / "temporal" / name
    return json.loads(path.read_text(encoding="utf-8"))




@attrs.frozen
class Lexicon:
    """Folded forms with their roles, the token regex, and the tables the resolver reads."""

    roles: MappingProxyType
    #: forms only a dialect overlay gives, and the regions that give them
    dialect_forms: MappingProxyType
    #: the forms as a word trie: word -> {"": form ending here, next word -> node, ...}
    entries: MappingProxyType
    #: first words in ``entries`` only as a form without its article: read only after لل
    lam_only: frozenset
    #: written proclitics, in the order they are tried
    proclitics: tuple
    #: spoken contractions glued to the article (هالأسبوع، عالساعة): letter -> ``this`` or ``at``
    article_proclitics: MappingProxyType
    #: the article, and the proclitic that marks coordination (و) or a measure (ب)
    article: str
    lam_article: str
    coordinators: tuple
    measure_preps: tuple
    #: era letters written glued to a year's digits (1445هـ, 1938م)
    hijri_marks: frozenset
    gregorian_marks: frozenset
    future_re: re.Pattern
    #: the same cues, and the subordinators, on the Document's tokens
    future_cues: WordCues
    subordinator_cues: WordCues
    #: habitual adverbs: a bare weekday in their clause recurs (يذهب يوم الجمعة عادة)
    habitual_cues: WordCues
    #: clause and sentence punctuation (the Document's) plus brackets and quotes
    clause_re: re.Pattern
    #: brackets and quotes: a tense cue does not reach across them
    scope_re: re.Pattern
    #: Definite nouns after which ``العام`` means "general", not "year".
    general_nouns: frozenset
    #: Nouns after which a time word is part of a name (صحيفة الغد، سيارة من نوع نيسان).
    name_nouns: frozenset
    #: ``X`` of an outlet named ``X اليوم`` (read after a name noun: صحيفة المصري اليوم)
    today_outlets: frozenset
    month_homographs: frozenset
    month_names: MappingProxyType  # (system, month) -> a display name (for tests / round trips)
    unit_letter: MappingProxyType
    #: Part-of-day specs keyed by the reading's ``part`` field (``"EV"``, ``"dawn"``, ...).
    parts: MappingProxyType
    #: Aspect of ``منذ N``: continuity cues, governing perfective verbs, clause openers.
    #: words naming a programme (its items go forward)
    schedule_re: re.Pattern
    continuity_re: re.Pattern
    perfective_re: re.Pattern
    subordinator_re: re.Pattern
    #: ``بعد N من X``: X opens with a dated point-event noun.
    punctual_re: re.Pattern
    #: Nouns counted by a bare 4-digit number (``في 2012 حادثة`` is not a year).
    counted_nouns: frozenset
    #: words after which a numeric form is a document number (رقم 1/2016)
    number_nouns: frozenset
    #: adjectives that make a day word the name of a day (اليوم الوطني)
    day_name_adjectives: frozenset
    #: nouns whose construct with اليوم means nowadays (عالم اليوم)
    nowadays_heads: frozenset
    #: words after a vague time word that make an idiom with it (بين الحين والآخر)
    idiom_next: frozenset
    #: generic subjects that, opening a nominal clause before اليوم, make it nowadays (الشباب اليوم)
    nowadays_subjects: frozenset
    nominal_openers: frozenset
    spent_verbs: frozenset
    #: case endings a counted noun may carry (قتيلا)
    accusative: tuple
    #: After a count: optional fillers then ``من`` (group ``plain``) or ``على`` (only before an
    #: event: ``بعد 13 شهرا على بدء ...``).
    measure_re: re.Pattern
    #: Words after عشية/غداة that make an idiom (``بين عشية وضحاها``).
    eve_idiom_re: re.Pattern
    #: words between the two days of one night besides ``to`` words (ليلة السبت على الأحد)
    night_links: frozenset
    #: Endings of a definite dual noun that a dual adjective such as ``العامان`` agrees with.
    dual_endings: tuple
    #: a preposition that, glued to the end of a range opened by من or standing apart, starts it
    to_glued: frozenset
    #: regions whose overlay reads a preposition before a count as "ago" (Levantine من يومين)
    ago_regions: frozenset
    #: spoken perfective verbs of the overlays (with subject and object endings) that make it so
    spoken_perfective: frozenset
    #: words right before the preposition that make the count a measure (أكثر من يومين)
    not_ago_before: frozenset



def _build() -> Lexicon:
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
                      ("greg_era", "gregorian_era"), ("year_word", "year_word")):
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

    relative = _load("relative.json")
    dialects = [_load(f"dialects/{region}.json") for region in DIALECTS]
    core = {" ".join(fold(w).split()) for key in ("deictic", "direction", "vague", "after", "this") for w in relative[key]}
    core |= set(roles)  # a number, unit or weekday of the core data an overlay repeats stays on
    regions: dict[str, set[str]] = {}
    for region, data in zip(DIALECTS, dialects, strict=True):
        for key in ("deictic", "direction", "vague", "after", "weekdays", "numbers", "bare_weekdays", "this", "ago"):
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
            for word in data.get("this", ()):
                add(word, "this")
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
    for key in ("this", "that", "same_day_vague", "consecutive", "since", "before", "after",
                "within", "for", "from", "to", "until", "between", "in", "and", "on_day", "clock_word",
                "zone_word", "of_it", "minus", "at", "every", "equivalent", "rest", "anniversary"):
        for word in relative[key]:
            add(word, key)

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
    for word in parts["ambiguous_night"]:
        add(word, "night_ambiguous")

    modifiers = _load("modifiers.json")
    for word, mod in modifiers["part"].items():
        add(word, "fuzzy", mod)
    for word in modifiers["weekend_words"]:
        add(word, "weekend_word")
    for word in modifiers["weekend_nouns"]:
        add(word, "weekend_noun")
    for word, mod in modifiers["quantity"].items():
        add(word, "qmod", mod)

    zones = _load("zones.json")
    for word, offset in zones["zones"].items():
        add(word, "zone", (fold(word), offset, zones.get("tz", {}).get(word)))
    for word, offset in zones.get("abbreviations", {}).items():
        add(word, "zone", (word, offset, None))
        add(word, "zone_abbr")

    holidays = _load("holidays.json")
    for word, spec in holidays["holidays"].items():
        spec = dict(spec)
        if "changed" in spec:
            spec["changed"] = tuple(sorted((c["until"], c["month"], c["day"]) for c in spec["changed"]))
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
    for word in history["decade_word"]:
        add(word, "decade_word")

    cues = _load("cues.json")
    for word in cues["future_words"]:
        add(word, "future")

    entries: dict[str, Any] = {}
    article = CLITICS.article
    firsts = {form.split()[0] for form in roles}
    lam_only: set[str] = set()
    for form in list(roles):
        # a form with the article is also reached after لل (للعيد الوطني): the trie holds it
        # without the article too; the token stream reads it only after لل
        bare = form[len(article):] if form.startswith(article) and len(form) > len(article) + 1 else None
        for key in (form, bare) if bare and bare not in roles else (form,):
            node = entries
            for word in key.split():
                node = node.setdefault(word, {})
            node.setdefault("", key)
            if key.split()[0] not in firsts:
                lam_only.add(key.split()[0])
    not_future = sorted({fold(w) for w in cues["not_future"]}, key=len, reverse=True)
    prefixes = "|".join(re.escape(fold(p)) for p in cues["future_prefix"])
    future_words = sorted({fold(w) for w in cues["future_words"]}, key=len, reverse=True)
    future_re = re.compile(
        starts([*future_words, *(fold(p) for p in cues["future_prefix"]), *CLITICS.conjunctions])
        + r"(?<![^\W\d_])" + char_class(CLITICS.conjunctions) + r"?(?:(?!" + "|".join(map(re.escape, not_future)) + r")(?:" + prefixes
        + r")[^\W\d_]{3,}|" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in future_words)
        + r")(?![^\W\d_])"
    )
    text = json.loads((Path(__file__).resolve().parent.parent / "lexicon" / "arabic" / "text.json").read_text("utf-8"))
    breaks = [*text["sentence_ends"], *text["clause_breaks"], *cues["scope_marks"]]
    clause_re = re.compile("[" + re.escape("".join(dict.fromkeys(fold(c) for c in breaks))) + "]")
    scope_re = re.compile("[" + re.escape("".join(fold(c) for c in cues["scope_marks"])) + "]")
    verbs = set()
    for verb in cues["perfective_verbs"]:
        verbs.add(fold(verb))
        if verb[-1] not in cues["long_vowels"]:
            # a final long vowel changes the stem: those forms are listed
            verbs.update(fold(verb + suffix) for suffix in cues["perfective_suffixes"])
    spoken_perfective = {fold(verb + subject + obj) for data in dialects for verb in data.get("perfective_verbs", ())
                         for subject in cues["spoken_subject_endings"] for obj in cues["spoken_object_endings"]}
    frozen = {k: MappingProxyType(v) for k, v in roles.items()}
    return Lexicon(
        roles=MappingProxyType(frozen),
        # a form of a dialect overlay that is also another role's form (a core word) stays on
        dialect_forms=MappingProxyType({form: frozenset(r) for form, r in regions.items()
                                        if set(frozen.get(form, {})) <= _OVERLAY_ROLES}),
        entries=MappingProxyType(entries),
        lam_only=frozenset(lam_only),
        proclitics=_proclitic_options(),
        article_proclitics=MappingProxyType({fold(k): v for k, v in relative["article_proclitics"].items()}),
        article=CLITICS.article,
        lam_article=CLITICS.lam_article,
        coordinators=tuple(fold(w) for w in relative["and"]),
        measure_preps=tuple(fold(w) for w in relative["by"]),
        hijri_marks=frozenset(fold(w) for w in months["hijri_era"] if len(fold(w)) == 1),
        gregorian_marks=frozenset(fold(w) for w in months["gregorian_era"] if len(fold(w)) == 1),
        future_re=future_re,
        future_cues=word_cues(cues["future_words"], cues["future_prefix"], cues["not_future"]),
        subordinator_cues=word_cues(cues["subordinators"]),
        habitual_cues=word_cues(cues["habitual_words"]),
        clause_re=clause_re,
        scope_re=scope_re,
        general_nouns=frozenset(fold(w) for w in cues["general_nouns"]),
        name_nouns=frozenset(fold(w) for w in cues["name_nouns"]),
        today_outlets=frozenset(fold(w) for w in cues["today_outlets"]),
        month_homographs=frozenset(fold(w) for w in _load("months.json")["homographs"]),
        month_names=MappingProxyType(month_names),
        unit_letter=MappingProxyType(dict(units["timex_letter"])),
        parts=MappingProxyType(part_specs),
        continuity_re=words_re(cues["continuity"]),
        schedule_re=words_re(cues["schedule_nouns"]),
        perfective_re=words_re(sorted(verbs), proclitic="(?:" + char_class(CLITICS.conjunctions) + "|"
                                + char_class(CLITICS.conjunctions) + "?(?:" + "|".join(
                                    re.escape(fold(w)) for w in cues["perfective_particles"]) + r")\s+)?",
                                particles=(*CLITICS.conjunctions, *(fold(w) for w in cues["perfective_particles"]))),
        subordinator_re=words_re(cues["subordinators"]),
        punctual_re=re.compile("(?:" + _PROCLITIC + "(?:" + CLITICS.article + ")?" + trie_regex(
            sorted({fold(w).removeprefix(CLITICS.article) for w in cues["punctual_nouns"]})) + ")"),
        counted_nouns=frozenset(fold(w) for w in cues["counted_nouns"]),
        number_nouns=frozenset(fold(w) for w in cues["number_nouns"]),
        day_name_adjectives=frozenset(fold(w) for w in cues["day_name_adjectives"]),
        nowadays_heads=frozenset(fold(w) for w in cues["nowadays_heads"]),
        idiom_next=frozenset(fold(w) for w in cues["idiom_next"]),
        nowadays_subjects=frozenset(fold(w) for w in cues["nowadays_subjects"]),
        nominal_openers=frozenset(fold(w) for w in cues["nominal_openers"]),
        spent_verbs=frozenset(fold(w) for w in cues["spent_verbs"]),
        accusative=tuple(fold(w) for w in cues["accusative_endings"]),
        measure_re=re.compile(
            r"[^\S\n]*(?:(?:" + trie_regex(sorted({fold(w) for w in relative["measure_fillers"]}))
            + r")[^\S\n]+)*(?:(?P<plain>" + trie_regex(sorted({fold(w) for w in relative["measured_from"]}))
            + r")|" + trie_regex(sorted({fold(w) for w in relative["measured_from_event"]})) + r")(?![^\W\d_])"),
        eve_idiom_re=words_re(relative["eve_idioms"], proclitic="", particles=()),
        dual_endings=tuple(fold(w) for w in cues["dual_endings"]),
        night_links=frozenset(fold(w) for w in relative["night_link"]),
        to_glued=frozenset(fold(w) for w in relative["to_glued"]),
        ago_regions=frozenset(region for region, data in zip(DIALECTS, dialects, strict=True) if data.get("ago")),
        spoken_perfective=frozenset(spoken_perfective),
        not_ago_before=frozenset(fold(w) for w in cues["not_ago_before"]),
    )


#: The lexicon, built once at import; read-only.
LEXICON = _build()
