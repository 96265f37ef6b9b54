"""What a command shows, independent of how: a title, blocks, and the JSON data.

The same View feeds every format, so the table, the plain text and the JSON never disagree.
"""

from typing import NamedTuple, Union


class KeyValues(NamedTuple):
    """Label/value rows: the summary of a result."""

    title: str | None
    rows: list[tuple[str, str]]


class Table(NamedTuple):
    title: str | None
    headers: list[str]
    rows: list[list[str]]
    primary: bool = False  # the table that --format csv writes


class Picture(NamedTuple):
    """Pre-drawn lines of plain characters (a timeline), shown as they are."""

    title: str | None
    lines: list[str]


class Notes(NamedTuple):
    title: str | None
    items: list[str]


Block = Union[KeyValues, Table, Picture, Notes]


class View(NamedTuple):
    title: str
    blocks: list[Block]
    data: object = None  # the JSON document: dicts, lists, str, int, bool, None, Decimal, date

    def primary_table(self) -> Table | None:
        tables = [b for b in self.blocks if isinstance(b, Table)]
        return next((b for b in tables if b.primary), tables[0] if tables else None)
