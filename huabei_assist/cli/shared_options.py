"""The options every command shares, declared once: --lang, --json, --format, --out (with --force).

build() attaches them (`attach`) to the root and to every group and command of the tree, so they
are read before or after the command name (`huabei --json status --days 45` is `huabei status
--days 45 --json`) and listed in each command's help, in the language of the run. Their values go
to the one store of the command line (click's Context.meta, shared by the root and its commands);
a command reads them with `chosen()`.

A command says what it offers with @outputs(...) on its function (cli/output_choice.py, free of
Typer so that cli/quick.py settles a choice the same way): its --format values, whether --out
writes a file, whether it has JSON. What it does not offer is hidden from its help, and, given
anyway (before or after its name), is one usage line, exit 2, before the command runs. A further
shared option is one more entry in `_options`, in output_choice.SHARED_NAMES, a field of Outputs
and of Chosen.
"""

from __future__ import annotations

from functools import wraps
from typing import Callable

from typer.core import TyperOption
from typer._click.core import Context, ParameterSource
from typer._click.globals import get_current_context

from huabei_assist.cli.output_choice import (  # noqa: F401 (VIEW_FORMATS, outputs: imported from here by commands)
    VIEW_FORMATS, Chosen, Outputs, choose, offered, outputs, settle)
from huabei_assist.i18n import LANGS, t

_STORE = "huabei.shared_options"  # the key in Context.meta


def chosen() -> Chosen:
    """The shared options of the running command (checked by `attach`'s guard before it ran)."""
    ctx = get_current_context()
    return choose(ctx.meta.get(_STORE, {}), offered(ctx.command.callback), ctx.command_path)


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
    offer = offered(command.callback)
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
            settle(ctx.meta.get(_STORE, {}), offer, ctx.command_path)
        return callback(*args, **kwargs)

    return run
