"""Where mentoring's words are written: only its chat edge (``chat``, ``render``) puts text
together; the services raise keyed errors and owe message values, which the core and the
outbox put into words for each reader, with the prefix. And the capability never builds the
bot itself."""

from __future__ import annotations

import ast
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.capabilities.mentoring.profiles import ProfileService
from bot.errors import Conflict
from bot.i18n import catalog as language_catalog
from bot.messages import Cmd
from tests.botkit import FakeClock
from tests.mentoring.kit import MAX, Restartable, rows

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "bot/capabilities/mentoring"
#: The modules that word things for a reader.
EDGE = {"chat.py", "render.py"}
USER_ERRORS = {"UserError", "UsageError", "PermissionDenied", "NotFound", "Conflict"}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.glob("*.py")):
        yield path.name, ast.parse(path.read_text(encoding="utf-8"))


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _wording(tree: ast.Module) -> list[str]:
    """What in ``tree`` writes text for a reader or knows the command prefix."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) in ("t", "translate", "render"):
            found.append(f"line {node.lineno}: calls {_called(node)}(")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in USER_ERRORS:
                found.append(f"line {node.lineno}: {node.func.id}(…) with text, not .keyed")
        elif isinstance(node, ast.Attribute | ast.Name):
            name = node.attr if isinstance(node, ast.Attribute) else node.id
            if name == "prefix":
                found.append(f"line {node.lineno}: reads the prefix")
        elif isinstance(node, ast.ImportFrom) and node.module == "bot.i18n":
            found.append(f"line {node.lineno}: imports bot.i18n")
    return found


def test_only_the_chat_edge_writes_text_or_knows_the_prefix() -> None:
    wording = {
        name: found for name, tree in _modules() if name not in EDGE and (found := _wording(tree))
    }
    assert wording == {}
    # The check sees what it looks for: the edge does word things.
    assert _wording(dict(_modules())["chat.py"]) != []


def test_the_capability_never_builds_the_bot() -> None:
    building = {
        name: node.lineno
        for name, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and (node.module == "bot.app" or node.module.startswith("bot.app."))
    }
    assert building == {}


def _keyed_texts() -> Iterator[tuple[str, int, str, set[str]]]:
    """Every ``X.keyed(KEY, …)`` and ``Msg.of(KEY, …)`` outside the edge: module, line, the
    key as a pattern (an f-string key matches each key it can be) and the parameters given."""
    for name, tree in _modules():
        if name in EDGE:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) in ("keyed", "of") and node.args):
                continue
            key = node.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                pattern = re.escape(key.value)
            elif isinstance(key, ast.JoinedStr):
                pattern = "".join(
                    re.escape(part.value) if isinstance(part, ast.Constant) else r"[\w.]+"
                    for part in key.values
                )
            else:
                continue
            given = {k.arg for k in node.keywords if k.arg is not None}
            yield name, node.lineno, pattern, given


def test_every_keyed_text_exists_and_gets_all_its_parameters() -> None:
    catalog = language_catalog("en").variables
    seen = 0
    problems: list[str] = []
    for module, line, pattern, given in _keyed_texts():
        keys = [key for key in catalog if re.fullmatch(pattern, key)]
        if not keys:
            problems.append(f"{module}:{line}: no text for {pattern}")
        for key in keys:
            wanted = set(catalog[key])
            if missing := sorted(wanted - given):
                problems.append(f"{module}:{line}: {key} lacks {missing}")
        seen += 1
    assert problems == []
    assert seen > 30  # the services' errors and owed messages were all found


URL = "sqlite+aiosqlite:///{}"


@pytest.fixture
async def bots(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Restartable]:
    """A bot whose command prefix is ``?``, with Max opted in as mentor."""
    bots = Restartable(tmp_path, URL.format(tmp_path / "prefix.db"), clock, bot={"prefix": "?"})
    await bots.start()
    try:
        assert "Welcome" in await bots.say(MAX.replace("!", "?"), user="max")
        yield bots
    finally:
        await bots.stop()


async def test_a_service_error_carries_a_key_and_the_command_not_text(
    bots: Restartable, tmp_path: Path
) -> None:
    (max_,) = rows(URL.format(tmp_path / "prefix.db"), "people")
    assert bots.bot is not None
    profiles = bots.bot.app.runtime.get(ProfileService)
    with pytest.raises(Conflict) as raised:
        await profiles.resume(max_["id"], "mentor", bots.clock.now())
    assert raised.value.key == "mentoring.not_paused"
    assert dict(raised.value.params) == {"kind": "mentor", "command": Cmd("mentor pause")}
    assert str(raised.value) == "mentoring.not_paused"  # a key for the logs, no text


async def test_service_errors_reach_chat_with_the_configured_prefix(bots: Restartable) -> None:
    out = await bots.say("?mentor resume", user="max")
    assert "nothing to resume; pause it with ?mentor pause." in out
    await bots.say("?match assessment of apprentices", user="ana")
    again = await bots.say("?match Assessment of apprentices!", user="ana")
    assert "?match status shows where it stands" in again
    assert "?match cancel 1 withdraws it" in again
    assert "!match" not in again
