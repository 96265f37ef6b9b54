"""`huabei sources [ID|WORD] [--kind KIND]`: the documents behind the facts, one entry, or a search."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs

KindOpt = Annotated[Optional[str], pick_option("--kind", "source_kind", "KIND", "sources.opt_kind")]


def register(app: typer.Typer) -> None:
    app.command("sources", help=h("sources.help"), short_help=h("sources.short"))(sources)


@outputs(VIEW_FORMATS)
def sources(
    word: Annotated[Optional[str], typer.Argument(metavar="[ID|WORD]", help=h("sources.arg_word"))] = None,
    kind: KindOpt = None,
) -> None:
    from huabei_assist import sources as registry
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.sources_view import source_view, sources_view

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    if word is None or not word.strip():
        view = sources_view(registry.find(None, kind, kb), lang, kb=kb)
    else:
        found = registry.lookup(word, kind, kb)
        view = (source_view(found, lang, kb=kb) if isinstance(found, registry.SourceEntry)
                else sources_view(found, lang, word, kb=kb))
    emit(view, shared.form)
