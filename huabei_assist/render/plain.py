"""Plain text with no escape codes: for pipes, files and NO_COLOR."""

from __future__ import annotations

from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View
from huabei_assist.render.width import cell_width, pad


def to_plain(view: View) -> str:
    out = [view.title, "=" * cell_width(view.title)]
    for block in view.blocks:
        out.append("")
        if block.title:
            out.append(f"{block.title}")
            out.append("-" * cell_width(block.title))
        if isinstance(block, KeyValues):
            width = max((cell_width(label) for label, _ in block.rows), default=0)
            out += [f"{pad(label, width)}  {value}" for label, value in block.rows]
        elif isinstance(block, Table):
            out += _table(block)
        elif isinstance(block, Picture):
            out += block.lines
        elif isinstance(block, Notes):
            out += [f"* {item}" for item in block.items]
    return "\n".join(out) + "\n"


def _table(table: Table) -> list[str]:
    rows = [table.headers, *table.rows]
    widths = [max(cell_width(row[i]) for row in rows) for i in range(len(table.headers))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines
