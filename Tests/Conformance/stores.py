"""SPARQL stores for the query tests: Oxigraph in process, a Virtuoso server started for the run.

Both give answers as `Answer` values (variable names and rows of normalized
terms), so that the same query can be compared across stores: an IRI is
`("iri", value)`, a literal `("literal", lexical, datatype, language)` with
a plain literal typed `xsd:string`, integers in canonical form and booleans
as `true`/`false`, and an unbound variable `None`.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
INTEGER_TYPES = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}

#: The Debian package that brings `virtuoso-t` and `isql-vt`.
VIRTUOSO_PACKAGE = "virtuoso-opensource"


@dataclass
class Answer:
    """A SELECT query's result: its variables and its rows, in the order the store gave them."""
    variables: list[str]
    rows: list[tuple]


def literal(lexical: str, datatype: str | None, language: str | None) -> tuple:
    """The comparable form of a literal: language tags lower-cased, integers and booleans canonical."""
    if language:
        return ("literal", lexical, RDF_LANG_STRING, language.lower())
    datatype = datatype or XSD + "string"
    if datatype in INTEGER_TYPES:
        lexical = str(int(lexical))
    elif datatype == XSD + "boolean":
        lexical = "true" if lexical.strip() in ("true", "1") else "false"
    return ("literal", lexical, datatype, None)


# ---------------------------------------------------------------------------
# Oxigraph
# ---------------------------------------------------------------------------

def oxigraph_term(term, ox) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.Literal):
        return literal(term.value, term.datatype.value, term.language)
    return ("bnode",)  # labels are store-local; the queries return none


def oxigraph_select(store, query: str) -> Answer:
    """Runs a SELECT query on a pyoxigraph Store."""
    import pyoxigraph as ox
    result = store.query(query)
    names = [v.value for v in result.variables]
    return Answer(names, [tuple(oxigraph_term(row[n], ox) for n in names) for row in result])


# ---------------------------------------------------------------------------
# Virtuoso
# ---------------------------------------------------------------------------

def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports on 127.0.0.1 that nothing listens on now."""
    probes = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def json_term(binding: dict | None) -> tuple | None:
    """The comparable form of one term of SPARQL 1.1 JSON results (Virtuoso also says `typed-literal`)."""
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "uri":
        return ("iri", binding["value"])
    if kind in ("literal", "typed-literal"):
        return literal(binding["value"], binding.get("datatype"), binding.get("xml:lang"))
    return ("bnode",)


class VirtuosoServer:
    """A Virtuoso server of its own: a database in `folder`, SQL and HTTP ports on 127.0.0.1.

    `start()` writes a minimal virtuoso.ini, runs `virtuoso-t +foreground` and
    waits until it is online; `stop()` ends that process (and only it). Files
    it may load must be under one of `allowed`.
    """

    def __init__(self, folder: Path, allowed: list[Path]):
        for tool in ("virtuoso-t", "isql-vt"):
            if shutil.which(tool) is None:
                pytest.fail(f"`{tool}` is not on PATH: install the Debian package {VIRTUOSO_PACKAGE} "
                            f"(apt-get install {VIRTUOSO_PACKAGE})", pytrace=False)
        self.folder = folder
        self.allowed = allowed
        self.sql_port, self.http_port = free_ports(2)
        self.process: subprocess.Popen | None = None
        self.log = folder / "server.log"

    def config(self) -> str:
        db = self.folder
        dirs = ", ".join(["."] + [str(p) for p in self.allowed])
        return f"""\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{self.sql_port}
DisableUnixSocket = 1
DirsAllowed = {dirs}
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
CheckpointInterval = 0
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{self.http_port}
ServerRoot = {db}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""

    def start(self, timeout: float = 180, attempts: int = 3) -> None:
        """Starts the server on a new database and waits until both ports are online.

        A server that exits while starting (another process took a port between
        `free_ports()` and the server's bind) is tried again on other ports, with a
        new database, up to `attempts` times.
        """
        for attempt in range(1, attempts + 1):
            if self.launch(timeout):
                return
            if attempt < attempts:
                shutil.rmtree(self.folder, ignore_errors=True)
                self.sql_port, self.http_port = free_ports(2)
        raise AssertionError(f"virtuoso-t exited {self.process.returncode} while starting, "
                             f"{attempts} times:\n{self.log_tail()}")

    def launch(self, timeout: float) -> bool:
        """One start: True once online, False if the server exited first; raises after `timeout` seconds."""
        self.folder.mkdir(parents=True, exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(self.config())
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)],
                                            cwd=self.folder, stdin=subprocess.DEVNULL, stdout=log,
                                            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            text = self.log.read_text(errors="replace")
            if "Server online at" in text and "HTTP server online at" in text:
                return True
            time.sleep(0.5)
        raise AssertionError(f"virtuoso-t was not online after {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Ends the server process started by `start()`: SIGTERM, then SIGKILL after 60 s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)

    def isql(self, statements: str, timeout: float = 900) -> str:
        """Runs SQL statements through `isql-vt` as dba; fails with Virtuoso's message on any error."""
        result = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                                capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        out = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
        assert result.returncode == 0 and "*** Error" not in out, (
            f"isql-vt failed ({result.returncode}) on {statements!r}:\n{out[-3000:]}\n{self.log_tail()}")
        return out

    def load_ntriples(self, path: Path, graph: str) -> None:
        """Bulk-loads one N-Triples file into named graph `graph` (`ld_dir`, `rdf_loader_run`)."""
        folder, name = str(path.parent).replace("'", "''"), path.name.replace("'", "''")
        graph = graph.replace("'", "''")
        self.isql(f"ld_dir('{folder}', '{name}', '{graph}'); rdf_loader_run(); checkpoint;")
        out = self.isql("select count(*) from DB.DBA.LOAD_LIST where ll_state <> 2 or ll_error is not null;")
        counts = [line.strip() for line in out.splitlines() if line.strip().isdigit()]
        assert counts == ["0"], f"Virtuoso's loader did not load {path} cleanly:\n{out[-2000:]}"

    def select(self, query: str, graph: str, timeout: float = 600) -> Answer:
        """Runs a SELECT query on the SPARQL endpoint, with `graph` as the default graph."""
        data = urllib.parse.urlencode({"query": query, "default-graph-uri": graph}).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/sparql", data=data,
                                         headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                result = json.load(response)
        except urllib.error.HTTPError as error:
            raise AssertionError(f"Virtuoso answered {error.code}: {error.read().decode('utf-8', 'replace')[:3000]}")
        names = result["head"]["vars"]
        return Answer(names, [tuple(json_term(b.get(n)) for n in names) for b in result["results"]["bindings"]])
