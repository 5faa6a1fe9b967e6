"""Logs never hold what people wrote or who they are, at any level: a failing command is found
again by its error id and command name; database errors carry no parameters; the adapters'
failed-delivery lines name neither the text nor the recipient."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text

from adapters.discord.adapter import DiscordAdapter
from adapters.matrix.adapter import MatrixAdapter
from bot.actions import Action, DirectMessage, Post
from bot.commands import Command
from bot.context import Context
from bot.errors import StoreError
from bot.events import Message
from bot.observability import JsonFormatter, TextFormatter
from bot.settings import load_settings
from bot.store.database import Store
from tests.botkit import TestBot

SECRET = "my very private words"
SENDER = "user-4711"


def _written(records: Sequence[logging.LogRecord]) -> str:
    """Every record as both formatters would write it (all levels, all extra fields)."""
    return "\n".join(
        formatter.format(record)
        for record in records
        for formatter in (JsonFormatter(), TextFormatter())
    )


async def test_a_failing_command_logs_its_error_id_and_name_but_no_text_and_no_sender(
    bot: TestBot, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(ctx: Context) -> None:
        # The worst case: an exception whose message quotes the input, raised from another.
        try:
            int(ctx.text)
        except ValueError as exc:
            raise RuntimeError(f"cannot read {ctx.text!r} from {ctx.message.sender_id}") from exc

    async def nosy(message: Message) -> list[Action]:
        raise KeyError(message.sender_id + message.text)

    bot.app.runtime.registry.add(Command(name="broken", summary="fails", handler=broken))
    bot.app.runtime.listen(nosy)
    # As the bot configures logging (bot.observability): the database driver's debug lines,
    # which echo query parameters (the sender's language is looked up by account), stay off.
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.WARNING, logger="aiosqlite"):
        lines = await bot.say(f"!broken {SECRET}", user=SENDER)
    error_id = lines[0].rsplit("error id ", 1)[1].rstrip(".")
    (record,) = [r for r in caplog.records if r.getMessage() == "command failed"]
    assert (record.error_id, record.command) == (error_id, "broken")  # type: ignore[attr-defined]
    # Where it failed stays findable: the types and the frames, innermost first.
    trace: str = record.traceback  # type: ignore[attr-defined]
    assert trace.index("builtins.ValueError") < trace.index("builtins.RuntimeError")
    assert "in broken" in trace and "(message withheld)" in trace
    assert any(r.getMessage() == "listener failed" for r in caplog.records)
    written = _written(caplog.records)
    assert SECRET not in written and "private" not in written and SENDER not in written


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
async def test_database_errors_carry_no_parameters(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = request.getfixturevalue("pg_url" if kind == "postgresql" else "sqlite_url")
    store = Store(url)
    try:
        with pytest.raises(StoreError) as caught:
            async with store.session() as session:
                await session.execute(text("SELECT no_such_column, :said"), {"said": SECRET})
    finally:
        await store.close()
    assert "no_such_column" in str(caught.value.__cause__)
    assert SECRET not in str(caught.value.__cause__)


async def test_discords_failed_delivery_log_names_neither_text_nor_recipient(
    bot: TestBot, caplog: pytest.LogCaptureFixture
) -> None:
    adapter = bot.app.load_adapter("discord")
    assert isinstance(adapter, DiscordAdapter)
    dm = DirectMessage(platform="discord", user_id="123456789012", text=SECRET, key="k1")
    post = Post(platform="discord", room_id="42", room_name="general", text=SECRET)
    with caplog.at_level(logging.DEBUG):
        assert await adapter.perform(dm) is None  # not connected
        assert await adapter.perform(post) is None
    failed = [r for r in caplog.records if r.name.startswith("adapters.discord")]
    assert len(failed) == 2 and {r.action for r in failed} == {"DirectMessage", "Post"}  # type: ignore[attr-defined]
    written = _written(caplog.records)
    assert SECRET not in written and "123456789012" not in written and "k1" in written


async def test_matrix_logs_no_action_it_could_not_carry_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(
        None,
        {
            "VETBOT_MATRIX_HOMESERVER": "http://127.0.0.1:1",
            "VETBOT_MATRIX_USER_ID": "@vetbot:example.org",
            "VETBOT_MATRIX_PASSWORD": "secret",
        },
    )
    adapter = MatrixAdapter(settings=settings.matrix, data_dir=tmp_path)
    await adapter.stop()
    dm = DirectMessage(platform="matrix", user_id="@mia:example.org", text=SECRET)
    with caplog.at_level(logging.DEBUG):
        assert await adapter.perform(dm) is None
    written = _written(caplog.records)
    assert "not carried out" in written
    assert SECRET not in written and "@mia" not in written
