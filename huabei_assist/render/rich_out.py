"""Rich tables for a terminal. Imported only when stdout is a TTY and NO_COLOR is unset.

Rich draws every page, through a few shortcuts that give the same bytes for less work (one print a
page, cells that pad themselves, plain segments for lines that fit): docs/decisions.md "What Rich
costs on a terminal"; tests/test_rich_shortcuts.py and bench/render_golden.py keep the bytes."""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions
from rich.cells import cell_len
from rich.measure import Measurement
from rich.segment import Segment
from rich.styled import Styled
from rich.text import Text

from huabei_assist.escape import shown
from huabei_assist.render.rich_tables import Column, Grid, fit
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

    def segment_lines(self, width: int) -> list[list[str]] | None:
        """The lines __rich_console__ draws, padded to `width` (rich_tables.Grid); None if one is wider."""
        lines = []
        for line in self.lines(width):
            padded = fit(line, width)
            if padded is None:
                return None
            lines.append([padded])
        return lines


class _Padded:
    """A cell of a table without padding, with a space each side drawn here in the segments that
    rich.padding.Padding(cell, (0, 1)) draws (so the same bytes), but without a Padding object and
    a second pass over the lines for each cell. A Text label that does not fit (cut with "…") is
    left to Padding."""

    def __init__(self, cell: _Cell | Text) -> None:
        self.cell = cell

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        # rich.padding.Padding(cell, (0, 1)).__rich_measure__, without importing rich.padding
        if options.max_width - 2 < 1:
            return Measurement(options.max_width, options.max_width)
        narrowest, widest = Measurement.get(console, options, self.cell)
        return Measurement(narrowest + 2, widest + 2).with_maximum(options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        lines = self.segment_lines(options.max_width) if options.justify == "left" else None
        if lines is None:
            from rich.padding import Padding

            yield Padding(self.cell, (0, 1))
            return
        for line in lines:
            yield from map(Segment, line)
            yield Segment.line()

    def segment_lines(self, width: int) -> list[list[str]] | None:
        """Each line as the segments Padding(cell, (0, 1)) draws at `width` (a left-justified column):
        a space, the line padded to the width, a space; None where only Padding draws it right (a
        label cut with "…", a line wider than the room)."""
        room, cell = width - 2, self.cell
        if room < 1:  # Rich draws nothing in no room
            return []
        if isinstance(cell, _Cell):
            lines = []
            for line in cell.lines(room):
                cells = cell_len(line)
                if cells > room:
                    return None
                lines.append([" ", line, " " * (room - cells), " "] if cells < room else [" ", line, " "])
            return lines
        if cell_len(cell.plain) <= room and _plain_label(cell):
            return [[" ", cell.plain + " " * (room - cell_len(cell.plain)), " "]]  # as Text pads itself
        return None


def _plain_label(text: Text) -> bool:
    return not (text.style or text.spans or "\t" in text.plain or "\n" in text.plain)


def _tables(block: Table, width: int) -> list[Grid]:
    """Widths chosen by width.layout, not by Rich: Rich shrinks the widest columns first and would
    break a date or an amount while a long text column could have given up the room. A table too
    wide for the window comes out as several, each repeating the first column."""
    columns = [[header, *(row[i] for row in block.rows)] for i, header in enumerate(block.headers)]
    tables = []
    for number, (indexes, widths) in enumerate(layout(columns, lambda n: width - (3 * n + 1))):  # borders, padding
        tables.append(Grid([Column(_Padded(_Cell(block.headers[index])), width=cells + 2)
                            for index, cells in zip(indexes, widths)],
                           [[_Padded(_Cell(row[index])) for index in indexes] for row in block.rows],
                           box=box.ROUNDED, title=block.title if number == 0 else None, header_style="bold"))
    return tables


def _hanging(items: list[tuple[str, str]]) -> Grid:
    """Marked items ("•", "[1]") whose wrapped lines start under the text, not under the mark.
    The space after a mark is in its text, not the grid's padding: nothing here is styled, so it
    draws the same characters without a Padding object for each cell."""
    return Grid([Column(no_wrap=True), Column()], [[_Plain(f"{mark} "), _Cell(text)] for mark, text in items])


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

    def segment_lines(self, width: int) -> list[list[str]] | None:
        """The one line __rich_console__ draws, padded to `width` (rich_tables.Grid); None if it is wider."""
        line = fit(self.text, width)
        return None if line is None else [[line]]


_VALUE_MIN = 16  # cells a value keeps however long the labels (the narrowest prose column, issue 11)


def _key_values(block: KeyValues, width: int) -> Grid:
    """Labels on one line each, beside their values; on a window too narrow for the longest label
    and a value column of _VALUE_MIN cells, the labels wrap instead (kept whole, the value column
    was left no room and the values were not drawn at all)."""
    longest = max((cell_width(label) for label, _ in block.rows), default=0)
    room = width - 3 - 2 * 2  # the column separator and the edges, each cell's side spaces
    if longest + _VALUE_MIN <= room:
        label_column = Column(style="bold cyan", no_wrap=True)
        labels = [_Padded(Text(label)) for label, _ in block.rows]
    else:
        label_column = Column(style="bold cyan", max_width=max(room - _VALUE_MIN, room // 2) + 2)
        labels = [_Padded(_Cell(label)) for label, _ in block.rows]
    return Grid([label_column, Column()], [[label, _Padded(_Cell(value))] for label, (_, value) in zip(labels, block.rows)],
                box=box.SIMPLE, title=block.title)


def _heading(text: str) -> Styled:
    return Styled(_Plain(text), "bold")


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
                for line in block.fitting(width, cell_width):  # drawn lines stay as they are; a letter's long lines wrap
                    yield Styled(_Plain(line) if cell_width(line) <= width else _Cell(line), "yellow")
            elif isinstance(block, Notes):
                if block.title:
                    yield _heading(block.title)
                yield _hanging([("•", item) for item in block.items])


def print_rich(view: View, console: Console | None = None, *, brief: bool = False) -> None:
    """`brief`: only the answer block's lines (--brief)."""
    # Control characters as escapes (Rich's Text strips a bell or a backspace, not ESC sequences)
    (console or Console()).print(_Page(each_text(view, shown), brief))
