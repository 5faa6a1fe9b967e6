"""What every benchmark measures and reports the same way: percentiles, runs in a fresh child
process, resident memory, the CPU's model name, and its own section of ``bench/RESULTS.md``.

Each benchmark still words its own machine line and table; only the mechanics live here, so
the numbers in one section mean the same as in another.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

#: What a results file starts with when a benchmark writes the first section.
RESULTS_TITLE = "# Benchmark results\n"
#: The PostgreSQL server the benchmarks make their scratch databases on.
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank ``q`` quantile (0..1) of ``values``, which must not be empty."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def in_child(module: str, *args: str, timeout: float | None = None) -> dict[str, Any]:
    """Run ``python -m module ARGS`` in a fresh process, so its memory and caches start
    clean, and return the JSON object on the last line it prints; a failing child raises."""
    child = subprocess.run(
        [sys.executable, "-m", module, *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return dict(json.loads(child.stdout.strip().splitlines()[-1]))


def rss_kib() -> int:
    """This process's resident memory now, in KiB (0 where ``/proc`` does not tell)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_model(default: str = "unknown") -> str:
    """The CPU's model name from ``/proc/cpuinfo``; ``default`` where it cannot be read."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return default


def machine_lines(
    load_before: Sequence[float], load_after: Sequence[float]
) -> tuple[str, str, str]:
    """The lines of a section that say what it ran on and how busy the machine was."""
    import os
    import platform

    return (
        f"Machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()},",
        "shared with other jobs while measuring: load average (1, 5, 15 min)",
        f"{load_before[0]:.1f} / {load_before[1]:.1f} / {load_before[2]:.1f} before,"
        f" {load_after[0]:.1f} / {load_after[1]:.1f} / {load_after[2]:.1f} after.",
    )


def merge_base(main: str = "main") -> str:
    """Where this checkout's branch left ``main``: the revision a benchmark compares with."""
    root = Path(__file__).resolve().parents[1]
    shown = subprocess.run(
        ["git", "merge-base", "HEAD", main], cwd=root, check=True, capture_output=True, text=True
    )
    return shown.stdout.strip()


def write_section(path: Path, heading: str, section: str) -> None:
    """Put ``section`` in place of the ``heading`` section of ``path`` (``## …`` up to the next
    ``## ``), or append it; the other sections stay as they are."""
    text = path.read_text(encoding="utf-8") if path.exists() else RESULTS_TITLE
    start = text.find(heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + ("" if end < 0 else text[end:])
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def scratch_postgres(admin: str = PG_ADMIN) -> tuple[str, Callable[[], None]] | None:
    """A new, empty PostgreSQL database on ``admin``'s server: its URL for the store and the
    function that drops it; ``None`` when the server does not answer (the run goes on
    without PostgreSQL)."""
    try:
        import psycopg

        name = f"vetbot_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception:
        return None

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", drop


def module_at(
    rev: str, path: str, name: str, replace: Mapping[str, str] | None = None
) -> types.ModuleType:
    """The module at ``path`` (from the checkout's root) as it was at git revision ``rev``,
    loaded under ``name`` beside the current code, so a benchmark can time both in one
    process. ``replace`` rewrites its source first (an import of another earlier module)."""
    root = Path(__file__).resolve().parents[1]
    shown = subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=root, capture_output=True, text=True, check=True
    )
    text = shown.stdout
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    module = types.ModuleType(name)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    exec(compile(text, f"<{name}>", "exec"), module.__dict__)
    return module
