"""ISO code lists the whole bot checks user input against: languages and countries.

They live with the knowledge library (:mod:`knowledge.codes`), which validates entries against
them and imports nothing from the bot; this module is where the rest of the bot finds them.
"""

from __future__ import annotations

from knowledge.codes import COUNTRIES, COUNTRY_HINTS, LANGUAGES

#: The countries a person, a mentor or a room can be in: the codes less ``EU``, which entries
#: and networks use for the whole Union.
PLACES = COUNTRIES - {"EU"}

__all__ = ["COUNTRIES", "COUNTRY_HINTS", "LANGUAGES", "PLACES"]
