"""``!help`` and ``!help CMD``: generated from the registry, only what the caller may run, with
the command, subcommand and option words of the reader's language (``!hilfe`` lists
``!werkzeug``, ``!impuls planen``; the English names keep working everywhere)."""

from __future__ import annotations

from bot.commands import Command
from bot.context import Context
from bot.runtime import Runtime


async def _help(ctx: Context) -> None:
    registry = ctx.runtime.registry
    words = [w.lower().removeprefix(ctx.prefix) for w in ctx.args]
    if not words:
        lines = [ctx.t("help.header", name=ctx.runtime.settings.bot.name)]
        staff: list[str] = []
        for cmd in registry:
            if cmd.role <= ctx.role and not cmd.hidden:
                usage = registry.usage(ctx.prefix, (cmd.name,), cmd, ctx.lang)
                lines.append(f"  {usage} — {registry.summary((cmd.name,), cmd, ctx.lang)}")
                # Subcommands only staff may run would otherwise hide under !help CMD.
                staff.extend(
                    ctx.shown(cmd.name, sub.name)
                    for sub in cmd.visible_subcommands(ctx.role)
                    if sub.role > cmd.role
                )
        if staff:
            lines.append(ctx.t("help.staff", role=ctx.role.label, commands=", ".join(staff)))
        lines.append(ctx.t("help.footer"))
        ctx.reply("\n".join(lines))
        return
    command = registry.get(words[0])
    if command is None or command.hidden:
        raise ctx.usage_error("help.unknown", command=words[0][:40])
    path = [command.name]
    for word in words[1:]:
        if command.role > ctx.role:
            break
        sub = registry.subcommand(command, word)
        if sub is None or sub.hidden:
            break
        command = sub
        path.append(sub.name)
    if command.role > ctx.role:
        # Listed commands are no secret; hidden ones stay hidden (above).
        ctx.reply(ctx.t("help.for_role", command=ctx.shown(*path), role=command.role.label))
        return
    ctx.reply(describe(ctx, command, path))


def describe(ctx: Context, command: Command, path: list[str]) -> str:
    """The long help of one command: usage, summary, details, options, subcommands."""
    registry = ctx.runtime.registry
    lines = [
        registry.usage(ctx.prefix, path, command, ctx.lang) if command.handler else ctx.shown(*path)
    ]
    lines.append(registry.summary(path, command, ctx.lang))
    details = registry.details(path, command, ctx.lang)
    if details:
        lines.append(details)
    if command.options:
        lines.append(ctx.t("help.options"))
        for option in command.options:
            shown = registry.option_shown(option.name, ctx.lang)
            lines.append(f"  {shown}: {registry.option_help(path, option, ctx.lang)}")
    subs = command.visible_subcommands(ctx.role)
    if subs:
        lines.append(ctx.t("help.subcommands"))
        for sub in subs:
            usage = registry.usage(ctx.prefix, [*path, sub.name], sub, ctx.lang)
            lines.append(f"  {usage} — {registry.summary([*path, sub.name], sub, ctx.lang)}")
    if command.role.value > 0:
        lines.append(ctx.t("help.role", role=command.role.label))
    return "\n".join(lines)


def setup(runtime: Runtime) -> None:
    runtime.registry.add(
        Command(
            name="help",
            light=True,
            summary="List the commands, or explain one.",
            usage="[COMMAND]",
            argument="command",
            handler=_help,
        )
    )
