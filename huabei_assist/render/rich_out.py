"""Rich tables for a terminal. Imported only when stdout is a TTY and NO_COLOR is unset.

Rich draws every page, through a few shortcuts that give the same bytes for less work (one print a
page, cells that pad themselves, plain segments for lines that fit): docs/decisions.md "What Rich
costs on a terminal"; tests/test_rich_shortcuts.py and bench/render_golden.py keep the bytes."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions
from rich.cells import cell_len
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.styled import Styled
from rich.table import Table as RichTable
from rich.text import Text

from huabei_assist.escape import shown
from huabei_assist.render.view import Answer, Footnotes, KeyValues, Notes, Picture, Table, View, each_text
from huabei_assist.render.width import cell_width, layout, unbreakable_width, wrap


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

    def lines(self, width: int) -> list[str]:
        lines = self._lines.get(width)
        if lines is None:
            lines = self._lines[width] = wrap(self.text, width)
        return lines

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        for line in self.lines(options.max_width):
            yield Segment(line)
            yield Segment.line()


class _Padded:
    """A cell of a table without padding, with a space each side drawn here in the segments that
    rich.padding.Padding(cell, (0, 1)) draws (so the same bytes), but without a Padding object and
    a second pass over the lines for each cell. A Text label that does not fit (cut with "…") is
    left to Padding."""

    def __init__(self, cell: _Cell | Text) -> None:
        self.cell = cell

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Padding(self.cell, (0, 1)).__rich_measure__(console, options)

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        width, cell = options.max_width - 2, self.cell
        if width < 1:  # Rich draws nothing in no room
            return
        if isinstance(cell, _Cell):
            lines = [Segment.adjust_line_length([Segment(line)], width) for line in cell.lines(width)]
        elif options.justify == "left" and cell_len(cell.plain) <= width and _plain_label(cell):
            lines = [[Segment(cell.plain + " " * (width - cell_len(cell.plain)))]]  # as Text pads itself
        else:
            yield Padding(cell, (0, 1))
            return
        for line in lines:
            yield Segment(" ")
            yield from line
            yield Segment(" ")
            yield Segment.line()


def _plain_label(text: Text) -> bool:
    return not (text.style or text.spans or "\t" in text.plain or "\n" in text.plain)


def _tables(block: Table, width: int) -> list[RichTable]:
    """Widths chosen by width.layout, not by Rich: Rich shrinks the widest columns first and would
    break a date or an amount while a long text column could have given up the room. A table too
    wide for the window comes out as several, each repeating the first column."""
    columns = [[header, *(row[i] for row in block.rows)] for i, header in enumerate(block.headers)]
    tables = []
    for number, (indexes, widths) in enumerate(layout(columns, lambda n: width - (3 * n + 1))):  # borders, padding
        table = RichTable(title=_title(block.title) if number == 0 else None, box=box.ROUNDED, title_justify="left",
                          header_style="bold", padding=0)
        for index, cells in zip(indexes, widths):
            table.add_column(_Padded(_Cell(block.headers[index])), width=cells + 2)
        for row in block.rows:
            table.add_row(*(_Padded(_Cell(row[index])) for index in indexes))
        tables.append(table)
    return tables


def _hanging(items: list[tuple[str, str]]) -> RichTable:
    """Marked items ("•", "[1]") whose wrapped lines start under the text, not under the mark.
    The space after a mark is in its text, not the grid's padding: nothing here is styled, so it
    draws the same characters without a Padding object for each cell."""
    grid = RichTable.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    for mark, text in items:
        grid.add_row(_Plain(f"{mark} "), _Cell(text))
    return grid


class _Plain:
    """Text drawn as one segment when it fits the width: the characters Text(text) draws there,
    without the Text's wrapping, justifying and copying; text that does not fit is that Text."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Text(self.text).__rich_measure__(console, options)

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        if cell_len(self.text) <= options.max_width:
            yield Segment(self.text)
            yield Segment.line()
        else:
            yield Text(self.text)


_VALUE_MIN = 16  # cells a value keeps however long the labels (the narrowest prose column, issue 11)


def _key_values(block: KeyValues, width: int) -> RichTable:
    """Labels on one line each, beside their values; on a window too narrow for the longest label
    and a value column of _VALUE_MIN cells, the labels wrap instead (kept whole, the value column
    was left no room and the values were not drawn at all)."""
    table = RichTable(title=_title(block.title), show_header=False, box=box.SIMPLE, title_justify="left", padding=0)
    longest = max((cell_width(label) for label, _ in block.rows), default=0)
    room = width - 3 - 2 * 2  # the column separator and the edges, each cell's side spaces
    if longest + _VALUE_MIN <= room:
        table.add_column(style="bold cyan", no_wrap=True)
        labels = [_Padded(Text(label)) for label, _ in block.rows]
    else:
        table.add_column(style="bold cyan", max_width=max(room - _VALUE_MIN, room // 2) + 2)
        labels = [_Padded(_Cell(label)) for label, _ in block.rows]
    table.add_column()
    for label, (_, value) in zip(labels, block.rows):
        table.add_row(label, _Padded(_Cell(value)))
    return table


def _heading(text: str) -> Styled:
    return Styled(_Plain(text), "bold")


def _title(text: str | None) -> Text | None:
    """A table's title as Text: a str title would be read as Rich markup ("[bold]...")."""
    return None if text is None else Text(text, style="table.title")


class _Page:
    """The whole view as one renderable, drawn by one Console.print: each print pays for the
    console's size and options, its renderables' collection and a write to the terminal.
    Styled(x, style) draws what print(x, style=style) drew: print rebuilds the line ends unstyled."""

    def __init__(self, view: View, brief: bool) -> None:
        self.view, self.brief = view, brief

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        view, width = self.view, options.max_width
        if self.brief:
            for line in view.brief():
                yield Styled(_Cell(line), "bold")
            return
        yield _heading(view.title)
        for block in view.blocks:
            if isinstance(block, Footnotes) and not block.items:
                continue
            yield Segment.line()
            if isinstance(block, KeyValues):
                yield _key_values(block, width)
            elif isinstance(block, Table):
                for number, table in enumerate(_tables(block, width)):
                    if number:
                        yield Segment.line()
                    yield table
            elif isinstance(block, Answer):
                for line in block.lines:
                    yield Styled(_Cell(line), "bold")
            elif isinstance(block, Footnotes):
                yield _heading(block.title or "")
                yield _hanging(block.items)
            elif isinstance(block, Picture):
                if block.title:
                    yield _heading(block.title)
                for line in block.lines:  # drawn lines stay as they are; a letter's long lines wrap
                    yield Styled(_Plain(line) if cell_width(line) <= width else _Cell(line), "yellow")
            elif isinstance(block, Notes):
                if block.title:
                    yield _heading(block.title)
                yield _hanging([("•", item) for item in block.items])


def print_rich(view: View, console: Console | None = None, *, brief: bool = False) -> None:
    """`brief`: only the answer block's lines (--brief)."""
    # Control characters as escapes (Rich's Text strips a bell or a backspace, not ESC sequences)
    (console or Console()).print(_Page(each_text(view, shown), brief))
