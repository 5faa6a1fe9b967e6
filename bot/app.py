"""The composition root: builds the store, runtime, capabilities, core and adapters.

Adapters are loaded by name: each platform's adapter package declares itself
(:class:`bot.ports.Platform`, found through the adapter registry :mod:`bot.platforms` and
carried by the settings), and its ``create`` is handed :class:`bot.ports.AdapterPorts`: its
own settings and what it uses of the core (the command registry, the completion sources),
never the app or the runtime. The platform library (discord.py, matrix-nio) is imported only
when that platform's adapter is built. The app is the adapters' message handler, and an
adapter that can say where its rooms are becomes its platform's room directory.

Only the command line (:mod:`bot.cli`) imports this module.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from bot.actions import Action, Delivery
from bot.capabilities import setup_all
from bot.cluster import Cluster, Listener, require_postgresql
from bot.core import Core
from bot.errors import ConfigError, StoreError
from bot.events import Message
from bot.observability import Metrics, Unserved, redacted_traceback
from bot.outbox import Relay, collecting
from bot.ports import AdapterPorts, ChatAdapter, Clock, RoomDirectory, SystemClock
from bot.runtime import Runtime
from bot.safety import sanitize_action
from bot.settings import Settings
from bot.store import Store, migrate

log = logging.getLogger(__name__)

#: How often the running bot looks for owed messages written by other processes (or due
#: again after a failed attempt); messages this process writes go out at once.
RELAY_POLL_SECONDS = 2.0


#: Messages handled at once; more wait their turn here. Each holds a database connection while
#: it works (PostgreSQL's pool has ten, see :class:`bot.store.Store`), and a burst larger than
#: the pool would otherwise queue for connections with a timeout, failing some as "something
#: went wrong" on a loaded machine; the outbox, the scheduler and the start-up lookups keep
#: the rest.
HANDLED_AT_ONCE = 6
#: Claims taken ahead of handling (``App.claim``) remembered until the message comes.
CLAIMS_KEPT = 1024

#: At shutdown, how long the outbox's round in hand may take to finish before it is cut off.
FINISH_SECONDS = 10.0


class App:
    """One running bot: the core plus the adapters it serves, and the outbox between them.

    ``interactive`` false: no background work (scheduler, relay, metrics endpoint).
    ``lazy``: a one-shot command (``vetbot say``, ``vetbot knowledge …``): the capabilities'
    start work tied to a service waits for its first use (:meth:`bot.runtime.Runtime.on_start`)
    and, not interactive, no metrics are kept (nothing could serve them).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        interactive: bool = True,
        lazy: bool = False,
    ) -> None:
        self.settings = settings
        self.store = Store(settings.database_url, echo=settings.store.echo)
        # Only an interactive run serves metrics; a lazy (one-shot) run keeps none.
        self.metrics = Unserved() if lazy and not interactive else Metrics()
        self.runtime = Runtime(
            settings=settings,
            store=self.store,
            clock=clock or SystemClock(),
            outbox=self,
            interactive=interactive,
            lazy=lazy,
        )
        setup_all(self.runtime)
        self.core = Core(self.runtime, self.metrics)
        self.adapters: dict[str, ChatAdapter] = {}
        self.relay = Relay(
            store=self.store,
            clock=self.runtime.clock,
            settings=settings,
            perform=self._perform,
            held=self._delivering,
            hooks=self.runtime.delivery_hooks,
            room_reader=self.runtime.room_reader,
        )
        self._relay_task: asyncio.Task[None] | None = None
        self._flushes: set[asyncio.Task[int]] = set()
        self._started = False
        # Messages wait until the start hooks ran (schema migrated, knowledge loaded), so an
        # adapter may connect before the capabilities are ready.
        self._ready = asyncio.Event()
        self._handling = asyncio.Semaphore(HANDLED_AT_ONCE)
        #: With ``[cluster] enabled`` (running bots only): this replica's membership and
        #: leadership; the leader work (``runtime.on_lead``) runs while it leads.
        self.cluster: Cluster | None = None
        if settings.cluster.enabled and interactive:
            self.cluster = Cluster(
                settings, self.store, self.runtime.clock, on_lead=self._lead, on_follow=self._follow
            )
        self._lead_jobs: set[str] = set()
        #: Claims taken ahead of :meth:`handle` (:meth:`claim`), by (platform, claim id).
        #: Bounded: a claim the adapter answered itself (a button of an expired choice) is
        #: never handled.
        self._claimed: OrderedDict[tuple[str, str | None], bool] = OrderedDict()
        self.listener: Listener | None = None
        if self.cluster is not None:
            self.listener = Listener(self.store.url, self.runtime.notify_hooks)

    # --- the message handler adapters call ------------------------------------------------
    async def handle(self, message: Message) -> list[Action]:
        """The core's answer to ``message``, for the adapter that received it to carry out.

        Actions meant for another platform (a proposal to a mentor on Matrix answering a
        command on Discord) go out through the outbox right away instead.
        """
        await self._ready.wait()
        claim = message.claim_id or message.event_id
        # The adapter may have claimed it just before (an interaction, answered once).
        claimed = self._claimed.pop((message.platform, claim), False)
        if (
            not claimed
            and self.cluster is not None
            and claim
            and not await self._take(message.platform, claim)
        ):
            log.debug("message left to another replica", extra={"platform": message.platform})
            return []
        async with self._handling:
            with collecting() as owed:
                actions = await self.core.handle(message)
        keys = self.relay.deliverable(owed)
        if keys:
            # What this message owes others goes out right after the answer: the adapter
            # carries out the answer as soon as this returns.
            task = asyncio.create_task(self._flush(keys))
            self._flushes.add(task)
            task.add_done_callback(self._flushes.discard)
        elsewhere = [a for a in actions if a.platform != message.platform]
        if elsewhere:
            await self.send(elsewhere)
        return [a for a in actions if a.platform == message.platform]

    async def claim(self, platform: str, claim_id: str) -> bool:
        """Whether this replica answers ``claim_id`` (:meth:`bot.ports.MessageHandler.claim`);
        a message carrying it is then handled here without a second claim."""
        if self.cluster is None:
            return True
        # The claims' table is there once the start hooks ran (the schema migrated).
        await self._ready.wait()
        if not await self._take(platform, claim_id):
            log.debug("message left to another replica", extra={"platform": platform})
            return False
        self._claimed[(platform, claim_id)] = True
        while len(self._claimed) > CLAIMS_KEPT:
            self._claimed.popitem(last=False)
        return True

    async def _take(self, platform: str, event_id: str) -> bool:
        """Whether this replica answers the message (the database down: it does, and the
        core says the store failed)."""
        assert self.cluster is not None
        try:
            return await self.cluster.take(platform, event_id)
        except StoreError:
            log.warning(
                "could not claim a message; answering it here", extra={"platform": platform}
            )
            return True

    async def settle(self) -> None:
        """Wait for the deliveries of what the messages handled so far owe."""
        while self._flushes:
            await asyncio.gather(*self._flushes, return_exceptions=True)

    async def _flush(self, keys: list[str]) -> int:
        try:
            return await self.relay.flush(keys)
        except Exception as exc:
            log.error(
                "delivering owed messages failed", extra={"traceback": redacted_traceback(exc)}
            )
            return 0

    # --- sending ----------------------------------------------------------------------------
    def kick(self) -> None:
        """Rows were written to the outbox table: the running relay delivers them now."""
        self.relay.kick()

    async def send(self, actions: Sequence[Action]) -> list[Delivery | None]:
        """Route each action to its platform's adapter; failures are logged, never raised."""
        results: list[Delivery | None] = []
        for action in actions:
            try:
                results.append(await self._perform(action))
            except Exception as exc:
                log.error(
                    "delivery failed",
                    extra={
                        "platform": action.platform,
                        "action": type(action).__name__,
                        "traceback": redacted_traceback(exc),
                    },
                )
                results.append(None)
        return results

    async def _perform(self, action: Action) -> Delivery | None:
        """Carry out one action on its platform (``None``: that platform is not held here)."""
        action = sanitize_action(action)
        adapter = self.adapters.get(action.platform)
        if adapter is None:
            log.warning(
                "no adapter for action; not delivered",
                extra={"platform": action.platform, "action": type(action).__name__},
            )
            return None
        return await adapter.perform(action)

    # --- lifecycle --------------------------------------------------------------------------
    def _delivering(self) -> list[str]:
        """The platforms whose outbox rows this process delivers: those it holds, less any
        whose adapter says another replica delivers them now (``delivers()`` false: a Matrix
        account whose sync another replica holds)."""
        return [name for name, adapter in self.adapters.items() if adapter.delivers()]

    def add_adapter(self, adapter: ChatAdapter) -> None:
        """Serve ``adapter``'s platform: actions for it go to it, and it answers where its
        rooms are when it can (:class:`~bot.ports.RoomDirectory`). Refused at once unless it
        has the whole interface (a subclass of :class:`~bot.ports.ChatAdapter` does)."""
        missing = [n for n in ("delivers", "connected") if not callable(getattr(adapter, n, None))]
        if missing:
            raise TypeError(
                f"{type(adapter).__name__} lacks {', '.join(missing)}: adapters subclass "
                "bot.ports.ChatAdapter"
            )
        self.adapters[adapter.platform] = adapter
        if isinstance(adapter, RoomDirectory):
            self.runtime.rooms[adapter.platform] = adapter

    def ports(self, name: str) -> AdapterPorts:
        """What the adapter of the platform ``name`` is given."""
        configured = self.settings.platform(name)
        if configured is None:
            raise ConfigError(f"unknown adapter {name!r}", key="bot.adapters")
        settings = self.settings
        return AdapterPorts(
            section=configured.section,
            permission_keys=configured.permission_keys,
            bot_name=settings.bot.name,
            prefix=settings.bot.prefix,
            language=settings.bot.language,
            data_dir=settings.data_dir,
            default_room=settings.prompts.default_room,
            commands=self.runtime.registry,
            completions=self.runtime.completions,
            replica=self.cluster,
        )

    def load_adapter(self, name: str) -> ChatAdapter:
        """Build the adapter of the declared platform ``name`` and serve it."""
        ports = self.ports(name)
        configured = self.settings.platform(name)
        assert configured is not None  # ports() refused undeclared platforms
        try:
            adapter = configured.declaration.create(ports)
        except ImportError as exc:
            raise ConfigError(
                f"adapter {name!r} cannot be loaded ({exc}); install vetbot[{name}]",
                key="bot.adapters",
            ) from exc
        self.add_adapter(adapter)
        return adapter

    async def prepare_store(self) -> None:
        """Migrate (or check) the schema as configured."""
        url = self.settings.database_url
        if self.settings.store.auto_migrate:
            await migrate.upgrade_async(url)
        else:
            await asyncio.to_thread(migrate.check_at_head, url)

    async def start(self, *, prepare_store: bool = True) -> None:
        """Prepare the store, run start hooks, start the scheduler (interactive runs only),
        and the leader work: at once, or with ``[cluster] enabled`` while this replica leads."""
        require_postgresql(self.settings)
        if prepare_store:
            await self.prepare_store()
        for name, hook in self.runtime.start_hooks:
            log.debug("start hook", extra={"hook": name})
            await hook()
        if self.runtime.interactive and not self.runtime.scheduler.running:
            self.runtime.scheduler.start()
        if self.runtime.interactive:
            if self.listener is not None:
                await self.listener.start()
            if self.cluster is not None:
                await self.cluster.start()
            elif not self.runtime.leading:
                await self._lead()
        if self.runtime.interactive and self._relay_task is None:
            # What the start hooks owe (catch-up after downtime) goes out before messages are
            # answered; then the relay keeps delivering in the background.
            await self.relay.flush()
            self._relay_task = asyncio.create_task(
                self.relay.run(RELAY_POLL_SECONDS), name="outbox-relay"
            )
        if self.settings.metrics.enabled and self.runtime.interactive:
            metrics = self.settings.metrics
            try:
                self.metrics.serve(
                    metrics.host,
                    metrics.port,
                    readiness=self.readiness,
                    loop=asyncio.get_running_loop(),
                )
            except OSError as exc:
                raise ConfigError(
                    f"cannot listen on {metrics.host}:{metrics.port}: {exc.strerror}",
                    key="metrics.port",
                ) from exc
        self._started = True
        self._ready.set()

    async def readiness(self) -> dict[str, bool]:
        """What ``/readyz`` reports: the store answers, each platform is connected, the
        capabilities' own checks (the lookup index loaded) pass, and the bot has started."""
        checks: dict[str, bool] = {"started": self._started}
        try:
            async with asyncio.timeout(3):
                async with self.store.session() as session:
                    await session.execute(text("SELECT 1"))
            checks["store"] = True
        except (StoreError, TimeoutError):
            checks["store"] = False
        for name, adapter in self.adapters.items():
            checks[f"platform_{name}"] = adapter.connected()
        for name, check in self.runtime.ready_checks:
            checks[name] = bool(check())
        return checks

    async def _lead(self) -> None:
        """Start the leader work (``runtime.on_lead``)."""
        self._lead_jobs = {job.id for job in self.runtime.scheduler.get_jobs()}
        self.runtime.leading = True
        for name, start, _stop in self.runtime.lead_hooks:
            log.debug("lead hook", extra={"hook": name})
            await start()

    async def _follow(self) -> None:
        """Stop the leader work and remove the jobs it added."""
        if not self.runtime.leading:
            return
        self.runtime.leading = False
        for name, _start, stop in reversed(self.runtime.lead_hooks):
            if stop is None:
                continue
            try:
                await stop()
            except Exception:
                log.exception("lead stop hook failed", extra={"hook": name})
        scheduler = self.runtime.scheduler
        for job in scheduler.get_jobs():
            if job.id not in self._lead_jobs:
                with contextlib.suppress(Exception):
                    scheduler.remove_job(job.id)

    async def stop(self) -> None:
        """Stop adapters, hooks, scheduler and store; safe to call more than once.

        A leading replica of a cluster hands leadership over first, then finishes what it is
        sending."""
        if self.listener is not None:
            await self.listener.stop()
        if self.cluster is not None:
            await self.cluster.stop()
        else:
            await self._follow()
        await self.settle()
        if self._relay_task is not None:
            # The round in hand finishes (bounded), so nothing claimed waits for a lease.
            self.relay.finish()
            await asyncio.wait({self._relay_task}, timeout=FINISH_SECONDS)
            self._relay_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._relay_task
            self._relay_task = None
        for adapter in list(self.adapters.values()):
            try:
                await adapter.stop()
            except Exception:
                log.exception("adapter stop failed", extra={"platform": adapter.platform})
        if self.runtime.scheduling:
            self.runtime.scheduler.shutdown(wait=False)
        for name, hook in reversed(self.runtime.stop_hooks):
            try:
                await hook()
            except Exception:
                log.exception("stop hook failed", extra={"hook": name})
        self.metrics.close()
        await self.store.close()
        self._started = False


