"""What a command shows, independent of how: a title, blocks, and the JSON data.

The same View feeds every format, so the table, the plain text and the JSON never disagree.
"""

from datetime import date
from typing import Callable, Union

from huabei_assist.named_tuple import NamedTuple


class Typed(str):
    """Text a user typed or a file held (a note, a number, an agency, a path), put in a View as it is.
    Every renderer shows text inert (escape.shown); Markdown also escapes a Typed cell's markup
    (escape.markdown), so that a note is never a link, an image or HTML."""

    __slots__ = ()


class Whole(str):
    """A name from data/ (the name of an id: 电话, 账单分期) as a cell or line of a View: no line break
    splits it (render/width.wrap), and a table column is never narrower than it."""

    __slots__ = ()


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
    """Pre-drawn lines of plain characters (a timeline), shown as they are. `narrow`: the same
    picture drawn narrower, for a window its lines do not fit (a phone's terminal): a drawn line
    wrapped like prose is no picture any more."""

    title: str | None
    lines: list[str]
    narrow: list[str] | None = None

    def fitting(self, width: int | None, measure: Callable[[str], int]) -> list[str]:
        """The lines to draw in `width` cells (None: any width), as `measure` counts cells."""
        if width is None or self.narrow is None or all(measure(line) <= width for line in self.lines):
            return self.lines
        return self.narrow


class Notes(NamedTuple):
    title: str | None
    items: list[str]


class Answer(NamedTuple):
    """The answer first: 3-5 short lines (where you stand, what it costs, what to do today, whom to
    call) shown before the details; `--brief` shows only these."""

    lines: list[str]
    title: str | None = None  # no title is drawn; here because the renderers read every block's title


class Footnotes(NamedTuple):
    """The sources of a page, listed once at its end: (mark, text) such as ("[1]", "《征信业管理条例》第25条").
    Table cells carry the mark (views/cite.Footnotes), so the text columns get the width."""

    title: str | None
    items: list[tuple[str, str]]


Block = Union[KeyValues, Table, Picture, Notes, Answer, Footnotes]


class CalendarEvent(NamedTuple):
    uid: str  # stable across runs, e.g. "plan-20000-40-p3@huabei", so re-imports update, not duplicate
    day: date  # an all-day event
    summary: str
    description: str = ""
    remind_days_before: int | None = 1  # None: no alarm


class Calendar(NamedTuple):
    """What --out FILE.ics writes (render/ics.py)."""

    name: str
    events: list[CalendarEvent]


class View(NamedTuple):
    title: str
    blocks: list[Block]
    data: object = None  # the JSON document: dicts, lists, str, int, bool, None, Decimal, date
    calendar: Calendar | None = None  # for --format ics (--out FILE.ics)
    document: str | None = None  # a text kept exactly as written (a letter), for --format text

    def brief(self) -> list[str]:
        """The lines of the answer block (empty when the view has none)."""
        return [line for block in self.blocks if isinstance(block, Answer) for line in block.lines]

    def primary_table(self) -> Table | None:
        tables = [b for b in self.blocks if isinstance(b, Table)]
        return next((b for b in tables if b.primary), tables[0] if tables else None)


def each_text(view: View, change: Callable[[str], str]) -> View:
    """`view` with `change` applied to every piece of text in it (title, block titles, cells, lines, items)."""
    def title(text: str | None) -> str | None:
        return None if text is None else change(text)

    blocks: list[Block] = []
    for block in view.blocks:
        if isinstance(block, KeyValues):
            blocks.append(KeyValues(title(block.title), [(change(a), change(b)) for a, b in block.rows]))
        elif isinstance(block, Table):
            blocks.append(Table(title(block.title), [change(h) for h in block.headers],
                                [[change(cell) for cell in row] for row in block.rows], block.primary))
        elif isinstance(block, Picture):
            blocks.append(Picture(title(block.title), [change(line) for line in block.lines],
                                  None if block.narrow is None else [change(line) for line in block.narrow]))
        elif isinstance(block, Answer):
            blocks.append(Answer([change(line) for line in block.lines]))
        elif isinstance(block, Footnotes):
            blocks.append(Footnotes(title(block.title), [(mark, change(text)) for mark, text in block.items]))
        else:
            blocks.append(Notes(title(block.title), [change(item) for item in block.items]))
    return view._replace(title=change(view.title), blocks=blocks)
