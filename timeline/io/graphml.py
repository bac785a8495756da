"""GraphML export of the timeline graph (``timeline.graph.to_networkx``) via networkx.

GraphML attributes are scalars, so lists, dicts, dates and value objects are written as
JSON strings and ``None`` attributes are left out.  The output is well-formed XML whatever
the strings hold (see :func:`graphml_graph`).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from typing import IO, TYPE_CHECKING, Any

import attrs

from ..model import Timeline, iso

if TYPE_CHECKING:
    import networkx as nx


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


#: Code points XML 1.0 cannot carry, even escaped (C0 controls but tab, LF and CR; lone
#: surrogates; U+FFFE and U+FFFF).
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    """``value`` with each code point XML cannot carry replaced by U+FFFD (one for one)."""
    return NOT_XML.sub("\ufffd", value)


def _json_attribute(value: Any) -> str:
    # Inside JSON such a code point can be escaped, so the attribute still reads back exactly.
    text = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)
    return NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return _json_attribute(value)


def _attributes(data: dict[str, Any]) -> dict[str, Any]:
    return {xml_text(str(key)): _scalar(value) for key, value in data.items() if value is not None}


def graphml_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes GraphML can hold (same nodes, edges, order).

    Names and string values lose only the code points XML cannot carry (each becomes
    U+FFFD); lists, dicts and value objects become JSON strings that read back exactly.
    """
    flat = graph.__class__()
    flat.graph.update(_attributes(graph.graph))
    for node, data in graph.nodes(data=True):
        flat.add_node(xml_text(str(node)), **_attributes(data))
    for source, target, data in graph.edges(data=True):
        flat.add_edge(xml_text(str(source)), xml_text(str(target)), **_attributes(data))
    return flat


def write_graphml(timeline: Timeline, stream: IO[str]) -> None:
    """Write the timeline graph as GraphML text (events are nodes, relations edges).

    Interval bounds are written at the event's grain: dates for a day or coarser."""
    import networkx as nx  # here, not at import: reading and tagging never need it

    from ..graph import to_networkx

    graph = to_networkx(timeline)
    for _, data in graph.nodes(data=True):
        for bound in ("earliest", "latest"):
            # a relation naming an absent event (a hand-edited file) adds a bare node
            if bound in data:
                data[bound] = iso(data[bound], data.get("grain"))
    buffer = io.BytesIO()
    nx.write_graphml(graphml_graph(graph), buffer, encoding="utf-8")
    stream.write(buffer.getvalue().decode("utf-8"))
