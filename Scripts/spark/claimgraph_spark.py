#!/usr/bin/env python3
"""Runs `claimgraph export` as the map step of an Apache Spark job, then merges.

Each partition of the JSON Lines input (one article a line, as `claimgraph
export -` reads them) goes through one `claimgraph export - --shard --format
ntriples` process on a Spark worker; its N-Triples (a shard export: labels are
left to the merge) become that partition's part file (`PARTS/part-00000` ...). With `--out`, the parts are then merged by
`claimgraph merge PARTS --out OUT`, which writes every format, the same bytes
as one run over the whole input.

Usage (from the repository root, after Scripts/setup-python.sh, with a Java
runtime such as Debian's openjdk-17-jre-headless):

    .venv/bin/python Scripts/spark/claimgraph_spark.py news.jsonl \\
        --partitions 4 --parts parts --out graph --claimgraph .build/release/claimgraph

INPUT is a local path, a glob or any URL Spark's `textFile` reads (gzip is
decompressed); several are read one after the other. Partition i holds the
i-th run of consecutive articles, so the parts come in corpus order, as
`claimgraph merge` takes them. The job runs in local mode (`--master local[N]`) and
binds the driver to 127.0.0.1; on a cluster, pass `--master` and install the
claimgraph binary (with its `.resources` folder beside it) at the same path
on every worker.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOOPBACK = "127.0.0.1"


def export_partition(claimgraph: str, extra: list[str]):
    """The map step: a function from an iterator of JSON lines to the N-Triples lines of their shard export.

    Runs `claimgraph export - --out TMP --shard --format ntriples --quiet EXTRA...` with the
    partition's lines on standard input, in a temporary folder of its own that is
    removed afterwards. An empty partition gives no line; a failed export raises
    with claimgraph's own message, which Spark reports with the task.
    """

    def run(lines):
        work = Path(tempfile.mkdtemp(prefix="claimgraph-spark-"))
        try:
            with open(work / "input.jsonl", "w", encoding="utf-8") as batch:
                count = 0
                for line in lines:
                    if line.strip():
                        batch.write(line.rstrip("\n") + "\n")
                        count += 1
            if count == 0:
                return
            with open(work / "input.jsonl", "rb") as stdin:
                result = subprocess.run([claimgraph, "export", "-", "--out", str(work / "out"),
                                         "--shard", "--format", "ntriples", "--quiet", *extra],
                                        stdin=stdin, capture_output=True)
            if result.returncode != 0:
                raise RuntimeError(f"claimgraph export exited {result.returncode} on a partition of "
                                   f"{count} articles: {result.stderr.decode('utf-8', 'replace').strip()}")
            with open(work / "out" / "graph.nt", encoding="utf-8") as triples:
                for triple in triples:
                    yield triple.rstrip("\n")
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return run


def spark_session(master: str):
    """A local Spark session bound to the loopback address, without the web UI."""
    os.environ.setdefault("SPARK_LOCAL_IP", LOOPBACK)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master(master).appName("claimgraph")
               .config("spark.driver.host", LOOPBACK)
               .config("spark.driver.bindAddress", LOOPBACK)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    return session


def in_corpus_order(lines, partitions: int):
    """`lines` cut into `partitions` runs of consecutive lines, in input order: partition i holds the i-th run.

    Lines are numbered (`zipWithIndex`), sent to the partition of their run and
    sorted by number within it, whatever partitions the input came in (a .gz
    file is one): `claimgraph merge` takes its shards in corpus order, and the
    parts are the same on every run.
    """
    numbered = lines.filter(lambda line: line.strip()).zipWithIndex().map(lambda pair: (pair[1], pair[0]))
    per_part = max(1, -(-numbered.count() // partitions))
    return numbered.repartitionAndSortWithinPartitions(
        partitions, lambda number: min(number // per_part, partitions - 1)).values()


def write_parts(context, inputs: list[str], parts: Path, partitions: int, claimgraph: str, extra: list[str]) -> list[Path]:
    """Exports `partitions` runs of the articles of `inputs` to `parts/part-NNNNN`, one N-Triples part each; returns the parts."""
    if parts.exists():
        raise SystemExit(f"claimgraph_spark: {parts} exists; give a new folder for the parts")
    lines = in_corpus_order(context.textFile(",".join(inputs)), partitions)
    lines.mapPartitions(export_partition(claimgraph, extra)).saveAsTextFile(str(parts))
    return sorted(parts.glob("part-*"))


def merge(claimgraph: str, parts: list[Path], out: Path, extra: list[str]) -> None:
    """`claimgraph merge PART... --out OUT EXTRA...`; exits with its status when it fails."""
    result = subprocess.run([claimgraph, "merge", *map(str, parts), "--out", str(out), *extra])
    if result.returncode != 0:
        raise SystemExit(f"claimgraph_spark: claimgraph merge exited {result.returncode}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines files (or globs, URLs) of articles")
    parser.add_argument("--parts", required=True, type=Path, help="new folder for the N-Triples parts")
    parser.add_argument("--out", type=Path, help="merge the parts into this export folder (every format)")
    parser.add_argument("--partitions", type=int, default=4, help="number of partitions, so of parts (default 4)")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    parser.add_argument("--claimgraph", default=shutil.which("claimgraph") or "claimgraph",
                        help="the claimgraph binary, at the same path on every worker")
    parser.add_argument("--base", help="base IRI, passed to export and merge")
    parser.add_argument("--jobs", type=int, default=1, help="claimgraph --jobs per task (default 1: Spark runs tasks side by side)")
    args = parser.parse_args(argv)
    if args.partitions < 1:
        parser.error("--partitions must be at least 1")
    base = ["--base", args.base] if args.base else []
    session = spark_session(args.master)
    try:
        parts = write_parts(session.sparkContext, args.inputs, args.parts, args.partitions,
                            args.claimgraph, ["--jobs", str(args.jobs), *base])
    finally:
        session.stop()
    print(f"claimgraph_spark: {len(parts)} parts in {args.parts}", file=sys.stderr)
    if args.out:
        merge(args.claimgraph, parts, args.out, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
