"""Rich tables for a terminal. Imported only when stdout is a TTY and NO_COLOR is unset."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table as RichTable
from rich.text import Text

from huabei_assist.escape import shown
from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View, each_text
from huabei_assist.render.width import cell_width, extents, fair_share, fit_columns, unbreakable_width, wrap


class _Cell:
    """A table cell that Rich sizes but that breaks lines like Chinese text should: between
    characters, never inside a number, date or word, never before closing punctuation
    (render/width.wrap). Rich alone breaks text without spaces at any cell, so "12378" or "21:00"
    came out split over two lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._widths: tuple[int, int] | None = None
        self._lines: dict[int, list[str]] = {}

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        # narrowest: the widest piece that is never broken (a date, an amount, a word). Rich measures
        # a cell several times a table: the widths and the wrapped lines are worked out once.
        if self._widths is None:
            self._widths = unbreakable_width(self.text), cell_width(self.text)
        return Measurement(min(self._widths[0], options.max_width), min(self._widths[1], options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        lines = self._lines.get(options.max_width)
        if lines is None:
            lines = self._lines[options.max_width] = wrap(self.text, options.max_width)
        for line in lines:
            yield Segment(line)
            yield Segment.line()


def _table(block: Table, width: int) -> RichTable:
    """Widths chosen here, not by Rich: Rich shrinks the widest columns first and would break a
    date or an amount while a long text column could have given up the room. When the columns do
    not fit inside a full frame, the outer edges go; then over-long words are cut to a fair share
    (as in plain text); only when not even that fits does Rich lay the table out itself."""
    columns = [[header, *(row[i] for row in block.rows)] for i, header in enumerate(block.headers)]
    natural, narrowest = extents(columns)
    framed = True
    widths = fit_columns(natural, narrowest, width - (3 * len(columns) + 1))  # borders and padding
    if widths is None:
        framed = False
        room = width - (3 * len(columns) - 3)  # inner borders and padding only
        widths = fit_columns(natural, narrowest, room) or fit_columns(natural, fair_share(narrowest, room), room)
    table = RichTable(title=_title(block.title), box=box.ROUNDED, title_justify="left", header_style="bold",
                      show_edge=framed, pad_edge=framed)
    for index, header in enumerate(block.headers):
        table.add_column(_Cell(header), width=widths[index] if widths else None)
    for row in block.rows:
        table.add_row(*(_Cell(cell) for cell in row))
    return table


def _title(text: str | None) -> Text | None:
    """A table's title as Text: a str title would be read as Rich markup ("[bold]...")."""
    return None if text is None else Text(text, style="table.title")


def print_rich(view: View, console: Console | None = None) -> None:
    # Control characters as escapes (Rich's Text strips a bell or a backspace, not ESC sequences)
    view = each_text(view, shown)
    console = console or Console()
    console.print(Text(view.title, style="bold"))
    for block in view.blocks:
        console.print()
        if isinstance(block, KeyValues):
            table = RichTable(title=_title(block.title), show_header=False, box=box.SIMPLE, title_justify="left")
            table.add_column(style="bold cyan", no_wrap=True)
            table.add_column()
            for label, value in block.rows:
                table.add_row(Text(label), _Cell(value))
            console.print(table)
        elif isinstance(block, Table):
            console.print(_table(block, console.width))
        elif isinstance(block, Picture):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for line in block.lines:
                console.print(Text(line, style="yellow"))
        elif isinstance(block, Notes):
            if block.title:
                console.print(Text(block.title, style="bold"))
            for item in block.items:
                console.print(_Cell(f"• {item}"))
