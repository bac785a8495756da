"""Gold for the sixteenth blind held-out set (16 articles): the format of ../heldout15/spec.py.

Row formats (compiled to character offsets by build.py through tests/gold_sets.py):
  PUBLISHED: article id -> publication date (ISO date or date-time with offset).
  timex rows:  (doc, surface, occurrence(1-based), kind, value, tight, outer, required)
    kind 'date'     -> a tagger's [earliest, latest] (day grain) must lie inside `outer`
                       and overlap `tight`; value is the TIMEX3 value.
    kind 'duration' -> the value string must match.
    kind 'multi'    -> value is a list of ISO days; each must be produced by a record.
    kind 'vague'    -> optional span: never scored for value, never a false positive.
  clusters: cluster -> dict(type, tight, outer, participants): the real date of the event
            (tight), what the texts still allow (outer), and its participants (each a list
            of acceptable surface names; written to participants.json by build.py).
  events rows: (cluster, doc, clause, occurrence, type): a clause carrying the trigger.
  diff:   cluster pairs that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (strict on the tight dates).

Where a short surface ("أمس", "اليوم") occurs several times, `ctx` names a longer string
around the wanted occurrence and the occurrence number is computed from it; a surface given
without `ctx` must occur exactly once in its article.
"""
from pathlib import Path

PUBLISHED = {
    "a1_sana_0123": "2017-01-23T21:00:00+02:00",
    "a2_aawsat_0125": "2017-01-25",
    "a3_jazeera_0128": "2017-01-28",
    "b1_map_0130": "2017-01-30T22:00:00+03:00",
    "b2_hespress_0201": "2017-02-01",
    "b3_khabar_0202": "2017-02-02",
    "c1_ina_0321": "2019-03-21T22:00:00+03:00",
    "c2_sabah_0323": "2019-03-23",
    "c3_bbc_0325": "2019-03-25T10:00:00+00:00",
    "d1_nna_1201": "2015-12-01T18:00:00+02:00",
    "d2_nahar_1202": "2015-12-02",
    "d3_quds_1205": "2015-12-05",
    "x1_tap_0725": "2021-07-25T12:00:00+01:00",
    "x2_masry_0409": "2021-04-09",
    "x3_wam_1113": "2023-11-13T18:00:00+04:00",
    "x4_sky_0516": "2022-05-16T20:00:00+04:00",
}

