"""The parties of a joint statement named by the statement itself ("وأكد البيان المشترك"،
"البيان الختامي للقمة") or by a dual of sides ("وقال الجانبان في بيان مشترك")."""

from __future__ import annotations

import bisect

from .actors import ActorHit
from .media_names import MediaNames

#: How many words after a joint statement's noun its parties may be named ("البيان المشترك
#: الذي وقعه شي وبوتين").
PARTIES_AFTER = 6
#: How many sentences back the parties a dual of sides stands for may have been named.
PARTIES_BACK = 2


class JointSpeakers(MediaNames):
    """Who speaks in a joint statement."""

    def joint_parties(self, first: int, last_allowed: int) -> ActorHit | None:
        """The first of the parties of a joint statement named at token ``first`` (its group is
        the statement's speakers): after a definite ``statement_documents`` noun with a
        ``joint_marks`` or ``final_marks`` word, the actor named within :data:`PARTIES_AFTER`
        words in its clause ("البيان المشترك الذي وقعه شي وبوتين"، "البيان الختامي لقمة مجلس
        التعاون"), else the last two or more coordinated actors named before it in its sentence
        or the :data:`PARTIES_BACK` before; after a ``joint_sides`` dual with no actor right
        after it ("وقال الجانبان في بيان مشترك"), those named before, else after."""
        toks = self.text.tokens
        if first + 1 >= len(toks) or first in self.actor_tokens:
            return None
        document = self.is_word(first, "statement_documents") and self.articled(first) and \
            (self.is_word(first + 1, "joint_marks") or self.is_word(first + 1, "final_marks"))
        if not document and not self.is_word(first, "joint_sides"):
            return None
        after = self.named_after(first + 1, min(last_allowed, first + PARTIES_AFTER))
        if document and after is not None:
            return after
        return self.coordinated_before(first) or after

    def named_after(self, lo: int, hi: int) -> ActorHit | None:
        """The first actor whose name lies in tokens ``lo`` .. ``hi``."""
        if lo > hi or lo >= len(self.text.tokens):
            return None
        toks = self.text.tokens
        return next((a for a in self.actors_in((toks[lo].start, toks[min(hi, len(toks) - 1)].end))), None)

    def coordinated_before(self, first: int) -> ActorHit | None:
        """The first of the last two or more coordinated actors ("روسيا والصين"، "شي جين بينغ
        وفلاديمير بوتين") named before token ``first`` in its sentence or the
        :data:`PARTIES_BACK` sentences before it."""
        k = self.text.sentence_of(self.text.tokens[first].start)
        lo = self.text.sentences[max(0, k - PARTIES_BACK)][0]
        before = [a for a in self.actors_in((lo, self.text.tokens[first].start)) if a.last < first]
        for i in range(len(before) - 1, 0, -1):
            if self.coordinated_actors(before[i - 1], before[i]):
                j = i - 1
                while j > 0 and self.coordinated_actors(before[j - 1], before[j]):
                    j -= 1
                return before[j]
        return None

    def joint_between(self, lo: int, hi: int) -> bool:
        """Whether a joint or final statement's noun ("بيان مشترك"، "البيان الختامي": a
        ``statement_documents`` word, then a ``joint_marks`` or ``final_marks`` one) lies
        between tokens ``lo`` and ``hi``: a text the parties put out, not words said at the talks
        told with it ("وقال الجانبان في بيان مشترك صدر في ختام محادثات")."""
        docs, _ = self.positions("statement_documents")
        return any(self.is_word(j + 1, "joint_marks") or self.is_word(j + 1, "final_marks")
                   for j in docs[bisect.bisect_right(docs, lo):bisect.bisect_left(docs, hi)])
