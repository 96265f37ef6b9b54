"""`huabei sources [ID|WORD] [--kind KIND]`: the documents behind the facts, one entry, or a search."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import FormatOpt, JsonOpt, LangOpt, check_format, check_lang, pick_option
from huabei_assist.cli.ui import h

KindOpt = Annotated[Optional[str], pick_option("--kind", "source_kind", "KIND", "sources.opt_kind")]


def register(app: typer.Typer) -> None:
    app.command("sources", help=h("sources.help"), short_help=h("sources.short"))(sources)


def sources(
    word: Annotated[Optional[str], typer.Argument(metavar="[ID|WORD]", help=h("sources.arg_word"))] = None,
    kind: KindOpt = None,
    fmt: FormatOpt = "table",
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    from huabei_assist import sources as registry
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.sources_view import source_view, sources_view

    lang = check_lang(lang)
    fmt = check_format(fmt)
    kb = Knowledge()
    if word is None or not word.strip():
        view = sources_view(registry.find(None, kind, kb), lang)
    else:
        found = registry.lookup(word, kind, kb)
        view = source_view(found, lang) if isinstance(found, registry.SourceEntry) else sources_view(found, lang, word)
    emit(view, json_mode=json_mode, fmt=fmt)