async def run(settings: Settings, *, no_input: bool = False) -> int:
    """``vetbot run``: serve the configured platforms (or the console) until told to stop."""
    require_postgresql(settings)
    app = App(settings, interactive=True)
    stop = asyncio.Event()
    failed = False
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        # Schema first (fail before connecting), then the platforms, then the capabilities'
        # start hooks: what those send at start (catch-up posts, notices) finds the adapters
        # registered and connected.
        await app.prepare_store()
        names = settings.enabled_adapters
        for name in names:
            app.load_adapter(name)
        # The operator's own platform (the console) reads the keyboard: not with --no-input,
        # and when its input ends, the run ends.
        operated = {name for name in app.adapters if _operated(settings, name)}
        tasks = []
        for name, adapter in app.adapters.items():
            if name in operated and no_input:
                continue
            tasks.append(asyncio.create_task(adapter.start(app), name=f"adapter-{name}"))
        await _wait_ready(app, tasks)
        await app.start(prepare_store=False)
        log.info("vetbot running", extra={"adapters": ",".join(names), "no_input": no_input})
        failed = await _wait_until_done(
            tasks, stop, ends_run=set() if no_input else {f"adapter-{name}" for name in operated}
        )
        for task in tasks:
            if not task.done():
                task.cancel()
        for task in tasks:
            try:
                await task
            except asyncio.CancelledError:
                pass
            except Exception:
                log.exception("adapter failed", extra={"task": task.get_name()})
    finally:
        await app.stop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    log.info("vetbot stopped")
    return 1 if failed else 0


