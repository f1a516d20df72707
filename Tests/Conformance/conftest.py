"""Fixtures for the conformance suite: where the repository, the binary and the shared data are.

- `CLAIMGRAPH` (env): the binary; default `<repo>/.build/debug/claimgraph`.
- `CI=true` (env): a missing tool, binary or data file fails instead of skipping.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

import cgconform

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCH_ARTICLES = 300


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root (two levels above this folder)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir(repo_root) -> Path:
    """`<repo>/../shared`: corpus, benchmark and conformance data kept beside the repository."""
    return cgconform.need_file(repo_root.parent / "shared", "the shared data folder")


@pytest.fixture(scope="session")
def claimgraph(repo_root) -> Path:
    """The `claimgraph` binary: `$CLAIMGRAPH`, or `<repo>/.build/debug/claimgraph`."""
    path = Path(os.environ.get("CLAIMGRAPH") or repo_root / ".build" / "debug" / "claimgraph")
    cgconform.need_file(path, "the claimgraph binary (build it with `swift build`, or set CLAIMGRAPH)")
    return path


@pytest.fixture(scope="session")
def ontology_path(repo_root) -> Path:
    return repo_root / "Ontology" / "claimgraph.ttl"


@pytest.fixture(scope="session")
def shapes_path(repo_root) -> Path:
    return repo_root / "Ontology" / "shapes.ttl"


@pytest.fixture(scope="session")
def sample_export(repo_root) -> Path:
    """The committed sample export, `Output/`, made from `Corpus/`."""
    out = repo_root / "Output"
    for name in cgconform.EXPORT_FILES.values():
        cgconform.need_file(out / name, f"the committed sample export Output/{name}")
    return out


def export_corpus(claimgraph: Path, inputs, out: Path, *extra, formats=tuple(cgconform.EXPORT_FILES)) -> Path:
    """Runs `claimgraph export INPUT... --out OUT` and asserts it succeeded and wrote the files of `formats` (all by default)."""
    chosen = [] if set(formats) == set(cgconform.EXPORT_FILES) else ["--format", ",".join(formats)]
    result = cgconform.run([claimgraph, "export", *inputs, "--out", out, *chosen, *extra])
    assert result.returncode == 0, (
        f"claimgraph export exited {result.returncode}:\n{result.stderr.decode('utf-8', 'replace')[:4000]}")
    for fmt in formats:
        name = cgconform.EXPORT_FILES[fmt]
        assert (out / name).is_file(), f"claimgraph export did not write {name} in {out}"
    return out


def bench_articles(shared_dir: Path, count: int, path: Path) -> Path:
    """Writes the first `count` articles of `../shared/bench/news-10k.jsonl.gz` to `path` (JSON Lines)."""
    source = cgconform.need_file(shared_dir / "bench" / "news-10k.jsonl.gz", "the benchmark corpus")
    written = 0
    with gzip.open(source, "rb") as zin, open(path, "wb") as out:
        for line in zin:
            if written >= count:
                break
            out.write(line)
            written += 1
    assert written == count, f"the benchmark corpus has {written} articles, fewer than {count}"
    return path


@pytest.fixture(scope="session")
def bench_jsonl(shared_dir, tmp_path_factory) -> Path:
    """The first 300 articles of `../shared/bench/news-10k.jsonl.gz`, as a JSON Lines file."""
    return bench_articles(shared_dir, BENCH_ARTICLES, tmp_path_factory.mktemp("bench300") / "bench300.jsonl")


@pytest.fixture(scope="session")
def bench_export(claimgraph, bench_jsonl) -> Path:
    """A fresh export of the first 300 articles of `../shared/bench/news-10k.jsonl.gz`."""
    return export_corpus(claimgraph, [bench_jsonl], bench_jsonl.parent / "out")


@pytest.fixture(scope="session", params=["sample", "bench300"])
def export_dir(request) -> Path:
    """Each export under test: the committed `Output/`, then a fresh export of 300 benchmark articles."""
    return request.getfixturevalue("sample_export" if request.param == "sample" else "bench_export")


# ---------------------------------------------------------------------------
# Round-trip grid summary (test_w3c_grid.py)
# ---------------------------------------------------------------------------

GRID = cgconform.GRID
GRID_FILTER = cgconform.GRID_FILTER


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    spec = getattr(item, "callspec", None)
    if spec is None or "writer" not in spec.params or "parser" not in spec.params:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        key = (spec.params["writer"], spec.params["parser"])
        cell = GRID[key]
        cell["files"] += 1
        expected = getattr(item, "cg_expected_failure", False)
        if hasattr(report, "wasxfail"):
            cell["parser bugs"] += 1
        elif report.passed:
            cell["expected failures" if expected else "passed"] += 1
        elif report.skipped:
            cell["skipped"] += 1
        else:
            cell["failed"] += 1


def pytest_terminal_summary(terminalreporter):
    if not GRID and not GRID_FILTER:
        return
    write = terminalreporter.write_line
    terminalreporter.section("W3C RDF 1.1 round-trip grid")
    if GRID_FILTER:
        write("input filter: " + ", ".join(f"{k}: {v}" for k, v in GRID_FILTER.items()))
    columns = ["files", "passed", "expected failures", "parser bugs", "failed", "skipped"]
    write("expected failures: XFAILS cells where convert refused as required; "
          "parser bugs: KNOWN_PARSER_BUGS cells that failed (xfail)")
    write(f"{'writer':10} {'parser':11} " + " ".join(f"{c:>17}" for c in columns))
    for (writer, parser) in sorted(GRID):
        cell = GRID[(writer, parser)]
        write(f"{writer:10} {parser:11} " + " ".join(f"{cell[c]:>17}" for c in columns))
