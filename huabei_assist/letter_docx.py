"""A filled letter as a .docx for Word and WPS (python-docx, imported only here).

Title, body (ending with the name and the date), each blank to fill highlighted in yellow, a
line to sign on. Chinese text is
set in a Song typeface through the East Asian font slot, which Word and WPS read for CJK text.
"""

from __future__ import annotations

import io

from huabei_assist.letter_parts import Run, parts
from huabei_assist.letters import FilledLetter

FONT = "宋体"  # SimSun: on every Chinese Windows, mapped by WPS elsewhere
SIGN_LINE = "签名：____________________"  # the body ends with the name and the date; the hand signs here


def docx_bytes(letter: FilledLetter) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)

    def add_runs(paragraph, runs: tuple[Run, ...], bold: bool = False) -> None:
        for run in runs:
            added = paragraph.add_run(run.text)
            added.bold = bold or None
            added.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
            if run.blank:
                added.font.highlight_color = WD_COLOR_INDEX.YELLOW

    for part in parts(letter.text):
        if part.kind == "title":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(paragraph, part.runs, bold=True)
            paragraph.runs[0].font.size = Pt(18)
        elif part.kind == "heading":
            add_runs(document.add_paragraph(), part.runs, bold=True)
        elif part.kind == "item":
            add_runs(document.add_paragraph(f"{part.number}. "), part.runs)
        elif part.kind == "table":
            table = document.add_table(rows=len(part.rows), cols=max(len(row) for row in part.rows))
            table.style = "Table Grid"
            for cells, row in zip(table.rows, part.rows):
                for cell, runs in zip(cells.cells, row):
                    add_runs(cell.paragraphs[0], runs, bold=cells is table.rows[0])
        else:
            add_runs(document.add_paragraph(), part.runs)
    document.add_paragraph()
    document.add_paragraph(SIGN_LINE).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
