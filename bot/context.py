"""What a command handler gets: the message, the caller's role, the parsed command, and the
runtime's services; and how it answers (``reply``, ``dm``, ``post``…), collected as actions.

Texts are taken as written: mentions are neutralised for every action at one place, the end of
``Core.handle`` and ``App.send`` (:func:`bot.safety.sanitize_action`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import wraps
from typing import TYPE_CHECKING

from bot.actions import Action, Attachment, Card, Choice, DirectMessage, Post, React, Reply
from bot.actors import Actor
from bot.commands import CONFIRM_WORD, Command, Invocation
from bot.errors import UsageError
from bot.events import Message
from bot.i18n import t as translate
from bot.messages import Moments, When, fill, moment_text
from bot.networks import Scope
from bot.permissions import Role

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.runtime import Runtime
    from bot.store.models import Person


class Unknown:
    """Not looked up yet (:attr:`Context.sender`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()


@dataclass(slots=True, kw_only=True)
class Context:
    """One command being handled. Handlers read from it and append actions through it."""

    message: Message
    role: Role
    invocation: Invocation
    runtime: Runtime
    lang: str
    #: The reader's IANA time zone (their own, else the bot's); empty: ``[bot] timezone``.
    zone: str = ""
    #: How the caller's platform writes moments itself (Discord's markup), if it does.
    moments: Moments | None = None
    actions: list[Action] = field(default_factory=list)
    #: The caller's person, when this command created it (undone if the command fails).
    created_person_id: int | None = None
    #: The caller's person as looked up for this message (``None``: not stored yet), so a
    #: command asks the database once per message; ``UNKNOWN``: not looked up.
    sender: Person | Unknown | None = field(default_factory=lambda: UNKNOWN)
    #: The command line ended with the confirmation word (commands that cannot be undone).
    confirmed: bool = False

    # --- what was asked -------------------------------------------------------------------
    @property
    def command(self) -> Command:
        return self.invocation.command

    @property
    def text(self) -> str:
        """The positional part of the command line, as typed."""
        return self.invocation.text

    @property
    def args(self) -> tuple[str, ...]:
        return self.invocation.args

    @property
    def options(self) -> Mapping[str, str]:
        return self.invocation.options

    @property
    def prefix(self) -> str:
        return self.runtime.settings.bot.prefix

    @property
    def now(self) -> datetime:
        return self.runtime.clock.now()

    @property
    def user_key(self) -> str:
        return f"{self.message.platform}:{self.message.sender_id}"

    @property
    def reader_zone(self) -> str:
        """The time zone moments are shown in for the caller."""
        return self.zone or self.runtime.settings.bot.timezone

    def t(self, key: str, /, **params: object) -> str:
        """Translate into the caller's language; message values among ``params`` (a
        :class:`~bot.messages.When`, a :class:`~bot.messages.Cmd`, …) are rendered for the
        caller, moments in their time zone."""
        filled = fill(params, self.lang, self.prefix, self.reader_zone, self.moments)
        return translate(key, self.lang, prefix=self.prefix, **filled)

    def when(self, at: datetime, zone: str | None = None) -> str:
        """A moment as the caller reads it: in their language, in ``zone`` (a prompt's
        schedule's) or else theirs, or as their platform writes moments."""
        return moment_text(When(at, zone=zone), self.lang, self.reader_zone, self.moments)

    def actor(self) -> Actor:
        """Who is asking, as services record it."""
        msg = self.message
        return Actor(
            platform=msg.platform,
            user_id=msg.sender_id,
            name=msg.sender_name,
            role=self.role.label,
            scope=self.scope,
        )

    @property
    def scope(self) -> Scope:
        """The networks the caller acts in as a coordinator (:mod:`bot.networks`)."""
        return self.runtime.networks.scope_of(self.message, self.role, self.runtime.settings)

    @property
    def network(self) -> str:
        """The network of the room the command was written in."""
        return self.runtime.networks.of_message(self.message)

    def usage(self) -> str:
        """This command's usage line, in the words of the caller's language."""
        return self.runtime.registry.usage(
            self.prefix, self.invocation.path, self.command, self.lang
        )

    def shown(self, *path: str) -> str:
        """A command as the caller types it in their language, with the prefix
        (``ctx.shown("prompt", "schedule")`` → ``!impuls planen`` for a German reader)."""
        return self.prefix + " ".join(self.runtime.registry.shown(path, self.lang))

    def usage_error(self, key: str, /, **params: object) -> UsageError:
        """A UsageError whose hint is this command's usage line."""
        return UsageError(self.t(key, **params), hint=self.t("core.usage", usage=self.usage()))

    def require_arg(self, name: str) -> str:
        """The positional text, or a usage error naming ``name`` when it is empty."""
        if not self.text.strip():
            raise self.usage_error("core.missing_argument", name=name)
        return self.text.strip()

    def confirmed_or_ask(self) -> bool:
        """For a command that cannot be undone (``Command.confirm``): ``True`` when the line
        was confirmed; otherwise the command's question is the reply, with a button that sends
        the same line confirmed, and ``False``. Handlers call it once their arguments are read,
        so a mistyped line gets its error, not a question."""
        if self.confirmed:
            return True
        key = self.command.confirm or "core.confirm_ask"
        line = " ".join((self.prefix + " ".join(self.invocation.path), self.text.strip()))
        again = f"{line.rstrip()} {CONFIRM_WORD}"
        self.reply(
            self.t(key, command=again),
            choices=[Choice(label=self.t("core.confirm_button"), command=again)],
        )
        return False

    # --- answering ------------------------------------------------------------------------
    def reply(
        self,
        text: str,
        *,
        choices: Sequence[Choice] = (),
        private: bool | None = None,
        is_error: bool = False,
        cards: Sequence[Card] = (),
    ) -> None:
        """Answer in the room/thread the command came from (``cards``: list items after the
        text, see :class:`~bot.actions.Card`)."""
        msg = self.message
        self.actions.append(
            Reply(
                platform=msg.platform,
                room_id=msg.room_id,
                room_name=msg.room_name,
                thread_id=msg.thread_id,
                reply_to=msg.event_id,
                text=text,
                choices=tuple(choices),
                private=self.command.personal if private is None else private,
                is_error=is_error,
                cards=tuple(cards),
            )
        )

    def dm(
        self, text: str, *, choices: Sequence[Choice] = (), attachment: Attachment | None = None
    ) -> None:
        """Send the caller a direct message, with a file when ``attachment`` is given."""
        self.actions.append(
            DirectMessage(
                platform=self.message.platform,
                user_id=self.message.sender_id,
                user_name=self.message.sender_name,
                text=text,
                choices=tuple(choices),
                attachment=attachment,
            )
        )

    def post(
        self,
        room_id: str,
        text: str,
        *,
        thread_title: str | None = None,
        key: str | None = None,
        choices: Sequence[Choice] = (),
    ) -> None:
        self.actions.append(
            Post(
                platform=self.message.platform,
                room_id=room_id,
                text=text,
                thread_title=thread_title,
                key=key,
                choices=tuple(choices),
            )
        )

    def react(self, emoji: str) -> None:
        if self.message.event_id:
            self.actions.append(
                React(
                    platform=self.message.platform,
                    room_id=self.message.room_id,
                    event_id=self.message.event_id,
                    emoji=emoji,
                )
            )

    def extend(self, actions: Sequence[Action]) -> None:
        self.actions.extend(actions)

    # --- who is asking --------------------------------------------------------------------
    async def person(self, *, create: bool) -> Person | None:
        """The caller's stored person; created (with this identity) only when ``create``.

        A person created here is removed again when the command fails before storing anything
        that refers to them (see :meth:`bot.core.Core`), so a failed first command leaves no
        empty person behind.
        """
        from bot.store.people import claim_person, find_person

        msg = self.message
        known = self.sender
        if not create and not isinstance(known, Unknown):
            return known
        async with self.runtime.store.session() as session:
            if not create:
                found = await find_person(session, msg.platform, msg.sender_id)
                self.sender = found
                return found
            person, created = await claim_person(
                session,
                msg.platform,
                msg.sender_id,
                msg.sender_name,
                self.now,
                absent=known is None,
            )
        if created:
            self.created_person_id = person.id
        self.sender = person
        return person

    async def claim(self, session: AsyncSession) -> tuple[int, bool]:
        """The caller's person id, created (with this identity) in the caller's transaction
        if need be, and whether it was: stored with what that transaction stores, or not at
        all, so nothing is left to undo when the command fails."""
        from bot.store.people import claim_person

        msg = self.message
        known = self.sender
        person, created = await claim_person(
            session, msg.platform, msg.sender_id, msg.sender_name, self.now, absent=known is None
        )
        # Whether that transaction commits is not known here: a later lookup reads again.
        self.sender = UNKNOWN
        return person.id, created


def usage_hinted(
    handler: Callable[[Context], Awaitable[None]],
) -> Callable[[Context], Awaitable[None]]:
    """``handler`` with the command's usage line under a keyed usage error of a service that
    brings no hint of its own (as :meth:`Context.usage_error` gives the handlers' own)."""

    @wraps(handler)
    async def run(ctx: Context) -> None:
        try:
            await handler(ctx)
        except UsageError as err:
            if not err.key or err.hint is not None or err.hint_key:
                raise
            hint = ctx.t("core.usage", usage=ctx.usage())
            raise UsageError(key=err.key, params=err.params, hint=hint) from err

    return run
