"""The Spark recipe (Scripts/spark/claimgraph_spark.py) gives the same graph as one run.

PySpark in local mode (2 cores, bound to 127.0.0.1, Debian's Java runtime)
runs `claimgraph export --shard` as the map step over the 300 bench articles
of the `bench_export` fixture in 4 partitions, writes one N-Triples part per
partition and merges the parts with `claimgraph merge`. The parts are
compared with one shard export of the same articles, the merge with one
(ordinary) export of them.

Java and pyspark are required, never skipped: without them these tests fail,
naming what to install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

import cgconform
from conftest import REPO_ROOT, export_corpus

PARTITIONS = 4
SCRIPT = REPO_ROOT / "Scripts" / "spark" / "claimgraph_spark.py"
JAVA_PACKAGE = "openjdk-17-jre-headless"


def require_java() -> None:
    """Fails, naming the Debian package, unless a Java runtime of version 17 or later is on PATH."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"`java` is not on PATH: install the Debian package {JAVA_PACKAGE}", pytrace=False)
    banner = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', banner)
    if not match or int(match.group(1)) < 17:
        pytest.fail(f"Spark needs Java 17 or later, `java -version` says: {banner.strip()}; "
                    f"install the Debian package {JAVA_PACKAGE}", pytrace=False)


@pytest.fixture(scope="module")
def spark_run(claimgraph, bench_jsonl, tmp_path_factory):
    """Runs the recipe once: parts into `parts/`, merged into `merged/`; returns (work folder, completed process)."""
    require_java()
    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        pytest.fail(f"pyspark is not installed ({error}); run Scripts/setup-python.sh", pytrace=False)
    work = tmp_path_factory.mktemp("spark")
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1")
    result = subprocess.run([sys.executable, SCRIPT, bench_jsonl, "--partitions", str(PARTITIONS),
                             "--parts", work / "parts", "--out", work / "merged", "--master", "local[2]",
                             "--claimgraph", claimgraph],
                            capture_output=True, env=env, timeout=900, stdin=subprocess.DEVNULL)
    return work, result


def report(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}:\n{result.stderr.decode('utf-8', 'replace')[-4000:]}"


def part_files(work):
    return sorted((work / "parts").glob("part-*"))


def unique_lines(paths) -> set[bytes]:
    lines: set[bytes] = set()
    for path in paths:
        lines.update(line for line in path.read_bytes().splitlines() if line.strip())
    return lines


def test_one_ntriples_part_per_partition(spark_run):
    """The map step wrote 4 parts, each non-empty N-Triples that Oxigraph parses, and Spark marked the job done."""
    work, result = spark_run
    parts = part_files(work)
    assert [p.name for p in parts] == [f"part-{i:05d}" for i in range(PARTITIONS)], report(result)
    assert (work / "parts" / "_SUCCESS").exists(), report(result)
    ox = cgconform.need_module("pyoxigraph")
    for part in parts:
        triples = list(ox.parse(path=str(part), format=ox.RdfFormat.N_TRIPLES))
        assert len(triples) > 1000, f"{part.name} holds {len(triples)} triples"


@pytest.fixture(scope="module")
def single_shard_export(claimgraph, bench_jsonl, tmp_path_factory):
    """`claimgraph export --shard` of the same 300 articles in one run (N-Triples)."""
    out = tmp_path_factory.mktemp("shard300") / "out"
    return export_corpus(claimgraph, [bench_jsonl], out, "--shard", formats=("ntriples",)) / "graph.nt"


def test_union_of_parts_is_the_single_run(spark_run, single_shard_export):
    """The parts' lines, sorted and unique, are exactly the lines of one shard export of all the articles.

    This is shard independence (issue 13): every triple about an entity depends on
    its own evidence only, never on which other articles shared the partition.
    """
    work, result = spark_run
    parts = part_files(work)
    assert len(parts) == PARTITIONS, report(result)
    union = unique_lines(parts)
    single = unique_lines([single_shard_export])
    only_parts, only_single = sorted(union - single), sorted(single - union)
    assert union == single, (
        f"{len(only_parts)} lines only in the parts, {len(only_single)} only in the single run; first ones:\n"
        + "\n".join(line.decode("utf-8", "replace")[:300] for line in only_parts[:5] + only_single[:5]))


@pytest.mark.parametrize("fmt", list(cgconform.EXPORT_FILES))
def test_merge_of_parts_is_byte_identical_to_one_run(spark_run, bench_export, fmt):
    """`claimgraph merge` of the parts writes the same bytes as one export of the same articles, in every format."""
    work, result = spark_run
    assert result.returncode == 0, report(result)
    name = cgconform.EXPORT_FILES[fmt]
    merged, single = work / "merged" / name, bench_export / name
    assert merged.is_file(), f"the recipe wrote no {name}: " + report(result)
    assert merged.read_bytes() == single.read_bytes(), f"merged {name} differs from the single run's"
