"""Media named as speakers by a foreign name after their head ("صحيفة نيويورك تايمز"،
"موقع أكسيوس"، "شبكة سي إن إن"): the phrase reader takes a body's name words only before a
definite word or a nisba."""

from __future__ import annotations

import attrs

from ..arabic import fold
from .actors import PERSONLIKE, ActorHit
from .context import Candidate
from .speaker_names import SpeakerNames

#: How many words of a foreign name a medium's head may take ("لوس أنجلوس تايمز").
MEDIUM_NAME = 3


class MediaNames(SpeakerNames):
    """Names of media that speak."""

    def medium_name(self, hit: ActorHit) -> ActorHit:
        """Body phrase ``hit`` whose head is a ``media_heads`` noun and that stops at it, with
        the one to :data:`MEDIUM_NAME` words of a name after it (no article, no clitic, no
        function word, number, trigger, date or listed person; a place's or a state's name
        may be one, "نيويورك"، "واشنطن") when what opens a statement or a time expression follows them ("ذكرت صحيفة
        نيويورك تايمز اليوم أن"، "قالت صحيفة واشنطن بوست إن")."""
        toks = self.text.tokens
        if hit.kind == "person" or not self.is_word(hit.first, "media_heads") or hit.last != hit.first:
            return hit
        stops, j = self.words("stop_words"), hit.last + 1
        while j <= hit.last + MEDIUM_NAME and j < len(toks) and self.text.joinable[j - 1]:
            form = toks[j].form
            if (form in stops or form.isdigit() or self.articled(j) or len(form) < 2 or self.person_at(j)
                    or j in self.trigger_tokens or j in self.timex_tokens or self.is_word(j, "speech_openers")
                    or not self.bare_word(j) or self.governed(j) or self.that_word(j)):
                break
            j += 1
        if j == hit.last + 1 or not (j >= len(toks) or not self.text.joinable[j - 1] or j in self.timex_tokens
                                     or self.is_word(j, "speech_openers") or self.is_word(j, "report_that")):
            return hit
        words = [toks[i].form for i in range(hit.last + 1, j)]
        return attrs.evolve(hit, last=j - 1, end=toks[j - 1].end, key=hit.key + "_" + "_".join(words),
                            name=self.text.original[hit.start:toks[j - 1].end])

    def person_at(self, j: int) -> bool:
        """Whether token ``j`` is a word of a listed person's name."""
        toks = self.text.tokens
        return j in self.actor_tokens and any(a.kind in PERSONLIKE and a.first <= j <= a.last
                                              for a in self.actors_in((toks[max(0, j - 6)].start, toks[j].end)))

    def relayed(self, c: Candidate) -> bool:
        """Whether statement ``c`` is a medium relaying another's words or a fact: its saying
        verb right after an ``attribution_frames`` phrase ("، وفق ما ذكرت وكالة أنباء الشرق
        الأوسط،"، "بحسب ما أوردت وكالة الأناضول") and its one speaker a medium (a ``media_heads``
        word opens its phrase or its listed name). The medium is no speaker (as "بحسب ما أوردت
        وكالة" with no saying trigger is none), nor is one named right after a
        ``publishing_heads`` word ("في بيان نشرته وكالة الأنباء السعودية"), which carries another's,
        nor one named with ل after words given to it ("في تصريحات لشبكة سي إن إن": ``given_to_media``)."""
        m = c.match
        if c.type == "statement" and len(c.speaker) == 1 and self.is_word(c.speaker[0].first - 1, "publishing_heads") \
                and self.medium(c.speaker[0]):
            return True  # "في بيان نشرته وكالة الأنباء السعودية": the medium carries another's words
        if c.type == "statement" and len(c.speaker) == 1 and m.hit.pos == "noun" and self.is_word(m.last, "given_to_media") \
                and self.told_to_medium(c.speaker[0]):
            return True  # "في تصريحات لشبكة سي إن إن": whom the words were told
        if c.type != "statement" or len(c.speaker) != 1 or m.hit.pos != "verb" or not any(
                f.last == m.first - 1 for f in self.cues_from("attribution_frames", max(0, m.first - 3)) if f.first < m.first):
            return False
        return self.medium(c.speaker[0])

    def told_to_medium(self, a: ActorHit) -> bool:
        """Whether ``a`` is a medium named with the addressee's ل ("لشبكة سي إن إن"، "لوكالة
        الأناضول")."""
        if not a.unlisted:
            return a.prefix in self.words("addressee_clitic") and self.medium(a)
        form, head = self.token(a.first), a.key[1:].split("_")[0]
        return form.endswith(head) and form[:-len(head)] in self.words("addressee_clitic") \
            and head in self.words("media_heads")

    def medium(self, a: ActorHit) -> bool:
        """Whether speaker ``a`` is a medium: a ``media_heads`` word opens its phrase or its
        listed name."""
        if self.is_word(a.first, "media_heads"):
            return True
        listed = None if a.unlisted else self.text.lexicon.names.get(a.key)
        return bool(listed) and fold(listed.split()[0]) in self.words("media_heads")
