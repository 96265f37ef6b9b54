"""`huabei calls`: check a contact against the rules, keep the evidence log, write the dossier."""

from typing import Annotated, List, Optional

import typer
from typer.core import TyperCommand

from huabei_assist.cli.options import BriefOpt, TodayOpt, one_of, pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs
from huabei_assist.render.formats import OutputFormat

WindowOpt = Annotated[Optional[str], typer.Option("--window", metavar="HH:MM-HH:MM", help=h("calls.opt_window"))]
MaxOpt = Annotated[Optional[str], typer.Option("--max-per-day", metavar="N", help=h("calls.opt_max_per_day"))]
AtOpt = Annotated[Optional[str], typer.Option("--at", metavar="DATETIME", help=h("calls.opt_at"))]
KindOpt = Annotated[Optional[str], pick_option("--kind", "contact_kind", "KIND", "calls.opt_kind")]
FlagsOpt = Annotated[Optional[List[str]], pick_option("--flags", "flag", "FLAGS", "calls.opt_flags")]
NumberOpt = Annotated[Optional[str], typer.Option("--number", metavar="TEXT", help=h("calls.opt_number"))]
AgencyOpt = Annotated[Optional[str], typer.Option("--agency", metavar="TEXT", help=h("calls.opt_agency"))]
NoteOpt = Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help=h("calls.opt_note"))]
UnansweredOpt = Annotated[bool, typer.Option("--unanswered", help=h("calls.opt_unanswered"))]
RecordingOpt = Annotated[Optional[str], typer.Option("--recording", metavar="PATH", help=h("calls.opt_recording"))]
IdArg = Annotated[Optional[str], typer.Argument(metavar="ID", help=h("calls.arg_id"), show_default=False)]
FromOpt = Annotated[Optional[str], typer.Option("--from", metavar="DATE", help=h("calls.opt_from"))]
ToOpt = Annotated[Optional[str], typer.Option("--to", metavar="DATE", help=h("calls.opt_to"))]


# The switches `calls check` took before --flags: each one is `--flags ID`, so that old commands and
# scripts still run. Not in the help: one way to say it there (docs/calls.md lists them).
OLD_SWITCHES = {"--to-third-party": "third-party", "--threat": "threat", "--insult": "insult",
                "--forged-document": "forged-document"}


class FlagSwitches(TyperCommand):
    """A command that reads an old switch as the --flags it stands for, before parsing."""

    # what a mistyped option (--thret) may have meant besides the options of the help: cli/usage_errors
    aliases = {switch: f"--flags {flag}" for switch, flag in OLD_SWITCHES.items()}

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        spelled = [part for arg in args[:end] for part in (("--flags", OLD_SWITCHES[arg]) if arg in OLD_SWITCHES
                                                            else (arg,))]
        return super().parse_args(ctx, spelled + args[end:])


def register(app: typer.Typer) -> None:
    calls_app = typer.Typer(help=h("calls.help"), short_help=h("calls.short"))
    log_app = typer.Typer(help=h("calls.log_help"), short_help=h("calls.log_short"))
    calls_app.callback(invoke_without_command=True)(_group_help)
    log_app.callback(invoke_without_command=True)(_group_help)
    calls_app.command("check", cls=FlagSwitches, help=h("calls.check_help"), short_help=h("calls.check_short"))(check)
    calls_app.command("report", help=h("calls.report_help"), short_help=h("calls.report_short"))(report)
    log_app.command("add", help=h("calls.add_help"))(log_add)
    log_app.command("list", help=h("calls.list_help"))(log_list)
    log_app.command("show", help=h("calls.show_help"))(log_show)
    log_app.command("edit", help=h("calls.edit_help"))(log_edit)
    log_app.command("delete", help=h("calls.delete_help"))(log_delete)
    log_app.command("export", help=h("calls.export_help"))(log_export)
    log_app.command("import", help=h("calls.import_help"))(log_import)
    calls_app.add_typer(log_app, name="log")
    app.add_typer(calls_app, name="calls")


