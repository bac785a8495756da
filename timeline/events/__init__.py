"""Event extraction: triggers, participants, places and dates of single mentions."""

from .extract import WINDOW_DAYS, Link, extract_article, extract_events

__all__ = ["WINDOW_DAYS", "Link", "extract_article", "extract_events"]
