"""`huabei playbook KIND`: the steps for a hard situation, dated from --today."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import FormatOpt, JsonOpt, LangOpt, TodayOpt, check_format, check_lang, pick_argument
from huabei_assist.cli.ui import h


def register(app: typer.Typer) -> None:
    app.command("playbook", help=h("playbook.help"), short_help=h("playbook.short"))(playbook)


def playbook(
    kind: Annotated[Optional[str], pick_argument("playbook", "[KIND]", "playbook.arg_kind")] = None,
    today: TodayOpt = None,
    fmt: FormatOpt = "table",
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.render import emit

    from huabei_assist.knowledge.base import Knowledge

    lang = check_lang(lang)
    fmt = check_format(fmt)
    kb = Knowledge()
    if kind is None:
        from huabei_assist.views.playbook_view import playbooks_view

        view = playbooks_view(kb.playbooks.playbooks, lang)
    else:
        from huabei_assist.playbooks import plan
        from huabei_assist.views.playbook_view import playbook_view

        view = playbook_view(plan(kind.strip(), inputs.today(today), kb), lang, kb=kb)
    emit(view, json_mode=json_mode, fmt=fmt)
