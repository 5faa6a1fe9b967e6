"""ISO code lists the whole bot checks user input against: languages and countries.

They live with the knowledge library (:mod:`knowledge.codes`), which validates entries against
them and imports nothing from the bot; this module is where the rest of the bot finds them.
"""

from __future__ import annotations

from knowledge.codes import COUNTRIES, COUNTRY_HINTS, LANGUAGES

__all__ = ["COUNTRIES", "COUNTRY_HINTS", "LANGUAGES"]
