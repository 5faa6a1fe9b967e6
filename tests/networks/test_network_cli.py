"""``vetbot network add|edit|list|show``, run as an operator would, and a bot that serves
the stored networks at its next start."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.processes import run_vetbot

CONFIG = (
    '[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n'
    '[networks.AT]\nrooms = ["console:at-lounge"]\ncoordinators = ["console:anna"]\n'
)


def vetbot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "bot.toml"
    if not config.exists():
        config.write_text(CONFIG, encoding="utf-8")
    return run_vetbot(tmp_path, config, *args)


def said(proc: subprocess.CompletedProcess[str]) -> str:
    """What the operator reads on stderr (log lines are JSON)."""
    return "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("{"))


def test_add_show_edit_list_and_a_bot_that_serves_them(tmp_path: Path) -> None:
    added = vetbot(
        tmp_path, "network", "add", "FR", "--name", "Réseau France", "--country", "FR",
        "--room", "console:fr-salon", "--coordinator", "console:claire",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    shown = vetbot(tmp_path, "network", "show", "FR")
    assert "Réseau France" in shown.stdout and "console:fr-salon" in shown.stdout
    edited = vetbot(
        tmp_path, "network", "edit", "FR", "--drop", "console:fr-salon",
        "--room", "console:fr-cafe",
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    listed = vetbot(tmp_path, "network", "list").stdout
    assert "AT:" in listed and "[bot.toml]" in listed and "FR: Réseau France" in listed
    # The stored network is served: its coordinator acts in its rooms, not in AT's.
    ok = vetbot(
        tmp_path, "say", "--as", "claire", "--role", "coordinator", "--room", "fr-cafe",
        "!prompt schedule at: 2027-01-01 10:00; text: Bonjour",
    )  # fmt: skip
    assert "Scheduled prompt 1" in ok.stdout
    refused = vetbot(
        tmp_path, "say", "--as", "claire", "--role", "coordinator", "--room", "fr-cafe",
        "!prompt schedule in: #at-lounge; at: 2027-01-01 10:00; text: Bonjour",
    )  # fmt: skip
    assert "belongs to network AT" in refused.stdout


def test_bad_input_is_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    unknown = vetbot(tmp_path, "network", "show", "XX")
    assert unknown.returncode == 2 and "There is no network 'XX'" in said(unknown)
    assert "Networks: AT" in said(unknown)
    edit_unknown = vetbot(tmp_path, "network", "edit", "XX", "--room", "console:x")
    assert edit_unknown.returncode == 2 and "no network 'XX'" in said(edit_unknown)
    twice = vetbot(tmp_path, "network", "add", "BE", "--room", "console:at-lounge")
    assert twice.returncode == 2
    assert "claimed by two networks, AT and BE" in said(twice)
    bad = vetbot(tmp_path, "network", "add", "B", "--country", "ZZ")
    assert bad.returncode == 2 and "unknown country code 'ZZ'" in said(bad)
    in_file = vetbot(tmp_path, "network", "edit", "AT", "--room", "console:x")
    assert in_file.returncode == 2 and "configured in bot.toml" in said(in_file)
    listed = vetbot(tmp_path, "network", "list").stdout
    assert listed.strip().splitlines() == ["AT: - (-), 1 room or server [bot.toml]"]


def test_a_networks_own_role_rules_are_stored_shown_and_checked(tmp_path: Path) -> None:
    added = vetbot(
        tmp_path, "network", "add", "DE", "--server", "discord:123456789",
        "--coordinator-role", "Koordination", "--coordinator-role", "987654321",
        "--admin-role", "Leitung", "--coordinator-power-level", "40",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    shown = vetbot(tmp_path, "network", "show", "DE").stdout
    assert "Own roles: coordinator Koordination, 987654321; admin Leitung" in shown
    assert "Own power levels: coordinator 40; admin -" in shown
    edited = vetbot(
        tmp_path, "network", "edit", "DE", "--drop", "987654321", "--admin-power-level", "90",
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    shown = vetbot(tmp_path, "network", "show", "DE").stdout
    assert "Own roles: coordinator Koordination; admin Leitung" in shown
    assert "Own power levels: coordinator 40; admin 90" in shown
    # Bad values: exit 2 naming the key, nothing changed.
    above = vetbot(tmp_path, "network", "edit", "DE", "--coordinator-power-level", "95")
    assert above.returncode == 2
    assert "coordinator_power_level: must not be above admin_power_level" in said(above)
    negative = vetbot(tmp_path, "network", "add", "CH", "--admin-power-level", "-5")
    assert negative.returncode == 2 and "admin_power_level: must be a power level" in said(negative)
    blank = vetbot(tmp_path, "network", "add", "CH", "--coordinator-role", " ")
    assert blank.returncode == 2 and "coordinator_roles: ' ' is not a role name" in said(blank)
    word = vetbot(tmp_path, "network", "add", "CH", "--admin-power-level", "high")
    assert word.returncode == 2 and "--admin-power-level" in word.stderr
    assert (
        "Own power levels: coordinator 40; admin 90"
        in vetbot(tmp_path, "network", "show", "DE").stdout
    )
    assert "CH" not in vetbot(tmp_path, "network", "list").stdout
