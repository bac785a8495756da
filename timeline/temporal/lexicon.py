"""Temporal language data loaded once from ``timeline/lexicon/temporal/*.json``: the token trie,
the cue sets and patterns, over the forms and roles of :mod:`timeline.temporal.lexicon_words`.

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
from .lexicon_words import DIALECTS, OVERLAY_ROLES, _load, build_words
from .matchers import WordCues, char_class, shapes_re, starts, trie_regex, word_cues, words_re

__all__ = ["DIALECTS", "LEXICON", "Lexicon", "_load"]

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
    #: 'past' directions that look back from the period in play (السابق)
    previous_words: frozenset
    comparison_words: frozenset
    stretch_end_words: frozenset
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
    #: words that grant a day off: a weekday just after one is the coming one (إجازة يومي الخميس والجمعة)
    day_off_re: re.Pattern
    #: perfective verbs that decree a day off ahead (قررت الحكومة تعطيل الدوام)
    decree_verbs: frozenset
    postpone_words: frozenset
    sine_die_words: frozenset
    postpone_to: frozenset
    preparatory_nouns: frozenset
    #: words after a day-off word that make it a weekend's or a season's rest (عطلة نهاية الأسبوع)
    not_day_off_next: frozenset
    #: words before بعد that make it no 'after' (عن بعد: remotely)
    not_after_before: frozenset
    #: an imperfect verb's first letters, words that start like one and are not (a pattern),
    #: particles before an imperfect that make it past (لم، كانت), imperfects that look back
    #: or tell what is usual (تعود إلى، تكثر)
    imperfect_prefixes: tuple
    not_imperfect_re: re.Pattern | None
    #: verbs whose object a prayer's name after a day word is, as a country (زار أمس المغرب)
    not_prayer_before: frozenset
    #: words of a deadline or an ultimatum (مهلة، أمهل، طالب): a 'within' count after one runs from the DCT
    deadline_words: frozenset
    #: endings no verb has, read on the written word (ة: folding makes it ه, as in يتوجه)
    not_imperfect_endings: tuple
    #: written endings never an object pronoun (ة: وزارة is no و + زار + ه)
    not_pronoun_endings: tuple
    #: verbs of a decision whose clause-closing weekday dates the act decided (rule decreed_action)
    decision_verbs: frozenset
    past_before_imperfect: frozenset
    #: particles of the perfective (قد): after a كان form, a pluperfect (rule afternoon_in_play)
    perfective_particles: frozenset
    #: spoken b-imperfects of verbs that schedule (Egyptian بيفتح، بنروح): rule b_present_weekday
    present_words: frozenset
    #: words of time order before أن (قبل أن يعلن: the sentence's tense, not ahead)
    time_before_complement: frozenset
    #: particles as written (marks dropped) after which an imperfect opens what is announced
    complementizers: frozenset
    #: particles (as written) opening a clause whose definite subject precedes its imperfect
    subject_complementizers: frozenset
    #: words after which an imperfect-shaped word is a name (ذي يزن، أبو يعقوب)
    name_openers: frozenset
    #: copulas between a weekday and the feast it names (هو)
    copulas: frozenset
    #: words after which a word starting like an imperfect is a verb (أن، فيما)
    words_before_imperfect: frozenset
    perfective_lookalike_endings: tuple
    #: masculine perfectives of the forms تفعّل/تفاعل opening a clause (وتصاعد القصف)
    opening_perfectives: frozenset
    #: endings of a masculine plural subject after a verb starting with ت (وتجمع آخرون)
    masculine_subject_endings: tuple
    #: the prefix of a 3rd person feminine imperfect, which a تفعّل/تفاعل perfective shares
    feminine_imperfect_prefix: str
    #: words naming a Hijri month's crescent (هلال): the month is the nearest occurrence
    crescent_words: frozenset
    not_plan_imperfects: frozenset
    #: a state's name or adjective (folded, with its article) -> its fiscal year's first and last month
    fiscal_states: MappingProxyType
    #: words an overlay reads as a unit only after its spoken 'ago' (Levantine من جمعة: a week)
    ago_units: MappingProxyType
    #: words naming an Eastern (Coptic, Orthodox) or a Western church: a feast's calendar
    eastern_church_cues: WordCues
    western_church_cues: WordCues
    #: nouns naming an event an anchor may name (stems, folded), and the relative pronouns that
    #: let a day later in the sentence date them
    anchor_event_nouns: frozenset
    #: event noun -> the nouns that name the same happening (``اقتراع``: ``انتخابات``, ``تصويت``)
    anchor_event_synonyms: dict
    relative_pronouns: frozenset
    #: function words of a relative clause that name no event (rule ``same_as_event``)
    same_event_skip: frozenset
    #: one of those nouns (group ``noun``, clitics and article allowed); a relative pronoun
    anchor_event_re: re.Pattern
    relative_re: re.Pattern
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
    year_event_nouns: frozenset
    event_year_stops: frozenset
    #: nouns a strict day word after them qualifies (في وقت باكر: early, not tomorrow)
    early_heads: frozenset
    from_openers: frozenset
    whole_words: frozenset
    #: nouns of a stretch before a definite dual unit (مهلة الشهرين: two months)
    span_nouns: frozenset
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
    not_measured_after: frozenset
    #: ``من الزمن`` after a count of time units: nothing measured from (relative.json time_nouns)
    time_nouns_re: re.Pattern
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
    #: subject endings of a spoken perfective (نزحنا، سجلت), and a feminine plural's ending (ساعات)
    spoken_subject_endings: tuple
    feminine_plural: str
    #: words right before the preposition that make the count a measure (أكثر من يومين)
    not_ago_before: frozenset



def _build() -> Lexicon:
    roles, regions, month_names, part_specs, months, units, relative, dialects, cues = build_words()
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
    # the spoken futures of the overlays (Egyptian هيبدأ، هتكون) are tense cues as the سـ forms are
    spoken_future = [w for data in dialects for w in data.get("future_words", ())]
    future_words = sorted({fold(w) for w in (*cues["future_words"], *spoken_future)}, key=len, reverse=True)
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
                                        if set(frozen.get(form, {})) <= OVERLAY_ROLES}),
        entries=MappingProxyType(entries),
        lam_only=frozenset(lam_only),
        proclitics=_proclitic_options(),
        article_proclitics=MappingProxyType({fold(k): v for k, v in relative["article_proclitics"].items()}),
        article=CLITICS.article,
        lam_article=CLITICS.lam_article,
        coordinators=tuple(fold(w) for w in relative["and"]),
        previous_words=frozenset(fold(w) for w in relative["previous_words"]),
        comparison_words=frozenset(fold(w) for w in relative["comparison_words"]),
        stretch_end_words=frozenset(fold(w) for w in relative["stretch_end_words"]),
        measure_preps=tuple(fold(w) for w in relative["by"]),
        hijri_marks=frozenset(fold(w) for w in months["hijri_era"] if len(fold(w)) == 1),
        gregorian_marks=frozenset(fold(w) for w in months["gregorian_era"] if len(fold(w)) == 1),
        future_re=future_re,
        future_cues=word_cues([*cues["future_words"], *spoken_future], cues["future_prefix"], cues["not_future"],
                              cues["future_before_imperfect"], cues["imperfect_prefixes"],
                              shapes_re(cues["not_imperfect"], cues["not_imperfect_shapes"],
                                        cues["not_imperfect_endings"], cues["shape_letters"])),
        subordinator_cues=word_cues(cues["subordinators"]),
        habitual_cues=word_cues(cues["habitual_words"]),
        day_off_re=words_re(cues["day_off_words"]),
        decree_verbs=frozenset(fold(w) for w in cues["decree_verbs"]),
        deadline_words=frozenset(fold(w) for w in cues["deadline_words"]),
        postpone_words=frozenset(fold(w) for w in cues["postpone_words"]),
        sine_die_words=frozenset(fold(w) for w in cues["sine_die_words"]),
        postpone_to=frozenset(fold(w) for w in cues["postpone_to"]),
        preparatory_nouns=frozenset(fold(w) for w in cues["preparatory_nouns"]),
        not_day_off_next=frozenset(fold(w) for w in cues["not_day_off_next"]),
        not_after_before=frozenset(fold(w) for w in cues["not_after_before"]),
        imperfect_prefixes=tuple(fold(p) for p in cues["imperfect_prefixes"]),
        not_imperfect_re=shapes_re(cues["not_imperfect"], cues["not_imperfect_shapes"], (), cues["shape_letters"]),
        not_imperfect_endings=tuple(cues["not_imperfect_endings"]),
        not_pronoun_endings=tuple(cues["not_pronoun_endings"]),
        decision_verbs=frozenset(fold(w) for w in cues["decision_verbs"]),
        crescent_words=frozenset(fold(w) for w in cues["crescent_words"]),
        perfective_lookalike_endings=tuple(fold(w) for w in cues["perfective_lookalike_endings"]),
        opening_perfectives=frozenset(fold(w) for w in cues["opening_perfectives"]),
        masculine_subject_endings=tuple(fold(w) for w in cues["masculine_subject_endings"]),
        feminine_imperfect_prefix=fold(cues["feminine_imperfect_prefix"]),
        words_before_imperfect=frozenset(fold(w) for w in cues["words_before_imperfect"]),
        past_before_imperfect=frozenset(fold(w) for w in cues["past_before_imperfect"]),
        perfective_particles=frozenset(fold(w) for w in cues["perfective_particles"]),
        present_words=frozenset(fold(w) for data in dialects for w in data.get("present_words", ())),
        time_before_complement=frozenset(fold(w) for w in cues["time_before_complement"]),
        complementizers=frozenset(cues["complementizers"]),
        subject_complementizers=frozenset(cues["subject_complementizers"]),
        name_openers=frozenset(fold(w) for w in cues["name_openers"]),
        copulas=frozenset(fold(w) for w in cues["copulas"]),
        not_plan_imperfects=frozenset(fold(w) for w in cues["not_plan_imperfects"]),
        fiscal_states=MappingProxyType({" ".join(fold(w).split()): tuple(span)
                                        for w, span in units["cycles"]["states"].items()}),
        eastern_church_cues=word_cues(cues["eastern_church_words"]),
        western_church_cues=word_cues(cues["western_church_words"]),
        anchor_event_nouns=frozenset(fold(w) for w in cues["anchor_event_nouns"]),
        anchor_event_synonyms={fold(w): frozenset(fold(o) for o in group) for group in cues["anchor_event_synonyms"]
                               for w in group},
        relative_pronouns=frozenset(fold(w) for w in cues["relative_pronouns"]),
        same_event_skip=frozenset(fold(w) for w in cues["same_event_skip"]),
        anchor_event_re=re.compile(
            r"(?<![^\W\d_])" + _PROCLITIC + "(?:" + CLITICS.article + ")?(?P<noun>" + trie_regex(
                sorted({fold(w) for w in cues["anchor_event_nouns"]})) + r")(?![^\W\d_])"),
        relative_re=words_re(cues["relative_pronouns"], proclitic="", particles=()),
        clause_re=clause_re,
        scope_re=scope_re,
        general_nouns=frozenset(fold(w) for w in cues["general_nouns"]),
        name_nouns=frozenset(fold(w) for w in cues["name_nouns"]),
        today_outlets=frozenset(fold(w) for w in cues["today_outlets"]),
        month_homographs=frozenset(fold(w) for w in _load("months.json")["homographs"]),
        not_prayer_before=frozenset(fold(w) for w in _load("parts_of_day.json")["not_prayer_before"]),
        month_names=MappingProxyType(month_names),
        unit_letter=MappingProxyType(dict(units["timex_letter"])),
        whole_words=frozenset(fold(w) for w in units["whole"]),
        span_nouns=frozenset(fold(w) for w in units["span_nouns"]),
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
        year_event_nouns=frozenset(fold(w) for w in cues["year_event_nouns"]),
        event_year_stops=frozenset(fold(w) for w in cues["event_year_stops"]),
        early_heads=frozenset(fold(w) for w in cues["early_heads"]),
        from_openers=frozenset(fold(w) for w in cues["from_openers"]),
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
        not_measured_after=frozenset(fold(w) for w in relative["not_measured_after"]),
        eve_idiom_re=words_re(relative["eve_idioms"], proclitic="", particles=()),
        time_nouns_re=re.compile(r"[^\S\n]+(?:" + trie_regex(sorted({fold(w) for w in relative["time_nouns"]}))
                                 + r")(?![^\W\d_])"),
        dual_endings=tuple(fold(w) for w in cues["dual_endings"]),
        night_links=frozenset(fold(w) for w in relative["night_link"]),
        to_glued=frozenset(fold(w) for w in relative["to_glued"]),
        ago_units=MappingProxyType({**{fold(w): (unit, 1) for data in dialects for w, unit in data.get("ago_units", {}).items()},
                                    **{fold(w): (unit, 2) for data in dialects
                                       for w, unit in data.get("ago_dual_units", {}).items()}}),
        ago_regions=frozenset(region for region, data in zip(DIALECTS, dialects, strict=True) if data.get("ago")),
        spoken_perfective=frozenset(spoken_perfective),
        spoken_subject_endings=tuple(fold(e) for e in cues["spoken_subject_endings"] if e),
        feminine_plural=fold(cues["feminine_plural_ending"]),
        not_ago_before=frozenset(fold(w) for w in cues["not_ago_before"]),
    )


#: The lexicon, built once at import; read-only.
LEXICON = _build()
