"""The tables of a terminal page, drawn here as Rich segments instead of by rich.table.

Why: on a terminal `huabei status` paid ~7 ms to import rich.table (with rich._ratio, fractions
and rich.padding) and more than half of its drawing time to Rich's table layout, although
width.layout has already chosen a bordered table's widths. What is left is borders, side spaces,
styles and Rich's rule for sharing a window between columns, which this module follows for the
cases the pages have (docs/decisions.md "Tables drawn without rich.table").

`Grid.rich_table()` builds the same table with rich.table: it is the reference. Every case not
handled here (no rows, or a window too narrow for Rich's simple rule) is drawn by it, and
tests/test_rich_shortcuts.py draws both at many widths and asserts the same bytes.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.segment import Segment


class Column:
    """What rich.table.Column options the pages use: a header, a style for the cells, no wrapping, a
    fixed width (side spaces counted) or a largest one."""

    __slots__ = ("header", "style", "no_wrap", "width", "max_width")

    def __init__(self, header: Any = "", *, style: str = "", no_wrap: bool = False, width: int | None = None,
                 max_width: int | None = None) -> None:
        self.header, self.style, self.no_wrap, self.width, self.max_width = header, style, no_wrap, width, max_width


class Grid:
    """A table with rich.table.Table's look: `box` (None: a grid without borders or edges), a title
    above it (left, style table.title), a header row when `header_style` is given, no padding (the
    cells draw their own side spaces, rich_out._Padded).

    A cell may offer `segment_lines(width)`: its lines as lists of strings, each line exactly
    `width` cells, or None to be drawn by Rich; any other cell is drawn by Rich (render_lines)."""

    def __init__(self, columns: list[Column], rows: list[list[Any]], *, box: Any = None, title: str | None = None,
                 header_style: str | None = None) -> None:
        self.columns, self.rows, self.box, self.title, self.header_style = columns, rows, box, title, header_style

    def rich_table(self) -> Any:
        """The same table built with rich.table (the reference; imported only when used)."""
        from rich.table import Table
        from rich.text import Text

        table = Table(title=None if self.title is None else Text(self.title, style="table.title"), box=self.box,
                      title_justify="left", show_header=self.header_style is not None,
                      header_style=self.header_style, padding=0, show_edge=self.box is not None)
        for column in self.columns:
            table.add_column(column.header, style=column.style or None, no_wrap=column.no_wrap, width=column.width,
                             max_width=column.max_width)
        for row in self.rows:
            table.add_row(*row)
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        box, headed = self.box, self.header_style is not None
        if box is not None:
            box = box.substitute(options, safe=console.safe_box)
            box = box if headed else box.get_plain_headed_box()
        extra = 0 if box is None else 2 + len(self.columns) - 1  # the edges and the lines between columns
        widths = self._widths(console, options.update_width(options.max_width - extra)) if self.rows else None
        if widths is None:
            yield self.rich_table()
            return
        table_width = sum(widths) + extra
        options = options.update(width=table_width, highlight=False, height=None)
        if self.title is not None:
            yield from _title(console, options, self.title, table_width)
        if box is not None:
            yield Segment(box.get_top(widths))
            yield Segment.line()
        column_styles = [console.get_style(column.style) if column.style else None for column in self.columns]
        header_styles = [console.get_style(self.header_style) if self.header_style else None] * len(self.columns)
        rows = [(True, [column.header for column in self.columns])] if headed else []
        rows += [(False, row) for row in self.rows]
        sides = [("", "", "")] if box is None else [
            (box.head_left, box.head_vertical, box.head_right),
            (box.mid_left, box.mid_vertical, box.mid_right),
            (box.foot_left, box.foot_vertical, box.foot_right),
        ]
        for index, (header, cells) in enumerate(rows):
            styles = header_styles if header else column_styles
            drawn = [self._cell(console, options, cell, width, style, column)
                     for cell, width, style, column in zip(cells, widths, styles, self.columns)]
            height = max(1, *(len(lines) for lines in drawn))
            for lines, width, style in zip(drawn, widths, styles):
                if len(lines) < height:  # a header sits at the bottom of its row, a cell at the top
                    blank = [[Segment(" " * width, style)]] * (height - len(lines))
                    lines[:] = blank + lines if header else lines + blank
            left, divider, right = sides[0 if index == 0 or box is None else (2 if index == len(rows) - 1 else 1)]
            for number in range(height):
                line = [Segment(left)] if left else []
                for column, lines in enumerate(drawn):
                    if column:
                        line.append(Segment(divider))
                    line += lines[number]
                if right:
                    line.append(Segment(right))
                yield from line
                yield Segment.line()
            if box is not None and headed and index == 0:
                yield Segment(box.get_row(widths, "head", edge=True))
                yield Segment.line()
        if box is not None:
            yield Segment(box.get_bottom(widths))
            yield Segment.line()

    def _widths(self, console: Console, options: ConsoleOptions) -> list[int] | None:
        """Rich's widths (Table._calculate_column_widths, not expanded) where its rule is simple: each
        column as wide as its widest cell; when they do not fit, the one column that may wrap gives up
        the excess. None for the rest (Rich draws them)."""
        available = options.max_width
        if available < 1:
            return None
        widths = []
        for index, column in enumerate(self.columns):
            if column.width is not None:
                widths.append(min(column.width, available))
                continue
            cells = [row[index] for row in self.rows]
            if self.header_style is not None:
                cells.append(column.header)
            widest = min(max(Measurement.get(console, options, cell).maximum for cell in cells), available)
            widths.append(min(widest, column.max_width) if column.max_width is not None else widest)
        if 0 in widths:
            return None
        excess = sum(widths) - available
        if excess <= 0:
            return widths
        wrapping = [i for i, column in enumerate(self.columns) if column.width is None and not column.no_wrap]
        if len(wrapping) != 1 or widths[wrapping[0]] <= excess:
            return None
        widths[wrapping[0]] -= excess
        return widths

    @staticmethod
    def _cell(console: Console, options: ConsoleOptions, cell: Any, width: int, style: Any,
              column: Column) -> list[list[Segment]]:
        """The cell's lines, each `width` cells, its style on every segment (as rich.table draws it)."""
        offered = getattr(cell, "segment_lines", None)
        pieces = offered(width) if offered is not None else None
        if pieces is not None:
            return [[Segment(piece, style) for piece in line] for line in pieces]
        cell_options = options.update(width=width, justify="left", no_wrap=column.no_wrap, overflow="ellipsis",
                                      height=None, highlight=False)
        return console.render_lines(cell, cell_options, style=style)


def _title(console: Console, options: ConsoleOptions, title: str, width: int):
    """The title as a Text(title, style="table.title") draws it, left in the table's width: one segment
    when it fits."""
    cells = cell_len(title)
    if cells <= width:
        yield Segment(title + " " * (width - cells), console.get_style("table.title"))
        yield Segment.line()
        return
    from rich.text import Text

    yield from console.render(Text(title, style="table.title"), options.update(justify="left"))


def fit(line: str, width: int) -> str | None:
    """`line` padded with spaces to `width` cells, as Rich pads a cell's line; None when it is wider."""
    cells = cell_len(line)
    return None if cells > width else line + " " * (width - cells)
