# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test bench eval inject install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@$(BIN)/factcheck run -f html -o report.html 2>/dev/null; s=$$?; [ $$s -le 1 ] || exit $$s
	@echo "HTML report of the bundled corpus: $(CURDIR)/report.html"
	$(BIN)/factcheck run

test: $(TSTAMP)
	$(BIN)/python -m pytest

bench: $(TSTAMP)
	$(BIN)/python -m pip install --quiet copydetect
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/sensitivity.py
	$(BIN)/python benchmarks/html_report.py

eval: $(STAMP)
	$(BIN)/python tools/corpus_eval.py

inject: $(STAMP)
	$(BIN)/python tools/inject_eval.py

clean:
	rm -rf $(VENV) .factcheck-cache