@outputs()
def _group_help(ctx: typer.Context) -> None:
    """`huabei calls` or `huabei calls log` alone: its help, or with --json its commands (exit 0)."""
    if ctx.invoked_subcommand is not None:
        return
    if chosen().json:
        from huabei_assist.render import emit
        from huabei_assist.render.formats import OutputFormat
        from huabei_assist.views.calls_view import commands_view
        from typer.core import TyperGroup

        assert isinstance(ctx.command, TyperGroup)  # this is a group's callback
        emit(commands_view(ctx.command_path, [(name, command.get_short_help_str(limit=200))
                                              for name, command in ctx.command.commands.items()]),
             OutputFormat.JSON)
    else:
        typer.echo(ctx.get_help())


@outputs()
def check(
    at: AtOpt = None,
    kind: KindOpt = None,
    flags: FlagsOpt = None,
    unanswered: UnansweredOpt = False,
    count_today: Annotated[Optional[str], typer.Option("--count-today", metavar="N", help=h("calls.opt_count_today"))] = None,
    unanswered_today: Annotated[Optional[str], typer.Option("--unanswered-today", metavar="N",
                                                            help=h("calls.opt_unanswered_today"))] = None,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
    brief: BriefOpt = False,
) -> None:
    from huabei_assist.bounds import MAX_PER_DAY
    from huabei_assist.calls import rules
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.render import emit
    from huabei_assist.views.calls_view import check_view

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    count = None if count_today is None else ci.whole(count_today, "calls.bad_count_today", "--count-today", MAX_PER_DAY)
    missed = None if unanswered_today is None else ci.whole(unanswered_today, "calls.bad_unanswered_today",
                                                            "--unanswered-today", MAX_PER_DAY)
    when = ci.at_or_now(at)
    kind = rules.check_kind(kind or "call", book)
    answered = ci.answered(unanswered or missed is not None, kind)
    found_flags = rules.parse_flags(flags or [], book)
    found = rules.check(rules.Contact(when, kind, found_flags, count, answered, missed), book, settings)
    emit(check_view(when, kind, found_flags, count, found, settings, book, lang, unanswered_today=missed),
         shared.form, brief=brief)


@outputs()
def log_add(
    number: NumberOpt = None,
    at: AtOpt = None,
    agency: AgencyOpt = None,
    kind: KindOpt = None,
    note: NoteOpt = None,
    recording: RecordingOpt = None,
    flags: FlagsOpt = None,
    unanswered: UnansweredOpt = False,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
) -> None:
    from huabei_assist.calls import rules
    from huabei_assist.calls.store import NewEntry, Store
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.errors import InputError

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    if number is None or not number.strip():
        raise InputError("calls.need_number")
    kind = rules.check_kind(kind or "call", book)
    new = NewEntry(at=ci.contact_at(at), number=number, kind=kind, agency=agency, note=note,
                   flags=rules.parse_flags(flags or [], book), answered=ci.answered(unanswered, kind),
                   **ci.recording(recording))
    with Store(write=True) as store:
        entry = store.add(new)
        ci.emit_entry(store, entry.id, book, settings, lang, shared.form, "calls.added_title")


@outputs(VIEW_FORMATS)
def log_list(
    start: FromOpt = None,
    end: ToOpt = None,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
) -> None:
    from huabei_assist.calls.rules import check_entries
    from huabei_assist.calls.store import Store, recording_state
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.render import emit
    from huabei_assist.views.calls_view import list_view

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    first, last = ci.period(start, end)
    with Store() as store:
        items = [i for i in check_entries(store.entries(), book, settings) if ci.in_period(i.entry.at, first, last)]
    states = [recording_state(i.entry) for i in items]
    emit(list_view(items, states, settings, book, lang), shared.form)


@outputs()
def log_show(
    entry_id: IdArg = None,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
) -> None:
    from huabei_assist.calls.store import Store
    from huabei_assist.cli import calls_inputs as ci

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    with Store() as store:
        ci.emit_entry(store, ci.entry_id(entry_id), book, settings, lang, shared.form, "calls.show_title")


