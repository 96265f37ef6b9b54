"""The options every command shares, declared once: --lang, --json, --format, --out (with --force).

build() attaches them (`attach`) to the root and to every group and command of the tree, so they
are read before or after the command name (`huabei --json status --days 45` is `huabei status
--days 45 --json`) and listed in each command's help, in the language of the run. Their values go
to the one store of the command line (click's Context.meta, shared by the root and its commands);
a command reads them with `chosen()`.

A command says what it offers with @outputs(...) on its function: its --format values, whether
--out writes a file, whether it has JSON. What it does not offer is hidden from its help, and,
given anyway (before or after its name), is one usage line, exit 2, before the command runs.
A further shared flag (e.g. --brief) is one more entry in `_OPTIONS`, a field of Outputs and
of Chosen.
"""

from __future__ import annotations

from functools import wraps
from typing import Callable, NamedTuple

from typer.core import TyperOption
from typer._click.core import Context, ParameterSource
from typer._click.globals import get_current_context

from huabei_assist.errors import InputError, Reason
from huabei_assist.i18n import LANGS, requested_lang, t
from huabei_assist.render.formats import OutputFormat

_STORE = "huabei.shared_options"  # the key in Context.meta
VIEW_FORMATS = (OutputFormat.TABLE, OutputFormat.MARKDOWN, OutputFormat.CSV)


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


def chosen() -> Chosen:
    """The shared options of the running command (checked by `attach`'s guard before it ran)."""
    ctx = get_current_context()
    return _chosen(ctx, _offer(ctx.command))


def _chosen(ctx: Context, offer: Outputs) -> Chosen:
    given = ctx.meta.get(_STORE, {})
    lang = requested_lang(given.get("lang"))
    if lang not in LANGS:
        raise InputError("common.bad_lang", value=lang)
    default = offer.formats[0] if offer.formats else OutputFormat.TABLE
    fmt = given.get("format", default.value)
    if fmt not in [f.value for f in offer.formats or (default,)]:
        raise InputError("common.usage_bad_value", option="--format", command=ctx.command_path,
                         expected=" | ".join(f.value for f in offer.formats))
    return Chosen(lang, bool(given.get("json")), OutputFormat(fmt), given.get("out"), bool(given.get("force")))


def _offer(command) -> Outputs:
    return getattr(getattr(command, "callback", None), "huabei_outputs", LANG_ONLY)


def _check(ctx: Context, offer: Outputs) -> None:
    """A shared option the command does not offer: one usage line naming it and why."""
    given = ctx.meta.get(_STORE, {})
    refused = [("json", not offer.json, "common.not_for_json"),
               ("format", not offer.formats, "common.not_for_format"),
               ("out", offer.out is None, "common.not_for_out"),
               ("force", offer.out is None, "common.not_for_out")]
    for name, no, why in refused:
        if no and given.get(name) not in (None, False):
            raise InputError("common.usage_option_not_for", option=f"--{name}", command=ctx.command_path,
                             reason=Reason(why))
    _chosen(ctx, offer)


def _keep(ctx: Context, param, value):
    """Record a value the user gave (before or after the command name: the last one counts)."""
    if ctx.get_parameter_source(param.name) is ParameterSource.COMMANDLINE:
        ctx.meta.setdefault(_STORE, {})[param.name] = value
    return value


def _completion(words: tuple[str, ...]):
    def complete(ctx, args, incomplete: str) -> list[str]:  # typer's autocompletion signature
        return [word for word in words if word.startswith(incomplete)]

    return complete


def _options(offer: Outputs, lang: str, root: bool) -> list[TyperOption]:
    """The shared options for one command, their help in `lang`; hidden where the command does not offer one."""
    formats = tuple(f.value for f in offer.formats) or tuple(f.value for f in VIEW_FORMATS)
    return [
        TyperOption(param_decls=["--json"], is_flag=True, default=False, help=t("common.opt_json", lang),
               hidden=not (offer.json or root), expose_value=False, callback=_keep),
        TyperOption(param_decls=["--format"], type=str, metavar="|".join(formats), help=t(offer.format_help, lang),
               autocompletion=_completion(formats), hidden=not (offer.formats or root), expose_value=False, callback=_keep),
        TyperOption(param_decls=["--out"], type=str, metavar=offer.out_metavar, help=t(offer.out or "common.opt_out", lang),
               hidden=not (offer.out or root), expose_value=False, callback=_keep),
        TyperOption(param_decls=["--force"], is_flag=True, default=False, help=t("common.opt_force", lang),
               hidden=not (offer.out or root), expose_value=False, callback=_keep),
        TyperOption(param_decls=["--lang"], type=str, metavar="|".join(LANGS), help=t("common.opt_lang", lang),
               autocompletion=_completion(LANGS), expose_value=False, callback=_keep),
    ]


def attach(command, lang: str, root: bool = True) -> None:
    """Add the shared options to `command` and to every group and command under it, and guard
    each command's function so that what it does not offer is refused before it runs."""
    if getattr(command.callback, "huabei_listed_only", False):
        return
    offer = _offer(command)
    command.params.extend(_options(offer, lang, root))
    if command.callback is not None:
        command.callback = _guarded(command.callback, offer)
    for sub in getattr(command, "commands", {}).values():
        attach(sub, lang, root=False)


def _guarded(callback: Callable, offer: Outputs) -> Callable:
    @wraps(callback)
    def run(*args, **kwargs):
        ctx = get_current_context()
        if getattr(ctx, "invoked_subcommand", None) is None:  # a group only checks when it is the command
            _check(ctx, offer)
        return callback(*args, **kwargs)

    return run
