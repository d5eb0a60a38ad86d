# make run: start the program on the built-in plan and demo data.
# make test: install everything (system packages, .venv, the package) and run the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := .demo/lak-demo.sqlite
OFFICE_DEMO_DB := .demo/lak-office-demo.sqlite

.PHONY: run run-office test fuzz crash-test bench system venv lint demo-db translations screenshots bundle self-test-bundle

system:
	@bash build/setup-system.sh

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(BIN)/.installed

$(DEMO_DB): | venv
	mkdir -p .demo
	$(BIN)/lak --db $(DEMO_DB) demo

demo-db: $(DEMO_DB)

run: system venv demo-db
	$(BIN)/lak-desktop --db $(DEMO_DB)

$(OFFICE_DEMO_DB): | venv
	mkdir -p .demo
	$(BIN)/lak --db $(OFFICE_DEMO_DB) demo --office --files .demo/office-inbox

# The receiving office's window on eleven communes' files (the files are kept in .demo/office-inbox).
run-office: system venv $(OFFICE_DEMO_DB)
	$(BIN)/lak-desktop --db $(OFFICE_DEMO_DB)

# After changing a user-visible string: refresh the .ts, translate the new entries (pyside6-linguist
# or by hand), then compile the .qm that ships.
translations: venv
	$(BIN)/pyside6-lupdate lak_desktop/ui/*.py lak_desktop/ui/office/*.py -ts resources/translations/lak_vi.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/lak_vi.ts -qm resources/translations/lak_vi.qm
	$(BIN)/pyside6-lrelease resources/translations/qt_vi.ts -qm resources/translations/qt_vi.qm

# The README's screenshots, from the real window on a 1366x768 virtual screen (100, 125, 150%).
screenshots: system venv
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots.py
	QT_SCALE_FACTOR=1.25 SHOT_SUFFIX=-125 xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots.py
	QT_SCALE_FACTOR=1.5 SHOT_SUFFIX=-150 xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots.py

# The one-folder bundle for commune PCs (dist/lak-desktop/), and its self-test.
$(BIN)/pyinstaller: | venv
	$(BIN)/pip install -q -e '.[bundle]'

bundle: system venv $(BIN)/pyinstaller
	$(BIN)/pyinstaller installer.spec --noconfirm --distpath dist --workpath build/pyinstaller \
		--log-level WARN

# The bundle's self-test, then again in portable mode: the data folder must be beside it.
self-test-bundle: bundle
	env -u DISPLAY -u LAK_DATA_DIR dist/lak-desktop/lak-desktop --self-test
	touch dist/lak-desktop/portable
	env -u DISPLAY -u LAK_DATA_DIR dist/lak-desktop/lak-desktop --self-test \
		| grep -Fx "Thư mục dữ liệu của người dùng: $(CURDIR)/dist/lak-desktop/data"
	rm -f dist/lak-desktop/portable
	@# The console `lak` of the bundle: the office's demo, its timeliness and report.
	rm -rf dist/cli-self-test && mkdir -p dist/cli-self-test
	dist/lak-desktop/lak --help > /dev/null
	dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite demo --office
	dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite status --year 2022 \
		--as-of 2022-07-10 --json | grep -q '"state":"late"'
	dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite report --year 2022 \
		--through 6 --out dist/cli-self-test/report.xlsx
	@# The same report as PDF: Qt started off screen, with no display, inside the bundle.
	env -u DISPLAY -u QT_QPA_PLATFORM dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite \
		report --year 2022 --through 6 --out dist/cli-self-test/report.pdf
	head -c 5 dist/cli-self-test/report.pdf | grep -q '%PDF-'
	@# Signatures need libsodium in the bundle: the demo's held file is trusted and taken in.
	dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite keys trust --unit BUONTRIA \
		--fingerprint "$$(dist/lak-desktop/lak --db dist/cli-self-test/office.sqlite \
		submission history --unit BUONTRIA --month 6 --json | grep -o '"signer":"[^"]*"' \
		| cut -d'"' -f4)" | grep -q "Nhận"
	rm -rf dist/cli-self-test

# Long runs of the robustness checks that `make test` runs briefly.
fuzz: system venv
	LAK_FUZZ_CASES=$${LAK_FUZZ_CASES:-2000} QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q \
		tests/exchange/test_fuzz.py

# National scale: every job against a like-for-like baseline, at 100, 1,000 and 3,321 units.
bench: system venv
	$(BIN)/python -m compileall -q lak_desktop  # timed as installed: from bytecode, not source
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_scale.py

crash-test: system venv
	LAK_CRASH_KILLS=$${LAK_CRASH_KILLS:-100} QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q \
		tests/storage/test_crash.py

lint: venv
	$(BIN)/ruff check lak_desktop tests benchmarks docs
	$(BIN)/ruff format --check lak_desktop tests benchmarks docs

test: system venv lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_scale.py --quick > /dev/null
	$(MAKE) self-test-bundle
