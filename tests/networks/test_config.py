"""``[networks.<id>]`` in ``bot.toml``: read, checked, and refused with the key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import load_settings
from tests.networks.netkit import network_settings
from tests.processes import run_vetbot


def test_networks_are_read_with_their_rooms(tmp_path: Path) -> None:
    settings = network_settings(tmp_path)
    assert sorted(settings.networks) == ["AT", "EU", "FR"]
    at = settings.networks["AT"]
    assert (at.country, at.language, at.timezone) == ("AT", "de", "Europe/Vienna")
    assert at.rooms == ("console:at-lounge", "console:at-news")
    assert settings.networks["EU"].european and not at.european


def test_no_networks_section_means_none(tmp_path: Path) -> None:
    assert load_settings(None, {}).networks == {}


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ('[networks."A T"]\nname = "x"\n', "not a network id"),
        ('[networks.AT]\ncountry = "XX"\n', "networks.AT.country"),
        ('[networks.AT]\nrooms = ["general"]\n', "platform:id"),
        ('[networks.AT]\nrooms = ["slack:general"]\n', "unknown platform"),
        ('[networks.AT]\ntimezone = "Vienna"\n', "networks.AT.timezone"),
        ('[networks.AT]\ncolour = "red"\n', "networks.AT.colour"),
    ],
)
def test_bad_network_tables_name_the_key(tmp_path: Path, table: str, named: str) -> None:
    path = tmp_path / "bot.toml"
    path.write_text(table)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, {})
    assert named in str(caught.value) and str(path) in str(caught.value)


def test_a_room_claimed_by_two_networks_exits_2_naming_both(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text(
        '[bot]\ndata_dir = "data"\n[knowledge]\nseed = false\n'
        '[networks.AT]\nrooms = ["matrix:!shared:example.org"]\n'
        '[networks.FR]\nrooms = ["matrix:!shared:example.org"]\n'
    )
    proc = run_vetbot(tmp_path, config, "say", "!help")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "configuration error" in proc.stderr
    assert "AT and FR" in proc.stderr and "matrix:!shared:example.org" in proc.stderr
    assert not (tmp_path / "data" / "vetbot.db").exists()
