"""The one rendering layer: a View becomes a rich table, plain text, JSON, Markdown, CSV, a calendar
or a document, on stdout (`emit`) or in a file (`save`).

Commands never print or write by themselves: they build a View (views/) and hand it here with an
OutputFormat. Each form is its own module, imported only when chosen, so plain and JSON output never
pay for Rich. `plan batch` streams its rows through `render/stream.py` (a View would hold them all).
"""

from __future__ import annotations

import os
import sys
from typing import Callable

from huabei_assist.render.formats import OutputFormat
from huabei_assist.render.view import View


def _plain(view: View, width: int | None) -> str:
    from huabei_assist.render.plain import to_plain

    return to_plain(view, width)


def _json(view: View, width: int | None) -> str:
    from huabei_assist.render.json_out import to_json

    return to_json(view.data)


def _markdown(view: View, width: int | None) -> str:
    from huabei_assist.render.tabular import to_markdown

    return to_markdown(view)


def _csv(view: View, width: int | None) -> str:
    from huabei_assist.render.tabular import to_csv

    return to_csv(view)


def _ics(view: View, width: int | None) -> str:
    from huabei_assist.render.ics import to_ics

    return to_ics(view)


def _text(view: View, width: int | None) -> str:
    if view.document is None:
        from huabei_assist.errors import InputError

        raise InputError("common.no_document")
    return view.document


# One handler per form (a test checks that every OutputFormat has one). TABLE is drawn by Rich in
# emit() at a terminal; as text (a pipe, a file) it is the plain table.
RENDERERS: dict[OutputFormat, Callable[[View, int | None], str]] = {
    OutputFormat.TABLE: _plain,
    OutputFormat.PLAIN: _plain,
    OutputFormat.JSON: _json,
    OutputFormat.MARKDOWN: _markdown,
    OutputFormat.CSV: _csv,
    OutputFormat.ICS: _ics,
    OutputFormat.TEXT: _text,
}


def use_color(stream=None) -> bool:
    """Rich output only on a real terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def render(view: View, fmt: OutputFormat | str = OutputFormat.PLAIN, *, width: int | None = None,
           brief: bool = False) -> str:
    """The text for `view` in the form `fmt` (Rich is drawn by `emit`, not returned).
    Plain text is wrapped to `width` cells when given, else each row stays on one line (for pipes).
    `brief` (--brief): only the answer block, as plain text in any text form; JSON stays the whole document."""
    fmt = OutputFormat(fmt)
    if brief and fmt is not OutputFormat.JSON:
        from huabei_assist.render.plain import to_plain

        return to_plain(view, width, brief=True)
    return RENDERERS[fmt](view, width)


def emit(view: View, fmt: OutputFormat | str = OutputFormat.TABLE, *, brief: bool = False) -> None:
    """`view` on stdout: Rich at a terminal for TABLE (and --brief), else the text of `fmt`."""
    fmt = OutputFormat(fmt)
    width = None
    if fmt in (OutputFormat.TABLE, OutputFormat.PLAIN) or (brief and fmt is not OutputFormat.JSON):
        if fmt is not OutputFormat.PLAIN and use_color():
            from huabei_assist.render.rich_out import print_rich

            print_rich(view, brief=brief)
            return
        if sys.stdout.isatty():  # plain, NO_COLOR or TERM=dumb at a terminal: no colour, but wrapped to fit
            import shutil

            width = shutil.get_terminal_size().columns
    write_stdout(_ended(render(view, fmt, width=width, brief=brief)))


def save(view: View, fmt: OutputFormat | str, path: str, *, force: bool = False) -> str:
    """`view` in the form `fmt` written to `path` by user_files.write_out (never half-written, never over
    a file without `force`, never over one of the tool's stores); returns `path`."""
    from huabei_assist.user_files import write_out

    fmt = OutputFormat(fmt)
    text = render(view, fmt)
    write_out(path, text if fmt is OutputFormat.TEXT else _ended(text), force=force)  # a document as written
    return path


def _ended(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def write_stdout(text: str) -> None:
    """A document (CSV, Markdown, JSON) to stdout. CSV keeps the user's text exact, control
    characters included, for a file or a pipe; at a terminal they are shown escaped instead."""
    if sys.stdout.isatty():
        from huabei_assist.escape import shown_lines

        text = shown_lines(text)
    sys.stdout.write(text)
