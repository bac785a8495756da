"""The predicate fallback (timeline.events.predicates): a dated clause-initial verb no trigger
reads is a generic act; verbs' shapes, and acts kept apart unless their verbs agree."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.events.predicates import ACT, act_verbs
from timeline.events.verb_forms import verb_shaped


@pytest.mark.parametrize("stem", ["انزل", "استقدمت", "منعت", "اقتاد", "حجب", "خفضت", "غادرت", "تسلمت"])
def test_past_verbs_have_a_verb_shape(stem: str) -> None:
    assert verb_shaped(stem)


@pytest.mark.parametrize("stem", ["تقرير", "اكثر", "احمد", "يزيد", "تامر", "امين", "يوسف", "كان", "اصبح", "يعتبر",
                                  "رئيس", "مصادر", "اجتماع", "استقبال", "يزور", "تعقد", "مسؤولون", "حدود", "نظام"])
def test_names_nouns_copulas_and_present_tense_have_none(stem: str) -> None:
    assert not verb_shaped(stem)


def test_act_verbs_drop_the_conjunction() -> None:
    assert act_verbs(["وأنزل", "أنزل"]) == {"انزل"}
    assert act_verbs(["وصل"]) == {"وصل"}


def _acts(articles: list[timeline.Article]) -> list[timeline.Event]:
    return [e for e in timeline.build(articles).events if e.subtype == ACT]


def test_two_verbs_of_one_day_are_two_acts() -> None:
    text = ("وأنزل المنقذون، اليوم الخميس، كاميرا إلى قاع البئر. "
            "واستقدمت السلطات، اليوم الخميس، جرافات إضافية إلى الموقع.")
    acts = _acts([timeline.Article("a", text, dt.datetime(2022, 2, 3, 12))])
    assert sorted(e.mentions[0].text for e in acts) == sorted(["واستقدمت", "وأنزل"])


def test_two_verbs_of_one_actor_and_day_are_two_acts_across_articles() -> None:
    # the identity rules let them meet by actor and day; the verbs differ

    one = "وأنزل الجيش المصري، اليوم الخميس، كاميرا إلى قاع البئر."
    two = "واستقدم الجيش المصري، أمس الخميس، جرافات إلى البئر."
    acts = _acts([timeline.Article("a", one, dt.datetime(2022, 2, 3, 12)),
                  timeline.Article("b", two, dt.datetime(2022, 2, 4, 9))])
    assert len(acts) == 2
