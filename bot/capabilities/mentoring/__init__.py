"""Mentor and peer-expert matching: the pure core (no database, no chat, no clock).

``rank`` scores and orders the candidates for one need; ``assign`` matches a batch of needs
optimally under every candidate's capacity, ``greedy`` is its first-come baseline. The store
turns rows into ``Candidate`` and ``Need`` snapshots; the chat layer turns ``Scored`` and
``Reason`` values into translated text. See ``scoring`` for the rules and the score.
"""

from bot.capabilities.mentoring.assignment import assign, greedy
from bot.capabilities.mentoring.index import CandidateIndex
from bot.capabilities.mentoring.model import Assignment, Candidate, Need, Reason, Scored
from bot.capabilities.mentoring.scoring import rank

__all__ = [
    "Assignment",
    "Candidate",
    "CandidateIndex",
    "Need",
    "Reason",
    "Scored",
    "assign",
    "greedy",
    "rank",
]
