"""Text from users and files, made safe for where it goes: the terminal, Markdown, a spreadsheet.

A note, a number, an agency, a name or a path is whatever someone typed or a file held. On the
terminal it must not act (an ESC sequence sets the window title or clears the screen, a bidi
override reverses what is read, a newline splits an error into several lines); in Markdown it must
not become a link, an image or HTML; in a CSV file it must not become a formula. JSON needs none of
this (json escapes by itself) and gets the exact text.

`shown` is the terminal's: used by every renderer (rich, plain, Markdown), by `i18n.t` on each
parameter and by the one place errors are written (cli._fail). It leaves a backslash as it is, so
it is idempotent: text escaped once (an error's parameter) is not escaped again by the renderer.

The patterns are compiled when first used (re keeps them): every run imports this module, and the
two control classes alone took ~2.5 ms to compile at import. Most text is printable
(str.isprintable), and then `shown` needs no pattern at all.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the bidi marks/embeddings/overrides/isolates, the line and paragraph
# separators (str.splitlines and some terminals break lines there) and lone surrogates (bytes that
# were not UTF-8, carried by Python as U+DC80..U+DCFF).
_CONTROL = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"  # all not isprintable()
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _code(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    point = ord(char)
    return f"\\x{point:02x}" if point < 0x100 else f"\\u{point:04x}"


def shown(text: str) -> str:
    """`text` with every control character written as an escape (\\x1b, \\n, \\u202e): one line, inert."""
    if text.isprintable():  # no control character (each one is non-printable), the usual case
        return text
    control = re.compile(_CONTROL)
    return control.sub(_code, text) if control.search(text) else text


def shown_lines(text: str) -> str:
    """A whole document (a CSV export) for a terminal: each line escaped, the line ends kept."""
    return "\n".join(map(shown, text.split("\n"))) if re.search(_CONTROL, text) else text


# -- JSON ----------------------------------------------------------------------------------------
# json.dumps(ensure_ascii=False) escapes C0 controls but writes DEL, C1, bidi marks and lone
# surrogates as they are. Outside strings a JSON document holds only ASCII, so these can be replaced
# in the whole text by their \u escapes: the same document once parsed, but inert on a terminal.
_JSON_RAW = "[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"


def json_inert(document: str) -> str:
    """A JSON text (from json.dumps) with the characters json leaves raw written as \\uXXXX escapes."""
    raw = re.compile(_JSON_RAW)
    return raw.sub(lambda m: f"\\u{ord(m.group()):04x}", document) if raw.search(document) else document


# -- Markdown (the dossier, the letters, --format markdown) ------------------------------------------
# HTML's three as entities (no tag, no entity of the user's); Markdown's inline markup escaped with a
# backslash (CommonMark: any ASCII punctuation may be); ':' and '@' so that GFM does not autolink a
# URL or an e-mail address; '.' after "www" for the same reason; '$' (GitHub's math).
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKUP = r"(?i)[\\`*_{}\[\]|~#!:@$]|(?<=www)\.|[&<>]"
# At the start of a line of a list item or paragraph: a list marker, a heading, a setext underline.
_LEADING = r"^(\s*)([-+=]|\d+(?=[.)]))"


def markdown(text: str) -> str:
    """User text as Markdown that shows exactly that text: never a link, an image, HTML or a line break."""
    text = re.sub(_MARKUP, lambda m: _HTML.get(m.group(), "\\" + m.group()), shown(text))
    match = re.match(_LEADING, text)
    if match:
        head = match.group(2)
        text = (match.group(1) + ("\\" + head if not head[0].isdigit() else head + "\\")
                + text[match.end():])
    return text


def markdown_cell(text: str) -> str:
    """Any table cell of --format markdown: one line, and a '|' does not split the cell."""
    return shown(text).replace("|", "\\|")


# -- CSV (exports, --format csv) ---------------------------------------------------------------------
# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"). Such a
# text cell is written with a leading "'", which a spreadsheet shows as text and `calls log import`
# takes off again; a text that itself starts with quotes and then one of these gets one quote more,
# so the round trip is exact. In a table's cells a number ("-12.50", "+3", "7.5%") and the "-" of an
# empty cell stay as they are: nothing runs there, and a spreadsheet must still read them as numbers.
# What a user typed (a phone number "+86 138...", a note "-5 元") is text whatever it looks like.
_FORMULA = r"'*[=+\-@\t\r]"
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)%?|-"
_GUARDED = r"'+[=+\-@\t\r]"


def csv_cell(text: str, *, number: bool = True) -> str:
    """A CSV cell a spreadsheet never runs; with number=False (typed text) a "+86..." stays text too."""
    if re.match(_FORMULA, text) and not (number and re.fullmatch(_NUMBER, text)):
        return "'" + text
    return text


def csv_value(cell: str) -> str:
    """The text that csv_cell() wrote as `cell`."""
    return cell[1:] if re.match(_GUARDED, cell) else cell
