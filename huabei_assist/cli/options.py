"""Options every command shares, so each is declared once and reads the same everywhere."""


from typing import TYPE_CHECKING, Annotated, Optional, cast

import typer

from huabei_assist.cli.ui import h
from huabei_assist.errors import InputError
from huabei_assist.i18n import LANGS, requested_lang

if TYPE_CHECKING:
    from huabei_assist.render import Format


def one_of(name: str, words: str, help_key: str):
    """An option that takes one of `words` ("zh|en"): shown as its metavar, offered on TAB."""
    choices = words.split("|")

    def complete(incomplete: str) -> list[str]:
        return [word for word in choices if word.startswith(incomplete)]

    return typer.Option(name, metavar=words, help=h(help_key), autocompletion=complete)


JsonOpt = Annotated[bool, typer.Option("--json", help=h("common.opt_json"))]
LangOpt = Annotated[Optional[str], one_of("--lang", "zh|en", "common.opt_lang")]
TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="DATE", help=h("common.opt_today"))]
FormatOpt = Annotated[str, one_of("--format", "table|markdown|csv", "common.opt_format")]
BriefOpt = Annotated[bool, typer.Option("--brief", help=h("common.opt_brief"))]  # the answer block only
ForceOpt = Annotated[bool, typer.Option("--force", help=h("common.opt_force"))]  # with every --out (user_files.write_out)


def check_lang(value: str | None) -> str:
    lang = requested_lang(value)
    if lang not in LANGS:
        raise InputError("common.bad_lang", value=lang)
    return lang


def check_format(value: str) -> "Format":
    from huabei_assist.render import FORMATS

    if value not in FORMATS:
        raise InputError("common.usage_bad_value", option="--format",
                         expected="table | markdown | csv", command="huabei")
    return cast("Format", value)  # one of FORMATS: checked above
