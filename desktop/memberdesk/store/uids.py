"""Time-ordered global ids (UUID version 7, RFC 9562) for records a chain may merge later.

Random (version 4) ids scatter every new sale over the whole of a unique index, so at a
million members each insert reads index pages that are not in the cache. A version 7 id
starts with the creation time in milliseconds: new ids land at the right edge of the index,
next to each other, and old ids are never rewritten.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable

_COUNTER_MAX = 0xFFF  # the 12 bits of rand_a hold a counter within one millisecond


class Uuid7Source:
    """Makes version 7 UUIDs, strictly increasing within one process even when the clock
    steps back (a counter in rand_a, method 1 of RFC 9562 section 6.2)."""

    def __init__(self, clock_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000) -> None:
        self._clock_ms = clock_ms
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def __call__(self) -> uuid.UUID:
        with self._lock:
            ms = self._clock_ms()
            if ms > self._last_ms:
                # start low in the counter's range so a burst in one millisecond has room
                self._counter = secrets.randbits(10)
            else:
                ms = self._last_ms
                self._counter += 1
                if self._counter > _COUNTER_MAX:  # borrow the next millisecond
                    ms += 1
                    self._counter = secrets.randbits(10)
            self._last_ms = ms
            counter = self._counter
        value = (ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | secrets.randbits(62)
        return uuid.UUID(int=value)


uuid7 = Uuid7Source()


def uuid7_time_ms(value: uuid.UUID) -> int:
    """The creation time (Unix milliseconds) written into a version 7 id."""
    return value.int >> 80
