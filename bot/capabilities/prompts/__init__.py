"""Scheduled discussion prompts and e-conference series.

* :mod:`.schedule` — when a prompt posts (with :mod:`.recurrence`, :mod:`.wallclock` and
  :mod:`.inputs`), pure; :mod:`.targets` — the rooms it posts in; :mod:`.values` — what the
  services take and return;
* :mod:`.models` — the tables; :mod:`.queries`, :mod:`.skips` and :mod:`.bookends` (a series'
  opening and closing) — what the services read and write there; :mod:`.privacy` — export
  and erasure of an author's data;
* :mod:`.service` (``!prompt``'s operations) and :mod:`.series_service` (``!series``') — one
  transaction per operation, outcomes as values, refusals as keyed errors;
* :mod:`.engine` — APScheduler jobs and exactly-once delivery (with :mod:`.deliveries`), and
  :mod:`.threads` — reply counts and participation summaries;
* :mod:`.chat` and :mod:`.series_chat` (with :mod:`.options`, reading what coordinators type)
  — the commands, in the reader's language;
* :func:`setup` here wires them into the runtime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from bot.capabilities.privacy import personal_data
from bot.capabilities.prompts.commands import prompt_command, series_command
from bot.cluster import PROMPTS_CHANGED
from bot.lazy import Later, imported, once
from bot.runtime import Runtime

if TYPE_CHECKING:
    from bot.actions import Action
    from bot.capabilities.prompts.chat import PromptChat
    from bot.capabilities.prompts.engine import PromptEngine
    from bot.capabilities.prompts.series_chat import SeriesChat
    from bot.capabilities.prompts.series_service import SeriesService
    from bot.capabilities.prompts.service import PromptService
    from bot.events import Message
    from bot.lazy import Handler

#: The services, by the import path of their class (built when first asked for: the engine
#: brings APScheduler).
ENGINE: Final = "bot.capabilities.prompts.engine.PromptEngine"
PROMPTS: Final = "bot.capabilities.prompts.service.PromptService"
SERIES: Final = "bot.capabilities.prompts.series_service.SeriesService"


def setup(runtime: Runtime) -> None:
    """Register the services, the engine (start/stop hooks), the thread-reply listener, the
    commands and the personal data. The services and the commands' code are imported when
    first needed; a running bot builds the engine at start."""

    def engine() -> PromptEngine:
        from bot.capabilities.prompts.engine import PromptEngine

        return runtime.get(PromptEngine)

    def build_engine() -> PromptEngine:
        from bot.capabilities.prompts.engine import PromptEngine

        return PromptEngine(runtime)

    def build_prompts() -> PromptService:
        from bot.capabilities.prompts.service import PromptService

        return PromptService(runtime.store, runtime.clock, engine(), runtime.networks)

    def build_series() -> SeriesService:
        from bot.capabilities.prompts.series_service import SeriesService

        return SeriesService(runtime.store, runtime.clock, engine(), runtime.networks)

    runtime.provide_later(ENGINE, build_engine)
    runtime.provide_later(PROMPTS, build_prompts)
    runtime.provide_later(SERIES, build_series)

    # The running bot plans the prompts' jobs (one replica of a cluster: the leader, see
    # bot.cluster); other runs never start the engine.
    async def start() -> None:
        await engine().start()

    async def stop() -> None:
        if runtime.is_built(ENGINE):
            await engine().stop()

    async def sync() -> None:
        # A prompt scheduled on another replica is planned by the leader at once.
        if runtime.is_built(ENGINE):
            await engine().sync()

    runtime.on_lead("prompts", start, stop)
    runtime.on_notify(PROMPTS_CHANGED, sync)

    async def on_message(message: Message) -> list[Action]:
        # Only a reply in a thread can count (see ThreadSummaries.on_message): other messages
        # need not load the engine.
        if message.thread_id is None or message.is_direct:
            return []
        return await engine().threads.on_message(message)

    runtime.listen(on_message)

    @once
    async def prompt_chat() -> PromptChat:
        from bot.capabilities.prompts.chat import PromptChat
        from bot.capabilities.prompts.service import PromptService

        return PromptChat(runtime.get(PromptService))

    @once
    async def series_chat() -> SeriesChat:
        from bot.capabilities.prompts.series_chat import SeriesChat
        from bot.capabilities.prompts.series_service import SeriesService

        return SeriesChat(runtime.get(SeriesService))

    def prompt_handler(name: str) -> Handler:
        async def load() -> Handler:
            from bot.context import usage_hinted

            return usage_hinted(getattr(await prompt_chat(), name))

        return Later(load)

    def series_handler(name: str) -> Handler:
        async def load() -> Handler:
            from bot.context import usage_hinted

            return usage_hinted(getattr(await series_chat(), name))

        return Later(load)

    runtime.registry.add(prompt_command(prompt_handler))
    runtime.registry.add(series_command(series_handler))
    # Authorship and thread replies are kept by platform account as well as by person.
    personal_data(runtime).register_accounts(
        "prompts",
        export=imported("bot.capabilities.prompts.privacy:personal_data"),
        erase=imported("bot.capabilities.prompts.privacy:forget"),
        description="prompts.privacy_what",
    )
