"""Scheduled discussion prompts and e-conference series.

``schedule`` (when a prompt posts; with ``recurrence``, ``wallclock`` and ``inputs``),
``models`` (the tables), ``engine`` (APScheduler jobs and exactly-once delivery, with
``deliveries``), ``threads`` (reply counts and participation summaries), ``commands``
(``!prompt``), ``series`` (``!series``) and ``bookends`` (a series' opening and closing),
``options`` and ``targets`` (reading what coordinators type), ``privacy`` (export and erasure
of an author's data). ``setup`` wires them into the runtime.
"""

from __future__ import annotations

from bot.runtime import Runtime


def setup(runtime: Runtime) -> None:
    """Register the commands, the engine (start/stop hooks) and the thread-reply listener."""
    from bot.capabilities.privacy import personal_data
    from bot.capabilities.prompts import commands, privacy, series
    from bot.capabilities.prompts.engine import PromptEngine

    engine = runtime.provide(PromptEngine(runtime))
    runtime.on_start("prompts", engine.start)
    runtime.on_stop("prompts", engine.stop)
    runtime.listen(engine.threads.on_message)
    commands.setup(runtime)
    series.setup(runtime)
    # Authorship and thread replies are kept by platform account as well as by person.
    personal_data(runtime).register_accounts(
        "prompts",
        export=privacy.personal_data,
        erase=privacy.forget,
        description="prompts.privacy_what",
    )
