"""Mentor and peer-expert matching: the pure core (no database, no chat, no clock).

``rank`` scores and orders the candidates for one need; ``assign`` matches a batch of needs
optimally under every candidate's capacity, ``greedy`` is its first-come baseline. The store
turns rows into ``Candidate`` and ``Need`` snapshots; the chat layer turns ``Scored`` and
``Reason`` values into translated text. See ``scoring`` for the rules and the score.

The capability around it: ``tables`` (schema), ``queries`` (rows to snapshots), ``service``
(the flow: profiles, requests, proposals, deadlines, batch runs, personal data), ``fields``
(checking what users type) and ``chat`` (commands, jobs, ``vetbot match``), whose ``setup``
and ``add_cli`` this package exposes.
"""

from bot.capabilities.mentoring.assignment import assign, greedy
from bot.capabilities.mentoring.chat import add_cli, setup
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
    "add_cli",
    "assign",
    "greedy",
    "rank",
    "setup",
]
