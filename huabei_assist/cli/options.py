"""Options every command shares, so each is declared once and reads the same everywhere."""


from typing import Annotated, Optional

import typer

from huabei_assist.cli.ui import h
from huabei_assist.errors import InputError
from huabei_assist.i18n import LANGS, requested_lang

JsonOpt = Annotated[bool, typer.Option("--json", help=h("common.opt_json"))]
LangOpt = Annotated[Optional[str], typer.Option("--lang", metavar="zh|en", help=h("common.opt_lang"))]
TodayOpt = Annotated[Optional[str], typer.Option("--today", metavar="DATE", help=h("common.opt_today"))]
FormatOpt = Annotated[str, typer.Option("--format", metavar="table|markdown|csv", help=h("common.opt_format"))]


def check_lang(value: str | None) -> str:
    lang = requested_lang(value)
    if lang not in LANGS:
        raise InputError("common.bad_lang", value=lang)
    return lang


def check_format(value: str) -> str:
    from huabei_assist.render import FORMATS

    if value not in FORMATS:
        raise InputError("common.usage_bad_value", option="--format",
                         expected="table | markdown | csv", command="huabei")
    return value
