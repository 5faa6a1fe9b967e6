#!/usr/bin/env bash
# Install vetbot into .venv and run it with ./bot.toml:
# SQLite in ./data, the console adapter, the seeded knowledge store.
# Usage: bash scripts/run.sh [vetbot run arguments, e.g. --no-input]
#
# A regular (not editable) install: quiet, and the bot runs from what was installed. It is
# installed again when a file of the project changed since (after a git pull, say).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
STAMP=.venv/.vetbot-installed
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
fi
if [ ! -x .venv/bin/vetbot ] || [ ! -f "$STAMP" ] \
    || [ -n "$(find pyproject.toml bot adapters knowledge migrations -newer "$STAMP" -print -quit)" ]; then
    .venv/bin/python -m pip install --quiet --upgrade .
    touch "$STAMP"
fi
exec .venv/bin/vetbot --config bot.toml run "$@"
