"""The bot's resident memory after start on the default store (the seeded knowledge).

Usage: ``python -m bench.footprint`` — prints one JSON line: RSS after the imports ``vetbot``
needs to print its help, and RSS once an app with the console adapter has started on a fresh
SQLite store in a temporary data folder (seeded, as the default configuration does), plus
which heavy libraries are loaded at each point. Run it with another checkout first on
``PYTHONPATH`` to set an earlier version beside this one.
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import tempfile
import time


def _heavy() -> list[str]:
    return sorted(m for m in ("numpy", "scipy", "ortools", "rapidfuzz") if m in sys.modules)


async def _start(folder: str) -> dict[str, object]:
    from adapters.console import ConsoleAdapter
    from bench.report import rss_kib
    from bot.app import App
    from bot.settings import load_settings

    settings = load_settings(None, {}).replace("bot", data_dir=folder)
    app = App(settings, interactive=False)
    app.add_adapter(ConsoleAdapter(out=io.StringIO()))
    started = time.perf_counter()
    await app.start()
    seconds = time.perf_counter() - started
    out: dict[str, object] = {
        "start_s": round(seconds, 2),
        "rss_started_mib": round(rss_kib() / 1024, 1),
        "heavy_started": _heavy(),
    }
    await app.stop()
    return out


def main() -> None:
    from bench.report import rss_kib
    from bot import cli

    cli.build_parser(["--help"])  # what ``vetbot --help`` imports

    result: dict[str, object] = {
        "rss_cli_mib": round(rss_kib() / 1024, 1),
        "heavy_cli": _heavy(),
        "cli": cli.__file__,
    }
    with tempfile.TemporaryDirectory() as folder:
        result.update(asyncio.run(_start(folder)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
