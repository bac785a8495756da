"""Event extraction: triggers, participants, places and dates of single mentions."""

from .extract import PLANNED_WARNING, WINDOW_DAYS, Link, extract_article, extract_events
from .lexicon import display_name, place_name

__all__ = ["PLANNED_WARNING", "WINDOW_DAYS", "Link", "display_name", "extract_article", "extract_events",
           "place_name"]
