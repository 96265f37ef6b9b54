"""The Typer command tree. Each command group lives in its own module; this file assembles them.

Typer converts every registered command to click on each run, which grows with the tree (~11 ms
for all of them). So a run builds only what it needs: `build("status")` registers the status
module alone; `build()` (no command, `huabei --help`, an unknown name) registers one
option-less entry per group, enough for the command list, without importing the groups;
`build(full=True)` registers everything (tests and docs walk it).

build() returns the click command Typer makes of the tree, with every help text in the language of
the run (interface_lang.localize) and the shared options attached (shared_options.attach).
"""

import importlib
from typing import Annotated, Optional

import typer

from huabei_assist import __version__
from huabei_assist.cli import completion, help_words, interface_lang
from huabei_assist.cli.interface_lang import h

# Top-level command name -> (the module under huabei_assist.cli whose register(app) adds it,
# the catalog key of its one-line help).
GROUPS: dict[str, tuple[str, str]] = {
    "guide": ("guide_cmd", "guide.short"),
    "status": ("status_cmd", "status.short"),
    "plan": ("plan_cmd", "plan.short"),
    "waiver": ("waiver_cmd", "waiver.short"),
    "budget": ("budget_cmd", "budget.short"),
    "credit": ("credit_cmd", "credit.short"),
    "calls": ("calls_cmd", "calls.short"),
    "channels": ("channels_cmd", "channels.short"),
    "complain": ("channels_cmd", "channels.complain_short"),
    "verify": ("channels_cmd", "channels.verify_short"),
    "letter": ("letter_cmd", "letter.short"),
    "playbook": ("playbook_cmd", "playbook.short"),
    "sources": ("sources_cmd", "sources.short"),
    "debts": ("debts_cmd", "debts.short"),
    "payoff": ("payoff_cmd", "payoff.short"),
}

# (command name, catalog key of its one-line description): the overview lists them in this order.
COMMANDS: list[tuple[str, str]] = [
    ("guide", "guide.short"),
    ("status", "status.short"),
    ("plan", "plan.short"),
    ("waiver", "waiver.short"),
    ("budget", "budget.short"),
    ("debts", "debts.short"),
    ("payoff", "payoff.short"),
    ("credit", "credit.short"),
    ("credit monitor", "credit.monitor_short"),
    ("credit objection", "credit.objection_short"),
    ("calls", "calls.short"),
    ("channels", "channels.short"),
    ("complain", "channels.complain_short"),
    ("verify", "channels.verify_short"),
    ("letter", "letter.short"),
    ("playbook", "playbook.short"),
    ("sources", "sources.short"),
]


def build(command: str | None = None, *, full: bool = False):
    """The click tree for a run of `huabei <command> ...` (see the module docstring)."""
    import typer.main

    from huabei_assist.cli.shared_options import attach

    help_words.install()
    app = typer.Typer(
        name="huabei",
        help=h("common.app_help"),
        add_completion=False,
        rich_markup_mode=None,  # plain click help: Rich would add ~40 ms to every --help
        pretty_exceptions_enable=False,  # main() turns errors into one line
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(root)
    if command in GROUPS or full:
        modules = [GROUPS[command][0]] if command in GROUPS else [module for module, _ in GROUPS.values()]
        for name in dict.fromkeys(modules):
            importlib.import_module(f"huabei_assist.cli.{name}").register(app)
    else:
        for name, (_, short) in GROUPS.items():
            app.command(name, help=h(short), add_help_option=False)(_listed_only)
    tree = typer.main.get_command(app)
    interface_lang.localize(tree, interface_lang.LANG)
    attach(tree, interface_lang.LANG)
    return tree


def _listed_only() -> None:
    """Stands for a group in the command list; never runs, since naming a group builds the real one."""


setattr(_listed_only, "huabei_listed_only", True)  # shared_options.attach gives it no options


def command_in(args: list[str]) -> str | None:
    """The top-level command of an argument list: the first word that is not an option (nor the value
    of a shared option that takes one: `huabei --format csv plan ...`, `huabei --out f.ics credit monitor`)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--lang", "--format", "--out"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"huabei {__version__}")
        raise typer.Exit()


def root(
    ctx: typer.Context,
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help=h("common.opt_version"))
    ] = None,
    install_completion: Annotated[Optional[bool], completion.option("--install-completion", completion.install,
                                                                   "common.opt_install_completion")] = None,
    show_completion: Annotated[Optional[bool], completion.option("--show-completion", completion.show,
                                                                "common.opt_show_completion")] = None,
) -> None:
    if ctx.invoked_subcommand is None:
        from huabei_assist.cli.shared_options import chosen
        from huabei_assist.i18n import t

        lang = chosen().lang
        width = max(len(name) for name, _ in COMMANDS)
        lines = [t("common.overview_title", lang), "", t("common.overview_usage", lang), "",
                 t("common.overview_commands", lang)]
        lines += [f"  {name.ljust(width)}  {t(key, lang)}" for name, key in COMMANDS]
        lines += ["", t("common.overview_example", lang)]
        typer.echo("\n".join(lines))
