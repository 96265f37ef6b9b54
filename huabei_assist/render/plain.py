"""Plain text with no escape codes: for pipes, files and NO_COLOR.

Piped, each table row stays on one line (for grep and scripts). At a terminal (NO_COLOR, TERM=dumb)
the caller passes the terminal's width and long cells wrap inside their columns, as in the Rich
table, so a line never runs past the edge.
"""

from __future__ import annotations

from huabei_assist.escape import shown
from huabei_assist.render.view import Answer, Footnotes, KeyValues, Notes, Picture, Table, View, each_text
from huabei_assist.render.width import cell_width, layout, pad, wrap

_GAP = "  "  # between columns


def to_plain(view: View, width: int | None = None, *, brief: bool = False) -> str:
    """`brief`: only the answer block's lines (--brief)."""
    view = each_text(view, shown)  # control characters of user text as escapes: inert, one line
    if brief:
        return "\n".join(_lines(view.brief(), width)) + "\n"
    out = _heading(view.title, "=", width)
    for block in view.blocks:
        if isinstance(block, Footnotes) and not block.items:
            continue
        out.append("")
        if isinstance(block, Answer):
            out += _lines(block.lines, width)
            continue
        if block.title:
            out += _heading(block.title, "-", width)
        if isinstance(block, KeyValues):
            out += _table(None, [list(row) for row in block.rows], width)
        elif isinstance(block, Table):
            out += _table(block.headers, block.rows, width)
        elif isinstance(block, Picture):  # drawn lines stay as they are; a letter's long lines wrap
            out += [part for line in block.fitting(width, cell_width)
                    for part in (wrap(line, width) if width and cell_width(line) > width else [line])]
        elif isinstance(block, Notes):
            for item in block.items:
                lines = wrap(item, width - 2) if width else [item]
                out += [("* " if i == 0 else "  ") + line for i, line in enumerate(lines)]
        elif isinstance(block, Footnotes):
            for mark, text in block.items:
                out += _hanging(mark, text, width)
    return "\n".join(out) + "\n"


def _lines(lines: list[str], width: int | None) -> list[str]:
    return [part for line in lines for part in (wrap(line, width) if width else [line])]


def _hanging(mark: str, text: str, width: int | None) -> list[str]:
    """'[1] text', the text's next lines indented under its first: a footnote."""
    indent = cell_width(mark) + 1
    lines = (wrap(text, width - indent) if width else [text]) or [""]
    return [(mark + " " if i == 0 else " " * indent) + line for i, line in enumerate(lines)]


def _heading(title: str, rule: str, width: int | None) -> list[str]:
    """A title underlined; with `width`, wrapped like the cells (a channel's full name can be wider)."""
    lines = (wrap(title, width) if width else []) or [title]
    return [*lines, rule * max(map(cell_width, lines))]


def _table(headers: list[str] | None, rows: list[list[str]], width: int | None) -> list[str]:
    """Columns padded to a common width; with `width`, cells too long for it wrap inside their column."""
    grid = [headers, *rows] if headers else rows
    columns = [list(column) for column in zip(*grid)]
    if not width:  # piped: every column as wide as its widest cell, one line a row
        return _grid(grid, [max(map(cell_width, column)) for column in columns], bool(headers))
    groups = layout(columns, lambda n: width - len(_GAP) * (n - 1), header=bool(headers))
    lines: list[str] = []
    for number, (indexes, widths) in enumerate(groups):
        if number:
            lines.append("")
        lines += _grid([[row[i] for i in indexes] for row in grid], widths, bool(headers))
    return lines


def _grid(grid: list[list[str]], widths: list[int], headers: bool) -> list[str]:
    lines = []
    for index, row in enumerate(grid):
        cells = [wrap(cell, w) or [""] if w < cell_width(cell) else [cell] for cell, w in zip(row, widths)]
        for depth in range(max(map(len, cells))):
            parts = [pad(cell[depth] if depth < len(cell) else "", w) for cell, w in zip(cells, widths)]
            lines.append(_GAP.join(parts).rstrip())
        if headers and index == 0:
            lines.append(_GAP.join("-" * w for w in widths))
    return lines
