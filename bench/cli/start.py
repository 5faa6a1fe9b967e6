"""How long the command line takes: ``vetbot --help`` and ``vetbot say "!help"``, each run as a
fresh process, on this tree and on a baseline revision in the same run.

    python -m bench.cli.start [--runs 9] [--baseline-rev REV]

The baseline is checked out into a temporary git worktree and run with the same interpreter
(``PYTHONPATH`` pointing at it), so both see the same installed libraries. ``say`` runs in a
scratch folder with the default configuration (SQLite, console, seeded knowledge), once
first to create and migrate the store, so the timed runs measure a start on an existing
store, as an operator's second command does. Reported: median and best wall time, and the
median CPU time (user + system) of the child, which machine load disturbs less.

The children inherit the environment: with ``PYTHONDONTWRITEBYTECODE`` set, Python compiles
the project's sources again in every run (an installed vetbot runs from cached bytecode); the
report says which it was.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = {"vetbot --help": ["--help"], 'vetbot say "!help"': ["say", "!help"]}


def _once(tree: Path, args: list[str], cwd: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "VETBOT_CONFIG": str(cwd / "bot.toml")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{args} failed in {tree}: {done.stderr.decode()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(tree: Path, runs: int) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(dir=ROOT / ".bench-tmp") as scratch:
        cwd = Path(scratch)
        (cwd / "bot.toml").write_text('[bot]\ndata_dir = "data"\n', encoding="utf-8")
        _once(tree, ["say", "!help"], cwd)  # creates and migrates the store
        for label, args in COMMANDS.items():
            walls, cpus = zip(*(_once(tree, args, cwd) for _ in range(runs)), strict=True)
            out[label] = {
                "wall_median_s": round(statistics.median(walls), 3),
                "wall_best_s": round(min(walls), 3),
                "cpu_median_s": round(statistics.median(cpus), 3),
            }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--baseline-rev", help="a git revision to measure beside this tree")
    args = parser.parse_args()
    (ROOT / ".bench-tmp").mkdir(exist_ok=True)
    result: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
        "bytecode cache": "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on",
        "this tree": measure(ROOT, args.runs),
    }
    if args.baseline_rev:
        with tempfile.TemporaryDirectory(dir=ROOT / ".bench-tmp") as holder:
            tree = Path(holder) / "baseline"
            add = ["worktree", "add", "--detach", str(tree), args.baseline_rev]
            subprocess.run(
                ["git", "-C", str(ROOT), *add],
                check=True,
                capture_output=True,
            )
            try:
                result[f"baseline {args.baseline_rev}"] = measure(tree, args.runs)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=False,
                    capture_output=True,
                )
    result["load after"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
