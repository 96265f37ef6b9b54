"""Every form output can take, one enumeration. `render.RENDERERS` has a handler for each (a test
checks), so a new form cannot be added without saying how a View becomes it."""

from __future__ import annotations

from enum import Enum


class OutputFormat(str, Enum):
    TABLE = "table"  # Rich at a terminal (colour allowed), else PLAIN
    PLAIN = "plain"  # text without escape codes, wrapped to the window at a terminal
    JSON = "json"  # the View's data, one document (--json)
    MARKDOWN = "markdown"
    CSV = "csv"  # the View's primary table
    ICS = "ics"  # the View's calendar (due dates, checks), for --out FILE.ics
    TEXT = "text"  # the View's document exactly as written (a letter), for --out

    def __str__(self) -> str:
        return self.value
