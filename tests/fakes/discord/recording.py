"""What the fake remembers of the traffic: recorded requests, scripted 429s, and waiting.

Every REST request the bot makes is appended to a ``RequestLog`` once its response is decided,
with the status the fake answered. Tests wait on the log instead of sleeping.
"""

# The waits take a default `timeout` on purpose: a test that forgets to bound a wait must
# fail in seconds, not hang until the CI job is killed.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

RequestMatcher = str | Callable[["RecordedRequest"], bool]
T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordedRequest:
    """One REST request as the fake received it.

    ``path`` is relative to the API base (``/channels/1/messages``, no ``/api/v10``), with
    percent-escapes decoded; ``headers`` has lower-case names; ``json`` is the decoded JSON body
    (for multipart uploads, the ``payload_json`` part), or None without a body; ``files`` names
    the uploaded files; ``status`` is the status code the fake answered with.
    """

    index: int
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    json: Any
    files: tuple[str, ...]
    status: int

    def header(self, name: str) -> str | None:
        """The value of a header, looked up case-insensitively."""
        return self.headers.get(name.lower())

    def matches(self, method: str, matcher: RequestMatcher) -> bool:
        """Whether this request has ``method`` and a path fully matching the regex ``matcher``
        (or satisfies ``matcher`` when it is a predicate)."""
        if self.method != method.upper():
            return False
        if isinstance(matcher, str):
            return re.fullmatch(matcher, self.path) is not None
        return matcher(self)


@dataclass(slots=True, kw_only=True)
class RateLimitRule:
    """A scripted 429: the next ``times`` requests matching ``method`` and ``path_regex``."""

    method: str
    path_regex: str
    times: int
    retry_after: float
    global_: bool

    def applies_to(self, method: str, path: str) -> bool:
        """Whether a request is to be answered by this rule."""
        return (
            self.times > 0
            and method == self.method.upper()
            and re.fullmatch(self.path_regex, path) is not None
        )


class ChangeSignal:
    """Wakes waiters whenever the fake's recorded state changes."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake every current waiter."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, probe: Callable[[], T | None], *, timeout: float, what: str) -> T:
        """Wait until ``probe`` returns something other than None, and return it.

        Raises TimeoutError naming ``what`` after ``timeout`` seconds.
        """
        try:
            async with asyncio.timeout(timeout):
                while True:
                    event = self._event
                    found = probe()
                    if found is not None:
                        return found
                    await event.wait()
        except TimeoutError:
            raise TimeoutError(f"the fake Discord saw no {what} within {timeout} s") from None


class RequestLog:
    """The recorded requests and the scripted rate limits."""

    def __init__(self, signal: ChangeSignal) -> None:
        self._signal = signal
        self._requests: list[RecordedRequest] = []
        self._claimed: set[int] = set()
        self._rate_limits: list[RateLimitRule] = []

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of every recorded request, oldest first."""
        return list(self._requests)

    def record(
        self,
        *,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        json: Any,
        files: tuple[str, ...],
        status: int,
    ) -> RecordedRequest:
        """Append a request and wake waiters."""
        request = RecordedRequest(
            index=len(self._requests),
            method=method,
            path=path,
            query=dict(query),
            headers={name.lower(): value for name, value in headers.items()},
            json=json,
            files=files,
            status=status,
        )
        self._requests.append(request)
        self._signal.notify()
        return request

    async def wait_for(
        self, method: str, matcher: RequestMatcher, *, timeout: float
    ) -> RecordedRequest:
        """The earliest matching request that no earlier ``wait_for`` returned, waiting for it."""

        def probe() -> RecordedRequest | None:
            for request in self._requests:
                if request.index not in self._claimed and request.matches(method, matcher):
                    self._claimed.add(request.index)
                    return request
            return None

        return await self._signal.wait_for(probe, timeout=timeout, what=f"{method} {matcher!r}")

    def add_rate_limit(self, rule: RateLimitRule) -> None:
        """Script a 429 for the next matching requests."""
        self._rate_limits.append(rule)

    def take_rate_limit(self, method: str, path: str) -> RateLimitRule | None:
        """The rule that answers this request with a 429, using up one of its times."""
        for rule in self._rate_limits:
            if rule.applies_to(method, path):
                rule.times -= 1
                return rule
        return None
