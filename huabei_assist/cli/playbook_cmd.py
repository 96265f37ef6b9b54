"""`huabei playbook KIND`: the steps for a hard situation, dated from --today."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import TodayOpt
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("playbook", help=h("playbook.help"), short_help=h("playbook.short"))(playbook)


@outputs(VIEW_FORMATS)
def playbook(
    kind: Annotated[Optional[str], typer.Argument(metavar="[KIND]", help=h("playbook.arg_kind"))] = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.render import emit

    from huabei_assist.knowledge.base import Knowledge

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    if kind is None:
        from huabei_assist.views.playbook_view import playbooks_view

        view = playbooks_view(kb.playbooks.playbooks, lang)
    else:
        from huabei_assist.playbooks import plan
        from huabei_assist.views.playbook_view import playbook_view

        view = playbook_view(plan(kind.strip(), inputs.today(today), kb), lang, kb=kb)
    emit(view, shared.form)
