"""What every `export` command does with its View: stdout, or --out followed by what was written.

Imported inside the command functions only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from huabei_assist.cli.shared_options import Chosen
    from huabei_assist.render.view import View


def deliver(view: View, shared: Chosen, written_view: Callable[[str], View]) -> None:
    """The export in --format to stdout (exact, but escaped at a terminal), or to --out
    (render.save) followed by what was written (--json: as JSON)."""
    from huabei_assist.render import emit, save
    from huabei_assist.render.formats import OutputFormat

    if shared.out is None:
        emit(view, shared.format)
        return
    save(view, shared.format, shared.out, force=shared.force)
    emit(written_view(shared.out), OutputFormat.JSON if shared.json else OutputFormat.TABLE)  # --format was the file's


def file_format(path: str, forms: dict, error_key: str):
    """The OutputFormat --out's suffix asks for (".ics" -> ICS), before anything is computed; any
    other suffix is `error_key`, naming the path and the suffixes offered."""
    from pathlib import Path

    from huabei_assist.errors import InputError

    suffix = Path(path).suffix.lower()
    if suffix not in forms:
        raise InputError(error_key, path=path, suffixes=", ".join(forms))
    return forms[suffix]
