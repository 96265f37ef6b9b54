"""The Typer command tree. Each command lives in its own module; this file only assembles them."""


from typing import Annotated, Optional

import typer

from huabei_assist import __version__
from huabei_assist.cli import (
    budget_cmd,
    calls_cmd,
    channels_cmd,
    credit_cmd,
    letter_cmd,
    plan_cmd,
    playbook_cmd,
    status_cmd,
    waiver_cmd,
)
from huabei_assist.cli.options import LangOpt, check_lang
from huabei_assist.cli.ui import h

app = typer.Typer(
    name="huabei",
    help=h("common.app_help"),
    add_completion=False,
    rich_markup_mode=None,  # plain click help: Rich would add ~40 ms to every --help
    pretty_exceptions_enable=False,  # main() turns errors into one line
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# (command name, catalog key of its one-line description): the overview lists them in this order.
COMMANDS: list[tuple[str, str]] = [
    ("status", "status.short"),
    ("plan", "plan.short"),
    ("waiver", "waiver.short"),
    ("budget", "budget.short"),
    ("credit", "credit.short"),
    ("credit monitor", "credit.monitor_short"),
    ("credit objection", "credit.objection_short"),
    ("calls", "calls.short"),
    ("channels", "channels.short"),
    ("complain", "channels.complain_short"),
    ("verify", "channels.verify_short"),
    ("letter", "letter.short"),
    ("playbook", "playbook.short"),
]

for module in (status_cmd, plan_cmd, waiver_cmd, budget_cmd, credit_cmd, calls_cmd, channels_cmd, letter_cmd,
               playbook_cmd):
    module.register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"huabei {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help=h("common.opt_version"))
    ] = None,
    lang: LangOpt = None,
) -> None:
    if ctx.invoked_subcommand is None:
        from huabei_assist.i18n import t

        lang = check_lang(lang)
        width = max(len(name) for name, _ in COMMANDS)
        lines = [t("common.overview_title", lang), "", t("common.overview_usage", lang), "",
                 t("common.overview_commands", lang)]
        lines += [f"  {name.ljust(width)}  {t(key, lang)}" for name, key in COMMANDS]
        lines += ["", t("common.overview_example", lang)]
        typer.echo("\n".join(lines))
