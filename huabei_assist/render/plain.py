"""Plain text with no escape codes: for pipes, files and NO_COLOR.

Piped, each table row stays on one line (for grep and scripts). At a terminal (NO_COLOR, TERM=dumb)
the caller passes the terminal's width and long cells wrap inside their columns, as in the Rich
table, so a line never runs past the edge.
"""

from __future__ import annotations

from huabei_assist.escape import shown
from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View, each_text
from huabei_assist.render.width import cell_width, extents, fair_share, fit_columns, pad, wrap

_GAP = "  "  # between columns


def to_plain(view: View, width: int | None = None) -> str:
    view = each_text(view, shown)  # control characters of user text as escapes: inert, one line
    out = _heading(view.title, "=", width)
    for block in view.blocks:
        out.append("")
        if block.title:
            out += _heading(block.title, "-", width)
        if isinstance(block, KeyValues):
            out += _table(None, [list(row) for row in block.rows], width)
        elif isinstance(block, Table):
            out += _table(block.headers, block.rows, width)
        elif isinstance(block, Picture):
            out += block.lines
        elif isinstance(block, Notes):
            for item in block.items:
                lines = wrap(item, width - 2) if width else [item]
                out += [("* " if i == 0 else "  ") + line for i, line in enumerate(lines)]
    return "\n".join(out) + "\n"


def _heading(title: str, rule: str, width: int | None) -> list[str]:
    """A title underlined; with `width`, wrapped like the cells (a channel's full name can be wider)."""
    lines = (wrap(title, width) if width else []) or [title]
    return [*lines, rule * max(map(cell_width, lines))]


def _table(headers: list[str] | None, rows: list[list[str]], width: int | None) -> list[str]:
    """Columns padded to a common width; with `width`, cells too long for it wrap inside their column."""
    grid = [headers, *rows] if headers else rows
    columns = list(zip(*grid))
    if not width:  # piped: every column as wide as its widest cell
        widths = [max(map(cell_width, column)) for column in columns]
    else:
        natural, narrowest = extents(columns)
        room = width - len(_GAP) * (len(columns) - 1)
        # rows stay whole, past the edge, only when not even a fair share of each column fits
        widths = (fit_columns(natural, narrowest, room) or fit_columns(natural, fair_share(narrowest, room), room)
                  or natural)
    lines = []
    for index, row in enumerate(grid):
        cells = [wrap(cell, w) or [""] if w < cell_width(cell) else [cell] for cell, w in zip(row, widths)]
        for depth in range(max(map(len, cells))):
            parts = [pad(cell[depth] if depth < len(cell) else "", w) for cell, w in zip(cells, widths)]
            lines.append(_GAP.join(parts).rstrip())
        if headers and index == 0:
            lines.append(_GAP.join("-" * w for w in widths))
    return lines
