"""Names set off by commas after an office ("وزير الخارجية، زيغمار غابرييل،"): its holder.

A mixin of :class:`~timeline.events.body_phrases.PhraseReader`, which supplies the tokens, the
listed actors and the name reader these methods use."""
from __future__ import annotations

import attrs

from .actors import ActorHit


class SetOffNames:
    """The holder of an office named right after it between commas, or at its clause's end."""

    def set_off_name(self, k: int) -> bool:
        """Whether a name of two words or more set off by commas opens at token ``k`` with no
        form of address ("مدير المستشفى، حسام أبو صفية،"): the office's holder."""
        end = self.name(k) if k not in self.listed else None
        return end is not None and end > k and (self.comma_after(end) or self.sentence_ends(end)) \
            and not any(j in self.triggers for j in range(k, end + 1))

    def set_off_person(self, last: int) -> ActorHit | None:
        """The listed person set off by commas right after an office ending at token ``last``
        ("وزير الخارجية، زيغمار غابرييل،"): the office's holder, or ``None``. A comma or the
        clause's end closes the name."""
        k = last + 1
        person = self.listed.get(k)
        if person is None or person.kind != "person" or self.joined(k) or not self.comma_after(last) \
                or not (self.comma_after(person.last) or self.sentence_ends(person.last)):
            return None
        return person

    def set_off_holder(self, office: ActorHit) -> ActorHit | None:
        """The mention of a gazetteer office's holder by an unlisted name set off by commas after
        it ("رئيس الإكوادور، غييرمو لاسو،"، or at a clause's end), keyed by the office, or
        ``None``."""
        k = office.last + 1
        if k >= len(self.toks) or self.joined(k) or not self.comma_after(office.last) or k in self.listed:
            return None
        end = self.name(k)
        if end is None or end == k or any(j in self.triggers for j in range(k, end + 1)) \
                or not (self.comma_after(end) or self.sentence_ends(end)):
            return None
        start = self.toks[k].start
        return attrs.evolve(office, first=k, last=end, start=start, end=self.toks[end].end, prefix="", conj="",
                            prep="", name=self.text.original[start:self.toks[end].end], counterpart=False)
