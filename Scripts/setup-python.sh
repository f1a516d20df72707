#!/usr/bin/env bash
# Creates or updates the conformance suite's Python environment at <repo>/.venv.
#
# Idempotent and quiet: run it as often as you like; it installs only what is
# missing or at another version. Needs python3 with the venv module
# (Debian: apt-get install python3-venv). Pins are exact so that CI and every
# developer run the same parsers and validators.
#
# Usage: Scripts/setup-python.sh            # then: .venv/bin/python -m pytest Tests/Conformance
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CLAIMGRAPH_VENV:-$repo/.venv}"
python="${PYTHON:-python3}"

requirements=(
    "rdflib==7.6.0"
    "pyoxigraph==0.5.13"
    "pyshacl==0.40.1"
    "owlrl==7.6.2"
    "networkx==3.6.1"
    "igraph==1.0.0"
    "pytest==9.0.2"
    "matplotlib==3.10.8"
    "pyspark==4.3.0"         # the Spark recipe (Scripts/spark); needs a Java runtime, 17 or later
)

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi

# Install only when something is missing or pinned differently.
if ! "$venv/bin/python" - "${requirements[@]}" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
for req in sys.argv[1:]:
    name, want = req.split("==")
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${requirements[@]}"
fi
