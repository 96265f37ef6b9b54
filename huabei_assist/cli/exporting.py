"""What every `export` command does with its text: check --format, then stdout or --out (user_files.write_out).

Imported inside the command functions only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from huabei_assist.errors import InputError

if TYPE_CHECKING:
    from huabei_assist.render.view import View


def check_export_format(fmt: str, command: str) -> str:
    if fmt not in ("json", "csv"):
        raise InputError("common.usage_bad_value", option="--format", expected="json | csv", command=command)
    return fmt


def deliver(text: str, out: Optional[str], force: bool, written_view: Callable[[str], View], json_mode: bool) -> None:
    """The export to stdout (exact, but escaped at a terminal), or to `out` followed by what was written
    (`written_view(out)`)."""
    from huabei_assist.render import emit, write_stdout

    if out is None:
        write_stdout(text)
        return
    from huabei_assist.user_files import write_out

    write_out(out, text, force=force)
    emit(written_view(out), json_mode=json_mode)
