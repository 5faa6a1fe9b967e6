"""Platform adapters: each translates its platform's events into core events and carries out
the core's actions. Loaded by name from :mod:`bot.app`; the core never imports them."""
