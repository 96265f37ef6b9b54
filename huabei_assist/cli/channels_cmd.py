"""`huabei channels`, `huabei complain` and `huabei verify`: where to check, complain and report."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("channels", help=h("channels.help"), short_help=h("channels.short"))(channels)
    app.command("complain", help=h("channels.complain_help"), short_help=h("channels.complain_short"))(complain)
    app.command("verify", help=h("channels.verify_help"), short_help=h("channels.verify_short"))(verify)


@outputs(VIEW_FORMATS)
def channels(
    channel_id: Annotated[Optional[str], typer.Argument(metavar="[ID]", help=h("channels.arg_id"))] = None,
) -> None:
    from huabei_assist import channels as domain
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views import channels_view as views

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    if channel_id is None:
        view = views.channels_view(domain.all_channels(kb), lang, kb=kb)
    else:
        view = views.channel_view(domain.channel(channel_id.strip(), kb), kb.channels.complaints, lang, kb=kb)
    emit(view, shared.form)


@outputs(VIEW_FORMATS)
def complain(
    words: Annotated[Optional[list[str]], typer.Argument(metavar="[WORDS]...", help=h("channels.arg_words"))] = None,
    problem: Annotated[Optional[str], typer.Option("--problem", metavar="ID", help=h("channels.opt_problem"))] = None,
) -> None:
    from huabei_assist import channels as domain
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit
    from huabei_assist.views import channels_view as views

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    if problem is not None and words:
        raise InputError("channels.problem_and_words")
    if problem is not None:
        view = views.advice_view(domain.advice(problem, kb), lang, kb=kb)
    elif words:
        query = " ".join(words)
        view = views.search_view(query.strip(), domain.search(query, kb), lang)
    else:
        view = views.problems_view(kb.channels.complaints, lang)
    emit(view, shared.form)


@outputs(VIEW_FORMATS)
def verify() -> None:
    from huabei_assist import channels as domain
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.channels_view import verify_view

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    emit(verify_view(domain.caller_check(kb), domain.channel("95188", kb), lang, rights=domain.caller_check_rights(kb),
                     kb=kb), shared.form)
