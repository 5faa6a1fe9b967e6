"""Every command, with hostile text in its positional part and in every option it declares.

Whatever is typed — control characters, NUL, lone surrogates, crowd and role mentions, digits
of other scripts, dates at the ends of the calendar — the bot answers with a reply, never with
"something went wrong", never logs an error, and nothing it shows can ping anyone.

One bot serves the whole module (a fresh one per example would cost far more than the
commands); the commands are taken from its registry, so a new command or option is fuzzed
without touching this file.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import Action, Reply
from bot.commands import Command
from bot.i18n import t
from tests.botkit import TestBot, make_settings

WENT_WRONG = t("core.internal_error", error_id="").split("error id")[0]

#: A mention that pings: a crowd (Discord, Matrix), a Discord user or role, a Matrix user or
#: pill. What the bot shows has a zero-width space after each "@" or "<" of these.
PING = re.compile(
    r"[@＠](everyone|here|room|channel)"
    r"|<[@!][!&]?\w"
    r"|[@＠][a-z0-9._=\-/]+:[a-z0-9.\-]+"
    r"|matrix\.to/#/(@|%40)",
    re.IGNORECASE,
)

HOSTILE = [
    "@everyone",
    "@here",
    "@room",
    "@EveryOne",
    "＠everyone",
    "@\x00everyone",
    "<@123456789012345678>",
    "<@&123456789012345678>",
    "<@!42>",
    "<!everyone>",
    "@ana:example.org",
    "https://matrix.to/#/@ana:example.org",
    "\x00",
    "\ud800",
    "\udcff",
    "\udfff",
    "\x1b[31m",
    "\u202e",
    "\r",
    "\n",
    "\t",
    ";",
    ":",
    "`",
    "|",
    "#",
    "٣",
    "１２",
    "0001-01-01 00:00",
    "9999-12-31 23:59",
    "0001-01-01",
    "-1",
    "0",
    "99999999999999999999",
    "1e309",
]
#: Values that get past the first check, so the fuzzing reaches deeper.
PLAUSIBLE = [
    "yes",
    "no",
    "en",
    "de",
    "AT",
    "plumbing",
    "assessment",
    "mentor",
    "expert",
    "2026-12-01 09:00",
    "2026-12-01",
    "day 09:00",
    "0 9 * * mon",
    "Europe/Brussels",
    "#general",
    "1",
    "2",
    "5",
    "https://example.org/tool",
    "A title | a summary",
    "help with plumbing",
    "A question to start the week",
]
ODD = st.one_of(
    st.sampled_from(["\ud800", "\udcff", "\x00"]),  # what no database takes
    st.sampled_from(HOSTILE),
    st.characters(codec=None),
    st.characters(categories=["Cs", "Cc", "Cf", "Nd"]),
)


def _spiced(base: str, odd: str, at: int) -> str:
    at %= len(base) + 1
    return base[:at] + odd + base[at:]


#: Option values and positional text: a hostile piece alone, a plausible value with hostile
#: characters put into it (so that more of it passes the first checks), or anything at all.
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.builds(_spiced, st.sampled_from(PLAUSIBLE), ODD, st.integers(0, 40)),
    st.lists(st.one_of(ODD, st.sampled_from(PLAUSIBLE)), min_size=1, max_size=5).map(" ".join),
    st.text(max_size=30),
)


class Fuzzing:
    """The module's bot, the loop it runs in, the commands it has, and the error records
    logged meanwhile. (A plain class: falsifying examples print it, and it is big.)"""

    def __init__(
        self,
        bot: TestBot,
        runner: asyncio.Runner,
        errors: list[logging.LogRecord],
        commands: dict[tuple[str, ...], Command],
    ) -> None:
        self.bot, self.runner, self.errors, self.commands = bot, runner, errors, commands

    def __repr__(self) -> str:
        return "Fuzzing()"

    def say(
        self, text: str, *, role: str, dm: bool = False, user: str = "ana"
    ) -> tuple[list[str], list[Action]]:
        self.errors.clear()
        printed = self.runner.run(self.bot.say(text, user=user, role=role, dm=dm))
        return printed, self.bot.last_actions


class _Collect(logging.Handler):
    def __init__(self, into: list[logging.LogRecord]) -> None:
        super().__init__(logging.ERROR)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record)


def _walk(command: Command, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Command]]:
    """Every command under ``command`` that does something (groups only list their parts)."""
    if command.handler is not None:
        yield path, command
    for sub in command.subcommands.values():
        yield from _walk(sub, (*path, sub.name))


#: Something to act on, so that commands taking an id reach their deeper checks: a mentor
#: with proposal #1 from ana, prompt #1, series #1 with a prompt, and the seeded tools.
SETUP = [
    ("mentor1", "trainer", "!mentor join topics: plumbing, wiring; capacity: 3; consent: yes"),
    ("ana", "trainer", "!match need help with plumbing"),
    ("ana", "coordinator", "!prompt schedule every: day 09:00; text: A question for each day"),
    ("ana", "coordinator", "!series create title: Winter e-conference"),
    ("ana", "coordinator", "!series add 1 at: 2026-12-01 09:00; text: The first topic"),
]


@pytest.fixture(scope="module")
def fuzzing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzing]:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    config = make_settings(folder, limits={"commands_per_window": 10**9})
    runner = asyncio.Runner()
    bot = runner.run(TestBot(config).start())
    for user, role, line in SETUP:
        answer = runner.run(bot.say(line, user=user, role=role))
        assert answer and not any(isinstance(a, Reply) and a.is_error for a in bot.last_actions)
    errors: list[logging.LogRecord] = []
    handler = _Collect(errors)
    logging.getLogger().addHandler(handler)
    commands = dict(entry for top in bot.app.runtime.registry for entry in _walk(top, (top.name,)))
    try:
        yield Fuzzing(bot=bot, runner=runner, errors=errors, commands=commands)
    finally:
        logging.getLogger().removeHandler(handler)
        runner.run(bot.stop())
        runner.close()


def command_lines(commands: dict[tuple[str, ...], Command]) -> st.SearchStrategy[str]:
    """``!PATH [TEXT] [option: TEXT; …]`` for one registered command and some of its options."""
    return st.sampled_from(sorted(commands)).flatmap(lambda path: _line(path, commands[path]))


@st.composite
def _line(draw: st.DrawFn, path: tuple[str, ...], command: Command) -> str:
    words = ["!" + " ".join(path)]
    if draw(st.integers(0, 4)):  # mostly with positional text: an id, a query, a need
        words.append(draw(TEXT))
    names = [option.name for option in command.options]
    if names:
        chosen = draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
        words.append("; ".join(f"{name}: {draw(TEXT)}" for name in chosen))
    return " ".join(words)


def check_answer(fuzzing: Fuzzing, line: str, printed: list[str], actions: list[Action]) -> None:
    """An answer, no apology, nothing logged as an error, and no mention in anything shown:
    the console's lines (texts, choices with their commands), and every text field of the
    actions as another platform would show them."""
    assert printed, f"no answer to {line!r}"
    assert not fuzzing.errors, (line, [r.getMessage() for r in fuzzing.errors])
    for text in printed:
        assert WENT_WRONG not in text, (line, text)
        assert not PING.search(text), (line, text)
    for action in actions:
        shown = [getattr(action, name, None) for name in ("text", "thread_title", "room_name")]
        for choice in getattr(action, "choices", ()):
            shown += [choice.label, choice.shown]
        for text in filter(None, shown):
            assert not PING.search(text), (line, text)


ROLES = st.sampled_from(["trainer", "coordinator", "admin"])


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), role=ROLES, dm=st.booleans(), user=st.sampled_from(["ana", "mentor1"]))
def test_any_command_with_hostile_text_gets_a_clear_answer_that_pings_nobody(
    fuzzing: Fuzzing, data: st.DataObject, role: str, dm: bool, user: str
) -> None:
    line = data.draw(command_lines(fuzzing.commands), label="line")
    printed, actions = fuzzing.say(line, role=role, dm=dm, user=user)
    check_answer(fuzzing, line, printed, actions)


@pytest.mark.parametrize(
    "line",
    [
        "!prompt schedule at: 0001-01-01 00:00; text: Hi",
        "!prompt schedule every: day 09:00; start: 0001-01-01; text: Hi",
        "!series add 1 at: 0001-01-01 00:00; text: Hi",
        "!prompt edit 1 at: 0001-01-01 00:00",
        "!match need \udcff help with plumbing",
        "!match need \ud800 help\x00 with wiring",
        "!match accept ٣",
        "!prompt show ٣",
        "!tool coachng sector: @everyone <@&123456789012345678>",
        "!mentor join topics: x; bio: hello @\x00everyone",
        "!help <@&123456789012345678> @room",
    ],
)
def test_the_inputs_found_by_hand_get_a_clear_answer(fuzzing: Fuzzing, line: str) -> None:
    printed, actions = fuzzing.say(line, role="coordinator")
    check_answer(fuzzing, line, printed, actions)
