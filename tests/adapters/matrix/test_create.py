"""The composition root builds the Matrix adapter from settings given in the environment."""

from __future__ import annotations

from pathlib import Path

from adapters.matrix.adapter import MatrixAdapter
from bot.app import App
from bot.settings import load_settings


def test_environment_settings_enable_and_configure_the_adapter(tmp_path: Path) -> None:
    env = {
        "VETBOT_BOT_DATA_DIR": str(tmp_path),
        "VETBOT_MATRIX_HOMESERVER": "http://127.0.0.1:1",
        "VETBOT_MATRIX_USER_ID": "@vetbot:example.org",
        "VETBOT_MATRIX_PASSWORD": "secret",
        "VETBOT_MATRIX_TRUST": "all",
    }
    settings = load_settings(None, env)
    assert settings.enabled_adapters == ("matrix",)
    app = App(settings, interactive=False)
    adapter = app.load_adapter("matrix")
    assert isinstance(adapter, MatrixAdapter) and app.adapters["matrix"] is adapter
    assert adapter.trust.ignore_unverified
    assert adapter.state.path == tmp_path / "matrix" / "state.json"
