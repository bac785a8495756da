"""Named rules and the recognizer that runs them.

A :class:`Rule` has a name (``family.rule``), its pattern (a function over the token stream
of a :class:`~timeline.temporal.grammar.Grammar`), the reading it produces, the function that
resolves that reading, and examples.  Rules are declared with :func:`rule` in the family
modules of ``timeline/temporal/rules/``; the recognizer tries them in the order of
``rules.ORDER`` at each token and keeps the first match, then goes on after it: one pass,
linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from ..model import Reading
from .grammar import Grammar


class Example(NamedTuple):
    """Text, publication date and the value the rule gives (the corpus checks it)."""

    text: str
    dct: str
    value: str


class Parse:
    """A production of a rule over tokens ``i`` .. ``j - 1``; ``resolver`` is the rule whose
    resolution applies (a rule that wraps another keeps the inner one's)."""

    __slots__ = ("i", "j", "kind", "fields", "rule", "resolver")

    def __init__(self, i: int, j: int, kind: str, fields: dict[str, Any], rule: Rule, resolver: Rule):
        self.i, self.j, self.kind, self.fields, self.rule, self.resolver = i, j, kind, fields, rule, resolver

    def wrap(self, rule: Rule, i: int | None = None, j: int | None = None,
             fields: dict[str, Any] | None = None) -> Parse:
        """This production claimed by ``rule`` (a wider span, more fields), resolved as before."""
        return Parse(self.i if i is None else i, self.j if j is None else j, self.kind,
                     self.fields if fields is None else fields, rule, self.resolver)


class Rule:
    """A named rule: pattern, production kind, resolution and examples side by side."""

    __slots__ = ("name", "family", "kind", "pattern", "resolve", "first", "examples", "doc")

    def __init__(self, name: str, family: str, kind: str, pattern: Callable[..., Any] | None,
                 resolve: Callable[..., Any] | None, first: frozenset[str] | None,
                 examples: tuple[Example, ...], doc: str):
        self.name, self.family, self.kind, self.pattern = name, family, kind, pattern
        self.resolve, self.first, self.examples, self.doc = resolve, first, examples, doc

    def __repr__(self) -> str:
        return f"Rule({self.name})"

    def make(self, i: int, j: int, fields: dict[str, Any], kind: str | None = None,
             resolver: Rule | None = None) -> Parse:
        return Parse(i, j, kind or self.kind, fields, self, resolver or self)

    def __call__(self, g: Grammar, i: int) -> tuple[list[Parse], int] | None:
        """Match at token ``i``: the productions and the next token index, or ``None``."""
        if self.pattern is None:
            return None
        got = self.pattern(g, i)
        if got is None:
            return None
        out, j = got
        if isinstance(out, dict):
            return [Parse(i, j, self.kind, out, self, self)], j
        return out, j


def rule(kind: str, *, first: Iterable[str] | None = None, resolve: Callable[..., Any] | None = None,
         examples: Sequence[tuple[str, str, str]] = ()) -> Callable[[Callable[..., Any]], Rule]:
    """Declare a rule: ``kind`` is its reading's kind, ``first`` the roles its first token may
    have (``None``: any), ``resolve(ctx, base, fields, found)`` its resolution."""

    def wrap(pattern: Callable[..., Any]) -> Rule:
        family = pattern.__module__.rsplit(".", 1)[-1]
        return Rule(f"{family}.{pattern.__name__}", family, kind, pattern, resolve,
                    frozenset(first) if first is not None else None,
                    tuple(Example(*e) for e in examples), (pattern.__doc__ or "").strip())

    return wrap


def production(kind: str, *, resolve: Callable[..., Any] | None = None,
               examples: Sequence[tuple[str, str, str]] = ()) -> Callable[[Callable[..., Any]], Rule]:
    """Declare a named production of a group rule: several readings that share the start of
    one pattern (``قبل`` + a count: an offset from the DCT, a measured duration, ...) are
    recognized by one group rule, which names each production it makes.  The decorated
    function only carries the name and the docstring."""

    def wrap(func: Callable[..., Any]) -> Rule:
        family = func.__module__.rsplit(".", 1)[-1]
        return Rule(f"{family}.{func.__name__}", family, kind, None, resolve, None,
                    tuple(Example(*e) for e in examples), (func.__doc__ or "").strip())

    return wrap


def first_of(rules: Sequence[Rule], g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """The first of ``rules`` that matches at token ``i``."""
    for candidate in rules:
        got = candidate(g, i)
        if got is not None:
            return got
    return None


class Choice:
    """Rules tried in order at one token, skipping those whose ``first`` roles the token lacks
    (built on first use, so a family may list rules of families imported after it)."""

    def __init__(self, rules: Callable[[], Sequence[Rule]]):
        self._rules = rules
        self._by_roles: dict[int, tuple[Rule, ...]] = {}
        self._order: tuple[Rule, ...] | None = None

    def __call__(self, g: Grammar, i: int) -> tuple[list[Parse], int] | None:
        if i >= g.n:
            return None
        roles = g.toks[i].roles
        got = self._by_roles.get(id(roles))
        if got is None:
            if self._order is None:
                self._order = tuple(self._rules())
            keys = frozenset(roles)
            got = tuple(r for r in self._order if r.first is None or r.first & keys)
            self._by_roles[id(roles)] = got
        for candidate in got:
            found = candidate(g, i)
            if found is not None:
                return found
        return None


class Found:
    """A recognized expression: normalized span, reading, naming rule and resolving rule."""

    __slots__ = ("start", "end", "reading", "rule", "resolver")

    def __init__(self, start: int, end: int, reading: Reading, rule: Rule, resolver: Rule):
        self.start, self.end, self.reading, self.rule, self.resolver = start, end, reading, rule, resolver

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Found({self.start},{self.end},{self.reading},{self.rule.name})"


def found(g: Grammar, parse: Parse) -> Found:
    start, end = g.span(parse.i, parse.j)
    return Found(start, end, Reading(parse.kind, parse.fields), parse.rule, parse.resolver)


#: roles only read beside another expression (a holiday's country, a prayer time after a clock):
#: a token with no other role starts nothing, so no rule is tried there
PASSIVE = frozenset({"day_country", "national_country", "national_place", "clock_part"})


class Recognizer:
    """Runs an ordered rule list, dispatching on the roles of each token."""

    def __init__(self, order: Sequence[Rule], blocked: Callable[[Grammar, int], bool]):
        self.order = tuple(order)
        self.blocked = blocked
        # keyed by the identity of a token's roles mapping (one per lexicon form, kept alive there)
        self._by_roles: dict[int, tuple[Rule, ...]] = {}

    def candidates(self, roles: Any) -> tuple[Rule, ...]:
        got = self._by_roles.get(id(roles))
        if got is None:
            keys = frozenset(roles)
            got = () if keys <= PASSIVE else tuple(r for r in self.order if r.first is None or r.first & keys)
            self._by_roles[id(roles)] = got
        return got

    def __call__(self, g: Grammar) -> list[Found]:
        out: list[Found] = []
        i = 0
        while i < g.n:
            got = None
            candidates = self.candidates(g.toks[i].roles)
            if candidates and not self.blocked(g, i):
                for candidate in candidates:
                    got = candidate(g, i)
                    if got is not None:
                        break
            if got is None:
                i += 1
                continue
            parses, j = got
            out.extend(found(g, p) for p in parses)
            i = max(j, i + 1)
        return out
