"""Development sets with event gold only, each held under floors (run with ``-s`` to see every
miss).  They are read while building; each floor sits at or a little under what the code
reached when it was set, and keeps that round's coverage from sliding back.

- ``devevents2`` (round 5): twelve articles on four real stories, three outlets each; releases,
  exchanges, returns, approvals and the dating rules (before round 5: 40/75 found, 31 dated,
  4/17 merged, 10/22 kept apart, 9/26 ordered).
- ``devevents3`` (extraction round 11): 34 short articles in 34 outlets' styles about
  happenings outside conflict news: elections, votes, decrees, appointments, verdicts,
  signings, evacuations, arrivals (before: 69/116 found, 57 dated, 4/38 merged, 6/21 kept
  apart, 8/29 ordered).
- ``devevents4`` (extraction round 12): 41 reports of twelve real happenings, each told by 3-4
  outlets in other words (verbal noun, passive, present-tense title, relative clause, idiom,
  the loser's view, an echo) (before: 42/63 found, 39 dated, 1/21 merged, 5/12 kept apart,
  12/22 ordered; mentions 82/151).
- ``devrefs`` (identity round 8): 21 articles on seven real stories in 14 outlets' styles, each
  happening named by its trigger in one outlet and by reference, statement content, a generic
  noun or another subtype in the others (before: 20/29 found, 19 dated, 2/14 merged, 7/12 kept
  apart, 8/12 ordered).
- ``devdating`` (dating round 4): 24 articles on nine real stories in 24 outlets' styles, rich
  in ordering cues (عقب، إثر، قبيل، غداة، عشية، فور، بعد X من، وفي اليوم نفسه) (before: 60/102
  found, 41 dated, 6/25 merged, 5/12 kept apart, 19/69 ordered).
- ``devmerge`` (identity round 9): 30 short reports of nine real stories in many outlets' styles,
  each happening told by two to four outlets on different days with its participants and place
  named differently, beside look-alikes that must stay apart (before: 26/33 found, 24 dated,
  4/20 merged, 10/18 kept apart, 8/12 ordered).
- ``devdating2`` (dating round 5): 20 articles on eight real stories in 20 outlets' styles, rich
  in statements that report events ("أعلنت ... أنها دخلت"، "قال ... إن")، undated background and
  times of day on one day (before: 67/104 found, 61 dated, 9/30 merged, 4/8 kept apart,
  22/76 ordered).
- ``devdating3`` (dating round 6): 20 articles on eight real stories in 20 outlets' styles, rich
  in causes bounded by their main clause ("غداة لقائه"، "وإثر الإعلان"، "رداً على")، relative time
  between events ("بعد ساعات من الإعلان"، "وعشية القرار") and phases in sequence (signed,
  ruled void, upheld, approved, ratified; elected, sworn in) (before: 59/98 found, 51 dated,
  3/20 merged, 7/12 kept apart, 21/81 ordered).
- ``devmerge2`` (identity round 10): 28 short reports of nine real stories in many outlets' styles,
  built around what splits one act across outlets (another subtype or kind, a decision vs the
  act, a named summit naming no party, religious figures, participants at another grain, a
  wire's "اليوم" printed the next day) beside look-alikes that must stay apart (two signings of
  one ceremony, two calls of one caller on one day, a decree and its carrying out two weeks
  later) (before: 31/37 found, 29 dated, 1/18 merged, 6/14 kept apart, 5/9 ordered).
- ``devevents5`` (extraction round 13): 51 reports of seventeen real happenings of the kinds the
  blind sets' reports missed (votes, a law passed, a veto, a constitution sealed, results, an
  accession, a general strike, an output cut, condolences, a speech, a crash, a sinking, a
  mandate, arrests, a pardon, expelled envoys), each told by three outlets in other words
  (before: 62/92 found, 53 dated, 1/37 merged, 6/15 kept apart, 12/30 ordered; mentions 97/196).
- ``devmerge3`` (identity round 11): 28 reports of seven real happenings (part A, developed on)
  and ``devmerge3/partb``: 11 reports of three others (part B, scored only at the start and
  the end: transfer), built around a statement beside the act it announces, a visit and its
  talks, a resolution beside the agreement it endorses, one condemnation per state of one
  attack, votes of one body on other days, reports of consecutive days (before: part A 41/47
  found, 38 dated, 5/22 merged, 19/26 kept apart, 9/11 ordered; part B 18/20, 18, 3/10, 9/10,
  3/5; part A's floor is the round's end: kept apart 22/26).
- ``devevents6/a`` (extraction round 14): part A (36 reports of twelve real happenings) of a set of
  non-conflict acts (a ruler's death and succession, an air crash and what follows, a rescue and
  a burial, resignations, a royal order, a bill withdrawn, sanctions, prices, a medal, an air
  bridge), each told by three outlets in other words (before: 49/100 found, 37 dated, 5/29
  merged, 3/23 kept apart, 6/26 ordered; mentions 70/164).  Part B (``devevents6/b``) is scored
  only at a round's start and end, not under floors here, so that its misses are not read.
- ``devdating4/a`` (dating round 7): part A (13 articles, six stories, developed on) of a set
  whose part B (``devdating4/b``: 7 articles, four other stories and outlets) is the transfer
  measure, scored only at a round's start and end and not under floors here, so that its
  misses are not read; rich in causes with no size ("وإثر
  الإعلان، اقتحم"، "ورداً على ذلك، أدانت")، phases beyond ceasefires (verdict, appeal, order,
  execution, burial; death, proclamation, funeral) and clock times in a story of yesterday
  (before, a: 36/64 found, 30 dated, 1/12 merged, 5/10 kept apart, 16/54 ordered; b: 23/42,
  22, 0/7, 2/5, 10/29).
- ``devdating5/a`` (dating round 8): part A (21 articles, ten stories, developed on) of a set
  whose part B (``devdating5/b``: 10 articles, five other stories and outlets) is the transfer
  measure, scored only at a round's start and end and not under floors here; dense in
  narrative anchors ("وفي اليوم نفسه" after a date following منذ or a background sentence,
  "في اليوم التالي للهجوم"، "عشية الهجوم"، "قبل ذلك بعشرة أيام")، causes named after their
  cue ("إثر اجتماع"، "ردا على هجوم"، "بعد أيام من اقتحام") and coordinated verbs (before, a:
  72/109 found, 53 dated, 3/18 merged, 11/22 kept apart, 21/83 ordered; b: 26/45, 24, 1/8,
  5/9, 6/31; part A's floor is the round's end).
- ``devdating6/a`` (dating round 9): part A (18 articles, nine stories, developed on) of a set
  whose part B (``devdating6/b``: 10 articles, five other stories and outlets) is the transfer
  measure, scored only at a round's start and end and not under floors here; dense in clock
  times of one day, nights across two days ("ليل الاثنين الثلاثاء")، definite restatements read
  by offsets, relative clauses on an event's object, background pluperfect and events the text
  leaves undated; its "before" pairs include events of one day ordered by the hour (before, a:
  43/93 found, 31 dated, 2/16 merged, 4/18 kept apart, 8/69 ordered; b: 31/60, 25, 1/6, 2/10,
  6/35; floors at the round's end; devdating5/a's dated and ordered floors rose with it).
- ``devdating7/a`` (dating round 10): part A (20 articles, ten stories, developed on) of a set
  whose part B (``devdating7/b``: 10 articles, five other stories and outlets) is the transfer
  measure, scored only at a round's start and end and not under floors here; dense in midnight
  and dawn after an evening in play, statements dated through a relative clause on their
  medium, container phrases ("في الأيام الأولى من")، the day of an event ("مساء يوم الهجوم")،
  references back with their own date, background and undated events, clock times (before, a:
  65/101 found, 53 dated, 4/15 merged, 12/18 kept apart, 25/83 ordered; b: 29/52, 21, 2/8, 4/8,
  7/42; floors at the round's end).
- ``devdating8/a`` (dating round 11): part A (24 articles, eight stories, three outlets each on
  different days) of a set whose part B (``devdating8/b``: 12 articles, four other stories and
  outlets) is the transfer measure, not under floors here; dense in offsets from another event
  ("بعد أيام من وصول غصن"، "بعد ساعات من صدور الحكم")، clock times and time zones, bare parts of
  the day ("ليلا"، "بعد الظهر")، dates in a relative clause after a clause opener, order cues
  ("ثم"، "قبل أن"، "بعد أن"، "لاحقا") and phases with no dates (before, a: 54/96 found, 47
  dated, 4/15 merged, 4/10 kept apart, 23/77 ordered; b: 30/55, 20, 2/10, 3/5, 12/35; floors at
  the round's end).
- ``devdating9/a`` (dating round 12): part A (24 articles, eight stories, three outlets each on
  different days) of a set whose part B (``devdating9/b``: 12 articles, four other stories and
  outlets) is the transfer measure, not under floors here; dense in times told in two zones,
  acts joined by ف/ثم to a dated act, statements made upon an act ("لدى ترؤسه ... اجتماعا")،
  bare nights in past reporting, "في الأيام الأولى بعد"، offsets from an event named by a noun
  and phases with no dates (before, a: 95/148 found, 79 dated, 5/18 merged, 12/16 kept apart,
  39/108 ordered; b: 43/63, 37, 0/3, 6/8, 15/45; floors at the round's end).
- ``devdating10/a`` (dating round 13): part A (24 articles, eight stories, three outlets each on
  different days) of a set whose part B (``devdating10/b``: 12 articles, four other stories and
  outlets) is the transfer measure, not under floors here; dense in phases the text orders
  (arrest, trial, sentence; a resignation, its entry into force, the successor's oath; signing
  and entry into force), offsets from an event named by another noun ("بعد دقائق من إعلان
  الاستقالة"، "بعد ساعات من التصويت")، flashbacks to the day in play and sayings in a speech told
  before ("وقال نيكسون في خطابه") (before, a: 88/133 found, 72 dated, 4/18 merged, 13/20 kept
  apart, 41/116 ordered; b: 36/53, 27, 0/15, 7/8, 12/43; floors at the round's end).
- ``devdating11/a`` (dating round 14): part A (24 articles, eight stories, three outlets each on
  different days) of a set whose part B (``devdating11/b``: 12 articles, four other stories and
  outlets) is the transfer measure, not under floors here; dense in clock times and same-day
  order ("ثم"، "وبعد نصف ساعة"، "في الساعة 12:30")، small hours after a dated evening, midnights,
  imperfect weekdays ahead and reversed offsets (before, a: 93/143 found, 79 dated, 3/24 merged,
  9/21 kept apart, 37/125 ordered; b: 45/74, 39, 1/15, 8/10, 19/59; floors at the round's end).
- ``devdating12/a`` (dating round 15): part A (12 articles, four stories, three outlets each on
  different days) of a set whose part B (``devdating12/b``: 6 articles, two other stories and
  outlets) is the transfer measure, not under floors here; dense in bare parts of the day in a
  next-day paper, midnights with a side ("قبل منتصف الليل بدقائق")، "الليلة السابقة"، acts in
  relative clauses, "بعد التوقيع" and offsets from "الحادث" (before, a: 42/77 found, 32 dated,
  4/7 merged, 10/15 kept apart, 15/69 ordered; b: 16/26, 14, 0/4, 4/7, 9/24; floors at the
  round's end).
- ``devdating13/a`` (dating round 16): part A (12 articles, four stories, three outlets each on
  different days) of a set whose part B (``devdating13/b``: 6 articles, two other stories and
  outlets) is the transfer measure, not under floors here; dense in background told over two
  sentences, "اليوم نفسه" after a named act, a visit's close, clocks with a colon, next-day
  "أمس" clauses naming another weekday and offsets on a named act (before, a: 43/73 found, 37
  dated, 0/7 merged, 9/22 kept apart, 16/59 ordered; b: 18/28, 17, 0/4, 3/5, 9/21; floors at
  the round's end).
- ``devdating14/a`` (dating round 17): part A (12 articles, five stories, two or three outlets
  each on different days) of a set whose part B (``devdating14/b``: 7 articles, three other
  stories and outlets) is the transfer measure, not under floors here; dense in elections inside
  announcements, "الشهر الماضي" across a new year, "مطلع ديسمبر"، anaphoric places ("في التجمع
  نفسه")، dated relative clauses and cues that tie an undated event to another (عقب، إثر، غداة،
  بعد ساعات من) (before, a: 39/58 found, 31 dated, 5/15 merged, 8/22 kept apart, 22/51
  ordered; b: 19/26, 15, 0/3, 5/8, 3/18; floors at the round's end; raised by dating round 18).
- ``devdating15/a`` (dating round 18): part A (12 articles, five stories, two or three outlets
  each on different days) of a set whose part B (``devdating15/b``: 6 articles, three other
  stories and outlets) is the transfer measure, not under floors here; dense in "بعد ثلاثة
  أسابيع من"، a visit's close, a purpose noun's bare weekday, suspended and resumed, events
  inside announcements, "الشهر الماضى" in a January paper, dated relative clauses after
  adjectives and cues that tie an undated event to another (before, a: 49/73 found, 38 dated,
  2/14 merged, 10/23 kept apart, 24/56 ordered; b: 22/28, 20, 3/9, 5/10, 13/21; floors at the
  round's end).
- ``devdating16/a`` (dating round 19): part A (10 articles, five stories, two outlets each on
  different days) of a set whose part B (``devdating16/b``: 6 articles, three other stories and
  outlets) is the transfer measure, not under floors here; dense in events of one day told in
  sequence ("ثم"، "عقب"، "بعد ساعات من")، "في اليوم نفسه" after a day told in passing, cue
  references with a pronoun suffix ("عقب اعتقاله"، "بعد ساعات من وقوعه") and sayings after a
  date told in passing (before, a: 46/66 found, 39 dated, 2/8 merged, 18/39 kept apart, 22/54
  ordered; b: 23/34, 19, 2/4, 5/16, 9/24; floors at the round's end).
- ``devdating17/a`` (dating round 20): part A (11 articles, five stories, two or three outlets
  each on different days) of a set whose part B (``devdating17/b``: 7 articles, three other
  stories and outlets) is the transfer measure, not under floors here; dense in same-day
  sequences ("ثم"، "عقب"، "بعد ساعات من")، "في اليوم نفسه" after a day told elsewhere, cue
  references with a pronoun suffix ("بعد ساعات من إعلان وفاته"، "عقب لقائه")، a statement's own
  weekday in a speaking relative clause ("الذي تحدث الجمعة") and "يومي السبت والأحد" (before,
  a: 58/83 found, 49 dated, 0/4 merged, 20/45 kept apart, 21/66 ordered; b: 24/45, 19, 1/3,
  5/18, 5/30; floors at the round's end).
- ``devdating18/a`` (dating round 21): part A (12 articles, five stories, two or three outlets
  each on different days) of a set whose part B (``devdating18/b``: 6 articles, three other
  stories and outlets) is the transfer measure, not under floors here; "عقب X" with nothing
  else dating the event ("وأشاد المجلس عقب الاجتماع"، "وقال غاندي عقب زيارته")، a night told
  before an undated sentence, a saying at an occasion told in a pluperfect, December days in a
  January weekly, "يومي السبت والأحد" and same-day sequences (before, a: 60/87 found, 56 dated,
  0/7 merged, 26/52 kept apart, 23/64 ordered; b: 25/38, 24, 0/2, 7/22, 11/27; floors at the
  round's end).
- ``devdating19/a`` (dating round 22): part A (15 articles, five stories, three outlets each on
  different days) of a set whose part B (``devdating19/b``: 6 articles, three other stories and
  outlets) is the transfer measure, not under floors here; deaths announced a day after they
  happened, "اليوم نفسه" inside a pluperfect paragraph, a saying at a session told in a
  pluperfect, an event dated in one outlet and not in another, "بعد دقائق من" a definite noun,
  same-day sequences (before, a: 67/86 found, 61 dated, 2/12 merged, 29/48 kept apart, 36/72
  ordered; b: 19/28, 17, 0/4, 5/16, 10/23, gold corrected at the end; floors at the round's end).
- ``devdating20/a`` (dating round 23): part A (13 articles, five stories, two or three outlets
  each on different days) of a set whose part B (``devdating20/b``: 7 articles, three other
  stories and outlets) is the transfer measure, not under floors here; same-day sequences told
  with "ثم"، "وبعد ذلك"، "وعقب ذلك" inside and across sentences, "اليوم نفسه" inside a pluperfect
  paragraph, days counted from a death or an accident, an event dated in one outlet and not in
  another (before, a: 51/75 found, 48 dated, 5/13 merged, 21/46 kept apart, 28/69 ordered; b:
  21/28, 21, 2/7, 8/16, 12/23; floors at the round's end).
- ``devcrossdates1/a`` (cross-dates round 1): part A (15 articles, five happenings, each told by a
  wire on the day, a next-day paper and a weekly, each dating the act its own way: a weekday,
  "اليوم" / "أمس"، an overnight span, a back-reference, a relative clause, a narrative anchor;
  look-alikes on adjacent days) of a set whose part B (``devcrossdates1/b``: 9 articles, three
  other happenings and outlets) is the transfer measure, not under floors here (before, a: 32/38
  found, 27 dated, 5/16 merged, 17/24 kept apart, 14/19 ordered; b: 16/20, 15, 1/9, 7/11, 10/10).
- ``devrefs2`` (references round 2): part A, 33 reports of eleven real happenings dense in
  statements and references back to them (title quotes, present-tense statement titles,
  "تصريحات ترامب"، "التغريدة التي نشرها ..."، "وجاء البيان"); part B (``devrefs2/partb``) is
  the transfer measure and is not scored here (before: 87/109 found, 74 dated, 5/49 merged,
  21/28 kept apart, 13/19 ordered; mentions 123/236).
- ``devmerge4`` (identity round 12): part A, 18 reports of five real happenings (two deaths of
  rulers with the funeral and burial of one day, an air crash and the black boxes found that
  day, a president elected and sworn in, a pilot killed and the executions after) with
  look-alikes that must stay apart; its "before" pairs include phases of one day (a death
  before the funeral, the funeral before the burial, a vote before the oath), so not strictly
  by dates.  Part B (``devmerge4/partb``: 9 reports of three other happenings, other outlets)
  is scored at the start and the end of a round only; its floors are its start figures
  (before: part A 36/47 found, 34 dated, 3/18 merged, 15/20 kept apart, 12/19 ordered; part B
  19/23, 15, 2/9, 9/10, 4/9; floors at the round's end: A merged 4, ordered 14; B ordered 5).
  Round 13 (merge13) brought its gold to the convention that an announcement of an extracted
  act is a mention of that act (``docs/specs/README.md``): four statement clusters of part A
  and two of part B left or were folded into their acts, so the floors are re-set against the
  new gold (A 32/45, 29, 4/15, 14/20, 13/19; B 18/21, 14, 2/9, 9/10, 5/9); devdating5/a's found and dated floors are 71 and 56: the Vatican spokesman's "وأعلن ... الوفاة"
  (bruni_1231, found and dated) is now a mention of the death, not a cluster of its own.
- ``devmerge5`` (identity round 14): part A, 23 reports of seven real happenings (rulers' deaths
  with the accession, amendment, funeral and burial of the days after, a president elected,
  sworn in and handed power, a killing and the successor named, an emir's handover and his
  son's first speech) told by a wire, the next day's daily and a weekly in other words, dates
  and namings; its "before" pairs include phases of one day, so not strictly by dates (before:
  36/50 found, 35 dated, 6/22 merged, 11/24 kept apart, 14/24 ordered; mentions 62/89).  Part B
  (``devmerge5/partb``: 9 reports of three other happenings) is scored at a round's start and
  end only; its floors are its figures at the end of round 14.
- ``devmerge6`` (identity round 15): part A, 22 reports of seven real happenings (an airliner
  lost and its debris and recorder found, a leader killed in a raid and another the same day, a
  president removed and two council heads sworn in, a former president's death in court and
  burial, drone strikes on oil plants, two rulers' deaths with the succession, funeral, burial
  and the oath or election of the days after) told by a wire, the next day's daily and a later
  daily in other words, dates and namings, with look-alikes that must stay apart (before: 45/53
  found, 44 dated, 2/16 merged, 19/26 kept apart, 11/19 ordered; mentions 61/80).  Part B
  (``devmerge6/partb``: 9 reports of three other happenings) is scored at a round's start and
  end only; its floors are its start figures.
- ``devmerge7`` (identity round 16): part A, 20 reports of six real happenings (a mosque
  attack, the air strikes and address of its night and a weekly looking back; a mosque bombing,
  its cabinet meeting told by the body, its chairman and "the government", and another
  country's attack the same day; a prime minister's announced resignation, the cabinet's
  session and parliament's vote; a president's arrest and resignation hours apart; an oath, the
  handover and the speech of one day; a former president killed) told by a wire, the next day's
  daily and a later paper in other words, dates and namings, with look-alikes that must stay
  apart (before: 37/44 found, 35 dated, 0/19 merged, 18/24 kept apart, 14/23 ordered; mentions
  59/80; after round 16: 1/19 merged; kept apart 17/24 since the gazetteer stopped reading
  "في دولة الكويت" as the Indian city Dhule: that misreading alone had kept the mosque bombing
  apart from the other country's attack the same day, told in one of its articles; 18/24 again
  after round 17, which tells them apart inside that article).  Part B (``devmerge7/partb``: 9 reports of three other
  happenings) is scored at a round's start and end only; its floors are its start figures (the
  same at the end of round 16).
- ``devmerge8`` (identity round 17): part A, 14 reports of four real happenings (an ambassador
  shot and his killer shot, the same evening's attacks in two other cities, the calls and the
  meeting of the next day, the body flown home and the funeral; a drone strike, the president's
  announcement told from two time zones and the reactions; a nightclub attack, the claim, the
  detentions and the gunman's arrest two weeks later; a cabinet session told by the body, its
  chairman and "the government", the budget it adopted and a missile of the same day) told by a
  wire, the next day's daily and a later paper, with look-alikes that must stay apart (before:
  30/32 found, 26 dated, 4/13 merged, 22/23 kept apart, 8/13 ordered; mentions 50/60; after
  round 17: 5/13 merged, 7/13 ordered, the speech told across midnight spanning the evening and
  the dawn, so no longer strictly before the welcome of that day).  Part B
  (``devmerge8/partb``: 9 reports of three other happenings) is scored at a round's start and
  end only; its floors are its start figures.
- ``devmerge9`` (identity round 18): part A, 16 reports of four real happenings (a summit, the
  two leaders' words at its press conference and their aides' of the same day, a walk-back and a
  spokesman's words the next day; a vote of confidence, the oath told by the head of government,
  by his government and by his name, the handover; an election by a parliament told as "انتخب"
  and "فاز", the concession, the oath and the inauguration, two cables of one side; a missile
  strike, the president's speech, a spokesman told as himself, his seat and his state, a
  ministry's spokeswoman the same day, two reactions, two meetings of one visit) told by a wire,
  the next day's papers and a weekly, with look-alikes that must stay apart (before: 26/28
  found, 26 dated, 5/14 merged, 23/27 kept apart, 8/11 ordered; mentions 51/58; after round 18:
  7/14 merged, 24/27 kept apart).  Part B (``devmerge9/partb``: 6 reports of two other
  happenings) is scored at a round's start and end only; its floors are its start figures.
- ``devmerge10`` (identity round 19): part A, 16 reports of four real happenings (a visit told
  by its arrival, its reception and a headline's "يلتقي", the talks of the same afternoon, three
  signings of one peace; a first round beside 2014's and the runoff, an arrest, a court's ruling
  and the release, the oath and the handover; a referendum beside those of 1999 and 2005, the
  results told by the body and by its head; a resignation and that of 2007, a party's and a
  chamber's elections of one man, the cabinet's resignation and the new cabinet) told by a wire,
  the next day's papers and later ones, with look-alikes that must stay apart (before: 35/44
  found, 34 dated, 4/13 merged, 19/33 kept apart, 13/21 ordered; mentions 55/70; after round 19:
  15/21 ordered).  Part B (``devmerge10/partb``: 6 reports of two other
  happenings) is scored at a round's start and end only; its floors are its start figures.
- ``devmerge11`` (identity round 20): part A, 11 reports of three real happenings (a president
  removed, two presidents sworn in a week and one resigning between; an election annulled, two
  prisoners freed one night, a prime minister named in a hotel and confirmed four days later, a
  resignation beside an ouster of 2010; a prime minister's resignation, a failed vote and the vote
  a week later) told by a wire, the next day's papers and later ones, an office named with its
  holder in one outlet and the holder alone in another, dates at day, week and month grain
  (before: 30/35 found, 28 dated, 5/12 merged, 17/21 kept apart, 12/18 ordered; mentions 48/57).
  Part B (``devmerge11/partb``: 6 reports of two other happenings) is scored at a round's start
  and end only; its floors are its start figures.
- ``devmerge12`` (identity round 21): part A, 11 reports of three real happenings (an election,
  its result, the loser's call, concession and rejection a week later and the winner's oath
  abroad; an election's first round, runoff, results, court ruling and oath; another's first round
  and runoff a fortnight apart, the court and the oath) told by a wire, the next day's papers and
  later ones, rounds named in other words, dates at day, week and month grain (before: 32/34
  found, 29 dated, 2/13 merged, 18/23 kept apart, 17/20 ordered; mentions 46/55; after round 21
  on 80cd3948: 3/13 merged; on main 7eba74c2, whose theatre reading parts g4's Senegal-read
  election from the Gambian one, 2/13 as main's own).  Part B (``devmerge12/partb``: 6 reports of two other happenings) is scored at a
  round's start and end only; its floors are its start figures.
- ``devmerge13`` (identity round 22): part A, 15 reports of four real happenings (a seizure of
  boats at sea, martial law, a court's detention order and a prisoner swap a year later; two coups
  of one country in one year and a regional bloc's suspension; two prizes on consecutive days; two
  cyclones six weeks apart) told by a wire, the next day's papers and later ones, look-alikes of
  one kind beside each (before: 33/42 found, 26 dated, 2/11 merged, 15/23 kept apart, 11/19
  ordered).  Part B (``devmerge13/partb``: 9 reports of three other happenings) is scored at a
  round's start and end only; its floors are its start figures.
- ``devmerge14`` (identity round 23): part A, 13 reports of four real happenings (two prisoners
  freed together and a third let out the same day; a telescope's launch, orbit and images; a
  death, a son's words and the funeral; a literary prize and the year before's) told by a wire,
  the next day's papers and later ones (before: 23/28 found, 20 dated, 1/10 merged, 11/19 kept
  apart, 8/17 ordered).  Part B (``devmerge14/partb``: 8 reports of three other happenings) is
  scored at a round's start and end only; its floors are its start figures.
- ``devmerge15`` (identity round 24): part A, 12 reports of four real happenings (hostages freed
  together and prisoners freed days before; an abdication and the son's proclamation the same
  afternoon; a lander's launch, landing and first image; two literary prizes one day) told by a
  wire, the next day's papers and later ones (before: 28/32 found, 25 dated, 4/12 merged, 17/22
  kept apart, 13/18 ordered).  Part B (``devmerge15/partb``: 7 reports of three other
  happenings) is scored at a round's start and end only; its floors are its start figures.
- ``devmerge16`` (identity round 25): part A, 17 reports of five real happenings (a prime
  minister named, the handover and the government; two resignations of one day; two releases
  four days apart by two states; a death and its tribute; a prize, its ceremony and another
  prize) told by a wire, the next day's papers and later ones in other words (a title alone, a
  surname, a state for its officials; before: 36/37 found, 35 dated, 6/18 merged, 25/28 kept
  apart, 13/16 ordered).  Part B (``devmerge16/partb``: 10 reports of three other happenings) is
  scored at a round's start and end only; its floors are its start figures.
- ``devmerge17`` (identity round 26): part A, 15 reports of five real happenings (a death and
  the funeral; a prize given, won and handed over; an ambassador recalled and the ministry's
  words told by the ministry and by its unnamed spokesman; a death made known a week later; an
  accord ended and the junta's words) told by a wire, the next day's papers and a weekly in
  other words (one name spelled two or three ways, a prize's giver or its winner; before: 20/22
  found, 16 dated, 3/10 merged, 9/11 kept apart, 5/8 ordered).  Part B (``devmerge17/partb``: 9
  reports of three other happenings) is scored at a round's start and end only; its floors are
  its start figures.
- ``devmerge18`` (identity round 27): part A, 15 reports of five real happenings (a death and
  the honour after it; two wins announced and told as won, their oaths; a night collision
  dated a day apart by two clocks; a resignation presented and told) told by a wire, the next
  day's papers and a weekly in other words (an office in one outlet, its holder's surname in
  another; before: 22/23 found, 17 dated, 4/12 merged, 10/12 kept apart, 7/8 ordered).  Part B
  (``devmerge18/partb``: 9 reports of three other happenings) is scored at a round's start and
  end only; its floors are its start figures.
- ``devmerge19`` (identity round 28): part A, 15 reports of five real happenings (a win
  announced and told, its oath; a death and the chapel of rest; an oath after a coalition deal;
  a crash and the funeral; a couple found dead, the deaths dated a week and two before) told by
  a wire, the next day's papers and a weekly in other words (an office of a state in one outlet,
  its holder's unlisted name in another; before: 21/24 found, 19 dated, 6/13 merged, 7/11 kept
  apart, 9/11 ordered).  Part B (``devmerge19/partb``: 9 reports of three other happenings) is
  scored at a round's start and end only; its floors are its start figures.
- ``devannounced1/a`` (announced acts round 1): part A, 15 reports of five real happenings (a
  death announced by its house, a coup announced by its colonel, a re-election announced by the
  board's head, a corridor's capture announced by the army, a tariff agreement announced by both
  states) each told in another outlet as the act and in a weekly by a reference, beside announced
  plans and dates that stay statements (before: 27/29 found, 25 dated, 1/11 merged, 11/14 kept
  apart, 7/8 ordered).  Part B (``devannounced1/b``: 9 reports of three other happenings) is
  scored at a round's start and end only; its floors are its start figures.
- ``devannounced2/a`` (announced acts round 2): part A, 15 reports of five real happenings (a
  death announced as martyrdom two days after the strike, a coup announced "that the army took
  power", a win announced by the board, a death announced by a publicist, a recognition announced
  by the head of government) each told in another outlet as the act and in a weekly by a
  reference, beside announced plans, the curfew and martial law, and the recognitions of other
  states the same day (before: 33/36 found, 31 dated, 2/7 merged, 15/20 kept apart, 6/8
  ordered).  Part B (``devannounced2/b``: 9 reports of three other happenings) is scored at a
  round's start and end only; its floors are its start figures.
- ``devevents8/a`` (extraction round 16): part A (27 reports of nine real happenings) of a set of
  security incidents, disasters and economic acts (a bombing and its arrests, a wedding-hall fire,
  a bridge struck by a ship, a stampede, a default and a downgrade, a currency float, a bank
  closed and a bankruptcy, a workers' strike, a mass abduction), each told by three outlets in
  other words (before: 38/68 found, 34 dated, 2/28 merged, 2/17 kept apart, 3/16 ordered;
  mentions 51/120).  Part B (``devevents8/b``) is scored only at a round's start and end, not
  under floors here.
- ``devevents7/a`` (extraction round 15): part A (36 reports of twelve real happenings) of a set
  of acts no trigger read (arrests and house arrest, executions, closures, results and
  recognitions, applications, a coronation and processions, a report published), each told by
  three outlets in other words (before: 69/120 found, 59 dated, 3/38 merged, 3/13 kept apart,
  12/22 ordered; mentions 90/200).  Part B (``devevents7/b``) is scored only at a round's start
  and end, not under floors here.
- ``devevents9/a`` (extraction round 17): part A (36 reports of twelve real happenings) of a set
  dense in the structural causes of per-report recall (trigger words rejected by sense and hidden
  from the fallback, orders to halt, extensions, awards, index moves, present-tense titles,
  accessions ratified, a demand over a relative clause), each told by three outlets in other
  words (before: 62/109 found, 51 dated, 9/39 merged, 7/20 kept apart, 8/21 ordered; mentions
  93/184).  Part B (``devevents9/b``) is scored only at a round's start and end, not under floors
  here.
- ``devevents10/a`` (extraction round 18): part A (36 reports of twelve real happenings) of a set
  of everyday news outside conflict (a prize, a takeover and its layoffs, a rocket launch and a
  splashdown, an arrest in a court and bail, a pope's surgery, a president who flees and
  resigns, an impeachment and a detention order, a platform blocked by a judge, a transfer, a
  marathon record, a deal completed, a hosting vote won), each told by three outlets in other
  words (before: 57/103 found, 47 dated, 1/38 merged, 5/22 kept apart, 3/21 ordered; mentions
  71/178).  Part B (``devevents10/b``) is scored only at a round's start and end, not under
  floors here.
- ``devtypes1/a`` (types round 1): part A (36 reports of twelve real happenings) of a set where
  each happening is told by three outlets in other wordings on purpose (an assassination in
  every voice, a funeral as "ودّع"/"شيّع"/"جنازة", a release, a visit, an oath and the handover,
  an arrest and the raid, a title and its final, a ruling, a referendum and its vote, a
  protest, a bill passed, a truce agreed and in force) (before: 44/56 found, 39 dated, 4/28
  merged, 13/20 kept apart, 8/14 ordered; mentions 85/131).  Part B (``devtypes1/b``) is scored
  only at a round's start and end, not under floors here.
- ``devtypes2/a`` (types round 2): part A (36 reports of twelve real happenings) of a set where
  each happening is told by three outlets on purpose as an announcement ("أعلنت الرئاسة، اليوم
  الأحد، وفاة الرئيس"، "أعلنت ... عن قطع العلاقات"، a title's "تعلن ..."، "إعلان القيادة ...
  انسحاب")، as the bare act and by its noun, with announcements that are events of their own
  (a plan, a date for a later act, a denial) (before: 50/58 found, 49 dated, 1/14 merged, 17/23
  kept apart, 8/14 ordered; mentions 82/101).  Part B (``devtypes2/b``) is scored only at a
  round's start and end, not under floors here.
- ``devtypes3/a`` (types round 3): part A (36 reports of twelve real happenings) of a set where
  each happening is told by three outlets that name the act with other words on purpose
  (choosing, electing and winning; handing over and releasing; announcing and doing; arriving
  and visiting; deciding and doing; signing and concluding), with acts of other kinds the same
  day kept apart (before: 54/62 found, 49 dated, 7/22 merged, 19/27 kept apart, 15/18 ordered;
  mentions 95/117).  Part B (``devtypes3/b``) is scored only at a round's start and end, not
  under floors here.  Merged 7 -> 6 in types round 4: the seventh (the consular agent's arrest,
  two undated reports) was merged only through a wrong merge with Algeria's decision to expel,
  compared as an arrest by ``identity.json`` ``decisions``; that decision is now a mention of the
  expulsion it decides, and the two undated arrests stay parted by their loose dates.
- ``devtypes4/a`` (types round 4): part A (36 reports of twelve real happenings) of a set where
  each happening is told by three outlets that name the act with other words on purpose (the
  results announced, won, re-elected; a deadline to leave, a decision to expel, expelled; arrived,
  began a visit, visited; a death and its announcement; a resignation announced and handed in;
  signed and concluded), with acts of other kinds the same day kept apart (before: 51/54 found,
  49 dated, 9/23 merged, 20/26 kept apart, 15/16 ordered; mentions 107/122).  Part B
  (``devtypes4/b``) is scored only at a round's start and end, not under floors here.
- ``devtypes5/a`` (types round 5): part A (36 reports of twelve real happenings) of a set of
  decisions and announcements that are the act (one act, one day, "قررت"/"أعلنت" in one outlet and
  the act in another) and that are not (a measure passed and in force a year later, a result
  announced and a final count, a plan announced and carried out, a third party announcing a past
  act on another day), with the acceptance of a resignation, arrival vs visit, mourning declared
  and an inquiry opened (before: 51/55 found, 49 dated, 11/31 merged, 33/38 kept apart, 15/16
  ordered; mentions 107/136).  Its kept-apart pairs may join events of two types (an announcement
  beside the act it is not): the gold check lets them (``MIXED_DIFF``).  Part B
  (``devtypes5/b``) is scored only at a round's start and end, not under floors here.
- ``devtypes6/a`` (types round 6): part A (18 reports of six real happenings) of a set where each
  happening is told by three outlets that name the act as its announcement, obituary or decision
  and as the act ("أعلنت لجنة نوبل ... منح" / "فازت"، "أعلنت الهيئة ... النتائج الرسمية" / "فاز"،
  "وصل ... في زيارة رسمية" / "بدأ ... زيارة" / "اختتم ... زيارة")، with the statements and acts of
  other kinds around it kept apart (before: 33/35 found, 30 dated, 3/14 merged, 27/35 kept
  apart, 10/12 ordered; mentions 69/79).  Mixed-type kept-apart pairs (``MIXED_DIFF``).  Part B
  (``devtypes6/b``) is scored only at a round's start and end, not under floors here.
- ``devtypes7/a`` (types round 7): part A (15 reports of five real happenings) of a set where each
  happening is told by three outlets in other words: a chamber's vote on a removal and the removal
  ("صوّت مجلس النواب ... على عزل" / "أطاح ... برئيسه" / "عزل مجلس النواب")، a death announced and
  mourned ("أعلنت حركة فتح ... وفاة" / "توفي"، a person's obituary a tribute)، an inquiry announced,
  opened and begun, an arrest in three verbs, a state visit as arrival, beginning and close, with
  the statements and acts of other kinds around it kept apart (before: 32/35 found, 28 dated, 3/10
  merged, 31/40 kept apart, 6/9 ordered; mentions 65/72).  Mixed-type kept-apart pairs
  (``MIXED_DIFF``).  Part B (``devtypes7/b``) is scored only at a round's start and end.
- ``devtypes8/a`` (types round 8): part A (15 reports of five real happenings) of a set where each
  happening is told by three outlets in other words: a truce's phases (agreed, in force,
  violated, each its own event)، one ruling read in one hearing ("دانت" / "قضت ... بسجن" / "نطقت
  ... بالحكم في جلسة")، a visit as arrival, the host's reception and close, a resignation told as
  stepping down, a court proclaiming the winner, with the statements and acts of other kinds
  around it kept apart (before: 28/34 found, 26 dated, 5/16 merged, 20/37 kept apart, 10/13
  ordered; mentions 60/79).  Mixed-type kept-apart pairs (``MIXED_DIFF``); same-day phases in
  ``before``.  Part B (``devtypes8/b``) is scored only at a round's start and end.
- ``devtypes9/a`` (types round 9): part A (15 reports of five real happenings) of a set where each
  happening is told by three outlets each with another kind of word: a raid as an operation, a
  raid and a landing ("نفذت ... عملية إنزال" / "شنت ... غارة" / "جرت العملية")، a missile strike as
  shelling, a strike, a hit and a targeting, an impeachment as a removal, a vote and an adoption, a
  town taken as control, entry, fall and seizure, a call as a call made, talks by phone and a
  conversation, with look-alikes of one kind kept apart (before: 18/23 found, 16 dated, 0/7
  merged, 15/21 kept apart, 6/11 ordered).  Mixed-type kept-apart pairs (``MIXED_DIFF``).  Part B
  (``devtypes9/b``) is scored only at a round's start and end.
- ``devevents11/a`` (extraction round 20): part A (36 reports of twelve real happenings) of a set
  of ordinary news (appointments and dismissals, a court's removal of a speaker, an arrest, a
  remand and a sentence, a central bank crisis, a death and a funeral, a conviction upheld and a
  trial, a party leader elected and a parliament dissolved, a government sworn in, a tax deal),
  each happening told again by references after a word of time order, pluperfect background,
  verbless titles and frames (before: 68/99 found, 52 dated, 3/41 merged, 19/31 kept apart,
  16/34 ordered; mentions 107/191).  Part B (``devevents11/b``) is scored only at a round's start
  and end, not under floors here.
- ``devevents12/a`` (extraction round 21): part A (36 reports of twelve real happenings) of a set
  of ordinary news and accidents (a speaker elected, a prime minister appointed and his cabinet
  sworn in, an Olympic title and the champion's return, an envoy's resignation, a death and a
  funeral, an arrest and a warrant, a government tasked and sworn in, a climate summit, a
  submarine sunk, a gas leak, a church fire, a census), each told again by reference nouns,
  present-tense titles, pluperfect background and acts with their date before their subject
  (before: 71/84 found, 65 dated, 5/36 merged, 20/33 kept apart, 18/26 ordered; mentions
  115/163).  Part B (``devevents12/b``) is scored only at a round's start and end, not under
  floors here.
- ``devevents13/a`` (extraction round 22): part A (24 reports of eight real happenings) of a set
  of ordinary news (a fire and its toll, a singer's death, funeral and wake, a visit, a court
  ruling and its appeal, an appointment and a handover of command, a parliament vote and a court
  order halting it, a sheikh's death and mourning, a building collapse), told again by reference
  nouns after a word of time order or circumstance, relative clauses and pluperfect background
  (before: 52/65 found, 49 dated, 4/26 merged, 7/14 kept apart, 13/21 ordered; mentions
  106/136; floors at the round's end).  Part B (``devevents13/b``) is scored only at a round's
  start and end, not under floors here.
- ``devevents14/a`` (extraction round 23): part A (36 reports of twelve real happenings) of a set
  of ordinary news (a bus crash, an officer killed and the raid after, an actor's death, funeral
  and wake, a parliament extending municipal councils and the appeal rejected, a prime minister
  chosen and sworn in, a state visit, a royal order and the first session chaired, an
  ambassador's arrival, a pardon and release, two elections, a royal wedding), told again by
  frames after جاء/جرى/صدر, references after words of time order, chairing, present-tense titles
  and pluperfect background (before: 75/90 found, 70 dated, 6/33 merged, 21/25 kept apart, 19/30
  ordered; mentions 132/182; floors at the round's end; its gold "before" pairs are not strictly
  ordered: a strike that went on until the day of the killing).  Part B (``devevents14/b``) is
  scored only at a round's start and end, not under floors here.
- ``devevents15/a`` (extraction round 24): part A (36 reports of twelve real happenings) of a set
  of ordinary news (astronauts launched and back, a lynching and its verdict, a monument opened,
  an executive elected and sworn in, a prime minister's death and burial, a climate summit, an
  ex-president sentenced and his appeal, an election and a speaker, a pardon and a release, a
  president elected and inaugurated, a parliament stormed, an actress's death and wakes), told
  again by verbal nouns after verbs of welcoming and describing, passives, frames, references
  after words of time order and nominal titles (before: 78/106 found, 72 dated, 4/34 merged,
  9/21 kept apart, 18/30 ordered; mentions 138/205; floors at the round's end; its gold "before"
  pairs are not strictly ordered: a launch told on two calendar days).  Part B
  (``devevents15/b``) is scored only at a round's start and end, not under floors here.
- ``devevents16/a`` (extraction round 25): part A (18 reports of six real happenings) of a set
  of ordinary news (a judge's charges, a movement's leader chosen, a parliament dissolved, a
  framework agreement signed, a flash flood and two resignations, a plane crash and the mourning
  declared), dense in statements of unlisted speakers and verbs (party figures, a mechanism of
  mediators, a tweet, a reply in a statement), arrivals at the scene, a decree signed, frames and
  references after words of time order (before: 39/53 found, 37 dated, 2/14 merged, 4/12 kept
  apart, 8/11 ordered; mentions 67/99; floors at the round's end).  Part B
  (``devevents16/b``) is scored only at a round's start and end, not under floors here.
- ``devevents17/a`` (extraction round 26): part A (15 reports of five real happenings) of a set
  of ordinary news (a workshop flood and its toll, a pope's visit and speech, a parliament opened
  with the Speech from the Throne and its speaker re-elected, a crown prince named by Amiri
  order, a sentence and an arrest), dense in speeches told by ألقى, titles and honorifics alone
  as speakers, cables received, tolls rising, passives of moving and verbless titles (before:
  37/47 found, 31 dated, 2/13 merged, 8/10 kept apart, 9/13 ordered; mentions 54/87; floors at
  the round's end).  Part B (``devevents17/b``) is scored only at a round's start and end, not
  under floors here.
- ``devevents18/a`` (extraction round 27): part A (15 reports of five real happenings) of a set
  of ordinary news (a microbus in a canal, a presidential run-off and its concession, a king's
  speech, a prime minister named by Amiri order, a sentence), dense in speeches and disasters
  named back in weekly titles and after words of time order, "عقب صدور الحكم" and "غداة صدور
  الأمر الأميري", inquiries opened, concessions, calls of congratulation, election bodies and
  phone interviews with the paper (before: 37/45 found, 34 dated, 1/10 merged, 8/12 kept apart,
  5/11 ordered; mentions 66/85; floors at the round's end).  Part B (``devevents18/b``) is
  scored only at a round's start and end, not under floors here.
- ``devevents19/a`` (extraction round 28): part A (15 reports of five real happenings) of a set
  of ordinary news (a train collision and a minister stepping down, a run-off won and conceded,
  a tanker seized at sea, riots and a state of emergency, a journalist sentenced), dense in acts
  round 27 left unfound: stepping down, court orders in the pluperfect, verdicts with the court
  left out or named back, a win achieved, a voting round held, a reception ceremony, a seizure
  named by its noun (before: 38/47 found, 33 dated, 5/14 merged, 5/9 kept apart, 7/11 ordered;
  mentions 64/86; floors at the round's end).  Part B (``devevents19/b``) is scored only at a
  round's start and end, not under floors here.
- ``devevents20/a`` (extraction round 29): part A (15 reports of five real happenings: run-offs
  in Finland, Slovakia and North Macedonia, Panama's and Mauritius's elections) dense in acts
  round 28 left unfound: replies, protests and refusals voiced by a named speaker, speeches
  delivered, verbless speech titles closed by a colon, concession titles with a bare name, a
  race won, ratifications in the pluperfect, and negatives (before: 42/60 found, 33 dated, 5/19
  merged, 7/14 kept apart, 8/11 ordered; mentions 61/95; floors at the round's end).  Part B
  (``devevents20/b``) is scored only at a round's start and end, not under floors here.
- ``devevents21/a`` (extraction round 30): part A (15 reports of five real happenings: Oli's
  resignation and Karki's oath in Nepal, Vanuatu's dissolution, Nujoma's funeral, Greenland's and
  the Czech elections) dense in acts round 29 left unfound or misattached: a present tense after
  "قبل أن", speeches delivered during a visit, refusals by a plural subject, one- and two-act
  titles over a body of several acts, a resignation accepted, verbless win titles, and negatives
  (before: 43/59 found, 39 dated, 5/20 merged, 5/12 kept apart, 7/9 ordered; mentions 71/101;
  floors at the round's end).  Part B (``devevents21/b``) is scored only at a round's start and
  end, not under floors here.
- ``devevents22/a`` (extraction round 31): part A (15 reports of five real happenings: Pinera's
  funeral, the Bannu attack, Ireland's dissolution, Begum's appeal, the Wayanad landslides) dense
  in acts round 30 left unfound: verbs after ثم and trigger words after "قبل أن", arrivals to
  attend a funeral, "حلت ... بـ"، "فجّر" bombings, counted and other refusals, recoveries, entries
  and burials, and negatives (before: 42/53 found, 39 dated, 1/10 merged, 6/9 kept apart, 7/10
  ordered; mentions 64/84; floors at the round's end).  Part B (``devevents22/b``) is scored only
  at a round's start and end, not under floors here.
- ``devevents23/a`` (extraction round 32): part A (15 reports of five real happenings: Rodri's
  Ballon d'Or, the Southport stabbing, Doukkali's death, Serbia's dissolution, the Indian Navy men's
  return) dense in acts round 31 left unfound: prizes received, returns home, the wounded carried
  to hospital, "غيب الموت", requests to dissolve, ثم verbs, title participles, and negatives
  (before: 38/45 found, 37 dated, 4/9 merged, 6/9 kept apart, 8/11 ordered; mentions 55/70; floors
  at the round's end).  Part B (``devevents23/b``) is scored only at a round's start and end, not
  under floors here.
- ``devevents24/a`` (extraction round 33): part A (15 reports of five real happenings: the Balasore
  train collision, the Hazara Express derailment, Do Kwon's arrest, Pham Minh Chinh's visit to Abu
  Dhabi, Bangladesh's Jamaat ban) dense in deaths told by "لقي ... حتفهم"، ثم verbs after a sentence
  with no act, "بحث X وضيفه Y"، arrests after a long title, bans, sayings to reporters, and
  negatives (before: 37/45 found, 31 dated, 2/11 merged, 4/9 kept apart, 6/10 ordered; mentions
  59/77; floors at the round's end, unchanged: the round's rules gain on older sets).  Part B
  (``devevents24/b``) is scored only at a round's start and end, not under floors here.
- ``devevents25/a`` (extraction round 34): part A (15 reports of five real happenings: Luigi
  Mangione's arrest and court appearances, Andrew Symonds's crash, the Shermans found dead,
  Michael Mosley missing and found dead, Turkey's Roblox block) dense in ثم sequences, deaths in
  road crashes, bodies found, court appearances with a date or subject before أمام, sayings with a
  bare name, bans read as statements, relative clauses of a back-reference, and negatives (before:
  33/44 found, 25 dated, 4/15 merged, 5/10 kept apart, 7/9 ordered; mentions 60/88; floors at the
  round's end).  Part B (``devevents25/b``) is scored only at a round's start and end.
- ``devrefs3/a`` (references round 3): part A (15 reports of five real happenings) of a set dense
  in later reports of a found act: frame subjects ("وجاء القرار"، "ويأتي الحظر"، "وتأتي كلمة
  الدبيبة")، pronoun appositions ("، وهي الخطوة التي")، decisions named by their clause, speeches
  and their words, quoted titles, spokesmen named again by their last name, and negatives (before:
  41/49 found, 39 dated, 7/22 merged, 12/18 kept apart, 8/10 ordered; mentions 84/122; floors at
  the round's end).  Part B (``devrefs3/b``) is scored only at a round's start and end.
- ``devrefs4/a`` (references round 4): part A (15 reports of five real happenings) of a set dense
  in later reports of a found act: back-references after a time or cause word with and without a
  date of their own, frame subjects, reports of a statement ("بحسب بيان صادر عن"، "ووفق بيان")،
  a speaker named again by a bare family name in the pluperfect, quoted titles, and negatives
  (before: 38/48 found, 34 dated, 10/29 merged, 12/16 kept apart, 5/11 ordered; mentions 91/114;
  floors at the round's end).  Part B (``devrefs4/b``) is scored only at a round's start and end.
- ``devrefs5/a`` (references round 5): part A (15 reports of five real happenings) of a set dense
  in act nouns naming a found act back in any position (a frame's subject, the subject of reported
  words, the object of a welcome, condemnation or comment), reports of a statement by bodies the
  lists may lack, restated statements and negatives (before: 43/44 found, 42 dated, 7/20 merged,
  13/17 kept apart, 5/6 ordered; mentions 104/115; floors at the round's end).  Part B
  (``devrefs5/b``) is scored only at a round's start and end.
- ``devrefs6/a`` (references round 6): part A (15 reports of five real happenings) of a set dense
  in back-references by act and reference nouns, restated statements, sayings with a clause before
  "إن", words said in a call in SPA's style and their negatives (before: 42/47 found, 39 dated,
  4/20 merged, 14/19 kept apart, 5/6 ordered; mentions 107/122; floors at the round's end).  Part
  B (``devrefs6/b``) is scored only at a round's start and end.
- ``devrefs7/a`` (references round 7): part A (15 reports of five real happenings) of a set dense
  in back-references by act and reference nouns, the other party's view of one act, restated
  statements, sayings attributed by "وفق/بحسب" and their negatives (before: 49/63 found, 46 dated,
  8/25 merged, 13/24 kept apart, 5/9 ordered; mentions 95/144; floors at the round's end).  Part
  B (``devrefs7/b``) is scored only at a round's start and end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import (
    built,
    check_events,
    check_gold_consistent,
    check_gold_spans,
    load_heldout,
    report,
    score_events,
)

HERE = Path(__file__).resolve().parent

#: set -> (floors: found, dated, merged, kept apart, ordered; gold "before" pairs strictly ordered)
SETS = {
    "devevents2": ((62, 55, 8, 16, 19), True),
    "devevents3": ((99, 82, 11, 10, 17), True),
    "devevents4": ((52, 45, 2, 8, 15), True),
    "devrefs": ((20, 19, 3, 7, 8), True),
    "devdating": ((63, 45, 8, 5, 27), False),
    "devmerge": ((26, 24, 4, 10, 8), True),
    "devdating2": ((76, 67, 9, 6, 28), False),
    "devdating3": ((59, 54, 4, 7, 23), False),
    "devmerge2": ((31, 29, 1, 6, 5), True),
    "devevents5": ((76, 68, 5, 9, 21), True),
    "devmerge3": ((41, 38, 5, 22, 9), True),
    "devmerge3/partb": ((18, 18, 3, 9, 3), True),
    "devevents6/a": ((77, 67, 13, 14, 16), True),
    "devdating4/a": ((36, 32, 1, 5, 19), False),
    "devdating5/a": ((71, 59, 3, 11, 26), False),
    "devdating6/a": ((42, 33, 2, 4, 10), False),
    "devdating7/a": ((65, 59, 4, 12, 27), False),
    "devdating8/a": ((54, 49, 4, 4, 23), False),
    "devdating9/a": ((95, 87, 5, 12, 35), False),
    "devdating10/a": ((88, 76, 4, 13, 40), False),
    "devdating11/a": ((93, 80, 3, 9, 41), False),
    "devdating12/a": ((42, 37, 4, 10, 20), False),
    "devdating13/a": ((43, 39, 0, 9, 16), False),
    "devdating14/a": ((39, 33, 6, 8, 24), False),
    "devdating15/a": ((49, 39, 4, 10, 24), False),
    "devdating16/a": ((46, 39, 2, 18, 22), False),
    "devdating17/a": ((58, 53, 0, 20, 22), False),
    "devdating18/a": ((60, 57, 0, 26, 24), False),
    "devdating19/a": ((67, 63, 2, 29, 36), False),
    "devdating20/a": ((51, 48, 5, 21, 28), False),
    "devcrossdates1/a": ((32, 27, 5, 17, 14), False),
    "devrefs2": ((90, 71, 10, 22, 13), True),
    "devmerge4": ((32, 29, 4, 14, 13), False),
    "devmerge4/partb": ((18, 14, 2, 9, 5), False),
    "devmerge5": ((36, 35, 6, 11, 14), False),
    "devmerge5/partb": ((14, 13, 3, 7, 6), False),
    "devmerge6": ((43, 43, 2, 18, 11), False),
    "devmerge6/partb": ((17, 15, 0, 7, 4), False),
    "devmerge7": ((37, 35, 1, 18, 14), False),
    "devmerge7/partb": ((21, 19, 2, 7, 9), False),
    "devmerge8": ((30, 26, 5, 21, 7), False),
    "devmerge8/partb": ((19, 17, 2, 6, 8), False),
    "devmerge9": ((26, 26, 7, 24, 8), False),
    "devmerge9/partb": ((10, 10, 4, 5, 4), False),
    "devmerge10": ((35, 34, 4, 19, 15), False),
    "devmerge10/partb": ((16, 14, 2, 9, 6), False),
    "devmerge11": ((30, 28, 5, 17, 12), False),
    "devmerge11/partb": ((13, 13, 2, 5, 5), False),
    "devmerge12": ((32, 29, 2, 18, 17), False),
    "devmerge12/partb": ((14, 12, 1, 8, 8), False),
    "devmerge13": ((33, 26, 2, 15, 11), False),
    "devmerge13/partb": ((20, 19, 2, 10, 10), False),
    "devmerge14": ((23, 20, 1, 11, 8), False),
    "devmerge14/partb": ((16, 14, 3, 9, 8), False),
    "devmerge15": ((28, 25, 4, 17, 13), False),
    "devmerge15/partb": ((18, 17, 4, 7, 9), False),
    "devmerge16": ((36, 35, 6, 25, 13), False),
    "devmerge16/partb": ((16, 16, 3, 10, 4), False),
    "devmerge17": ((20, 16, 3, 9, 5), False),
    "devmerge17/partb": ((12, 12, 2, 7, 2), False),
    "devmerge18": ((22, 17, 5, 10, 7), False),
    "devmerge18/partb": ((12, 11, 2, 7, 5), False),
    "devmerge19": ((21, 19, 6, 7, 9), False),
    "devmerge19/partb": ((11, 11, 2, 3, 4), False),
    "devannounced1/a": ((27, 26, 2, 11, 7), True),
    "devannounced1/b": ((14, 14, 0, 6, 4), True),
    "devannounced2/a": ((33, 31, 2, 15, 6), True),
    "devannounced2/b": ((18, 15, 0, 6, 4), True),
    "devevents8/a": ((50, 44, 6, 9, 8), True),
    "devevents7/a": ((90, 72, 7, 5, 20), True),
    "devevents9/a": ((76, 62, 11, 13, 13), False),
    "devevents10/a": ((84, 74, 6, 16, 16), True),
    "devtypes1/a": ((43, 39, 4, 14, 8), True),
    "devtypes2/a": ((50, 49, 1, 17, 8), True),
    "devtypes3/a": ((54, 49, 6, 19, 15), True),
    "devtypes4/a": ((51, 49, 9, 20, 15), True),
    "devtypes5/a": ((51, 49, 13, 33, 15), True),
    "devtypes6/a": ((33, 30, 3, 27, 10), True),
    "devtypes7/a": ((32, 28, 3, 32, 6), True),
    "devtypes8/a": ((28, 26, 5, 21, 10), False),
    "devtypes9/a": ((18, 16, 0, 15, 6), False),
    "devevents11/a": ((76, 62, 13, 26, 25), True),
    "devevents12/a": ((74, 66, 7, 22, 20), True),
    "devevents13/a": ((57, 53, 3, 8, 20), True),
    "devevents14/a": ((77, 71, 8, 19, 20), False),
    "devevents15/a": ((81, 74, 5, 11, 18), False),
    "devevents16/a": ((49, 47, 3, 10, 9), True),
    "devevents17/a": ((43, 35, 4, 10, 11), True),
    "devevents18/a": ((40, 36, 1, 9, 6), True),
    "devevents19/a": ((42, 36, 5, 5, 11), True),
    "devevents20/a": ((54, 42, 8, 10, 8), True),
    "devevents21/a": ((55, 51, 8, 8, 7), True),
    "devevents22/a": ((49, 44, 1, 8, 7), True),
    "devevents23/a": ((40, 37, 6, 7, 9), True),
    "devevents24/a": ((37, 31, 2, 4, 6), True),
    "devevents25/a": ((33, 26, 5, 5, 7), True),
    "devrefs3/a": ((40, 38, 8, 11, 7), True),
    "devrefs4/a": ((40, 34, 11, 12, 6), True),
    "devrefs5/a": ((43, 42, 7, 13, 5), True),
    "devrefs6/a": ((43, 40, 6, 15, 5), True),
    "devrefs7/a": ((52, 47, 8, 14, 5), True),
}


#: Sets whose kept-apart pairs may join events of two types (an announcement or decision kept
#: apart from the act it is not: types round 5; devmerge3's turnout announced the day before the
#: results, and devmerge10's turnout and presidency statements beside the results, now typed other as
#: results announced are: types round 6).
MIXED_DIFF = frozenset({"devtypes5/a", "devtypes6/a", "devtypes7/a", "devtypes8/a", "devtypes9/a", "devmerge3", "devmerge10",
                        # extraction round 32: a request to dissolve is `other`, kept apart from its
                        # author's speech (a statement)
                        "devevents21/a", "devevents22/a",
                        # announced acts round 1: an emergency declared is `other`, kept apart
                        # from the statements of that morning
                        "devdating20/a"})


@pytest.fixture(scope="module", params=sorted(SETS))
def devset(request):
    return request.param, load_heldout(HERE / request.param)


def test_gold_spans_index_the_article_texts(devset):
    check_gold_spans(*devset[1])


def test_gold_is_consistent(devset):
    name, (articles, gold) = devset
    check_gold_consistent(gold, strictly_before=SETS[name][1], diff_same_type=name not in MIXED_DIFF)


def test_events_stay_above_their_floors(devset):
    name, (articles, gold) = devset
    found, dated, merged, kept_apart, ordered = SETS[name][0]
    figures = report(f"{name} events", score_events, gold, built(articles))
    check_events(figures, found=found, dated=dated, merged=merged, kept_apart=kept_apart, ordered=ordered)
