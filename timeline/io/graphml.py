"""GraphML export of the timeline graph (``timeline.graph.to_networkx``) via networkx.

GraphML attributes are scalars, so lists, dicts, dates and value objects are written as
JSON strings and ``None`` attributes are left out.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import IO, Any

import attrs
import networkx as nx

from ..model import Timeline


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def _scalar(value: Any) -> Any:
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def _attributes(data: dict[str, Any]) -> dict[str, Any]:
    return {str(key): _scalar(value) for key, value in data.items() if value is not None}


def graphml_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes GraphML can hold (same nodes, edges, order)."""
    flat = graph.__class__()
    flat.graph.update(_attributes(graph.graph))
    for node, data in graph.nodes(data=True):
        flat.add_node(str(node), **_attributes(data))
    for source, target, data in graph.edges(data=True):
        flat.add_edge(str(source), str(target), **_attributes(data))
    return flat


def write_graphml(timeline: Timeline, stream: IO[str]) -> None:
    """Write the timeline graph as GraphML text (events are nodes, relations edges)."""
    from ..graph import to_networkx

    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(to_networkx(timeline)), buffer, encoding="utf-8")
    stream.write(buffer.getvalue().decode("utf-8"))
