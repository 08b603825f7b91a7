#!/usr/bin/env bash
# The whole test suite, as CI runs it. Expects scripts/setup.sh to have run.
#  1. architecture contracts (the core never imports Qt; the viewer never imports TensorFlow)
#  2. lint
#  3. the Qt-free core and CLI tests in a venv WITHOUT PySide6 (proves the core needs no Qt)
#  4. everything with pytest (Qt offscreen, real data from ../shared/data/cxr when present)
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export TF_CPP_MIN_LOG_LEVEL=2

echo "== import contracts"
.venv/bin/lint-imports
echo "== ruff"
.venv/bin/ruff check cxrviewer tests bench packaging

echo "== core tests without PySide6"
if [ ! -x .venv-core/bin/python ]; then
  .venv/bin/python -m venv .venv-core
fi
.venv-core/bin/python -m pip install -q --upgrade pip
# the project's own dependencies (pyproject.toml is the one list), less Qt, plus the test tools
mapfile -t core_deps < <(.venv/bin/python -c 'import tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
print("\n".join(d.split("#")[0].strip() for d in deps if not d.lower().startswith("pyside6")))')
.venv-core/bin/python -m pip install -q "${core_deps[@]}" pytest "hypothesis>=6.100"
.venv-core/bin/python -m pip install -q --no-deps -e .
.venv-core/bin/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("PySide6") is not None)' \
  || { echo "PySide6 must not be installed in .venv-core"; exit 1; }
.venv-core/bin/python -m pytest tests/core tests/cli -q -rs -m "not training" -p no:cacheprovider

echo "== full suite"
.venv/bin/python -m pytest -q -rs "$@"

if [ "$#" -eq 0 ]; then
  # The "-full" installation (with TensorFlow) is a product too: build it and train in it offline.
  echo "== the full bundle (TensorFlow inside): training works offline"
  CXRVIEWER_WITH_TF=1 .venv/bin/python -m pytest -q -rs -p no:cacheprovider tests/frozen -k "full_bundle"
fi
