"""The core: one message in, a list of actions out.

It decides whether a message is a command (``!`` prefix, a mention of the bot, or any text in a
direct message) — text without the prefix whose first word is a command word of any language
runs that command as with the prefix (``hilfe``, ``Aide ?``, ``werkzeug Ausbildung``); text
without the prefix that names no command is a plain question, answered by the command a
capability registered for questions (``!tool``) with a one-line hint of the commands, while an
unknown ``!`` command is still answered as one — applies the rate limit,
resolves the caller's role, parses and permission-checks the command, runs its handler, and
turns every failure into a short reply: a :class:`~bot.errors.UserError` as its own text, a
:class:`~bot.errors.StoreError` (the database failed or stayed busy) as "try again in a
moment", anything else as an apology naming an error id that is also in the log, with the
command's name and where it failed, never with what was written or by whom (see
:mod:`bot.observability`). Nothing raised here reaches an adapter.

Every message is made storable as it arrives (:func:`bot.events.storable`): whatever a platform
or a command line delivers (lone surrogates, NUL characters), no handler has to expect it.
A person a failed command created is removed again, unless something refers to them by then.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from bot.actions import Action, Reply
from bot.commands import Command, Invocation, confirmed
from bot.context import UNKNOWN, Context, Unknown
from bot.errors import PermissionDenied, StoreError, UserError
from bot.events import Message, storable
from bot.i18n import t
from bot.messages import Msg, Param, render
from bot.networks import refuse
from bot.observability import Metrics, redacted_traceback
from bot.permissions import Role, log_scope, resolve_role
from bot.ratelimit import LIGHT, RateLimiter, SharedRateLimiter, Verdict
from bot.readers import Reader, moments_of, reader_of_message
from bot.runtime import Runtime
from bot.safety import sanitize_action
from bot.words import fold

if TYPE_CHECKING:
    from bot.store.models import Person

log = logging.getLogger(__name__)

#: Punctuation a sentence may put right after its first word ("Hilfe?", "Werkzeug:").
_TRAILING = "?!.,:;…¿¡"


class Core:
    """The platform-agnostic bot. ``handle`` never raises."""

    def __init__(self, runtime: Runtime, metrics: Metrics | None = None) -> None:
        self.runtime = runtime
        self.metrics = metrics or Metrics()
        limits = runtime.settings.limits
        self.limiter = RateLimiter(limits.commands_per_window, limits.window_seconds)
        #: Replicas of a cluster count each sender's commands together, in the database.
        self.shared_limiter: SharedRateLimiter | None = None
        if runtime.settings.cluster.enabled:
            self.shared_limiter = SharedRateLimiter(
                limits.commands_per_window, limits.window_seconds, runtime.store, runtime.clock
            )
        if runtime.interactive:
            # A running bot says where platform roles count (one-shot runs stay quiet).
            runtime.on_start("permissions", self._log_scope)

    async def _log_scope(self) -> None:
        log_scope(self.runtime.settings, log)

    @property
    def prefix(self) -> str:
        return self.runtime.settings.bot.prefix

    def command_line(self, message: Message) -> str | None:
        """The command text of ``message`` without its prefix, or ``None`` if not a command."""
        text = message.text.strip()
        if text.startswith(self.prefix):
            line = text[len(self.prefix) :].lstrip()
        elif message.mentions_bot or message.is_direct:
            line = text
        else:
            return None
        # "!!!" or "!?" in conversation is not a command.
        if not line or not line[0].isalpha():
            return None
        return line

    async def handle(self, message: Message) -> list[Action]:
        """Handle one message; returns the (sanitised) actions to carry out, possibly none."""
        actions: list[Action] = []
        try:
            await self._handle(storable(message), actions)
        except Exception as exc:
            # Last line of defence: a bug outside a command handler must not kill an adapter.
            log.error(
                "message handling failed",
                extra={"platform": message.platform, "traceback": redacted_traceback(exc)},
            )
            self.metrics.errors.inc()
        return [sanitize_action(action) for action in actions]

    def _error_text(self, err: UserError, reader: Reader, platform: str) -> str:
        """A user error's text for its reader: a keyed error (raised by a service, which
        writes no text) is rendered here in the reader's language, commands with the prefix."""
        if not err.key:
            return err.reply_text()
        params = cast(dict[str, Param], dict(err.params))
        prefix = self.runtime.settings.bot.prefix
        moments = moments_of(self.runtime.settings, platform)
        text = render(Msg(err.key, params), reader.lang, prefix, zone=reader.zone, moments=moments)
        hint = (
            render(
                Msg(err.hint_key, params), reader.lang, prefix, zone=reader.zone, moments=moments
            )
            if err.hint_key
            else err.hint
        )
        return text if not hint else f"{text}\n{hint}"

    async def _reader(self, message: Message) -> tuple[Reader, Person | Unknown | None]:
        """Who the sender is as a reader (:mod:`bot.readers`): their own language and zone if
        they chose them, else the platform's and the room's hints, else the bot's; and their
        stored person (``UNKNOWN`` if the lookup failed), kept for the command."""
        from bot.store.people import find_person

        person: Person | Unknown | None = UNKNOWN
        try:
            async with self.runtime.store.reading() as session:
                person = await find_person(session, message.platform, message.sender_id)
        except Exception as exc:
            # The answer (an apology for the database, say) still goes out, in the hints' language.
            log.warning(
                "could not look up the sender's language",
                extra={"traceback": redacted_traceback(exc)},
            )
        found = None if isinstance(person, Unknown) else person
        reader = reader_of_message(self.runtime.settings, message, found, self.runtime.networks)
        return reader, person

    async def _handle(self, message: Message, actions: list[Action]) -> None:
        self.metrics.messages.labels(message.platform).inc()
        for listener in self.runtime.listeners:
            try:
                actions.extend(await listener(message))
            except Exception as exc:
                log.error(
                    "listener failed",
                    extra={
                        "listener": getattr(listener, "__qualname__", "?"),
                        "traceback": redacted_traceback(exc),
                    },
                )
        line = self.command_line(message)
        if line is None:
            return
        key = f"{message.platform}:{message.sender_id}"
        head = line.split(maxsplit=1)[0] if line.strip() else ""
        command = self.runtime.registry.get(head)
        cost = LIGHT if command is not None and command.light else 1.0
        if self.shared_limiter is not None:
            verdict, retry = await self.shared_limiter.check(key, cost)
        else:
            verdict = self.limiter.check(key, self.runtime.clock.monotonic(), cost)
            retry = self.limiter.retry_after(key, self.runtime.clock.monotonic())
        if verdict is Verdict.DROP:
            return
        reader, sender = await self._reader(message)
        lang = reader.lang
        if verdict is Verdict.WARN:
            wait = max(1, math.ceil(retry))
            actions.append(
                self._reply(message, t("core.rate_limited", lang, seconds=wait), error=True)
            )
            return
        started = self.runtime.clock.monotonic()
        name = "?"
        ctx: Context | None = None
        try:
            if len(line) > self.runtime.settings.limits.max_message_length:
                raise UserError(
                    t("core.too_long", lang, limit=self.runtime.settings.limits.max_message_length)
                )
            role = max(
                resolve_role(
                    message, self.runtime.settings, self.runtime.networks.rules_of(message)
                ),
                self.runtime.networks.listed_role(message, self.runtime.settings),
            )
            # A direct message answering a question the bot just asked is that answer, even
            # when it starts with a command word ("more time, please").
            invocation = await self._routed(message, line)
            if invocation is None:
                invocation = self.runtime.registry.parse(self._as_command(message, line))
            question = False
            if invocation is None and self._is_question(message, line, role):
                invocation = self.runtime.registry.parse(f"{self.runtime.question_command} {line}")
                question = invocation is not None
            if invocation is None:
                name = "unknown"
                actions.append(self._unknown(message, line, role, lang))
                self.metrics.commands.labels(name, "unknown").inc()
                return
            name = " ".join(invocation.path)
            ctx = Context(
                message=message,
                role=role,
                invocation=invocation,
                runtime=self.runtime,
                lang=lang,
                zone=reader.zone,
                moments=moments_of(self.runtime.settings, message.platform),
                sender=sender,
            )
            await self._run(ctx, invocation)
            if question:
                ctx.reply(
                    ctx.t(
                        "core.question_hint",
                        command=self.prefix + " ".join(invocation.path),
                        help=self.prefix + "help",
                    )
                )
            actions.extend(ctx.actions)
            self.metrics.commands.labels(name, "ok").inc()
        except UserError as err:
            await self._undo_person(ctx)
            actions.append(
                self._reply(message, self._error_text(err, reader, message.platform), error=True)
            )
            self.metrics.commands.labels(name, "user_error").inc()
        except StoreError as exc:
            await self._undo_person(ctx)
            error_id = uuid.uuid4().hex[:8]
            log.error(
                "command failed: database",
                extra={
                    "error_id": error_id,
                    "command": name,
                    "platform": message.platform,
                    "traceback": redacted_traceback(exc),
                },
            )
            self.metrics.errors.inc()
            self.metrics.commands.labels(name, "store_error").inc()
            reply = self._reply(message, t("core.store_error", lang, error_id=error_id), error=True)
            actions.append(dataclasses.replace(reply, store_failed=True))
        except Exception as exc:
            await self._undo_person(ctx)
            error_id = uuid.uuid4().hex[:8]
            log.error(
                "command failed",
                extra={
                    "error_id": error_id,
                    "command": name,
                    "platform": message.platform,
                    "traceback": redacted_traceback(exc),
                },
            )
            self.metrics.errors.inc()
            self.metrics.commands.labels(name, "error").inc()
            actions.append(
                self._reply(message, t("core.internal_error", lang, error_id=error_id), error=True)
            )
        finally:
            self.metrics.latency.labels(name).observe(self.runtime.clock.monotonic() - started)

    async def _routed(self, message: Message, line: str) -> Invocation | None:
        """A direct message without the prefix that names no command, taken as the answer to
        a question the bot asked (:meth:`bot.runtime.Runtime.route_replies`)."""
        if not message.is_direct or message.text.strip().startswith(self.prefix):
            return None
        for route in self.runtime.reply_routes:
            routed = await route(message, line)
            if routed is not None:
                return self.runtime.registry.parse(routed)
        return None

    async def _undo_person(self, ctx: Context | None) -> None:
        """Remove the person a failed command created, if nothing refers to them yet."""
        if ctx is None or ctx.created_person_id is None:
            return
        from bot.store.people import discard_if_unused

        try:
            async with self.runtime.store.session() as session:
                await discard_if_unused(session, ctx.created_person_id)
        except Exception as exc:
            log.warning(
                "could not remove the person a failed command created",
                extra={"traceback": redacted_traceback(exc)},
            )

    async def _run(self, ctx: Context, invocation: Invocation) -> None:
        command = invocation.command
        if command.role > ctx.role:
            raise PermissionDenied(
                ctx.t(
                    "core.permission_denied",
                    command=ctx.shown(*invocation.path),
                    role=command.role.label,
                )
            )
        if command.role >= Role.COORDINATOR and ctx.scope.empty:
            # Networks are configured and the caller coordinates none of them.
            await refuse(
                self.runtime.store,
                ctx.actor(),
                ctx.now,
                action=" ".join(invocation.path),
                target="",
                network="",
            )
        if command.confirm is not None:
            # The handler reads its arguments without the confirmation word, then asks
            # (Context.confirmed_or_ask) unless it was there.
            sure = confirmed(invocation, (ctx.t("core.confirm_word"),))
            if sure is not None:
                ctx.invocation, ctx.confirmed = sure, True
        if command.handler is None:
            if invocation.text:
                # "!prompt shcedule": say what was wrong, and what was probably meant.
                word = invocation.text.split()[0][:40]
                ctx.reply(self._no_subcommand(ctx, command, invocation.path, word), is_error=True)
                return
            ctx.reply(self._group_help(ctx, command, invocation.path))
            return
        await command.handler(ctx)

    def _group_help(self, ctx: Context, command: Command, path: Sequence[str]) -> str:
        lines = [ctx.t("core.group_intro", command=ctx.shown(*path))]
        for sub in command.visible_subcommands(ctx.role):
            registry = self.runtime.registry
            usage = registry.usage(self.prefix, (*path, sub.name), sub, ctx.lang)
            lines.append(f"  {usage} — {registry.summary((*path, sub.name), sub, ctx.lang)}")
        return "\n".join(lines)

    def _no_subcommand(self, ctx: Context, command: Command, path: Sequence[str], word: str) -> str:
        """A subcommand typo: the closest subcommands (in the reader's words) when some are
        close, else the list of them all."""
        registry = self.runtime.registry
        names = [sub.name for sub in command.visible_subcommands(ctx.role)]
        found = _closest(word, {n: registry.spellings("subcommands", n) for n in names})
        shown = ctx.shown(*path)
        if found:
            return ctx.t(
                "core.no_subcommand_suggest",
                name=word,
                command=shown,
                suggestions=", ".join(ctx.shown(*path, name) for name in found),
            )
        unknown = ctx.t("core.no_subcommand", name=word, command=shown)
        return f"{unknown}\n{self._group_help(ctx, command, path)}"

    def _as_command(self, message: Message, line: str) -> str:
        """``line`` as the command it is. Written without the prefix (in a direct message,
        after a mention) as a sentence writes it, a command word may have punctuation after it
        ("Hilfe?", "aide ?", "Werkzeug: Ausbildung"): the line of that command, as with the
        prefix. Any other line is returned as it is."""
        if message.text.strip().startswith(self.prefix):
            return line
        head, *tail = line.split(maxsplit=1)
        rest = tail[0] if tail else ""
        word = head.rstrip(_TRAILING)
        if not word or self.runtime.registry.get(word) is None:
            return line
        if not rest.strip(_TRAILING + " "):
            rest = ""
        return f"{word} {rest}".strip()

    def _is_question(self, message: Message, line: str, role: Role) -> bool:
        """Whether ``line``, which names no command, is a plain question to look up.

        Only text written without the prefix is (an unknown ``!`` command stays one), and of
        that a single word that looks like a misspelt command is not: "hlep" gets its "did you
        mean", "where can I find a guide?" is looked up.
        """
        if self.runtime.question_command is None:
            return False
        if message.text.strip().startswith(self.prefix):
            return False
        return len(line.split()) > 1 or not self._near_commands(line.split()[0][:40], role)

    def _near_commands(self, word: str, role: Role) -> list[str]:
        """Up to three commands ``role`` may run whose name, in any language, is close to
        ``word``."""
        registry = self.runtime.registry
        tops = sorted({c.split()[0] for c in registry.names_for(role)})
        return _closest(word, {n: registry.spellings("commands", n) for n in tops})

    def _unknown(self, message: Message, line: str, role: Role, lang: str) -> Reply:
        word = line.split()[0][:40]
        registry = self.runtime.registry
        found = self._near_commands(word, role)
        if found:
            suggestions = ", ".join(
                self.prefix + registry.shown((name,), lang)[0] for name in found
            )
            text = t(
                "core.unknown_command_suggest",
                lang,
                command=word,
                suggestions=suggestions,
                prefix=self.prefix,
            )
        else:
            text = t("core.unknown_command", lang, command=word, prefix=self.prefix)
        return self._reply(message, text, error=True)

    def _reply(self, message: Message, text: str, *, error: bool) -> Reply:
        return Reply(
            platform=message.platform,
            room_id=message.room_id,
            room_name=message.room_name,
            thread_id=message.thread_id,
            reply_to=message.event_id,
            text=text,
            is_error=error,
        )


def _closest(word: str, spellings: dict[str, list[str]], limit: int = 3) -> list[str]:
    """The names (keys of ``spellings``) whose words, in any language, are closest to
    ``word``: best first, at most ``limit``, each at least 65 of 100 alike (edit distance) and
    within 5 of the best, so a clear typo gets one answer and nonsense none."""
    from rapidfuzz import fuzz, process  # here: only a typo needs it

    choices: dict[str, str] = {}
    for name, written in spellings.items():
        for spelling in written:
            choices.setdefault(fold(spelling), name)
    found = process.extract(fold(word), list(choices), scorer=fuzz.ratio, limit=None)
    best = max((score for _s, score, _i in found), default=0.0)
    names: list[str] = []
    for spelling, score, _index in sorted(found, key=lambda f: -f[1]):
        name = choices[spelling]
        if score >= 65 and score >= best - 5 and name not in names:
            names.append(name)
    return names[:limit]
