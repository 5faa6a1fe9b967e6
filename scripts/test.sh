#!/usr/bin/env bash
# Install everything the tests need into .venv, then run lint, type checks and the whole suite.
# Usage: bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# PostgreSQL for the store tests (the SQLite variants need nothing).
if command -v pg_ctlcluster >/dev/null 2>&1 && ! (command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432); then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi

# A headless Chromium for the dashboard's browser tests (tests/dashboard/test_browser.py).
bash scripts/browser.sh

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
.venv/bin/lint-imports
echo "== pytest"
# Two workers (pytest-xdist), one per core of the machine kind CI runs on: many tests wait on a
# child process, Synapse or PostgreSQL, so two run side by side in about 60 % of the time.
# Every test keeps to its own databases, ports and temporary folder, so they do not meet.
.venv/bin/python -m pytest -q -n "${VETBOT_TEST_WORKERS:-2}" "$@"
