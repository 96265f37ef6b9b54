"""`huabei letter KIND`: a filled Chinese letter, shown or written to --out."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import ForceOpt, JsonOpt, LangOpt, TodayOpt, check_lang
from huabei_assist.cli.ui import h


def register(app: typer.Typer) -> None:
    app.command("letter", help=h("letter.help"), short_help=h("letter.short"))(letter)


def letter(
    kind: Annotated[str, typer.Argument(metavar="KIND", help=h("letter.arg_kind"))],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help=h("letter.opt_name"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("letter.opt_amount"))] = None,
    out: Annotated[Optional[str], typer.Option("--out", metavar="FILE", help=h("letter.opt_out"))] = None,
    force: ForceOpt = False,
    today: TodayOpt = None,
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.user_files import write_out
    from huabei_assist.letters import fill
    from huabei_assist.render import emit
    from huabei_assist.views.letter_view import letter_view

    lang = check_lang(lang)
    as_docx = out is not None and out.lower().endswith(".docx")
    filled = fill(kind.strip(), today=inputs.today(today), name=name, amount=inputs.amount(amount),
                  markup=not as_docx)
    if out is not None:  # mode 0600: it will hold an ID number once filled in
        if as_docx:
            from huabei_assist.letter_docx import docx_bytes

            write_out(out, docx_bytes(filled), force=force)
        else:
            write_out(out, filled.text, force=force)
    emit(letter_view(filled, lang, out), json_mode=json_mode)
