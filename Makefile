# Packaging shortcuts. Each target runs a script, so a machine without `make` can run the same:
#   make bundle      = bash packaging/build.sh bundle    -> dist/cxrviewer/ (cxrviewer, cxrviewer-cli, _internal/)
#   make dist        = bash packaging/build.sh dist      -> dist/cxrviewer-<version>-linux-x86_64.tar.gz
#   make dist-full   = CXRVIEWER_WITH_TF=1 bash packaging/build.sh dist   (-full: cxrviewer-cli can train)
#   make test-frozen = .venv/bin/python -m pytest -m frozen tests/frozen
#   make bench-startup = .venv/bin/python bench/startup.py (source) and --frozen dist/cxrviewer
# An unchanged bundle is reused; FORCE=1 rebuilds it. See docs/packaging.md.

PYTHON ?= .venv/bin/python
FORCE ?= 0
BUILD_FLAGS := $(if $(filter 1,$(FORCE)),--force,)

.PHONY: bundle dist dist-full test-frozen bench-startup clean

bundle:
	PYTHON=$(PYTHON) bash packaging/build.sh bundle $(BUILD_FLAGS)

dist:
	PYTHON=$(PYTHON) bash packaging/build.sh dist $(BUILD_FLAGS)

dist-full:
	CXRVIEWER_WITH_TF=1 PYTHON=$(PYTHON) bash packaging/build.sh dist $(BUILD_FLAGS)

test-frozen:
	$(PYTHON) -m pytest -m frozen tests/frozen -q

bench-startup: bundle
	$(PYTHON) bench/startup.py
	$(PYTHON) bench/startup.py --frozen dist/cxrviewer

clean:
	rm -rf build/pyinstaller-lean build/pyinstaller-full build/stage-lean build/stage-full \
	       dist/cxrviewer dist/full dist/cxrviewer-*.tar.gz dist/cxrviewer-*.tar.gz.sha256
