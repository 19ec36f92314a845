# Two entry points for a fresh machine (see README):
#   make demo   set up .venv, build the graph of the bundled sample articles, print a SPARQL answer
#   make test   set up .venv (with test tools and system packages) and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= output

.PHONY: demo test setup system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first, pinned exactly: any other spec pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(BIN)/kg build $$($(BIN)/python -c "from kg.samples import sample_paths; print(*sample_paths())") --out $(OUT)
	$(BIN)/kg query --store $(OUT)/store --name heads-brief

# rapper (raptor2-utils) cross-checks our TriG in the tests; Virtuoso 7 receives `kg push`
# (tests/test_push_virtuoso.py); node + npm read our GEXF with graphology (tests/test_export_readers.py);
# chromium runs the query page of `kg serve` (tests/test_serve_page.py).
# command:package pairs; only missing commands are installed (a node that ships its own npm
# conflicts with Debian's npm package)
SYSTEM_DEPS := rapper:raptor2-utils virtuoso-t:virtuoso-opensource node:nodejs npm:npm chromium:chromium
system-deps:
	@missing=""; for pair in $(SYSTEM_DEPS); do command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; fi

test: setup system-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(OUT)/store $(OUT)/*.jsonl
