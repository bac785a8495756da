"""Cross-article merging, temporal ordering and the timeline graph."""

from .build import build
from .merge import cluster_events, event_id, merge_events
from .network import closure, linear_view, reduce_for_display, to_networkx
from .order import interval_relation, order_events

__all__ = [
    "build", "closure", "cluster_events", "event_id", "interval_relation", "linear_view",
    "merge_events", "order_events", "reduce_for_display", "to_networkx",
]
