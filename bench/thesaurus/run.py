"""How long reading the shipped thesaurus takes, beside PyYAML's own loaders in the same run.

Usage::

    python -m bench.thesaurus.run [--repeat 20]

:func:`knowledge.thesaurus.parse` builds the values from the C parser's events and validates
them; the baselines are ``yaml.load`` with ``CSafeLoader`` (the fastest stock loader, no
validation, a repeated key silently kept last) and with the pure-Python ``SafeLoader``. Each
is run ``--repeat`` times on the same text in the same process; the minimum and median are
printed in milliseconds, with the load average so a shared machine shows in the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from importlib import resources

import yaml

from knowledge.thesaurus import THESAURUS_FILE, parse


def _times(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text = resources.files("knowledge").joinpath(THESAURUS_FILE).read_text(encoding="utf-8")
    concepts = parse(text)
    terms = sum(len(terms) for languages in concepts.values() for terms in languages.values())
    print(f"{len(concepts)} concepts, {terms} terms, {len(text.encode()) // 1024} KiB")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    runs = {
        "knowledge.thesaurus.parse": lambda: parse(text),
        "yaml.load CSafeLoader": lambda: yaml.load(text, Loader=yaml.CSafeLoader),
        "yaml.load SafeLoader": lambda: yaml.load(text, Loader=yaml.SafeLoader),
    }
    print("| reader | min ms | median ms |")
    print("|---|---|---|")
    for name, run in runs.items():
        times = _times(run, args.repeat)
        print(f"| {name} | {min(times):.1f} | {statistics.median(times):.1f} |")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
