"""Where knowledge code lives: the library stands alone, the capability never builds the bot,
and every code the library reports has a text in the catalog."""

from __future__ import annotations

import ast
import string
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.i18n import catalog, has_key, t
from knowledge.errors import FILE_ERRORS, PROBLEMS

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(folder: Path) -> dict[str, set[str]]:
    """Each module file under ``folder`` with the modules it imports (relative ones resolved
    only by name, which is enough to see a package boundary)."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_the_library_imports_nothing_from_the_bot_or_the_adapters() -> None:
    reaching_up = {
        path: sorted(n for n in names if n.split(".")[0] in ("bot", "adapters"))
        for path, names in imported_modules(ROOT / "knowledge").items()
    }
    assert {path: names for path, names in reaching_up.items() if names} == {}


def test_the_knowledge_capability_never_builds_the_bot() -> None:
    modules = imported_modules(ROOT / "bot/capabilities/knowledge")
    assert "bot/capabilities/knowledge/cli.py" in modules  # the package is where it should be
    building = {
        path: sorted(n for n in names if n == "bot.app" or n.startswith("bot.app."))
        for path, names in modules.items()
    }
    assert {path: names for path, names in building.items() if names} == {}


@pytest.mark.parametrize(
    ("domain", "templates"), [("knowledge.problem", PROBLEMS), ("knowledge.file", FILE_ERRORS)]
)
def test_every_library_code_has_the_same_text_in_the_catalog(
    domain: str, templates: Mapping[str, str]
) -> None:
    missing = [code for code in templates if not has_key(f"{domain}.{code}")]
    assert missing == []
    # The English catalog says what the library's own description says, placeholders and all:
    # the command line and chat show what a script reading ``str(error)`` sees.
    differing = {}
    for code, template in templates.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        sample = {name: f"<{name}>" for name in fields}
        ours = t(f"{domain}.{code}", **sample)
        if ours != template.format(**sample) and ours != template.format(
            **{n: repr(v) for n, v in sample.items()}
        ):
            differing[code] = (ours, template)
    assert differing == {}
    unused = sorted(
        key
        for key in catalog("en").variables
        if key.startswith(f"{domain}.") and key.split(".")[-1] not in templates
    )
    assert unused == []
