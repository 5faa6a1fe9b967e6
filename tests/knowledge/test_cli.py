"""``vetbot knowledge search|import|export`` in a separate process, as scripts run them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.knowledge.conftest import ENTRIES
from tests.processes import run_vetbot


def vetbot(tmp_path: Path, *args: str, seed: bool = False) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "bot.toml"
    config.write_text(
        f'[bot]\ndata_dir = "data"\n[knowledge]\nseed = {str(seed).lower()}\n', encoding="utf-8"
    )
    return run_vetbot(tmp_path, config, "--log-level", "WARNING", *args)


@pytest.mark.slow
def test_import_search_json_and_export(tmp_path: Path) -> None:
    source = tmp_path / "tools.json"
    source.write_text(json.dumps(ENTRIES), encoding="utf-8")
    dry = vetbot(tmp_path, "knowledge", "import", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"dry run: {len(ENTRIES)} rows read: would create {len(ENTRIES)}" in dry.stdout
    assert dry.stderr == ""  # no progress bar when stderr is not a terminal

    done = vetbot(tmp_path, "knowledge", "import", str(source))
    assert done.returncode == 0, done.stderr
    assert f"created {len(ENTRIES)}, updated 0" in done.stdout

    found = vetbot(
        tmp_path, "knowledge", "search", "aprenticeship toolkit", "--json", "--limit", "3"
    )
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)
    assert isinstance(results, list) and 1 <= len(results) <= 3
    assert results[0]["id"] == "apprenticeship-toolkit"
    assert results[0]["url"] == "https://example.org/apprenticeship-toolkit"
    assert {"id", "title", "url", "score"} <= set(results[0])
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)

    german = vetbot(tmp_path, "knowledge", "search", "mentoring guide", "--lang", "de", "--json")
    assert [r["id"] for r in json.loads(german.stdout)] == ["mentoring-guide-de"]
    none = vetbot(tmp_path, "knowledge", "search", "zzzqqq", "--json")
    assert json.loads(none.stdout) == []
    bad = vetbot(tmp_path, "knowledge", "search", "x", "--lang", "xyz")
    assert bad.returncode == 2 and "unknown language code" in bad.stderr

    out = tmp_path / "out.csv"
    exported = vetbot(tmp_path, "knowledge", "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(ENTRIES) + 1


@pytest.mark.slow
def test_import_reports_problems_and_exit_code(tmp_path: Path) -> None:
    source = tmp_path / "tools.csv"
    source.write_text("title,languages\nFine,en\n,de\nWrong,english\n", encoding="utf-8")
    result = vetbot(tmp_path, "knowledge", "import", str(source))
    assert result.returncode == 1
    assert "created 1, updated 0, unchanged 0, skipped 2" in result.stdout
    assert "     3  title           required" in result.stdout
    assert "     4  languages       unknown ISO 639-1 code 'english'" in result.stdout
    unknown = vetbot(tmp_path, "knowledge", "import", str(tmp_path / "nope.txt"))
    assert unknown.returncode == 1 and "unknown file type" in unknown.stderr


@pytest.mark.slow
def test_bad_arguments_are_refused_before_the_store_is_opened(tmp_path: Path) -> None:
    bad_file = vetbot(tmp_path, "knowledge", "import", str(tmp_path / "tools.docx"))
    assert bad_file.returncode == 1
    assert "vetbot: tools.docx: unknown file type '.docx'; use .csv, .json or .yaml" in (
        bad_file.stderr
    )
    bad_export = vetbot(tmp_path, "knowledge", "export", str(tmp_path / "out.txt"))
    assert bad_export.returncode == 1 and "unknown file type '.txt'" in bad_export.stderr
    bad_country = vetbot(tmp_path, "knowledge", "search", "x", "--country", "UK")
    assert bad_country.returncode == 2
    assert "unknown country code 'UK' (use ISO 3166-1, e.g. AT, or EU)" in bad_country.stderr
    assert not (tmp_path / "data" / "vetbot.db").exists()  # nothing was migrated or seeded


@pytest.mark.slow
def test_seeded_store_answers_on_first_start(tmp_path: Path) -> None:
    result = vetbot(tmp_path, "knowledge", "search", "europass", "--json", seed=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "europass"
