"""Sign-in throttling: after too many failed logins for one account or from one address, wait.

Failures are counted per key (the account's lower-cased name, and the client's address) in a
sliding window kept in memory: protection against password guessing for a single web process
(several workers or hosts each keep their own count: put a limit at the proxy as well). A
successful login clears its keys.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class LoginThrottle:
    """Counts failed sign-ins per key and says how long a key must wait."""

    def __init__(
        self, max_failures: int, window_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_failures < 1 or window_seconds <= 0:
            raise ValueError("max_failures must be >= 1 and window_seconds > 0")
        self._max = max_failures
        self._window = window_seconds
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, *keys: str) -> int:
        """Whole seconds until any of `keys` may try again (0: now)."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if len(times) >= self._max:
                    wait = max(wait, times[0] + self._window - now)
        return math.ceil(wait)

    def failed(self, *keys: str) -> None:
        """Record one failed sign-in against each key."""
        now = self._clock()
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times

    def succeeded(self, *keys: str) -> None:
        """Forget the failures of `keys` (the right password was given)."""
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    def _recent(self, key: str, now: float) -> deque[float]:
        """The key's failures still inside the window (older ones dropped)."""
        times = self._failures.get(key, deque())
        while times and times[0] <= now - self._window:
            times.popleft()
        if not times:
            self._failures.pop(key, None)
        return times
