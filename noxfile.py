"""Automation: `nox -s tests`, `nox -s lint`, `nox -s docs`, `nox -s seeds`, `nox -s bench`, `nox -s fuzz`,
`nox -s gazetteer`, `nox -s gazetteer-check`."""

import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session
def seeds(session: nox.Session) -> None:
    """Install the package and build the timeline of the bundled seed articles."""
    session.install("-e", ".")
    Path("out").mkdir(exist_ok=True)
    session.run("timeline", "tag", "seeds/articles.jsonl", "--output", "out/seeds.tags.jsonl")
    session.run("timeline", "build", "seeds/articles.jsonl", "--output", "out/seeds.timeline.json")
    session.run("python", "examples/karabakh_timeline.py")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (corpus, properties, seeds, command line)."""
    session.install("-e", ".[test,dask,plot,pandas,dates]")
    # The deterministic hypothesis profile (tests/conftest.py): no example database, no random
    # seed; and no pytest cache, so nothing left by an earlier run can change this one.
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs,
                env={"HYPOTHESIS_PROFILE": "ci"})


@nox.session
def fuzz(session: nox.Session) -> None:
    """Explore: only the hypothesis properties, each with many random examples (not part of CI).

    Failures are saved under .hypothesis/ and replayed first by the next fuzz run. Narrow it with
    pytest arguments, e.g. `nox -s fuzz -- tests/test_robustness.py`; FUZZ_FACTOR scales the counts.
    """
    session.install("-e", ".[test,dask,plot]")
    session.run("pytest", "-q", "-p", "no:cacheprovider", *session.posargs, env={"HYPOTHESIS_PROFILE": "fuzz"})


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "timeline", "tests", "benchmarks", "examples", "noxfile.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the Sphinx docs with warnings as errors and run their examples (doctest builder)."""
    session.install("-e", ".[docs]")
    # -E: re-read every page, so a stale environment cannot hide a warning.
    session.run("sphinx-build", "-E", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")
    session.run("sphinx-build", "-E", "-W", "--keep-going", "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with peers (not part of CI)."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/bench_tag.py", *session.posargs)


@nox.session(name="gazetteer-check")
def gazetteer_check(session: nox.Session) -> None:
    """Fail when the committed gazetteer differs from what its pinned sources generate (CI)."""
    session.install("-e", ".[gazetteer]")
    session.run("python", "-m", "timeline.lexicon.build.gazetteer", "--check")


@nox.session
def gazetteer(session: nox.Session) -> None:
    """Regenerate the gazetteer from CLDR and GeoNames (CI only checks it: ``gazetteer-check``).

    Two runs into temporary folders must give the same bytes; then the package's files are
    rewritten and checked.  `git diff timeline/lexicon/gazetteer` shows what changed.
    """
    session.install("-e", ".[gazetteer,test]")
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for out in (a, b):
            session.run("python", "-m", "timeline.lexicon.build.gazetteer", "--out", out)
        for name in ("countries.json", "places.json"):
            if Path(a, name).read_bytes() != Path(b, name).read_bytes():
                session.error(f"{name}: two runs of the generator differ")
    session.run("python", "-m", "timeline.lexicon.build.gazetteer")
    session.run("pytest", "-q", "tests/test_gazetteer.py")
