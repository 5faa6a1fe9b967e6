"""Where prompt code lives: the services write no text and know no command prefix, their
keyed errors have catalog texts the core can fill in, and the chat layer opens no session."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.i18n import catalog as language_catalog

PACKAGE = Path(__file__).resolve().parents[2] / "bot/capabilities/prompts"
#: The service layer: operations, the values they return, and what they read and write.
SERVICE_LAYER = ("service", "series_service", "values", "queries", "skips", "bookends")
#: The chat layer: reads what was typed, calls the services, renders their outcomes.
CHAT_LAYER = ("chat", "series_chat", "options")
USER_ERRORS = {"UserError", "UsageError", "PermissionDenied", "NotFound", "Conflict"}


def tree(module: str) -> ast.Module:
    return ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))


def imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return []


def docstrings(source: ast.Module) -> set[int]:
    """The ids of the docstring nodes in ``source`` (they may name commands: they are not
    texts anyone reads in chat)."""
    found: set[int] = set()
    for node in ast.walk(source):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def writes_text(module: str) -> list[str]:
    """What in ``module`` writes text for a reader or names the command prefix."""
    source = tree(module)
    skip = docstrings(source)
    found: list[str] = []
    for node in ast.walk(source):
        where = f"{module}.py:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ("t", "translate", "render", "usage_error"):
                found.append(f"{where} calls {name}(")
            elif isinstance(func, ast.Name) and name in USER_ERRORS:
                found.append(f"{where} builds {name}(…) with text, not .keyed")
        elif isinstance(node, ast.Attribute) and node.attr in ("prefix", "lang", "t"):
            found.append(f"{where} reads .{node.attr}")
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        ):
            words = node.value.split()
            if any(w.startswith("!") and w[1:2].isalpha() for w in words):
                found.append(f"{where} writes a command: {node.value[:40]!r}")
        found.extend(
            f"{where} imports {name}"
            for name in imported(node)
            if name in ("bot.i18n", "bot.context", "bot.commands")
            or name.startswith(("bot.i18n.", "bot.context."))
        )
    return found


@pytest.mark.parametrize("module", SERVICE_LAYER)
def test_the_service_layer_writes_no_text_and_knows_no_prefix(module: str) -> None:
    assert writes_text(module) == []


def test_the_check_finds_text_where_there_is_some() -> None:
    # The chat layer writes text: the same check must see it there, or it proves nothing.
    found = writes_text("chat")
    assert any("calls t(" in f for f in found) and any("imports bot.context" in f for f in found)


def keyed_errors(module: str) -> list[tuple[str, set[str]]]:
    """The catalog keys ``module`` raises errors with (``….keyed(KEY, name=…)``) and the
    parameter names it passes; an f-string key stands for every key it can become."""
    catalog = language_catalog("en").variables
    found: list[tuple[str, set[str]]] = []
    for node in ast.walk(tree(module)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "keyed"):
            continue
        first = node.args[0]
        params = {k.arg for k in node.keywords if k.arg}
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((first.value, params))
        elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
            stem = str(first.values[0].value)
            keys = [k for k in catalog if k.startswith(stem)]
            assert keys, f"no catalog key starts with {stem!r}"
            found.extend((key, params) for key in keys)
        else:
            raise AssertionError(f"{module}.py:{node.lineno}: a key the test cannot read")
    return found


@pytest.mark.parametrize("module", ["service", "series_service"])
def test_every_keyed_error_has_a_text_the_core_can_fill_in(module: str) -> None:
    catalog = language_catalog("en").variables
    errors = keyed_errors(module)
    assert errors, "the service raises keyed errors"
    for key, params in errors:
        assert key in catalog, key
        # The core fills in the error's own parameters and the prefix (a command written
        # with it comes as a Cmd parameter); any other placeholder would show as written.
        fields = set(catalog[key])
        assert fields <= params | {"prefix"}, (key, fields - params)


@pytest.mark.parametrize("module", CHAT_LAYER)
def test_the_chat_layer_opens_no_session(module: str) -> None:
    source = tree(module)
    reaching = [
        name
        for node in ast.walk(source)
        for name in imported(node)
        if name.startswith(("sqlalchemy", "bot.store"))
    ]
    sessions = [
        node.lineno
        for node in ast.walk(source)
        if isinstance(node, ast.Attribute) and node.attr in ("session", "store")
    ]
    assert (reaching, sessions) == ([], [])
