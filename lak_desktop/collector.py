"""Python's cycle collector, held back while a job makes many objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def many_objects() -> Iterator[None]:
    """A job that makes tens of thousands of objects without cycles (a national ranking, a
    workbook's cells): the collector would walk them again and again as they grow, and the
    whole heap once they reach its oldest generation. It looks at them once, when the job is
    done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
