"""Rows written one at a time (`plan batch`): JSON array items, CSV rows, Markdown or fixed-width
rows, each as soon as it is computed. A View would hold every row; memory must not grow with the file."""

from __future__ import annotations

import csv
import json
from typing import IO, Callable, Sequence

from huabei_assist.render.formats import OutputFormat

PLAIN_WIDTH = 12  # fits 'installment', dates and amounts up to 99,999,999.99


def row_writer(out: IO[str], headers: list[str], form: OutputFormat, cells: Callable[[dict], list[str]],
               text_columns: Sequence[int]):
    """A generator that takes records with send() and writes each at once; close() finishes the document.
    JSON writes the record; the other forms its `cells` (text_columns: those that hold text)."""
    if form is OutputFormat.JSON:
        out.write("[")
        count = 0
        try:
            while True:
                record = yield
                out.write(("," if count else "") + "\n  " + json.dumps(record, ensure_ascii=False))
                count += 1
        finally:
            out.write("\n]\n" if count else "]\n")
    elif form is OutputFormat.CSV:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        from huabei_assist.escape import csv_cell

        # The other cells are numbers, dates, booleans or empty, made by the engine: csv_cell leaves
        # those as they are, so only the text cells go through it (a batch writes 15 a row).
        while True:
            row = cells((yield))
            for index in text_columns:
                row[index] = csv_cell(row[index])
            writer.writerow(row)
    elif form is OutputFormat.MARKDOWN:
        out.write("| " + " | ".join(headers) + " |\n|" + "|".join("---" for _ in headers) + "|\n")
        while True:
            out.write("| " + " | ".join(cells((yield))) + " |\n")
    else:
        from huabei_assist.render.width import cell_width, pad

        widths = [max(cell_width(h), PLAIN_WIDTH) for h in headers]
        out.write("  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        while True:
            row = cells((yield))
            out.write("  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() + "\n")
