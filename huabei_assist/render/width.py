"""Display width of text in a terminal (CJK characters take two cells), and wrapping by that width."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Callable

from huabei_assist.render.view import Whole

# Chinese line-breaking rules (禁则): these never start a line, and these never end one.
_NO_LINE_START = frozenset("，。、；：？！）」』》〉】〕”’…,.;:?!)]}%")
_NO_LINE_END = frozenset("（「『《〈【〔“‘([{")
_WHOLE_NOTE = 24  # cells: a [bracketed note] up to this wide is never split
_EVEN = 16  # cells every table column may take before the longest ones get the rest
_SPACES = re.compile(r"(\s+)")  # \s is str.isspace(), as in _tokens
# WORD JOINER (Unicode's "no line break here", zero cells): between the characters of a name that a
# line must not split, for text that reaches a wrapper only (help pages); wrap() removes it.
NO_BREAK = "\u2060"
PROSE = 16  # cells: a column whose text has to wrap never gets fewer (one character a line otherwise)
_SHORT_HEADER = 8  # cells: a header this short ("期数", "Periods") is never broken


@lru_cache(maxsize=8192)  # the same cells and words are measured many times a table
def cell_width(text: str) -> int:
    if text.isascii():  # every ASCII character takes one cell: most cells of an English table
        return len(text)
    return sum(2 if _east_asian_width(ch) in _WIDE else 1 for ch in text) - text.count(NO_BREAK)


def kept_whole(name: str) -> str:
    """`name` with NO_BREAK between its characters: wrap() breaks around it, never inside (a
    Chinese name from data/ in a help page's list: "威↵胁" was printed)."""
    return NO_BREAK.join(name)


def pad(text: str, width: int) -> str:
    return text + " " * (width - cell_width(text))


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` cells. Breaks at spaces or between two CJK characters, never inside
    a Latin word or number that fits on a line, never before closing or after opening punctuation,
    never at a NO_BREAK (which the lines do not keep) nor inside a `Whole` text (a name from data/).
    textwrap counts characters, so CJK lines came out twice as wide as the terminal."""
    width = max(width, 1)  # callers take margins off tiny terminals: still one cell a line
    lines: list[list[str]] = [[]]
    used = 0
    for token in _tokens(text):
        line = lines[-1]
        if token == " ":
            if line:  # kept only between words; a line break swallows it
                line.append(token)
                used += 1
            continue
        size = cell_width(token)
        if line and used + size > width:
            line = _carried(line, token)
            lines.append(line)
            used = cell_width("".join(line))
        if line and size > width - used:  # not even after what was carried: a line of its own
            line = []
            lines.append(line)
            used = 0
        if size > width:  # longer than a whole line: cut it, as a last resort
            *full, token = _cut(token, width)
            for piece in full:
                line.append(piece)
                line = []
                lines.append(line)
            size = cell_width(token)
        line.append(token)
        used += size
    return ["".join(line).rstrip() for line in lines if "".join(line).strip()]


def unbreakable_width(text: str) -> int:
    """The narrowest `wrap` can make `text` without cutting a word: its widest word, number or character."""
    return max((cell_width(token) for token in _tokens(text) if token != " "), default=0)


def extents(columns: Sequence[Sequence[str]]) -> tuple[list[int], list[int]]:
    """Each column's natural width (its widest cell) and narrowest (its widest unbreakable piece)."""
    return ([max(map(cell_width, column)) for column in columns],
            [max(map(unbreakable_width, column)) for column in columns])


def fit_columns(natural: list[int], narrowest: list[int], room: int) -> list[int] | None:
    """Column widths that fit in `room` cells, each at least its narrowest (so no date, amount or
    word is broken) and at most its natural width; None when even the narrowest do not fit.

    First every column grows evenly, one cell at a time, up to _EVEN cells, so short columns (a
    basis label, a date, an amount) come out whole; the room left then goes to the columns that
    want more, in proportion to how much more, so the longest text gets the most."""
    if sum(narrowest) > room:
        return None

    def at(level: int) -> list[int]:
        return [min(n, max(m, level)) for n, m in zip(natural, narrowest)]

    level = min(max(natural, default=0), _EVEN)
    while sum(at(level)) > room:
        level -= 1
    widths = at(level)
    wants = [n - w for n, w in zip(natural, widths)]
    spare = room - sum(widths)
    if spare >= sum(wants):
        return list(natural)
    shares = [spare * want / sum(wants) for want in wants]
    widths = [w + int(share) for w, share in zip(widths, shares)]
    # cells lost to rounding down go to the columns that lost the most
    for index in sorted(range(len(widths)), key=lambda i: int(shares[i]) - shares[i])[:room - sum(widths)]:
        widths[index] += 1
    return widths


def layout(columns: list[list[str]], room: Callable[[int], int], *, header: bool = True
           ) -> list[tuple[list[int], list[int]]]:
    """How a table's columns (each a list of cells, the header first when `header`) fit in a window:
    a list of (column indexes, widths), one per table to draw; `room(n)` is the cells n columns
    get once borders and gaps are taken off. No column is narrower than its widest unbreakable piece
    (a date, an amount, a word), and a column whose text wraps gets at least PROSE cells. When the
    whole table cannot have that, its columns are split into tables that each repeat the first
    column (what names the row), rather than printing "2,050.↵00" or a header one character a line.
    When not even that fits, one table with over-long words cut to a fair share (a run of URLs),
    then with every column at its narrowest; only then do rows run past the edge."""
    natural, narrowest = extents(columns)
    body = [column[1:] if header else column for column in columns]
    need = [max(low, min(max(map(cell_width, cells), default=0), PROSE)) for low, cells in zip(narrowest, body)]
    if header:
        need = [max(n, min(cell_width(column[0]), _SHORT_HEADER)) for n, column in zip(need, columns)]
    everything = list(range(len(columns)))
    whole = fit_columns(natural, need, room(len(columns)))
    if whole is not None:
        return [(everything, whole)]
    split = _split(natural, need, room) if len(columns) > 2 else None
    if split is not None:
        return split
    space = room(len(columns))
    return [(everything, fit_columns(natural, fair_share(need, space), space) or fit_columns(natural, narrowest, space)
             or fit_columns(natural, fair_share(narrowest, space), space) or natural)]


def _split(natural: list[int], need: list[int], room: Callable[[int], int]) -> list[tuple[list[int], list[int]]] | None:
    """The columns in tables that each repeat the first and fit; None when [first, one other] does not."""
    groups: list[list[int]] = []
    group = [0]
    for index in range(1, len(need)):
        if len(group) > 1 and sum(need[i] for i in (*group, index)) > room(len(group) + 1):
            groups.append(group)
            group = [0]
        group.append(index)
    groups.append(group)
    found = []
    for group in groups:
        wide, low, space = [natural[i] for i in group], [need[i] for i in group], room(len(group))
        # a word wider than the row (a run of URLs) is cut to an even share, as a last resort
        widths = fit_columns(wide, low, space) or fit_columns(wide, fair_share(low, space), space)
        if widths is None:
            return None
        found.append((group, widths))
    return found


def fair_share(narrowest: list[int], room: int) -> list[int]:
    """The narrowest widths with any word wider than an even share of `room` (a run of URLs) to
    be cut down to that share: for when the narrowest do not fit, rather than running past the edge."""
    share = max(room // max(len(narrowest), 1), 1)
    return [min(width, share) for width in narrowest]


_WIDE = ("W", "F")
_east_asian_width = unicodedata.east_asian_width


def _cells(ch: str) -> int:
    return 2 if _east_asian_width(ch) in _WIDE else 1


def _tokens(text: str) -> tuple[str, ...]:
    """What wrap() keeps together: a Whole text (a name from data/) is one piece; see _pieces."""
    return (str(text),) if isinstance(text, Whole) else _pieces(text)


@lru_cache(maxsize=4096)  # a table measures and wraps the same cells several times
def _pieces(text: str) -> tuple[str, ...]:
    """A space (for any run of whitespace), a short [bracketed note] such as click's "[默认：10]", a run
    of narrow characters (a word, a number, '--days'), or one wide character; characters joined by
    NO_BREAK are one piece, without it."""
    if text.isascii() and "[" not in text:  # no wide character, no note: words between spaces
        return tuple(" " if part.isspace() else part for part in _SPACES.split(text) if part)
    if not text.isascii():
        text = _names_joined(text)
    tokens: list[str] = []
    last = None  # the kind of tokens[-1]
    joined = False  # a NO_BREAK came before this character
    index = 0
    while index < len(text):
        ch = text[index]
        # a note kept whole is at most _WHOLE_NOTE cells, so its "]" is never further than that
        close = text.find("]", index, index + _WHOLE_NOTE) if ch == "[" else -1
        if close != -1 and last in (None, "space"):
            note = text[index:close + 1]
            if not any(c.isspace() for c in note) and cell_width(note) <= _WHOLE_NOTE:
                tokens.append(note)  # a line break inside would end up inside a line
                last, joined = "narrow", False  # what follows a note without a space joins it, as "[" is narrow
                index = close + 1
                continue
        kind = "space" if ch.isspace() else "wide" if _east_asian_width(ch) in _WIDE else "narrow"
        if ch == NO_BREAK:  # the next character joins the piece before it
            joined = True
            index += 1
            continue
        if joined and kind != "space" and tokens and tokens[-1] != " ":
            tokens[-1] += ch
        elif kind == "space":
            if last != "space":
                tokens.append(" ")
        elif kind == "narrow" and last == "narrow":
            tokens[-1] += ch
        else:
            tokens.append(ch)
        last, joined = kind, False
        index += 1
    return tuple(tokens)


def _names_joined(text: str) -> str:
    """`text` with NO_BREAK between the characters of each name from data/ in it (the longest one
    where names overlap): a name inside a sentence ("须与花呗协商") is kept whole as a Whole cell is."""
    starts = _name_starts()
    firsts = starts.keys() & set(text)  # in C: most texts hold few of the characters names start with
    if not firsts:
        return text
    at_least = 0  # where the text is not yet part of a joined name
    joined: list[str] = []
    for at in sorted(at for first in firsts for at in _places(text, first)):
        name = at >= at_least and next((name for name in starts[text[at]] if text.startswith(name, at)), None)
        if name:
            joined += [text[at_least:at], kept_whole(name)]
            at_least = at + len(name)
    joined.append(text[at_least:])
    return "".join(joined)


def _places(text: str, character: str):
    at = text.find(character)
    while at >= 0:
        yield at
        at = text.find(character, at + 1)


@lru_cache(maxsize=1)
def _name_starts() -> dict[str, tuple[str, ...]]:
    """The Chinese words of the names of every list in data/ (knowledge/choices.kept_names), by
    their first character, the longest first. Loaded at the first wrap of wide text: only output
    drawn for a window (a terminal, a help page) pays for it, one small cached file."""
    from huabei_assist.errors import DataFileError
    from huabei_assist.knowledge.choices import kept_names

    try:
        words = kept_names().words
    except DataFileError:  # a broken data/ is reported by what reads it; lines then break as prose
        return {}
    starts: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        starts.setdefault(word[0], []).append(word)
    return {first: tuple(found) for first, found in starts.items()}


def _carried(line: list[str], token: str) -> list[str]:
    """What leaves `line` for the next one ahead of `token`: closing punctuation takes the character
    before it along, and an opening one goes with what follows it."""
    carried: list[str] = []
    first = token
    # After a space the break is at that space: ".csv" there starts a word, it closes nothing (and
    # carrying the word before it along would drop the space: "a.ics").
    spaced = _strip_spaces(line)
    while len(line) > 1 and not spaced and (first[0] in _NO_LINE_START or line[-1][-1] in _NO_LINE_END):
        first = line.pop()
        carried.insert(0, first)
        spaced = _strip_spaces(line)
    return carried


def _strip_spaces(line: list[str]) -> bool:
    """Take the spaces off the end of `line`; True if there were any."""
    spaced = False
    while line and line[-1].isspace():
        line.pop()
        spaced = True
    return spaced


def _cut(token: str, width: int) -> list[str]:
    """`token` in pieces of at most `width` cells (at least one character each), in one pass."""
    pieces: list[str] = []
    piece: list[str] = []
    used = 0
    for ch in token:
        size = _cells(ch)
        if piece and used + size > width:
            pieces.append("".join(piece))
            piece, used = [], 0
        piece.append(ch)
        used += size
    pieces.append("".join(piece))
    return pieces
