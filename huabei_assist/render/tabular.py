"""--format markdown|csv: Markdown tables padded by display width, and the csv module.

Both hold text from users and files: in Markdown every cell is one line whose '|' does not split it,
and a Typed cell (a note, a number, an agency) has its markup escaped; in CSV a text cell that a
spreadsheet would run as a formula is written with a leading quote (escape.csv_cell).
"""

from __future__ import annotations

import csv
import io
import re

from huabei_assist.errors import InputError
from huabei_assist.escape import csv_cell, markdown, markdown_cell, shown
from huabei_assist.render.view import Answer, Footnotes, KeyValues, Notes, Picture, Table, Typed, View, each_text


def _markdown_text(text: str) -> str:
    return markdown(text) if isinstance(text, Typed) else markdown_cell(text)


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    """A GitHub Markdown table whose columns line up on screen in Chinese too: cells are padded by
    display width (a CJK character takes two cells; tabulate counted characters)."""
    from huabei_assist.render.width import cell_width, pad

    widths = [max(3, *(cell_width(cell) for cell in column)) for column in zip(headers, *rows)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(pad(cell, width) for cell, width in zip(cells, widths)) + " |"

    return "\n".join([line(headers), "|" + "|".join("-" * (width + 2) for width in widths) + "|",
                      *(line(row) for row in rows)])


def to_markdown(view: View) -> str:
    escaped = each_text(view, _markdown_text)
    out = [f"# {escaped.title}"]
    for original, block in zip(view.blocks, escaped.blocks):
        if isinstance(block, Footnotes) and not block.items:
            continue
        out.append("")
        if isinstance(block, Answer):
            out += [f"> {line}  " for line in block.lines]
            continue
        if block.title:
            out += [f"## {block.title}", ""]
        if isinstance(block, KeyValues):
            out.append(markdown_table(["", ""], [list(row) for row in block.rows]))
        elif isinstance(block, Table):
            out.append(markdown_table(list(block.headers), [list(row) for row in block.rows]))
        elif isinstance(original, Picture):  # a code block shows its text as it is: only the controls escaped
            out += ["```", *(shown(line) for line in original.lines), "```"]
        elif isinstance(block, Notes):
            out += [f"- {item}" for item in block.items]
        elif isinstance(block, Footnotes):
            out += [f"- {markdown_cell(mark)} {text}" for mark, text in block.items]
    return "\n".join(out) + "\n"


# "19,500.00" as people read it; CSV is for scripts, which want 19500.00.
_GROUPED_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def to_csv(view: View) -> str:
    table = view.primary_table()
    if table is None:
        raise InputError("common.no_table_for_csv")
    table = _sources_column(table, view)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_cell(header) for header in table.headers])
    writer.writerows([csv_cell(cell, number=False) if isinstance(cell, Typed) else csv_cell(_machine(cell))
                      for cell in row] for row in table.rows)
    return buffer.getvalue()


_MARK = re.compile(r" (\[\d+\])$")


def _sources_column(table: Table, view: View) -> Table:
    """A CSV has no page end for footnotes: a cell's " [n]" comes off and what it stands for goes
    into a last column, so each row carries its own source."""
    notes = next((b for b in view.blocks if isinstance(b, Footnotes) and b.items), None)
    if notes is None:
        return table
    meaning = dict(notes.items)
    rows = []
    for row in table.rows:
        cells, sources = [], []
        for cell in row:
            found = None if isinstance(cell, Typed) else _MARK.search(cell)
            if found and found.group(1) in meaning:
                cell = cell[:found.start()]
                sources.append(meaning[found.group(1)])
            cells.append(cell)
        rows.append([*cells, "; ".join(sources)])
    if not any(row[-1] for row in rows):
        return table
    return Table(table.title, [*table.headers, notes.title or ""], rows, table.primary)


def _machine(cell: str) -> str:
    return cell.replace(",", "") if _GROUPED_NUMBER.fullmatch(cell) else cell
