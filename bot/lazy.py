"""Code imported when first needed, so that a run loads only what it uses.

A one-shot run (``vetbot say "!help"``) answers one command: the handlers, services and tables
of the others (the lookup index with NumPy, the matching with SciPy, the prompt scheduler with
APScheduler) need not be imported for it. Capabilities register their commands' metadata at
setup and point at their code with these:

* :class:`Later` — a command handler whose code is loaded on its first call;
* :func:`once` — an async builder run once (the chat object of a capability, built on the
  first command that needs it), whoever asks first;
* :func:`imported` — a function named by import path (``"package.module:name"``), imported
  when first called (personal data exporters, say).
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.context import Context

T = TypeVar("T")
Handler = Callable[["Context"], Awaitable[None]]


class Later:
    """A command handler loaded on its first call: ``load`` imports what the handler needs
    (and may wait for its service to be ready) and returns it."""

    __slots__ = ("_handler", "_load")

    def __init__(self, load: Callable[[], Awaitable[Handler]]) -> None:
        self._load = load
        self._handler: Handler | None = None

    @property
    def loaded(self) -> bool:
        return self._handler is not None

    async def __call__(self, ctx: Context) -> None:
        if self._handler is None:
            self._handler = await self._load()
        await self._handler(ctx)


def once(build: Callable[[], Awaitable[T]]) -> Callable[[], Awaitable[T]]:
    """``build``, run on the first call only; every call (at the same time too) gets its
    result. A failed build is tried again on the next call."""
    done: list[asyncio.Future[T]] = []

    async def get() -> T:
        failed = (
            bool(done) and done[0].done() and (done[0].cancelled() or bool(done[0].exception()))
        )
        if not done or failed:
            done[:] = [asyncio.ensure_future(build())]
        return await asyncio.shield(done[0])

    return get


def resolve(path: str) -> Any:
    """The object ``"package.module:name"`` names, importing its module."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def imported(path: str) -> Callable[..., Any]:
    """The function ``"package.module:name"`` names, imported on its first call."""
    found: list[Callable[..., Any]] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        if not found:
            found.append(resolve(path))
        return found[0](*args, **kwargs)

    call.__qualname__ = call.__name__ = path.rpartition(":")[2]
    return call
