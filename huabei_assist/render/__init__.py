"""The one rendering layer: a View becomes a rich table, plain text, Markdown, CSV or one JSON document.

Commands never print by themselves: they build a View (views/) and call `emit`. Each format is its
own module, imported only when chosen, so plain and JSON output never pay for Rich.
"""

from __future__ import annotations

import os
import sys
from typing import Literal

from huabei_assist.render.view import View

Format = Literal["table", "markdown", "csv"]
FORMATS: tuple[str, ...] = ("table", "markdown", "csv")


def use_color(stream=None) -> bool:
    """Rich output only on a real terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def render(view: View, *, json_mode: bool = False, fmt: Format = "table", width: int | None = None,
           brief: bool = False) -> str:
    """The text for `view` in the chosen form (rich output is written by `emit`, not returned).
    Plain text is wrapped to `width` cells when given, else each row stays on one line (for pipes).
    `brief` (--brief): only the answer block, in any text form; JSON stays the whole document."""
    if json_mode:
        from huabei_assist.render.json_out import to_json

        return to_json(view.data)
    if brief:
        fmt = "table"  # the answer block is a few lines of text, whatever the table format
    if fmt == "markdown":
        from huabei_assist.render.tabular import to_markdown

        return to_markdown(view)
    if fmt == "csv":
        from huabei_assist.render.tabular import to_csv

        return to_csv(view)
    from huabei_assist.render.plain import to_plain

    return to_plain(view, width, brief=brief)


def emit(view: View, *, json_mode: bool = False, fmt: Format = "table", brief: bool = False) -> None:
    width = None
    if not json_mode and (fmt == "table" or brief):
        if use_color():
            from huabei_assist.render.rich_out import print_rich

            print_rich(view, brief=brief)
            return
        if sys.stdout.isatty():  # NO_COLOR or TERM=dumb at a terminal: no colour, but wrapped to fit
            import shutil

            width = shutil.get_terminal_size().columns
    text = render(view, json_mode=json_mode, fmt=fmt, width=width, brief=brief)
    write_stdout(text if text.endswith("\n") else text + "\n")


def write_stdout(text: str) -> None:
    """A document (CSV, Markdown, JSON) to stdout. CSV keeps the user's text exact, control
    characters included, for a file or a pipe; at a terminal they are shown escaped instead."""
    if sys.stdout.isatty():
        from huabei_assist.escape import shown_lines

        text = shown_lines(text)
    sys.stdout.write(text)
