"""--format markdown|csv, rendered with tabulate (Markdown) and the csv module."""

from __future__ import annotations

import csv
import io
import re

from huabei_assist.errors import InputError
from huabei_assist.render.view import KeyValues, Notes, Picture, Table, View


def to_markdown(view: View) -> str:
    from tabulate import tabulate

    out = [f"# {view.title}"]
    for block in view.blocks:
        out.append("")
        if block.title:
            out += [f"## {block.title}", ""]
        if isinstance(block, KeyValues):
            out.append(tabulate(block.rows, headers=["", ""], tablefmt="github", disable_numparse=True))
        elif isinstance(block, Table):
            out.append(tabulate(block.rows, headers=block.headers, tablefmt="github", disable_numparse=True))
        elif isinstance(block, Picture):
            out += ["```", *block.lines, "```"]
        elif isinstance(block, Notes):
            out += [f"- {item}" for item in block.items]
    return "\n".join(out) + "\n"


# "19,500.00" as people read it; CSV is for scripts, which want 19500.00.
_GROUPED_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def to_csv(view: View) -> str:
    table = view.primary_table()
    if table is None:
        raise InputError("common.no_table_for_csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.headers)
    writer.writerows([_machine(cell) for cell in row] for row in table.rows)
    return buffer.getvalue()


def _machine(cell: str) -> str:
    return cell.replace(",", "") if _GROUPED_NUMBER.fullmatch(cell) else cell