def _operated(settings: Settings, name: str) -> bool:
    configured = settings.platform(name)
    return configured is not None and configured.declaration.operated


async def _wait_ready(app: App, tasks: list[asyncio.Task[None]], within: float = 60.0) -> None:
    """Wait (bounded) until each adapter that can tell says it is connected."""
    for adapter in app.adapters.values():
        wait = getattr(adapter, "wait_ready", None) or getattr(adapter, "wait_until_ready", None)
        if wait is None:
            continue
        ready = asyncio.ensure_future(wait())
        running = [t for t in tasks if t.get_name() == f"adapter-{adapter.platform}"]
        await asyncio.wait({ready, *running}, timeout=within, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
        elif not ready.cancelled() and ready.exception() is None:
            continue
        log.warning(
            "adapter not ready in time; starting anyway", extra={"platform": adapter.platform}
        )


async def _wait_until_done(
    tasks: list[asyncio.Task[None]], stop: asyncio.Event, *, ends_run: set[str]
) -> bool:
    """Wait for a stop signal, a failed adapter, or the end of a task named in ``ends_run``
    (the interactive console, when its input ends); true when an adapter failed."""
    waiter = asyncio.create_task(stop.wait())
    pending: set[asyncio.Future[Any]] = {waiter, *tasks}
    try:
        while True:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if waiter in done:
                return False
            for task in done:
                if task.cancelled():
                    continue
                exc = task.exception()
                if exc is not None:
                    log.error("adapter stopped with an error", exc_info=exc)
                    return True
                if isinstance(task, asyncio.Task) and task.get_name() in ends_run:
                    return False
    finally:
        waiter.cancel()
