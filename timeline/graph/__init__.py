"""Cross-article identity and merging, temporal ordering and the timeline graph."""

from .build import build
from .identity import Identity
from .merge import best_headline, cluster_events, event_id, merge_events
from .network import closure, linear_view, reduce_for_display, to_networkx
from .order import interval_relation, order_events, phase_claims

__all__ = [
    "Identity", "best_headline", "build", "closure", "cluster_events", "event_id", "interval_relation",
    "linear_view", "merge_events", "order_events", "phase_claims", "reduce_for_display", "to_networkx",
]