_SRC = Path(__file__).resolve().parent / "src"
_TEXT = {k: (_SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _starts(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc`` (inside ``ctx`` when given)."""
    text = _TEXT[doc]
    if ctx is None:
        n = len(_starts(text, s))
        if n != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {n} times; give a ctx")
        return 1
    at = _starts(text, ctx)
    if len(at) != 1 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {len(at)} times or lacks {s!r}")
    pos = at[0] + ctx.find(s)
    return _starts(text, s).index(pos) + 1


def _span(a, b=None):
    return [a, b or a]


def D(doc, s, value, tight, outer=None, ctx=None, req=True):
    """A date row; ``tight``/``outer`` a day or a (first, last) pair."""
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else list(t)
    return (doc, s, _occ(doc, s, ctx), "date", value, t, o, req)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def MULTI(doc, s, days, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "multi", list(days), None, None, True)


def V(doc, s, value=None, ctx=None):
    """An optional (vague) row."""
    return (doc, s, _occ(doc, s, ctx), "vague", value, None, None, False)


def C(typ, tight, outer=None, who=()):
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else list(t)
    return dict(type=typ, tight=t, outer=o, participants=[list(p) for p in who])


_JAAFARI = ("بشار الجعفري", "الجعفري")
_ALLOUSH = ("محمد علوش", "علوش")
_KING = ("الملك محمد السادس", "محمد السادس", "العاهل المغربي", "جلالة الملك", "الملك")
_MOROCCO = ("المغرب", "المملكة المغربية", "المملكة")
_AU = ("الاتحاد الإفريقي", "الاتحاد الأفريقي", "القمة")
_MAHDI = ("عادل عبد المهدي", "عبد المهدي", "رئيس مجلس الوزراء", "رئيس الوزراء")
_AKOUB = ("نوفل العاكوب", "العاكوب", "محافظ نينوى")
_NUSRA = ("جبهة النصرة", "النصرة")
_IBRAHIM = ("عباس ابراهيم", "عباس إبراهيم", "اللواء عباس ابراهيم", "اللواء عباس إبراهيم")
_SALAM = ("تمام سلام", "سلام", "رئيس الحكومة")
_HAFNAOUI = ("أحمد أيوب الحفناوي", "الحفناوي", "البطل الأولمبي")
_MELLOULI = ("أسامة الملولي", "الملولي")

CLUSTERS = {
    # A: the first Astana talks on Syria, January 2017
    "A_ceasefire": C("ceasefire", "2016-12-30"),
    "A_talks": C("meeting", ("2017-01-23", "2017-01-24"), who=[
        ("وفد الجمهورية العربية السورية", "الحكومة السورية", "وفد النظام", "النظام"),
        ("وفد المجموعات المسلحة", "وفد الفصائل", "الفصائل المسلحة", "الفصائل", "المعارضة"),
        ("روسيا",), ("إيران",), ("تركيا",)]),
    "A_kz_speech": C("statement", "2017-01-23", who=[("خيرات عبد الرحمنوف", "عبد الرحمنوف", "وزير خارجية كازاخستان")]),
    "A_alloush_speech": C("statement", "2017-01-23", who=[_ALLOUSH]),
    "A_jaafari_pc1": C("statement", "2017-01-23", who=[_JAAFARI]),
    "A_final": C("statement", "2017-01-24", ("2017-01-23", "2017-01-24"), who=[("روسيا",), ("تركيا",), ("إيران",)]),
    "A_alloush_pc": C("statement", "2017-01-24", ("2017-01-23", "2017-01-24"), who=[
        ("محمد علوش", "علوش", "رئيس وفد الفصائل", "وفد الفصائل", "الفصائل المسلحة", "المعارضة")]),
    "A_jaafari_pc2": C("statement", "2017-01-24", who=[_JAAFARI]),
    "A_draft": C("other", ("2017-01-23", "2017-01-24"), who=[("روسيا",), ("الفصائل", "وفد الفصائل", "المعارضة")]),
    "A_lavrov_meet": C("meeting", "2017-01-27", who=[("سيرغي لافروف", "لافروف"), ("المعارضة السورية", "معارضين سوريين")]),
    "A_lavrov_statement": C("statement", "2017-01-27", who=[("سيرغي لافروف", "لافروف")]),
    "A_aridi": C("statement", "2017-01-28", who=[("يحيى العريضي", "العريضي")]),
    # B: Morocco's return to the African Union, January 2017
    "B_withdraw": C("other", "1984-11-12", ("1984-01-01", "1984-12-31"), who=[_MOROCCO]),
    "B_kigali": C("statement", "2016-07-17", ("2016-07-01", "2016-07-31"), who=[_KING]),
    "B_request": C("other", ("2016-09-01", "2016-09-30"), who=[_MOROCCO]),
    "B_arrival": C("other", "2017-01-29", who=[_KING]),
    "B_summit": C("meeting", ("2017-01-30", "2017-01-31"), who=[("الاتحاد الإفريقي", "الاتحاد الأفريقي")]),
    "B_readmit": C("other", "2017-01-30", who=[_AU, _MOROCCO]),
    "B_faki": C("other", "2017-01-30", who=[_AU, ("موسى فقي محمد", "موسى فقي")]),
    "B_conde": C("other", "2017-01-30", who=[("ألفا كوندي", "كوندي")]),
    "B_celebration": C("other", "2017-01-30"),
    "B_speech": C("statement", "2017-01-31", who=[_KING]),
    "B_lamamra": C("statement", "2017-01-31", who=[("رمطان لعمامرة", "لعمامرة")]),
    # C: the Mosul ferry disaster, March 2019
    "C_sinking": C("other", "2019-03-21"),
    "C_mourning": C("other", "2019-03-21", who=[_MAHDI + ("الحكومة",)]),
    "C_probe_order": C("other", "2019-03-21", who=[_MAHDI]),
    "C_civildef": C("statement", "2019-03-21", who=[("مدير الدفاع المدني في نينوى", "الدفاع المدني")]),
    "C_gov_mourning": C("other", "2019-03-21", who=[_AKOUB]),
    "C_pm_arrival": C("other", "2019-03-21", ("2019-03-21", "2019-03-22"), who=[_MAHDI]),
    "C_pm_meeting": C("meeting", ("2019-03-21", "2019-03-22"), who=[_MAHDI]),
    "C_salih_visit": C("other", "2019-03-22", who=[("برهم صالح", "صالح", "رئيس الجمهورية")]),
    "C_warrants": C("other", "2019-03-22", who=[("محكمة تحقيق نينوى", "القضاء")]),
    "C_arrests": C("capture", "2019-03-22", ("2019-03-21", "2019-03-22"), who=[("قيادة شرطة نينوى", "شرطة نينوى")]),
    "C_convoy": C("other", "2019-03-22"),
    "C_pm_request": C("other", "2019-03-23", who=[_MAHDI]),
    "C_akoub_interview": C("statement", "2019-03-23", who=[_AKOUB]),
    "C_dismissal": C("other", "2019-03-24", who=[("مجلس النواب العراقي", "البرلمان العراقي", "البرلمان"), _AKOUB]),
    # D: the Lebanese servicemen freed by al-Nusra, December 2015
    "D_arsal": C("strike", ("2014-08-02", "2014-08-07"), ("2014-08-01", "2014-08-31")),
    "D_kidnap": C("capture", "2014-08-02", ("2014-08-01", "2014-08-31"), who=[_NUSRA]),
    "D_hamieh": C("other", "2014-09-19", ("2014-09-01", "2014-09-30"), who=[_NUSRA]),
    "D_bazzal": C("other", "2014-12-05", who=[_NUSRA]),
    "D_release": C("other", "2015-12-01", who=[_NUSRA, ("الدولة اللبنانية", "لبنان")]),
    "D_ibrahim_pc": C("statement", "2015-12-01", who=[_IBRAHIM + ("ابراهيم",)]),
    "D_qatar": C("statement", "2015-12-01", who=[("الدوحة", "قطر", "وزارة الخارجية القطرية")]),
    "D_salam_reception": C("meeting", "2015-12-01", who=[_SALAM]),
    "D_salam_word": C("statement", "2015-12-01", who=[_SALAM]),
    "D_call": C("call", "2015-12-01", who=[_SALAM, ("الشيخ تميم بن حمد آل ثاني", "تميم بن حمد آل ثاني", "أمير قطر")]),
    "D_celebration": C("other", "2015-12-01"),
    "D_ibrahim_interview": C("statement", "2015-12-04", ("2015-12-01", "2015-12-04"), who=[_IBRAHIM]),
    # distractors
    "X1_m2008": C("other", "2008-08-17", ("2008-01-01", "2008-12-31"), who=[_MELLOULI]),
    "X1_m2012": C("other", "2012-08-10", ("2012-01-01", "2012-12-31"), who=[_MELLOULI]),
    "X1_gold": C("other", "2021-07-25", who=[_HAFNAOUI, ("جاك ماكلون", "ماكلون"), ("كيران سميث",)]),
    "X1_call": C("call", "2021-07-25", who=[("قيس سعيد",), _HAFNAOUI]),
    "X2_tut": C("other", "1922-11-04", ("1922-01-01", "1922-12-31")),
    "X2_dig": C("other", ("2020-09-01", "2020-09-30"), who=[("البعثة المصرية", "البعثة")]),
    "X2_announce": C("statement", "2021-04-08", who=[("زاهى حواس", "زاهي حواس", "حواس")]),
    "X3_order": C("other", "2023-11-13", who=[("طيران الإمارات",), ("بوينغ",),
                                              ("أحمد بن سعيد آل مكتوم", "الشيخ أحمد بن سعيد آل مكتوم")]),
    "X3_opening": C("other", "2023-11-13", who=[("محمد بن راشد آل مكتوم", "الشيخ محمد بن راشد آل مكتوم")]),
    "X3_flydubai": C("other", "2023-11-13", who=[("فلاي دبي",), ("بوينغ",)]),
    "X4_closure": C("other", "2022-05-15", who=[("الحكومة العراقية",)]),
    "X4_storm": C("other", "2022-05-16"),
    "X4_flights": C("other", "2022-05-16"),
    "X4_health": C("statement", "2022-05-16", who=[("وزارة الصحة العراقية", "وزارة الصحة")]),
    "X4_met": C("statement", "2022-05-16", who=[("هيئة الأنواء الجوية",)]),
}

a1, a2, a3 = "a1_sana_0123", "a2_aawsat_0125", "a3_jazeera_0128"
b1, b2, b3 = "b1_map_0130", "b2_hespress_0201", "b3_khabar_0202"
c1, c2, c3 = "c1_ina_0321", "c2_sabah_0323", "c3_bbc_0325"
d1, d2, d3 = "d1_nna_1201", "d2_nahar_1202", "d3_quds_1205"
x1, x2, x3, x4 = "x1_tap_0725", "x2_masry_0409", "x3_wam_1113", "x4_sky_0516"

TIMEX = [
    # a1 SANA, Monday 23 January 2017
    D(a1, "صباح اليوم", "2017-01-23TMO", "2017-01-23"),
    D(a1, "الثلاثين من كانون الأول الماضي", "2016-12-30", "2016-12-30"),
    D(a1, "مساء اليوم", "2017-01-23TEV", "2017-01-23"),
    V(a1, "اليوم الأول", "2017-01-23"),
    D(a1, "غدا", "2017-01-24", "2017-01-24"),
    V(a1, "حتى الآن", "PRESENT_REF"),
    # a2 Asharq Al-Awsat, Wednesday 25 January 2017
    D(a2, "الأربعاء - 27 ربيع الآخر 1438 هـ", "2017-01-25", "2017-01-25"),
    D(a2, "25 يناير 2017", "2017-01-25", "2017-01-25"),
    D(a2, "أمس (الثلاثاء)", "2017-01-24", "2017-01-24"),
    V(a2, "بعد يومين"),
    D(a2, "8 فبراير (شباط) المقبل", "2017-02-08", "2017-02-08"),
    V(a2, "لفترة محددة"),
    D(a2, "مساء أمس", "2017-01-24TEV", "2017-01-24"),
    D(a2, "أول من أمس (الاثنين)", "2017-01-23", "2017-01-23"),
    D(a2, "يومها", "2017-01-23", "2017-01-23"),
    # a3 Al Jazeera Net, Saturday 28 January 2017
    D(a3, "أمس الجمعة", "2017-01-27", "2017-01-27"),
    D(a3, "الثامن من فبراير/شباط المقبل", "2017-02-08", "2017-02-08"),
    V(a3, "نهاية الشهر", "2017-02"),
    MULTI(a3, "يومي 23 و24 يناير/كانون الثاني الجاري", ["2017-01-23", "2017-01-24"]),
    D(a3, "30 ديسمبر/كانون الأول الماضي", "2016-12-30", "2016-12-30"),
    D(a3, "اليوم السبت", "2017-01-28", "2017-01-28"),
    V(a3, "الصيف الماضي", "2016-SU"),
    # b1 MAP, Monday 30 January 2017
    D(b1, "30 يناير 2017", "2017-01-30", "2017-01-30"),
    D(b1, "اليوم الاثنين", "2017-01-30", "2017-01-30"),
    D(b1, "مساء أمس الأحد", "2017-01-29TEV", "2017-01-29"),
    D(b1, "صباح اليوم", "2017-01-30TMO", "2017-01-30"),
    D(b1, "اليوم ذاته", "2017-01-30", "2017-01-30"),
    D(b1, "17 يوليوز 2016", "2016-07-17", "2016-07-17"),
    D(b1, "شتنبر الماضي", "2016-09", ("2016-09-01", "2016-09-30")),
    D(b1, "سنة 1984", "1984", ("1984-01-01", "1984-12-31")),
    # b2 Hespress, Wednesday 1 February 2017
    D(b2, "هذا اليوم", "2017-01-31", "2017-01-31", ctx="جميل هذا اليوم\""),
    D(b2, "أمس الثلاثاء", "2017-01-31", "2017-01-31"),
    D(b2, "هذا اليوم", "2017-01-31", "2017-01-31", ctx="جميل هذا اليوم، الذي"),
    V(b2, "قبل 33 عاما", "1984"),
    V(b2, "غداة", "2017-01-31"),
    V(b2, "بعد طول غياب"),
    D(b2, "يوم الاثنين", "2017-01-30", "2017-01-30"),
    D(b2, "سنة 2000", "2000", ("2000-01-01", "2000-12-31")),
    D(b2, "مساء الاثنين", "2017-01-30TEV", "2017-01-30"),
    # b3 El Khabar, Thursday 2 February 2017
    D(b3, "مساء الثلاثاء", "2017-01-31TEV", "2017-01-31"),
    D(b3, "يوم 30 جانفي", "2017-01-30", "2017-01-30"),
    D(b3, "12 نوفمبر 1984", "1984-11-12", "1984-11-12"),
    D(b3, "جويلية الفارط", "2016-07", ("2016-07-01", "2016-07-31")),
    D(b3, "الاثنين", "2017-01-30", "2017-01-30"),
    D(b3, "شهر مارس المقبل", "2017-03", ("2017-03-01", "2017-03-31")),
    # c1 INA, Thursday 21 March 2019
    DUR(c1, "ثلاثة أيام", "P3D", ctx="الرسمي ثلاثة أيام"),
    D(c1, "مساء اليوم الخميس", "2019-03-21TEV", "2019-03-21"),
    DUR(c1, "ثلاثة أيام", "P3D", ctx="لمدة ثلاثة أيام"),
    D(c1, "عصر اليوم", "2019-03-21TAF", "2019-03-21"),
    V(c1, "حتى الآن", "PRESENT_REF"),
    # c2 Al-Sabah, Saturday 23 March 2019
    D(c2, "أمس الجمعة", "2019-03-22", "2019-03-22"),
    V(c2, "بعد ساعات"),
    D(c2, "ليل الخميس", "2019-03-21TNI", "2019-03-21", ("2019-03-21", "2019-03-22")),
    D(c2, "أمس", "2019-03-22", "2019-03-22", ctx="نينوى، أمس،"),
    D(c2, "عصر الجمعة", "2019-03-22TAF", "2019-03-22"),
    D(c2, "الخميس", "2019-03-21", "2019-03-21", ctx="فاجعة الخميس"),
    D(c2, "الحادي والعشرين من آذار الجاري", "2019-03-21", "2019-03-21"),
    # c3 BBC Arabic, Monday 25 March 2019
    D(c3, "أمس الأحد", "2019-03-24", "2019-03-24"),
    V(c3, "بعد ثلاثة أيام"),
    D(c3, "يوم السبت", "2019-03-23", "2019-03-23"),
    D(c3, "السبت", "2019-03-23", "2019-03-23", ctx="تلفزيونية السبت"),
    D(c3, "يوم الخميس 21 مارس/آذار", "2019-03-21", "2019-03-21"),
    DUR(c3, "ثلاثة أيام", "P3D", ctx="الحداد ثلاثة أيام"),
    D(c3, "اليوم التالي", "2019-03-22", "2019-03-22"),
    # d1 NNA, Tuesday 1 December 2015
    D(d1, "ظهر اليوم", "2015-12-01TMI", "2015-12-01"),
    D(d1, "2 آب 2014", "2014-08-02", "2014-08-02"),
    D(d1, "بعد الظهر", "2015-12-01TAF", "2015-12-01"),
    D(d1, "أيلول 2014", "2014-09", ("2014-09-01", "2014-09-30")),
    D(d1, "مساء اليوم", "2015-12-01TEV", "2015-12-01"),
    # d2 An-Nahar, Wednesday 2 December 2015
    DUR(d2, "16 شهراً", "P16M", ctx="16 شهراً من الأسر"),
    D(d2, "مساء أمس", "2015-12-01TEV", "2015-12-01", ctx="سلام، مساء أمس"),
    D(d2, "ظهر أمس الثلاثاء", "2015-12-01TMI", "2015-12-01"),
    DUR(d2, "16 شهراً", "P16M", ctx="16 شهراً من أسر"),
    D(d2, "آب 2014", "2014-08", ("2014-08-01", "2014-08-31")),
    D(d2, "أمس", "2015-12-01", "2015-12-01", ctx="سلام أمس"),
    D(d2, "مساء أمس", "2015-12-01TEV", "2015-12-01", ctx="المحررين مساء أمس"),
    # d3 Al-Quds Al-Arabi, Saturday 5 December 2015
    V(d3, "بعد أربعة أيام"),
    D(d3, "يوم الثلاثاء الماضي", "2015-12-01", "2015-12-01"),
    D(d3, "أمس الجمعة", "2015-12-04", "2015-12-04"),
    V(d3, "منذ أشهر"),
    V(d3, "حتى الآن", "PRESENT_REF"),
    D(d3, "مساء الثلاثاء", "2015-12-01TEV", "2015-12-01"),
    V(d3, "بعد عام"),
    D(d3, "5 كانون الأول/ديسمبر 2014", "2014-12-05", "2014-12-05"),
    V(d3, "أكثر من عام"),
    # x1 TAP, Sunday 25 July 2021
    D(x1, "25 جويلية 2021", "2021-07-25", "2021-07-25"),
    D(x1, "صباح اليوم الأحد", "2021-07-25TMO", "2021-07-25"),
    V(x1, "طوكيو 2020"),
    V(x1, "3 دقائق و43 ثانية و36 جزءا من المائة"),
    V(x1, "18 عاما"),
    V(x1, "بكين 2008", "2008"),
    V(x1, "لندن 2012", "2012"),
    D(x1, "صباح اليوم", "2021-07-25TMO", "2021-07-25", ctx="الجمهورية صباح اليوم"),
    D(x1, "يوم الثلاثاء القادم", "2021-07-27", "2021-07-27"),
    # x2 Al-Masry Al-Youm, Friday 9 April 2021
    D(x2, "مساء أمس الخميس", "2021-04-08TEV", "2021-04-08"),
    D(x2, "عام 1922", "1922", ("1922-01-01", "1922-12-31")),
    D(x2, "سبتمبر 2020", "2020-09", ("2020-09-01", "2020-09-30")),
    V(x2, "فى غضون أسابيع"),
    V(x2, "الفترة المقبلة", "FUTURE_REF"),
    # x3 WAM, Monday 13 November 2023
    D(x3, "13 نوفمبر", "2023-11-13", "2023-11-13"),
    D(x3, "اليوم", "2023-11-13", "2023-11-13", ctx="» اليوم عن"),
    D(x3, "عام 2025", "2025", ("2025-01-01", "2025-12-31")),
    D(x3, "صباح اليوم", "2023-11-13TMO", "2023-11-13"),
    D(x3, "17 نوفمبر الجاري", "2023-11-17", "2023-11-17"),
    D(x3, "اليوم", "2023-11-13", "2023-11-13", ctx="» اليوم اتفاقية"),
    V(x3, "يومية", "XXXX-XX-XX"),
    # x4 Sky News Arabia, Monday 16 May 2022
    D(x4, "الاثنين", "2022-05-16", "2022-05-16"),
    D(x4, "مطلع أبريل", "2022-04", ("2022-04-01", "2022-04-10"), ("2022-04-01", "2022-04-30")),
    D(x4, "مساء اليوم", "2022-05-16TEV", "2022-05-16"),
    D(x4, "مساء الأحد", "2022-05-15TEV", "2022-05-15"),
    D(x4, "اليوم", "2022-05-16", "2022-05-16", ctx="الجوية اليوم"),
    D(x4, "صباح غد الثلاثاء", "2022-05-17TMO", "2022-05-17"),
    V(x4, "شبه أسبوعية"),
]


def E(cl, doc, s, ctx=None):
    return (cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"])


EVENTS = [
    # a1
    E("A_talks", a1, "انطلاق أعمال اجتماع أستانا"),
    E("A_talks", a1, "أعمال الاجتماع الخاص بالأزمة في سورية"),
    E("A_kz_speech", a1, "وافتتح وزير خارجية كازاخستان"),
    E("A_kz_speech", a1, "بكلمة رحب فيها بالمشاركين"),
    E("A_talks", a1, "أن يسهم الاجتماع"),
    E("A_ceasefire", a1, "وقف الأعمال القتالية الذي دخل حيز التنفيذ"),
    E("A_jaafari_pc1", a1, "مؤتمر صحفي عقده"),
    E("A_jaafari_pc1", a1, "قال الجعفري"),
    E("A_alloush_speech", a1, "الكلمة التي ألقاها رئيس وفد المجموعات المسلحة محمد علوش"),
    E("A_jaafari_pc1", a1, "وأوضح الجعفري"),
    # a2
    E("A_talks", a2, "«أستانا» تنتهي"),
    E("A_final", a2, "ببيان ثلاثي"),
    E("A_alloush_pc", a2, "والمعارضة ترفض التوقيع"),
    E("A_talks", a2, "اختتمت محادثات أستانا حول سوريا"),
    E("A_final", a2, "ببيان ختامي مشترك"),
    E("A_talks", a2, "من المفاوضات غير المباشرة"),
    E("A_final", a2, "وتلا وزير الخارجية الكازاخي خيرات عبد الرحمنوف البيان"),
    E("A_alloush_pc", a2, "أعلن رئيس وفد الفصائل محمد علوش"),
    E("A_alloush_pc", a2, "في مؤتمر صحافي عقب الجلسة"),
    E("A_jaafari_pc2", a2, "قال بشار الجعفري في مؤتمر صحافي"),
    E("A_talks", a2, "إن الاجتماع"),
    E("A_talks", a2, "وكانت المحادثات قد انطلقت"),
    E("A_jaafari_pc1", a2, "ووصف الجعفري"),
    E("A_alloush_speech", a2, "كلمة علوش الافتتاحية"),
    # a3
    E("A_lavrov_meet", a3, "لافروف يلتقي معارضين سوريين"),
    E("A_lavrov_statement", a3, "ويؤجل جنيف"),
    E("A_lavrov_meet", a3, "استقبل وزير الخارجية الروسي سيرغي لافروف"),
    E("A_lavrov_meet", a3, "في لقاء"),
    E("A_talks", a3, "نتائج محادثات أستانا"),
    E("A_lavrov_statement", a3, "وأعلن لافروف"),
    E("A_lavrov_meet", a3, "عقب اللقاء"),
    E("A_draft", a3, "بلاده سلمت الفصائل في أستانا مسودة دستور"),
    E("A_talks", a3, "وكانت محادثات أستانا، التي جرت"),
    E("A_final", a3, "قد انتهت ببيان ختامي"),
    E("A_ceasefire", a3, "الهدنة السارية"),
    E("A_alloush_pc", a3, "ورفضت الفصائل المسلحة التوقيع عليه"),
    E("A_aridi", a3, "في أول رد على المسودة الروسية"),
    E("A_aridi", a3, "قال المتحدث باسم وفد الفصائل"),
    # b1
    E("B_summit", b1, "القمة الـ28 للاتحاد الإفريقي"),
    E("B_readmit", b1, "تقرر عودة المغرب"),
    E("B_readmit", b1, "قرر رؤساء دول وحكومات الاتحاد الإفريقي"),
    E("B_summit", b1, "للقمة الثامنة والعشرين للمنظمة القارية"),
    E("B_readmit", b1, "وحظي قرار العودة"),
    E("B_arrival", b1, "قد حل"),
    E("B_summit", b1, "أشغال القمة، التي افتتحت"),
    E("B_faki", b1, "وانتخبت القمة"),
    E("B_conde", b1, "تسلم الرئيس الغيني ألفا كوندي الرئاسة الدورية"),
    E("B_readmit", b1, "ويأتي هذا القرار التاريخي"),
    E("B_kigali", b1, "رسالة إلى القمة السابعة والعشرين بكيغالي"),
    E("B_request", b1, "تودع المملكة طلبها الرسمي"),
    E("B_withdraw", b1, "قد انسحب من منظمة الوحدة الإفريقية"),
    # b2
    E("B_speech", b2, "يخاطب القمة الإفريقية"),
    E("B_speech", b2, "ألقى الملك محمد السادس"),
    E("B_readmit", b2, "عودة المملكة إليها"),
    E("B_speech", b2, "وقال العاهل المغربي في مستهل خطابه"),
    E("B_withdraw", b2, "انسحابه من منظمة الوحدة الإفريقية"),
    E("B_speech", b2, "وجاء الخطاب الملكي"),
    E("B_readmit", b2, "قرار القمة"),
    E("B_speech", b2, "وأكد الملك"),
    E("B_celebration", b2, "خرج مواطنون إلى الشوارع"),
    # b3
    E("B_lamamra", b3, "لعمامرة يدعو المغرب"),
    E("B_readmit", b3, "بعد انضمامه"),
    E("B_lamamra", b3, "قال وزير الدولة، وزير الشؤون الخارجية والتعاون الدولي، رمطان لعمامرة"),
    E("B_lamamra", b3, "وأوضح لعمامرة"),
    E("B_lamamra", b3, "في تصريح للصحافة"),
    E("B_summit", b3, "اختتام القمة الثامنة والعشرين للاتحاد"),
    E("B_readmit", b3, "الذي صادقت عليه القمة"),
    E("B_withdraw", b3, "قد انسحبت من منظمة الوحدة الإفريقية"),
    E("B_kigali", b3, "تعلن رغبتها في العودة"),
    E("B_kigali", b3, "في رسالة وجهها العاهل المغربي"),
    E("B_faki", b3, "الذي انتخب"),
    # c1
    E("C_mourning", c1, "يعلن الحداد الرسمي"),
    E("C_mourning", c1, "أعلن رئيس مجلس الوزراء عادل عبد المهدي"),
    E("C_sinking", c1, "غرق العبارة في نهر دجلة"),
    E("C_probe_order", c1, "وجه بفتح تحقيق عاجل"),
    E("C_sinking", c1, "في الحادث"),
    E("C_sinking", c1, "وكانت عبارة تقل عشرات العائلات قد غرقت"),
    E("C_civildef", c1, "وقال مدير الدفاع المدني في نينوى"),
    E("C_sinking", c1, "في انقلابها"),
    E("C_gov_mourning", c1, "أعلن محافظ نينوى نوفل العاكوب الحداد"),
    # c2
    E("C_salih_visit", c2, "برهم صالح يتفقد"),
    E("C_sinking", c2, "فاجعة العبارة"),
    E("C_warrants", c2, "والقضاء يأمر بالقبض"),
    E("C_salih_visit", c2, "تفقد رئيس الجمهورية برهم صالح"),
    E("C_sinking", c2, "غرق العبارة"),
    E("C_salih_visit", c2, "وجاءت زيارة صالح"),
    E("C_pm_arrival", c2, "وصول رئيس مجلس الوزراء"),
    E("C_pm_meeting", c2, "ترأس اجتماعا طارئا"),
    E("C_warrants", c2, "أصدرت محكمة تحقيق نينوى"),
    E("C_arrests", c2, "أعلنت قيادة شرطة نينوى توقيف تسعة من العاملين"),
    E("C_convoy", c2, "تعرض موكب محافظ نينوى نوفل العاكوب للرشق بالحجارة"),
    E("C_sinking", c2, "فاجعة الخميس"),
    E("C_sinking", c2, "وكانت العبارة قد انقلبت"),
    # c3
    E("C_dismissal", c3, "البرلمان العراقي يقيل محافظ نينوى"),
    E("C_sinking", c3, "غرق عبارة الموصل"),
    E("C_dismissal", c3, "صوت مجلس النواب العراقي"),
    E("C_sinking", c3, "غرق عبارة في نهر دجلة"),
    E("C_dismissal", c3, "وجاء التصويت"),
    E("C_pm_request", c3, "طلب تقدم به رئيس الوزراء"),
    E("C_akoub_interview", c3, "قد قال في مقابلة تلفزيونية"),
    E("C_sinking", c3, "وغرقت العبارة"),
    E("C_mourning", c3, "وأعلنت الحكومة الحداد"),
    E("C_salih_visit", c3, "زار الرئيس برهم صالح"),
    # d1
    E("D_release", d1, "إنجاز صفقة تبادل العسكريين"),
    E("D_ibrahim_pc", d1, "وابراهيم يشكر قطر"),
    E("D_release", d1, "أنجزت ظهر اليوم عملية التبادل"),
    E("D_release", d1, "الإفراج عن 16 عسكريا"),
    E("D_kidnap", d1, "خطفوا"),
    E("D_arsal", d1, "هجوم المسلحين على بلدة عرسال"),
    E("D_ibrahim_pc", d1, "وأعلن المدير العام للأمن العام اللواء عباس ابراهيم"),
    E("D_ibrahim_pc", d1, "في مؤتمر صحافي عقده في اللبوة"),
    E("D_release", d1, "نجاح العملية"),
    E("D_hamieh", d1, "الذي أعدمته"),
    # d2
    E("D_call", d2, "وسلام يتصل بأمير قطر"),
    E("D_salam_reception", d2, "استقبل رئيس الحكومة تمام سلام"),
    E("D_release", d2, "الذين أفرجت عنهم"),
    E("D_salam_word", d2, "وقال سلام في كلمة مقتضبة"),
    E("D_release", d2, "وجاءت الصفقة، التي أنجزت"),
    E("D_kidnap", d2, "من أسر العسكريين"),
    E("D_arsal", d2, "معركة عرسال"),
    E("D_call", d2, "واتصل سلام"),
    E("D_celebration", d2, "احتفل أهالي العسكريين المحررين"),
    # d3
    E("D_release", d3, "صفقة «النصرة»"),
    E("D_release", d3, "صفقة التبادل التي أفرجت بموجبها"),
    E("D_ibrahim_interview", d3, "وقال المدير العام للأمن العام اللواء عباس إبراهيم"),
    E("D_ibrahim_interview", d3, "في حديث إلى صحيفة محلية"),
    E("D_qatar", d3, "وكانت الدوحة قد أعلنت"),
    E("D_release", d3, "الإفراج عن العسكريين"),
    E("D_bazzal", d3, "إعدام «النصرة» الجندي علي البزال"),
    E("D_release", d3, "أن الصفقة"),
    # x1
    E("X1_gold", x1, "يهدي تونس أول ذهبية"),
    E("X1_gold", x1, "توج السباح التونسي أحمد أيوب الحفناوي"),
    E("X1_m2008", x1, "أحرز أسامة الملولي ذهبية 1500 متر حرة"),
    E("X1_m2012", x1, "ثم ذهبية 10 كلم في المياه المفتوحة"),
    E("X1_call", x1, "وأجرى رئيس الجمهورية قيس سعيد اتصالا هاتفيا"),
    E("X1_gold", x1, "بالتتويج"),
    # x2
    E("X2_announce", x2, "زاهى حواس يعلن اكتشاف"),
    E("X2_announce", x2, "أعلن عالم الآثار الدكتور زاهى حواس"),
    E("X2_tut", x2, "اكتشاف مقبرة توت عنخ آمون"),
    E("X2_announce", x2, "وقال حواس"),
    E("X2_dig", x2, "أعمال الحفائر بدأت"),
    E("X2_announce", x2, "وأوضح أن المدينة"),
    # x3
    E("X3_order", x3, "تطلب 90 طائرة"),
    E("X3_opening", x3, "في افتتاح معرض دبي للطيران"),
    E("X3_order", x3, "عن طلبية لشراء 90 طائرة"),
    E("X3_order", x3, "في صفقة شكلت"),
    E("X3_order", x3, "عن الصفقة في مؤتمر صحفي"),
    E("X3_opening", x3, "قد افتتح"),
    E("X3_flydubai", x3, "كما وقعت «فلاي دبي»"),
    # x4
    E("X4_storm", x4, "عاصفة ترابية جديدة تشل العراق"),
    E("X4_flights", x4, "إغلاق مطارات"),
    E("X4_storm", x4, "اجتاحت عاصفة ترابية كثيفة"),
    E("X4_flights", x4, "تعليق الرحلات الجوية"),
    E("X4_health", x4, "وأعلنت وزارة الصحة العراقية"),
    E("X4_closure", x4, "وكانت الحكومة العراقية قد قررت"),
    E("X4_met", x4, "وقالت هيئة الأنواء الجوية"),
]

DIFF = [
    # A
    ("A_talks", "A_final"), ("A_talks", "A_kz_speech"), ("A_talks", "A_alloush_speech"),
    ("A_talks", "A_jaafari_pc1"), ("A_final", "A_alloush_pc"), ("A_final", "A_jaafari_pc2"),
    ("A_alloush_pc", "A_jaafari_pc2"), ("A_jaafari_pc1", "A_jaafari_pc2"),
    ("A_alloush_speech", "A_alloush_pc"), ("A_kz_speech", "A_final"),
    ("A_alloush_speech", "A_jaafari_pc1"), ("A_lavrov_meet", "A_lavrov_statement"),
    ("A_lavrov_statement", "A_aridi"), ("A_draft", "A_final"), ("A_talks", "A_lavrov_meet"),
    ("A_ceasefire", "A_final"),
    # B
    ("B_readmit", "B_summit"), ("B_readmit", "B_speech"), ("B_readmit", "B_faki"),
    ("B_readmit", "B_conde"), ("B_faki", "B_conde"), ("B_speech", "B_lamamra"),
    ("B_readmit", "B_celebration"), ("B_arrival", "B_summit"), ("B_withdraw", "B_readmit"),
    ("B_kigali", "B_request"), ("B_kigali", "B_speech"), ("B_summit", "B_speech"),
    ("B_lamamra", "B_readmit"),
    # C
    ("C_sinking", "C_mourning"), ("C_mourning", "C_gov_mourning"), ("C_mourning", "C_probe_order"),
    ("C_civildef", "C_mourning"), ("C_sinking", "C_civildef"), ("C_pm_arrival", "C_pm_meeting"),
    ("C_pm_arrival", "C_salih_visit"), ("C_warrants", "C_arrests"), ("C_salih_visit", "C_convoy"),
    ("C_dismissal", "C_pm_request"), ("C_pm_request", "C_akoub_interview"),
    ("C_dismissal", "C_sinking"), ("C_salih_visit", "C_warrants"),
    # D
    ("D_release", "D_kidnap"), ("D_kidnap", "D_arsal"), ("D_release", "D_ibrahim_pc"),
    ("D_release", "D_qatar"), ("D_ibrahim_pc", "D_qatar"), ("D_salam_reception", "D_salam_word"),
    ("D_salam_reception", "D_call"), ("D_salam_word", "D_call"), ("D_release", "D_salam_reception"),
    ("D_release", "D_celebration"), ("D_hamieh", "D_bazzal"), ("D_ibrahim_pc", "D_ibrahim_interview"),
    ("D_release", "D_hamieh"),
    # distractors
    ("X1_gold", "X1_call"), ("X1_m2008", "X1_m2012"), ("X1_gold", "X1_m2012"),
    ("X2_announce", "X2_tut"), ("X2_announce", "X2_dig"), ("X3_order", "X3_opening"),
    ("X3_order", "X3_flydubai"), ("X3_opening", "X3_flydubai"), ("X4_storm", "X4_flights"),
    ("X4_storm", "X4_closure"), ("X4_health", "X4_met"), ("X4_storm", "X4_health"),
]

BEFORE = [
    # A
    ("A_ceasefire", "A_talks"), ("A_talks", "A_lavrov_meet"), ("A_kz_speech", "A_final"),
    ("A_alloush_speech", "A_alloush_pc"), ("A_jaafari_pc1", "A_jaafari_pc2"),
    ("A_final", "A_lavrov_statement"), ("A_lavrov_meet", "A_aridi"),
    ("A_lavrov_statement", "A_aridi"), ("A_final", "A_aridi"), ("A_jaafari_pc1", "A_final"),
    ("A_ceasefire", "A_kz_speech"), ("A_draft", "A_lavrov_statement"),
    # B
    ("B_withdraw", "B_kigali"), ("B_kigali", "B_request"), ("B_request", "B_arrival"),
    ("B_arrival", "B_readmit"), ("B_readmit", "B_speech"), ("B_readmit", "B_lamamra"),
    ("B_faki", "B_speech"), ("B_conde", "B_lamamra"), ("B_celebration", "B_speech"),
    ("B_arrival", "B_summit"), ("B_withdraw", "B_readmit"),
    # C
    ("C_sinking", "C_salih_visit"), ("C_mourning", "C_salih_visit"), ("C_civildef", "C_warrants"),
    ("C_salih_visit", "C_pm_request"), ("C_warrants", "C_pm_request"),
    ("C_convoy", "C_akoub_interview"), ("C_pm_request", "C_dismissal"),
    ("C_akoub_interview", "C_dismissal"), ("C_sinking", "C_dismissal"),
    ("C_gov_mourning", "C_convoy"), ("C_probe_order", "C_warrants"), ("C_pm_arrival", "C_salih_visit"),
    # D
    ("D_kidnap", "D_hamieh"), ("D_arsal", "D_hamieh"), ("D_hamieh", "D_bazzal"),
    ("D_bazzal", "D_release"), ("D_release", "D_ibrahim_interview"),
    ("D_qatar", "D_ibrahim_interview"), ("D_salam_reception", "D_ibrahim_interview"),
    ("D_kidnap", "D_release"),
    # across stories and distractors
    ("X2_tut", "B_withdraw"), ("B_withdraw", "X1_m2008"), ("X1_m2008", "X1_m2012"),
    ("X1_m2012", "D_arsal"), ("D_release", "B_kigali"), ("B_request", "A_ceasefire"),
    ("A_talks", "B_readmit"), ("A_aridi", "B_arrival"), ("B_speech", "C_sinking"),
    ("C_dismissal", "X2_dig"), ("X2_dig", "X2_announce"), ("X2_announce", "X1_gold"),
    ("X1_m2012", "X1_gold"), ("X1_gold", "X4_closure"), ("X4_closure", "X4_storm"),
    ("X4_storm", "X3_order"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
