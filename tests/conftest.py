"""Hypothesis profiles: one deterministic profile for CI, one exploring profile for fuzzing.

``HYPOTHESIS_PROFILE`` picks the profile; unset means ``ci``, so a plain ``pytest`` run is the
same run CI makes. ``nox -s tests`` (and therefore ``.ci/run``) sets ``ci`` explicitly;
``nox -s fuzz`` sets ``fuzz``.

- ``ci``: derandomized (examples are a function of the test's source, not of the clock or a
  seed), no example database (a ``.hypothesis/`` folder left by an earlier run cannot change the
  outcome), no deadline (a loaded machine must not fail a test), and the failing example is
  printed as a reproducible blob. Tests that set their own ``max_examples`` keep it.
- ``fuzz``: random, with a database under ``.hypothesis/`` so found failures are replayed, and
  every property runs ``FUZZ_FACTOR`` (default 20) times its CI number of examples.

Profiles are loaded here, before any test module is imported, because ``@settings`` decorators
inherit from the profile that is current when they are evaluated.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

CI_EXAMPLES = 100
FUZZ_FACTOR = int(os.environ.get("FUZZ_FACTOR", "20"))

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    print_blob=True,
    deadline=None,
    max_examples=CI_EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    derandomize=False,
    database=DirectoryBasedExampleDatabase(".hypothesis/examples"),
    print_blob=True,
    deadline=None,
    max_examples=CI_EXAMPLES * FUZZ_FACTOR,
    suppress_health_check=[HealthCheck.too_slow],
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def pytest_report_header(config):
    return f"hypothesis profile: {PROFILE}"


def pytest_collection_modifyitems(config, items):
    """Under ``fuzz``, run only the properties, scaling each one's own ``max_examples``.

    A test's ``@settings(max_examples=n)`` fixes n whatever the profile; the fuzz run wants many
    more, in proportion to what the test's author judged affordable. Example-based tests are
    deselected: they gain nothing from fuzzing and CI runs them.
    """
    if PROFILE != "fuzz":
        return
    keep, drop, scaled = [], [], set()
    for item in items:
        test = getattr(item, "obj", None)
        current = getattr(test, "_hypothesis_internal_use_settings", None)
        if current is None:
            drop.append(item)
            continue
        keep.append(item)
        if id(test) in scaled or current.max_examples == settings.default.max_examples:
            continue  # parametrized items share one function; the profile default is already scaled
        scaled.add(id(test))
        test._hypothesis_internal_use_settings = settings(current, max_examples=current.max_examples * FUZZ_FACTOR)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
