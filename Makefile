# make run:   set up .venv, install the project, extract the reviews in raw/ into output/
# make test:  the same set-up, then the test suite
# make bench: the benchmark (throughput and time per stage)
# make screenshot: docs/report.png, the report of output/ as a headless Chromium shows it

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# No usage data leaves the machine.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test bench screenshot browser ocr clean

run: $(STAMP) ocr
	$(BIN)/gcm-extract run --raw raw --out output

test: $(STAMP) browser ocr
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP) ocr
	$(BIN)/python bench/benchmark.py

screenshot: $(STAMP) browser
	$(BIN)/python tests/browser.py output/report.html docs/report.png

# The report's browser tests drive Debian's Chromium (Playwright's own browsers are never
# downloaded). Installed here when missing; without root or apt the tests say they were skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "chromium is not installed and apt-get needs root: the browser tests will be skipped"; \
	  fi; }

# Scanned pages are read by Debian's Tesseract language data (the engine itself comes with
# tesserocr). Installed here when missing; without root or apt a run still works, and a
# scanned review gets an error row that says what to install.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra
ocr:
	@ls $(foreach lang,eng spa fra,/usr/share/tesseract-ocr/*/tessdata/$(lang).traineddata) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's Tesseract (English, Spanish, French) for scanned reviews"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; \
	  else \
	    echo "Tesseract is not installed and apt-get needs root: scanned reviews will not be read ($(OCR_PACKAGES))"; \
	  fi; }

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
