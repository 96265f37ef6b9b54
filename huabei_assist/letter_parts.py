"""A filled letter's structure, for writers that are not Markdown (the guide's HTML, the .docx).

The templates use a small part of Markdown: `# title`, `## heading`, numbered items, one table,
paragraphs. Each piece of text is split into runs, a blank to fill (【请填写:…】) being its own
run, so a writer can highlight it. Text stays as it is: each writer escapes for its own format.
"""

from __future__ import annotations

import re

from huabei_assist.knowledge.letters_schema import BLANK_CLOSE, BLANK_OPEN
from huabei_assist.named_tuple import NamedTuple

_BLANK = re.compile("(" + re.escape(BLANK_OPEN) + ".+?" + re.escape(BLANK_CLOSE) + ")")
_ITEM = re.compile(r"(\d+)\.\s+(.*)")
_RULE = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?")


class Run(NamedTuple):
    text: str
    blank: bool  # a 【请填写:…】 the user fills in by hand


class Part(NamedTuple):
    kind: str  # title | heading | item | para | table
    runs: tuple[Run, ...] = ()  # title, heading, item, para
    number: str = ""  # item: its number as written
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = ()  # table: the header row first


def runs(text: str) -> tuple[Run, ...]:
    return tuple(Run(piece, bool(_BLANK.fullmatch(piece))) for piece in _BLANK.split(text) if piece)


def parts(text: str) -> list[Part]:
    found: list[Part] = []
    table: list[tuple[tuple[Run, ...], ...]] = []
    for line in [*text.split("\n"), ""]:
        line = line.strip()
        if line.startswith("|"):
            if not _RULE.fullmatch(line):
                table.append(tuple(runs(cell.strip()) for cell in line.strip("|").split("|")))
            continue
        if table:
            found.append(Part("table", rows=tuple(table)))
            table = []
        if not line:
            continue
        if line.startswith("## "):
            found.append(Part("heading", runs(line[3:])))
        elif line.startswith("# "):
            found.append(Part("title", runs(line[2:])))
        elif match := _ITEM.fullmatch(line):
            found.append(Part("item", runs(match.group(2)), number=match.group(1)))
        else:
            found.append(Part("para", runs(line)))
    return found
