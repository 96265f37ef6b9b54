"""`huabei letter KIND`: a filled Chinese letter, shown or written to --out."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import TodayOpt, pick_argument
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("letter", help=h("letter.help"), short_help=h("letter.short"))(letter)


@outputs(out="letter.opt_out")
def letter(
    kind: Annotated[str, pick_argument("letter", "KIND", "letter.arg_kind")],
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help=h("letter.opt_name"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("letter.opt_amount"))] = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.letters import fill
    from huabei_assist.render import emit, save
    from huabei_assist.render.formats import OutputFormat
    from huabei_assist.views.letter_view import letter_view

    shared = chosen()
    lang = shared.lang
    as_docx = shared.out is not None and shared.out.lower().endswith(".docx")
    filled = fill(kind.strip(), today=inputs.today(today), name=name, amount=inputs.amount(amount),
                  markup=not as_docx)
    view = letter_view(filled, lang, shared.out)
    if shared.out is not None and as_docx:  # for Word and WPS; mode 0600, like every --out
        from huabei_assist.letter_docx import docx_bytes
        from huabei_assist.user_files import write_out

        write_out(shared.out, docx_bytes(filled), force=shared.force)
    elif shared.out is not None:  # the letter as written; mode 0600: it will hold an ID number once filled in
        save(view, OutputFormat.TEXT, shared.out, force=shared.force)
    emit(view, shared.form)
