"""The participants development sets held under their current figures (floors a little below:
tuned sets, so a small margin for wording changes elsewhere).

- ``tests/devparticipants``: 37 of 39 scored gold events with the right participants and roles,
  the two others not extracted (round 1 began at 13 of 22, round 2 at 30 of 39).
- ``tests/devparticipants2`` (round 3: many outlets, mostly non-conflict news): 59 of 72 with the
  right participants and roles after round 4 (round 3 began at 34 of 71, ended at 54). Most of
  the others are events the extractor does not find (matches lost, elections, adoptions, arrivals).
- ``tests/devparticipants3`` (round 4: many outlets and event types, written for constructions:
  passives, genitive agents, relative clauses, lists, duals, delegations, nisbas): the round began
  at 40 of 72 with the right participants, 37 with the right roles, and ended at 54 and 54; most
  of the others are events the extractor does not find.
- ``tests/devparticipants4`` (round 5: 62 items in 35 outlet styles, written for round 4's
  leftovers: callers and called, reciprocals, nominal meetings, a visit verb's object, an
  indefinite noun's clause, officials and their state, mediators and witnesses): the round began
  at 32 of 65 with the right participants, 31 with the right roles, and ended at 47 and 47 (of 51
  found); most of the others are events the extractor does not find.
- ``tests/devparticipants5`` (round 6: 64 items in 35 outlet styles, written for round 5's
  leftovers: office chains before a name, a caretaker government's head, courts, given names
  that are also words, acronyms, a capture's losing side, nominal meetings, passives): the round
  began at 29 of 63 with the right participants and roles.
- ``tests/devparticipants6`` (round 7: 62 items in 38 outlet styles, mostly non-conflict:
  successions, deaths, passives, religious figures, bodies, companies), in two parts: part A
  (``a``) developed on, began at 24 of 50 with the right participants (22 roles) and ended at 41
  (40); part B (``b``, other stories, scored only at the start and end of a round) began at 13 of
  26 and ended at 18; round 8 took them to 45 (45) and 23.
  Round 13 (merge13) removed six statement rows whose "أعلن" announces an extracted act by its
  verbal noun (a death, a resignation, an appointment, a movement's decision): by the convention
  of ``docs/specs/README.md`` that verb is a mention of the act, judged by the act's own row;
  floors re-set (a: 46 scored, 41, 41; b: 24, 21, 21; the same counts on main with the new gold).
- ``tests/devparticipants7`` (round 8: 47 items in some 30 outlet styles, written for round 7's
  leftovers: royal name chains with a listed name inside, bodies with no state named, offices'
  holders set off by commas, delegations' heads, relatives, acts' objects past inserted clauses),
  in two parts: part A (``a``) began at 23 of 32 with the right participants (22 roles) and
  ended at 29 (29); part B (``b``) is scored only at the start and end of a round.
  Round 9 made part B development material too (10 of 17 at its start, 12 at its end).
- ``tests/devparticipants8`` (round 9: 38 items in some 27 outlet styles, written for round 8's
  leftovers: bare bodies, titles with qualifiers before an unlisted name, a definite object after
  "دولة رئيس الوزراء", the dead of a relative clause, verdicts, elections with a feminine post),
  in two parts: part A (``a``) began at 20 of 29 with the right participants (18 roles) and
  ended at 24 (24); part B (``b``) is scored only at the start and end of a round.
  Round 10 made part B development material too (8 of 13 at its start, 8 (roles 8) at its end).
- ``tests/devparticipants9`` (round 10: 39 items in some 30 outlet styles, written for round 9's
  leftovers: a bare body before its object, a captured place, delegations, armed groups by their
  head, relatives of people no list holds, a bare body's state), in two parts: part A (``a``)
  began at 19 of 29 with the right participants (17 roles) and ended at 25 (25); part B (``b``)
  is scored only at the start and end of a round.
  Round 11 held part A at 26 (26) of 29.
- ``tests/devparticipants10`` (round 11: 18 happenings told by three outlets each, naming the
  parties differently), in two parts: part A (``a``) began at 19 of 36 with the right
  participants (17 roles) and ended at 29 (28); part B (``b``) is scored only at the start and
  end of a round.
- ``tests/devparticipants11`` (round 12: 18 happenings told by three outlets each: former
  office-holders, oaths, courts after their chamber, unlisted organisations and persons, seized
  ships, expelled envoys), in two parts: part A (``a``) began at 11 of 36 with the right
  participants (7 roles) and ended at 29 (29); part B (``b``) is scored only at the start and end
  of a round.
- ``tests/devparticipants12`` (round 13: 18 happenings told by three outlets each: the deceased
  after a death noun, a hospital named after a person, envoys summoned, "سمو الأمير" alone,
  unlisted persons after titles, "شي", spokesmen, coordinated parties and duals), in two parts:
  part A (``a``) began at 16 of 36 with the right participants (15 roles) and ended at 24 (24);
  part B (``b``) is scored only at the start and end of a round. Round 14 took part A to 25.
- ``tests/devparticipants13`` (round 14: 18 happenings told by three outlets each: offices of
  movements, "السيد"/"سماحة"/"آية الله" after a title, family names alone with and without the
  article, a dual delegation in construct, a state after ل in a death's sentence, former
  office-holders), in two parts: part A (``a``) began at 10 of 36 with the right participants (10
  roles) and ended at 16 (16); part B (``b``) is scored only at the start and end of a round.
  Round 15 took part A to 17 (17).
- ``tests/devparticipants14`` (round 15: 11 happenings told by three outlets each: "سمو الأمير" /
  "جلالة الملك" alone under the ruler's dateline, the UN Secretary-General's spokesman, verdicts
  "في حق"، a lawyer speaking, the organ of a movement, an office-holder by office and by name, a
  venue after a preposition), in two parts: part A (``a``) began at 11 of 21 with the right
  participants (11 roles) and ended at 13 (13); part B (``b``) is scored only at the start and end
  of a round.
- ``tests/devparticipants15`` (round 16: 8 happenings told by three outlets each: "جلالة السلطان" under
  Muscat, court chambers, a release told passive, split and in three spellings, an arrest announced
  by the arrested person's own party, a name before a count or a day word, a strike on a city), in
  two parts: part A (``a``) began at 6 of 15 with the right participants (5 roles) and ended at 10
  (9); part B (``b``) is scored only at the start and end of a round. Round 17 took part A to 10 (10).
- ``tests/devparticipants16`` (round 17: 8 happenings told by three outlets each: a bare office under a
  foreign correspondent's dateline, unvowelled passives, holders set off by commas after a title,
  foreign names spelled with غ or ج, places and nisbas that are no parties), in two parts: part A
  (``a``) began at 8 of 16 with the right participants (6 roles) and ended at 10 (9); part B (``b``)
  is scored only at the start and end of a round. Round 18 took part A to 11 (10).
- ``tests/devparticipants17`` (round 18: 8 happenings told by three outlets each: the persons of a
  verdict, appointments past an inserted day, the subject between أن and its verb, a bare office
  under a foreign correspondent's dateline, foreign names spelled with غ or ج), in two parts: part A
  (``a``) began at 5 of 15 with the right participants (5 roles) and ended at 11 (11); part B
  (``b``) is scored only at the start and end of a round. Round 18 also took devparticipants13 A to
  19 (19) and devparticipants14 A to 14 (14).
- ``tests/devparticipants18`` (round 19: 8 happenings of several kinds told by three outlets each: a
  verdict with two sentenced, a death, a meeting, an arrest, an abdication; judiciaries, police and
  authorities named by a nisba, unlisted foreign names spelled differently, titles governing a
  place), in two parts: part A (``a``) began at 7 of 15 with the right participants (7 roles) and
  ended at 8 (8); part B (``b``) is scored only at the start and end of a round. Round 19 also took
  devparticipants6 A to 43 (43), 11 A to 31 (31), 13 A to 20 (20), 15 A to 11 (11) and 16 A's
  roles to 11.
- ``tests/devparticipants19`` (round 20: 8 happenings of several kinds told by three outlets each: a
  release, two prizes, a summons under the state's own agency's dateline, meetings with unlisted
  officials, a verdict on a couple; persons named by a nisba alone, feminine offices), in two parts:
  part A (``a``) began at 6 of 15 with the right participants (6 roles) and ended at 11 (11); part B
  (``b``) is scored only at the start and end of a round. Round 20 also took devparticipants12 A to
  27 (27), 14 A to 15 (15) and 17 A to 12 (12).
- ``tests/devparticipants20`` (round 21: 8 happenings of several kinds told by three outlets each:
  two deaths, a release announced at home, a summons under Petra's dateline, a verdict on a couple,
  a prize, a meeting, an appointment; the dead named by a bare family name), in two parts: part A
  (``a``) began at 4 of 15 with the right participants (4 roles) and ended at 8 (8); part B (``b``)
  is scored only at the start and end of a round. Round 21 also took devparticipants13 A to 21
  (21) and 19 A to 12 (12).
- ``tests/devparticipants21`` (round 22: 8 meetings and visits told by three outlets each: hosts
  and guests of "استقبل"، "التقى ... بـ"، talks by a noun, coordinated subjects, bare family names,
  a guest named in the next sentence, persons no list holds), in two parts: part A (``a``) began at
  8 of 15 with the right participants (8 roles) and ended at 10 (10); part B (``b``) is scored only
  at the start and end of a round. Round 22 also took devparticipants12 A to 28 (28) and 14 A to 16
  (15).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))

from participants_scoring import verdicts  # noqa: E402


@pytest.mark.parametrize(("name", "ids", "scored", "parts", "roles"), [
    ("devparticipants", None, 39, 35, 35),
    ("devparticipants2", None, 70, 56, 56),
    ("devparticipants3", None, 70, 51, 51),
    ("devparticipants4", None, 63, 44, 43),
    ("devparticipants5", None, 61, 37, 36),
    ("devparticipants6", ["a"], 46, 43, 43),
    ("devparticipants6", ["b"], 24, 21, 21),
    ("devparticipants7", ["a"], 31, 27, 27),
    ("devparticipants7", ["b"], 16, 11, 10),
    ("devparticipants8", ["a"], 28, 23, 23),
    ("devparticipants8", ["b"], 12, 8, 8),
    ("devparticipants9", ["a"], 26, 25, 25),
    ("devparticipants10", ["a"], 28, 27, 26),
    ("devparticipants11", ["a"], 34, 31, 31),
    ("devparticipants12", ["a"], 36, 28, 28),
    ("devparticipants13", ["a"], 36, 21, 21),
    ("devparticipants14", ["a"], 21, 16, 15),
    ("devparticipants15", ["a"], 15, 11, 11),
    ("devparticipants16", ["a"], 16, 11, 11),
    ("devparticipants17", ["a"], 15, 12, 12),
    ("devparticipants18", ["a"], 15, 8, 8),
    ("devparticipants19", ["a"], 15, 12, 12),
    ("devparticipants20", ["a"], 15, 8, 8),
    ("devparticipants21", ["a"], 15, 10, 10),
])
def test_participants_floor(name: str, ids: list[str] | None, scored: int, parts: int, roles: int) -> None:
    sys.path.insert(0, str(TESTS / name))
    spec = importlib.import_module(f"{name}_spec")
    judged = verdicts(spec.ARTICLES, spec.GOLD, ids)
    assert len(judged) >= scored
    assert sum(v["parts_ok"] for v in judged) >= parts, [v for v in judged if not v["parts_ok"]]
    assert sum(v["roles_ok"] for v in judged) >= roles, [v for v in judged if not v["roles_ok"]]
