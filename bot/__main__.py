"""``python -m bot`` is ``vetbot``."""

from bot.cli import main

raise SystemExit(main())