@outputs()
def log_edit(
    entry_id: IdArg = None,
    number: NumberOpt = None,
    at: AtOpt = None,
    agency: AgencyOpt = None,
    kind: KindOpt = None,
    note: NoteOpt = None,
    recording: RecordingOpt = None,
    flags: FlagsOpt = None,
    unanswered: Annotated[Optional[bool], typer.Option("--unanswered/--answered", help=h("calls.opt_answered_edit"),
                                                       show_default=False)] = None,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
) -> None:
    from huabei_assist.calls import rules
    from huabei_assist.calls.store import Store
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.errors import InputError

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    ci.entry_id(entry_id)  # a bad ID is reported before anything else
    changes: dict = {}
    if at is not None:
        changes["at"] = ci.contact_at(at)
    if number is not None:
        if not number.strip():
            raise InputError("calls.need_number")
        changes["number"] = number
    if kind is not None:
        changes["kind"] = rules.check_kind(kind, book)
    if agency is not None:
        changes["agency"] = agency
    if note is not None:
        changes["note"] = note
    if flags is not None:
        changes["flags"] = rules.parse_flags(flags, book)
    if recording is not None:
        changes.update(ci.recording(recording))
    if unanswered is not None:
        changes["answered"] = not unanswered
    if not changes:
        raise InputError("calls.edit_nothing")
    number_id = ci.entry_id(entry_id)
    with Store(write=True) as store:
        if "answered" in changes or "kind" in changes:  # only a call is answered or not
            kind_now = changes.get("kind", store.get(number_id).kind)
            if "answered" in changes:
                changes["answered"] = ci.answered(not changes["answered"], kind_now)
            elif kind_now not in ci.ANSWERED_KINDS:
                changes["answered"] = None
        store.update(number_id, **changes)
        ci.emit_entry(store, number_id, book, settings, lang, shared.form, "calls.edited_title")


@outputs()
def log_delete(
    entry_id: IdArg = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("calls.opt_yes"))] = False,
) -> None:
    from huabei_assist.calls.store import Store
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.render import emit
    from huabei_assist.views.calls_view import deleted_view

    shared = chosen()
    lang = shared.lang
    with Store(write=True) as store:
        entry = store.get(ci.entry_id(entry_id))
        if not yes:
            ci.confirm_delete(entry, lang)
        store.delete(entry.id)
    emit(deleted_view(entry, lang), shared.form)


@outputs((OutputFormat.JSON, OutputFormat.CSV), format_help="calls.opt_export_format", out="calls.opt_out")
def log_export() -> None:
    from huabei_assist.calls.store import Store
    from huabei_assist.cli.exporting import deliver
    from huabei_assist.views.calls_view import export_view, written_view

    shared = chosen()
    with Store() as store:
        entries = store.entries()
    deliver(export_view(entries, shared.lang), shared,
            lambda path: written_view(path, len(entries), shared.format.value, shared.lang))


@outputs()
def log_import(
    file: Annotated[Optional[str], typer.Argument(metavar="FILE", help=h("calls.arg_file"), show_default=False)] = None,
) -> None:
    from huabei_assist.calls.exchange import check_recordings, read_import
    from huabei_assist.calls.store import Store
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.calls_view import import_view

    shared = chosen()
    lang = shared.lang
    if file is None:
        from huabei_assist.errors import InputError

        raise InputError("calls.need_file")
    items = check_recordings(read_import(file, Knowledge().collection_rules))
    with Store(write=True) as store:
        added, renumbered, skipped = store.import_entries(items)
        total = store.count()
    emit(import_view(file, added, renumbered, skipped, total, lang), shared.form)


@outputs(out="calls.opt_report_out")
def report(
    start: FromOpt = None,
    end: ToOpt = None,
    window: WindowOpt = None,
    max_per_day: MaxOpt = None,
    today: TodayOpt = None,
) -> None:
    """The dossier is Markdown (a document for a regulator), to stdout or --out; --json: its data."""
    from huabei_assist.calls.dossier import build
    from huabei_assist.calls.store import Store
    from huabei_assist.cli import calls_inputs as ci
    from huabei_assist.cli import inputs
    from huabei_assist.render import emit, save
    from huabei_assist.views.calls_view import dossier_view, report_view

    shared = chosen()
    lang = shared.lang
    book, settings = ci.rules_and_settings(window, max_per_day)
    first, last = ci.period(start, end)
    with Store() as store:
        entries = store.entries()
    dossier = build(entries, book, settings, today=inputs.today(today), start=first, end=last)
    view = dossier_view(dossier, book, lang)
    if shared.out is None:
        emit(view, OutputFormat.JSON if shared.json else OutputFormat.MARKDOWN)
        return
    save(view, OutputFormat.MARKDOWN, shared.out, force=shared.force)
    emit(report_view(shared.out, dossier, book, lang), shared.form)
