"""The timeline as a networkx graph, and free functions over it (closure, display, views)."""

from __future__ import annotations

import networkx as nx

from ..model import Event, Timeline
from .merge import sort_key


def to_networkx(timeline: Timeline) -> nx.DiGraph:
    """Events as nodes, relations as edges (attribute ``type``, plus ``origin`` and ``evidence``).

    Node attributes: type, subtype, earliest, latest, participants (tuple of ``Actor``),
    place, mentions (tuple of ``Mention``), confidence, warnings, phase, headline, theatre, grain.  One edge per ordered pair;
    when a pair has several relations the textual or phase one is kept (it carries the evidence).
    """
    graph = nx.DiGraph()
    for e in timeline.events:
        graph.add_node(e.id, type=e.type, subtype=e.subtype, earliest=e.earliest, latest=e.latest,
                       participants=e.participants, place=e.place, mentions=e.mentions,
                       confidence=e.confidence, warnings=e.warnings, phase=e.phase,
                       headline=e.headline, theatre=e.theatre, grain=e.grain)
    for r in timeline.relations:
        if graph.has_edge(r.source, r.target) and graph.edges[r.source, r.target]["origin"] in ("text", "phase"):
            continue
        graph.add_edge(r.source, r.target, type=r.type, origin=r.origin, evidence=r.evidence)
    return graph


def _before_edges(graph: nx.DiGraph) -> list[tuple[str, str]]:
    out = []
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "BEFORE":
            out.append((u, v))
        elif data.get("type") == "AFTER":
            out.append((v, u))
    return out


def _groups(graph: nx.DiGraph) -> dict[str, str]:
    """Node -> representative of its group: same interval, or linked SIMULTANEOUS."""
    union = nx.utils.UnionFind(graph.nodes)
    by_interval: dict[tuple, str] = {}
    for node, data in graph.nodes(data=True):
        if data.get("earliest") is not None and data.get("latest") is not None:
            key = (data["earliest"], data["latest"])
            union.union(by_interval.setdefault(key, node), node)
    for u, v, data in graph.edges(data=True):
        if data.get("type") == "SIMULTANEOUS":
            union.union(u, v)
    return {node: union[node] for node in graph.nodes}


def closure(graph: nx.DiGraph) -> nx.DiGraph:
    """Every BEFORE pair implied by the graph (edges with ``type="BEFORE"``, ``origin="closure"``).

    Groups of identical intervals (and SIMULTANEOUS links) act as one node; AFTER counts as a
    reversed BEFORE; ``a INCLUDES b`` passes order on: x BEFORE a gives x BEFORE b, and a
    BEFORE y gives b BEFORE y.  An INCLUDES drawn from the dates (origin ``dates``) nests two
    windows, not two extents, so order is not passed through it (the date edges already order
    the windows).  A passed-on pair that would close a cycle is not added; such pairs (between
    group representatives) are listed, sorted, in the result's ``graph["conflicts"]``.  Raises
    ``networkx.NetworkXUnfeasible`` on a cycle of the given BEFORE edges.
    """
    rep = _groups(graph)
    quotient = nx.DiGraph()
    quotient.add_nodes_from(set(rep.values()))
    edges = _before_edges(graph)
    # a textual BEFORE inside a group of equal intervals orders just that pair
    within = [(u, v) for u, v in edges if rep[u] == rep[v]]
    quotient.add_edges_from((rep[u], rep[v]) for u, v in edges if rep[u] != rep[v])
    includes = [(rep[u], rep[v], d.get("origin")) for u, v, d in graph.edges(data=True)
                if d.get("type") == "INCLUDES"]
    includes += [(rep[v], rep[u], d.get("origin")) for u, v, d in graph.edges(data=True)
                 if d.get("type") == "IS_INCLUDED"]
    conflicts: set[tuple[str, str]] = set()
    while True:
        closed = nx.transitive_closure_dag(quotient)
        extra = set()
        for outer, inner, origin in includes:
            if origin == "dates":
                # two nested windows, not two nested extents: x BEFORE a may be a textual claim
                # about a's moment, and the date edges already order the windows themselves
                continue
            extra |= {(x, inner) for x in closed.predecessors(outer)}
            extra |= {(inner, y) for y in closed.successors(outer)}
        extra -= set(closed.edges) | conflicts
        extra = {(u, v) for u, v in extra if u != v}
        if not extra:
            break
        quotient = closed.copy()
        quotient.add_edges_from(extra)
        if not nx.is_directed_acyclic_graph(quotient):
            component = {n: i for i, c in enumerate(nx.strongly_connected_components(quotient)) for n in c}
            looped = {(u, v) for u, v in extra if component[u] == component[v]}
            conflicts |= looped
            quotient = closed.copy()
            quotient.add_edges_from(extra - looped)
    members: dict[str, list[str]] = {}
    for node, r in rep.items():
        members.setdefault(r, []).append(node)
    out = nx.DiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    for a, b in closed.edges:
        for u in members[a]:
            for v in members[b]:
                out.add_edge(u, v, type="BEFORE", origin="closure")
    for u, v in within:
        out.add_edge(u, v, type="BEFORE", origin="closure")
    out.graph["conflicts"] = sorted(conflicts)
    return out



def reduce_for_display(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with the BEFORE edges transitively reduced; other edges and all attributes kept.

    BEFORE edges in a cycle (a conflict that was not removed) are kept as they are.
    """
    before = nx.DiGraph()
    before.add_nodes_from(graph.nodes)
    before.add_edges_from(_before_edges(graph))
    if nx.is_directed_acyclic_graph(before):
        keep = set(nx.transitive_reduction(before).edges)
    else:
        keep = set(before.edges)
    out = nx.DiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        t = data.get("type")
        if t == "BEFORE" and (u, v) not in keep:
            continue
        if t == "AFTER" and (v, u) not in keep:
            continue
        out.add_edge(u, v, **data)
    return out


def linear_view(timeline: Timeline) -> list[Event]:
    """Events sorted by date (undated last), then type and id; stable for equal keys."""
    return sorted(timeline.events, key=sort_key)
