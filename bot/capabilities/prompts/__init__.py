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

from bot.runtime import Runtime


def setup(runtime: Runtime) -> None:
    """Register the services, the engine (start/stop hooks), the thread-reply listener, the
    commands and the personal data."""
    from bot.capabilities.privacy import personal_data
    from bot.capabilities.prompts import privacy
    from bot.capabilities.prompts.chat import PromptChat
    from bot.capabilities.prompts.engine import PromptEngine
    from bot.capabilities.prompts.series_chat import SeriesChat
    from bot.capabilities.prompts.series_service import SeriesService
    from bot.capabilities.prompts.service import PromptService
    from bot.cluster import PROMPTS_CHANGED

    engine = runtime.provide(PromptEngine(runtime))
    # One replica of a cluster plans and posts prompts (see bot.cluster).
    runtime.on_lead("prompts", engine.start, engine.stop)
    # A prompt scheduled on another replica is planned by the leader at once.
    runtime.on_notify(PROMPTS_CHANGED, engine.sync)
    runtime.listen(engine.threads.on_message)
    networks = runtime.networks
    prompts = runtime.provide(PromptService(runtime.store, runtime.clock, engine, networks))
    series = runtime.provide(SeriesService(runtime.store, runtime.clock, engine, networks))
    runtime.registry.add(PromptChat(prompts).command())
    runtime.registry.add(SeriesChat(series).command())
    # Authorship and thread replies are kept by platform account as well as by person.
    personal_data(runtime).register_accounts(
        "prompts",
        export=privacy.personal_data,
        erase=privacy.forget,
        description="prompts.privacy_what",
    )
