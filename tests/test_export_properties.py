"""CSV and GraphML exports of any timeline: well-formed, read back to what was written, and
nothing a spreadsheet or an XML reader would run (issue 8)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import adversarial, formula_texts

from timeline.io import dump_timeline, timeline_from_json, write_csv, write_graphml
from timeline.io.events_csv import COLUMNS, FORMULA_STARTS, csv_value
from timeline.io.graphml import NOT_XML, graphml_graph
from timeline.model import EVENT_TYPES, RELATION_TYPES, Actor, Event, Mention, Relation, Timeline

hostile = st.one_of(st.text(max_size=8), formula_texts(), st.lists(adversarial(), max_size=4).map("".join),
                    st.sampled_from(["\ufffe", "\uffff", "s\ud800x", "=1+1", "'=x", "\r\n", "<script>", "]]>"]))
days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))


@st.composite
def timelines(draw) -> Timeline:
    events = []
    for n in range(draw(st.integers(0, 4))):
        lo = draw(st.none() | days)
        mentions = tuple(Mention(draw(hostile), k, k + 1, draw(hostile)) for k in range(draw(st.integers(0, 2))))
        events.append(Event(draw(hostile) + str(n), draw(st.sampled_from(EVENT_TYPES)), draw(st.none() | hostile),
                            lo, lo, tuple(Actor(draw(hostile), draw(hostile)) for _ in range(draw(st.integers(0, 2)))),
                            draw(st.none() | hostile), mentions, draw(st.floats(0, 1)), (draw(hostile),)))
    ids = [e.id for e in events]
    relations = tuple(Relation(a, b, draw(st.sampled_from(RELATION_TYPES)), "text", (Mention(draw(hostile), 0, 1, "x"),))
                      for a, b in draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3))
                      ) if ids else ()
    return Timeline(events=tuple(events), relations=relations)


def _unicode(value: str) -> str:
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)


HOSTILE_EVENT = Event("=cmd|' /c calc'!A0", "call", "@SUM(1)", None, None, (Actor("+k", "-name"),), "\tplace",
                      (Mention("\rdoc", 0, 1, "'quoted\ud800"),))


@settings(max_examples=150, deadline=None)
@given(timelines())
@example(Timeline(events=(HOSTILE_EVENT,)))
def test_csv_cells_run_nothing_and_read_back(timeline):
    out = io.StringIO(newline="")
    write_csv(timeline, out)
    text = out.getvalue()
    text.encode("utf-8")  # no lone surrogate: the file can be written
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(COLUMNS) and len(rows) == len(timeline.events) + 1
    for row in rows[1:]:
        # nothing a spreadsheet would evaluate
        assert not any(cell.startswith(FORMULA_STARTS[:-1]) for cell in row)
    for event, row in zip(timeline.events, rows[1:], strict=True):
        values = [csv_value(cell) for cell in row]
        assert values[0] == _unicode(event.id) and values[1] == event.type
        assert values[2] == _unicode(event.subtype or "") and values[6] == _unicode(event.place or "")
        assert values[10] == _unicode(event.mentions[0].text if event.mentions else "")
        assert int(values[8]) == len(event.mentions)


def _xml_safe(value: str) -> str:
    return NOT_XML.sub("\ufffd", value)


@settings(max_examples=150, deadline=None)
@given(timelines())
@example(Timeline(events=(HOSTILE_EVENT, Event("e\ufffe\uffff", "call"))))
def test_graphml_is_well_formed_and_reads_back(timeline):
    out = io.StringIO()
    write_graphml(timeline, out)
    data = out.getvalue().encode("utf-8")
    root = ET.fromstring(data)  # well-formed XML, or this raises
    assert b"<!DOCTYPE" not in data and b"<!ENTITY" not in data and data.count(b"<?") == 1  # nothing but data
    namespace = "{http://graphml.graphdrawing.org/xmlns}"
    assert all(element.tag.startswith(namespace) for element in root.iter())
    graph = nx.read_graphml(io.BytesIO(data))
    expected = {_xml_safe(e.id): e for e in timeline.events}
    assert set(graph.nodes) == set(expected) | {_xml_safe(x) for r in timeline.relations for x in (r.source, r.target)}
    for node, event in expected.items():
        attributes = graph.nodes[node]
        assert attributes["type"] == event.type
        # structured values are JSON that reads back exactly, lone surrogates and all
        assert json.loads(attributes["mentions"]) == [
            {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "context": None, "timexes": [],
             "dated_by": None, "deictic": m.deictic} for m in event.mentions]
        assert json.loads(attributes["warnings"]) == list(event.warnings)
        if event.place is not None:  # plain strings: as written, up to how XML reads line ends
            safe = _xml_safe(event.place)
            assert attributes["place"] in (safe, safe.replace("\r\n", "\n").replace("\r", "\n"))


@pytest.mark.parametrize("writer", ["write_graphml_xml", "write_graphml_lxml"])
def test_graphml_with_noncharacters_in_ids_under_both_xml_writers(writer):
    # U+FFFE/U+FFFF in an id made xml.etree write a document no parser reads, and lxml raise
    pytest.importorskip("lxml") if writer.endswith("lxml") else None
    from timeline.graph import to_networkx

    timeline = Timeline(events=(Event("a\ufffeb", "call"), Event("c\uffff\x00", "strike", place="\ud800")),
                        relations=(Relation("a\ufffeb", "c\uffff\x00", "BEFORE"),))
    out = io.BytesIO()
    getattr(nx, writer)(graphml_graph(to_networkx(timeline)), out, encoding="utf-8")
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert set(graph.nodes) == {"a\ufffdb", "c\ufffd\ufffd"} and graph.nodes["c\ufffd\ufffd"]["place"] == "\ufffd"
    assert list(graph.edges) == [("a\ufffdb", "c\ufffd\ufffd")]


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_json_with_any_string_is_utf8_and_reads_back_exactly(timeline):
    out = io.StringIO()
    dump_timeline(timeline, out)
    out.getvalue().encode("utf-8")
    assert timeline_from_json(json.loads(out.getvalue())) == timeline
