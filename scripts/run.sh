#!/usr/bin/env bash
# Install vetbot into .venv (first time only) and run it with ./bot.toml:
# SQLite in ./data, the console adapter, the seeded knowledge store.
# Usage: bash scripts/run.sh [vetbot run arguments, e.g. --no-input]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/vetbot ]; then
    "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e .
fi
exec .venv/bin/vetbot --config bot.toml run "$@"
