"""Options several commands declare alike. The output options every command shares (--lang, --json,
--format, --out, --force) are not here: cli/shared_options.py declares them once for the whole tree."""


from typing import Annotated, Optional

import typer

from huabei_assist.cli.interface_lang import h


def one_of(name: str, words: str, help_key: str):
    """An option that takes one of `words` ("zh|en"): shown as its metavar, offered on TAB."""
    choices = words.split("|")

    def complete(incomplete: str) -> list[str]:
        return [word for word in choices if word.startswith(incomplete)]

    return typer.Option(name, metavar=words, help=h(help_key), autocompletion=complete)


TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="DATE", help=h("common.opt_today"))]
BriefOpt = Annotated[bool, typer.Option("--brief", help=h("common.opt_brief"))]  # the answer block only
