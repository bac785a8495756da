"""Reading articles and writing timelines: JSON, TimeML, GraphML, CSV and HTML."""

from .articles import check_article, check_items, parse_article, parse_published, read_articles, read_numbered
from .events_csv import write_csv, write_mentions_csv, write_relations_csv
from .graphml import graphml_graph, write_graphml
from .html_page import Page, page_data, render_html, show, write_html
from .timeline_json import dump_timeline, timeline_from_json, timeline_to_json
from .timelinejs import timelinejs_document, write_timelinejs
from .timeml import timeml_document, write_timeml

__all__ = [
    "Page", "check_article", "check_items", "dump_timeline", "graphml_graph", "page_data", "parse_article", "parse_published",
    "read_articles", "read_numbered", "render_html", "show", "timeline_from_json", "timeline_to_json", "timeml_document",
    "timelinejs_document", "write_csv", "write_graphml", "write_html", "write_mentions_csv", "write_relations_csv",
    "write_timelinejs", "write_timeml",
]
