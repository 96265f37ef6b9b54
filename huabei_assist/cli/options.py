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


def pick_option(name: str, choices: str, metavar: str, help_key: str):
    """An option that takes a value of the list `choices` (knowledge/choices.py): its id or its
    Chinese name, both offered on TAB; the help text lists them with {choices:NAME}."""
    return typer.Option(name, metavar=metavar, help=h(help_key), autocompletion=completer(choices))


def pick_argument(choices: str, metavar: str, help_key: str):
    return typer.Argument(metavar=metavar, help=h(help_key), autocompletion=completer(choices),
                          show_default=False)


def completer(choices: str):
    """TAB for a value of the list `choices`: the ids (in any case) and Chinese names that start with
    what is typed, each with the other as its help; in a comma list, the word after the last comma
    (an entry already in the list is not offered again)."""

    def complete(incomplete: str) -> list[tuple[str, str]]:
        from huabei_assist.knowledge.choices import entries

        done, comma, word = incomplete.rpartition(",")
        given = {name.strip().lower() for name in done.split(",")}
        offered = []
        for entry in entries(choices):
            if entry.id in given or entry.zh_name in given:
                continue
            for value, other in ((entry.id, entry.zh_name), (entry.zh_name, entry.id)):
                if value.startswith(word) or value.startswith(word.lower()):
                    offered.append((done + comma + value, other))
        return offered

    return complete


TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="DATE", help=h("common.opt_today"))]
BriefOpt = Annotated[bool, typer.Option("--brief", help=h("common.opt_brief"))]  # the answer block only
