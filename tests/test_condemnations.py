"""Many states condemn one attack, each in its own agency's dispatch: the attack is one event,
and the condemning states are the speakers of their statements, not parties to the attack."""

from __future__ import annotations

import timeline

ARTICLES = [
    {"id": "qna", "published": "2021-08-27", "text": "الدوحة /قنا/ أدانت دولة قطر بشدة التفجير الذي وقع أمس قرب مطار "
     "حامد كرزاي الدولي في كابول، وأسفر عن سقوط عشرات الضحايا.\nوأكدت وزارة الخارجية في بيان اليوم موقف دولة قطر الثابت."},
    {"id": "spa", "published": "2021-08-27", "text": "الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس\nأعربت المملكة "
     "العربية السعودية عن إدانتها الشديدة للتفجير الذي وقع أمس قرب مطار كابول."},
    {"id": "mena", "published": "2021-08-27", "text": "القاهرة (أ ش أ)\nأدانت جمهورية مصر العربية التفجير الإرهابي الذي "
     "وقع أمس في كابل. وقال المتحدث باسم وزارة الخارجية إن مصر تقف إلى جانب الشعب الأفغاني."},
    {"id": "kuna", "published": "2021-08-27", "text": "الكويت - 27 - 8 (كونا) -- أدانت دولة الكويت اليوم الجمعة التفجيرين "
     "اللذين وقعا أمس الخميس قرب مطار العاصمة الأفغانية كابل."},
]
SPEAKERS = {"qatar", "saudi_arabia", "egypt", "kuwait"}


def test_one_attack_condemned_by_four_states_is_one_event() -> None:
    tl = timeline.build(ARTICLES)
    strikes = [e for e in tl.events if e.type == "strike"]
    assert len(strikes) == 1, [[m.doc for m in e.mentions] for e in strikes]
    attack = strikes[0]
    assert sorted(m.doc for m in attack.mentions) == ["kuna", "mena", "qna", "spa"]
    assert not SPEAKERS & {p.key for p in attack.participants}
    assert str(attack.days[0]) == "2021-08-26"
    speakers = {p.key for e in tl.events if e.type == "statement" for p in e.participants}
    assert SPEAKERS <= speakers
