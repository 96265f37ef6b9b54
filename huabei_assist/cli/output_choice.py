"""What a command offers of the shared options (--json, --format, --out, --force, --lang) and what
one command line chose of them. No Typer here: cli/shared_options.py reads the choice from click's
context, cli/quick.py from the words it parsed itself, and both settle it with `settle`.
"""

from __future__ import annotations

from typing import Callable

from huabei_assist.errors import InputError, Reason
from huabei_assist.i18n import LANGS, requested_lang
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.render.formats import OutputFormat

VIEW_FORMATS = (OutputFormat.TABLE, OutputFormat.MARKDOWN, OutputFormat.CSV)
SHARED_NAMES = ("json", "format", "out", "force", "lang")  # the option --NAME of each


class Outputs(NamedTuple):
    """What a command offers. formats: the --format values, the first the default (none: no --format);
    out: the catalog key of --out's help (None: it writes no file)."""

    formats: tuple[OutputFormat, ...] = ()
    format_help: str = "common.opt_format"
    out: str | None = None
    out_metavar: str = "FILE"
    json: bool = True


LANG_ONLY = Outputs(json=False)  # the root's overview, and what a group offers itself


class Chosen(NamedTuple):
    """The shared options of this command line, checked against what the command offers."""

    lang: str
    json: bool
    format: OutputFormat
    out: str | None
    force: bool

    @property
    def form(self) -> OutputFormat:
        """What the result on stdout is drawn as: JSON with --json, else --format."""
        return OutputFormat.JSON if self.json else self.format


def outputs(formats: tuple[OutputFormat, ...] = (), *, format_help: str = "common.opt_format",
            out: str | None = None, out_metavar: str = "FILE", json: bool = True) -> Callable:
    """Declare on a command function what it offers (see Outputs)."""
    offer = Outputs(tuple(formats), format_help, out, out_metavar, json)

    def mark(function: Callable) -> Callable:
        setattr(function, "huabei_outputs", offer)  # kept by typer's wrapper (functools.update_wrapper)
        return function

    return mark


def offered(callback: Callable | None) -> Outputs:
    """What the command function `callback` declared with @outputs (a group or the root: --lang only)."""
    return getattr(callback, "huabei_outputs", LANG_ONLY)


def choose(given: dict, offer: Outputs, command_path: str) -> Chosen:
    """The choice from the values given ({name: value}, see SHARED_NAMES), its --lang and --format checked."""
    lang = requested_lang(given.get("lang"))
    if lang not in LANGS:
        raise InputError("common.bad_lang", value=lang)
    default = offer.formats[0] if offer.formats else OutputFormat.TABLE
    fmt = given.get("format", default.value)
    if fmt not in [f.value for f in offer.formats or (default,)]:
        raise InputError("common.usage_bad_value", option="--format", command=command_path,
                         expected=" | ".join(f.value for f in offer.formats))
    return Chosen(lang, bool(given.get("json")), OutputFormat(fmt), given.get("out"), bool(given.get("force")))


def settle(given: dict, offer: Outputs, command_path: str) -> Chosen:
    """`choose`, after refusing a shared option the command does not offer: one usage line naming it and why."""
    refused = [("json", not offer.json, "common.not_for_json"),
               ("format", not offer.formats, "common.not_for_format"),
               ("out", offer.out is None, "common.not_for_out"),
               ("force", offer.out is None, "common.not_for_out")]
    for name, no, why in refused:
        if no and given.get(name) not in (None, False):
            raise InputError("common.usage_option_not_for", option=f"--{name}", command=command_path,
                             reason=Reason(why))
    return choose(given, offer, command_path)
