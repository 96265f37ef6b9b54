"""Views of `huabei calls`: a contact check, log entries, import/export results, the dossier."""

from __future__ import annotations

from datetime import datetime

from huabei_assist.calls.dossier import Dossier
from huabei_assist.calls.rules import Checked, Settings, Violation, breaks_by_basis, gaps_text, window_rule
from huabei_assist.calls.store import Entry
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.calls_schema import CollectionRules, Rule
from huabei_assist.render.view import Answer, KeyValues, Notes, Table, Typed, View
from huabei_assist.views.facts import basis_label, fact_headers, fact_row, fact_text
from huabei_assist.views.cite import Footnotes, cite_json, cite_text, documents_table
from huabei_assist.knowledge.schema import say
from huabei_assist.views.id_names import id_name


def _time(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def channel_name(channel_id: str, lang: str) -> str:
    """A report_to id as people know it, from the shared channel list (data/channels.toml)."""
    from huabei_assist.channels import channel

    return channel(channel_id).name(lang)


def _channels(channels, book: CollectionRules, lang: str) -> str:
    return t("calls.channel_sep", lang).join(channel_name(c, lang) for c in channels)


def _detail(violation: Violation, lang: str, kb: Knowledge | None = None) -> str:
    kb = knowledge(kb)
    return t(violation.detail, lang, **violation.params)


def violation_json(violation: Violation, book: CollectionRules, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    rule = violation.rule
    data = {"rule": rule.id, "name": rule.name(lang), "basis": rule.basis, "source": cite_json(rule, lang, kb=kb),
            "text": rule.text(lang), "detail": _detail(violation, lang, kb=kb), "report_to": list(rule.report_to),
            "report_to_names": [channel_name(c, lang) for c in rule.report_to]}
    claim = say(rule.seed_claim, lang)
    if claim:
        data["seed_claim"] = claim
    return data


def settings_json(settings: Settings, book: CollectionRules) -> dict:
    hours = book.guideline_hours
    return {"guideline_hours": {"start": hours.start, "end": hours.end, "basis": hours.rule.basis,
                                "rule": hours.rule.id},
            "window": {"start": settings.window_text[:5], "end": settings.window_text[6:],
                       "from": settings.window_from, "basis": settings.window_basis,
                       "adds": gaps_text(settings, book).en.split(", ") if gaps_text(settings, book).en != "-" else []},
            "unanswered_limit": {"limit": book.unanswered.limit, "basis": book.unanswered.rule.basis,
                                 "rule": book.unanswered.rule.id},
            "daily_limit": {"limit": settings.limit, "from": settings.limit_from, "basis": "setting"}}


def _settings_rows(settings: Settings, book: CollectionRules, lang: str,
                   cited: Footnotes | None) -> list[tuple[str, str]]:
    """The hours and counts in force: on a page each value carries the footnote mark of its rule
    (`cited`); the dossier (`cited` None), a document without a footnote list, states the basis in
    words and names no option or file."""
    dossier = cited is None
    hours = book.guideline_hours

    def value(key: str, rule: Rule, **params) -> str:
        if cited is None:
            return t(f"{key}_dossier", lang, basis=basis_label(rule.basis, lang), **params)
        return cited.cite(t(key, lang, **params), rule)

    rows = [(t("calls.guideline_hours", lang),
             value("calls.guideline_hours_value", hours.rule, start=hours.start, end=hours.end)),
            (t("calls.window", lang), value(f"calls.window_from_{settings.window_from}", window_rule(settings, book),
                                            window=settings.window_text, hours=gaps_text(settings, book)(lang))),
            (t("calls.unanswered_limit", lang),
             value("calls.unanswered_limit_value", book.unanswered.rule, limit=book.unanswered.limit))]
    label = t("calls.limit_dossier" if dossier else "calls.limit", lang)
    if settings.limit is not None:
        rows.append((label, value("calls.limit_value", book.daily.rule, limit=settings.limit)))
    elif not dossier:  # the dossier states what was set; the user learns they can set one
        rows.append((label, t("calls.limit_none", lang)))
    return rows


def verdict_text(violations, lang: str) -> str:
    """Breaks counted by basis, firmest first: "2 breaks of an industry guideline, 1 of your own setting"."""
    counts = breaks_by_basis(violations)
    if not counts:
        return t("calls.no_violation", lang)
    return t("calls.verdict_sep", lang).join(t(f"calls.verdict_{basis}", lang, n=n) for basis, n in counts.items())


def _violation_blocks(violations, book: CollectionRules, lang: str, primary: bool, cited: Footnotes,
                      kb: Knowledge | None = None) -> list:
    kb = knowledge(kb)
    if not violations:
        return [Notes(t("calls.violations", lang), [t("calls.no_violation", lang)])]
    rows = [[cited.cite(v.rule.name(lang), v.rule), _detail(v, lang, kb=kb), _channels(v.rule.report_to, book, lang)]
            for v in violations]
    headers = [t("calls.col_rule", lang), t("calls.col_detail", lang), t("calls.col_report_to", lang)]
    return [Table(t("calls.violations", lang), headers, rows, primary=primary),
            Table(t("calls.rules_text", lang), fact_headers(t("calls.col_rule", lang)),
                  [fact_row(v.rule, cited) for v in violations])]


def _notes(settings: Settings, book: CollectionRules, lang: str, *, dossier: bool = False) -> Notes:
    """What each time and count rule rests on, following the window and limit in force."""
    hours = book.guideline_hours
    suffix = "_dossier" if dossier else ""
    notes = [t("calls.note_guideline", lang, start=hours.start, end=hours.end, limit=book.unanswered.limit),
             t(f"calls.note_window_{settings.window_basis}{suffix}", lang, window=settings.window_text,
               hours=gaps_text(settings, book)(lang)),
             t("calls.note_limit" if settings.limit is None else "calls.note_own_limit", lang,
               limit=settings.limit or 0, unanswered=book.unanswered.limit) if not dossier else
             t("calls.note_limit_dossier", lang, unanswered=book.unanswered.limit)]
    if not dossier:
        notes.append(t("calls.note_channels", lang))
    return Notes(t("calls.notes", lang), notes)


def _flags(flags, book: CollectionRules, lang: str) -> str:
    """--flags words as the rules they mark (威胁 / Threats), in the user's language."""
    names = {rule.flag: rule.name(lang) for rule in book.rules if rule.flag}
    return t("common.list_sep", lang).join(names.get(flag, flag) for flag in flags) or "-"


# -- calls check --------------------------------------------------------------------------------
def check_view(at: datetime, kind: str, flags: tuple[str, ...], count_today: int | None,
               violations: tuple[Violation, ...], settings: Settings, book: CollectionRules, lang: str,
               kb: Knowledge | None = None, unanswered_today: int | None = None) -> View:
    kb = knowledge(kb)
    cited = Footnotes(lang, kb)  # numbered in page order: the summary's rules first
    summary = [(t("calls.at", lang), _time(at)), (t("calls.kind", lang), id_name("contact_kind", kind, lang, kb)),
               (t("calls.flags", lang), _flags(flags, book, lang)),
               (t("calls.count_today", lang), "-" if count_today is None else str(count_today)),
               (t("calls.unanswered_today", lang), "-" if unanswered_today is None else str(unanswered_today)),
               *_settings_rows(settings, book, lang, cited),
               (t("calls.verdict", lang), verdict_text(violations, lang))]
    blocks = [Answer(check_answer(at, kind, violations, lang, kb=kb)), KeyValues(None, summary),
              *_violation_blocks(violations, book, lang, True, cited, kb=kb), _notes(settings, book, lang), cited.block()]
    data = {"at": at.isoformat(timespec="minutes"), "kind": kind, "flags": list(flags), "count_today": count_today,
            "unanswered_today": unanswered_today, **settings_json(settings, book),
            "breaks_by_basis": breaks_by_basis(violations),
            "violations": [violation_json(v, book, lang, kb=kb) for v in violations]}
    return View(t("calls.check_title", lang), blocks, data)


def check_answer(at: datetime, kind: str, violations: tuple[Violation, ...], lang: str,
                 kb: Knowledge | None = None) -> list[str]:
    """The verdict in one line, what to do today, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    contact = dict(at=_time(at), kind=id_name("contact_kind", kind, lang, kb))
    if violations:
        names = t("common.list_sep", lang).join(v.rule.name(lang) for v in violations)
        lines = [t("calls.answer_broken", lang, n=len(violations), rules=names, **contact)]
    else:
        lines = [t("calls.answer_clean", lang, **contact)]
    return lines + pointer_lines(pointers("calls_check", kb, usual=bool(violations)), lang)


# -- the log ------------------------------------------------------------------------------------
def _kind_text(entry: Entry, lang: str, kb: Knowledge) -> str:
    """The kind, with "unanswered" for a call not answered (what the guideline's daily count counts)."""
    kind = id_name("contact_kind", entry.kind, lang, kb)
    return t("calls.kind_unanswered", lang, kind=kind) if entry.answered is False else kind


def _typed(text: str | None) -> str:
    """An optional field the user typed; "-" when empty."""
    return Typed(text) if text else "-"


def _state_text(state: str | None, lang: str) -> str:
    return "-" if state is None else t(f"calls.recording_{state}", lang)


def entry_json(item: Checked, state: str | None, book: CollectionRules, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    entry: Entry = item.entry
    return {**entry.record(), "flags": list(entry.flags), "count_today": item.count_today,
            "unanswered_today": item.unanswered_today, "recording_state": state,
            "violations": [violation_json(v, book, lang, kb=kb) for v in item.violations]}


def list_view(items: list[Checked], states: list[str | None], settings: Settings, book: CollectionRules,
              lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    headers = ["#", t("calls.at", lang), t("calls.kind", lang), t("calls.number", lang), t("calls.agency", lang),
               t("calls.flags", lang), t("calls.col_broken", lang), t("calls.recording", lang)]
    rows = [[str(i.entry.id), _time(i.entry.at), _kind_text(i.entry, lang, kb), Typed(i.entry.number),
             _typed(i.entry.agency), _flags(i.entry.flags, book, lang),
             ", ".join(v.rule.name(lang) for v in i.violations) or "-", _state_text(s, lang)]
            for i, s in zip(items, states)]
    blocks: list = [Table(t("calls.entries", lang), headers, rows, primary=True)]
    if not items:
        blocks.append(Notes(None, [t("calls.log_empty", lang)]))
    else:
        broken = sum(1 for i in items if i.violations)
        cited = Footnotes(lang, kb)
        blocks += [KeyValues(None, [(t("calls.total", lang), str(len(items))),
                                    (t("calls.with_violations", lang), str(broken)),
                                    (t("calls.verdict", lang), verdict_text([v for i in items for v in i.violations], lang)),
                                    *_settings_rows(settings, book, lang, cited)]),
                   cited.block()]
    data = [entry_json(i, s, book, lang, kb=kb) for i, s in zip(items, states)]
    return View(t("calls.list_title", lang), blocks, data)


def entry_view(item: Checked, state: str | None, settings: Settings, book: CollectionRules, lang: str,
               title_key: str = "calls.show_title", kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    entry: Entry = item.entry
    cited = Footnotes(lang, kb)
    rows = [("#", str(entry.id)), (t("calls.at", lang), _time(entry.at)),
            (t("calls.kind", lang), id_name("contact_kind", entry.kind, lang, kb)),
            (t("calls.number", lang), Typed(entry.number)), (t("calls.agency", lang), _typed(entry.agency)),
            (t("calls.flags", lang), _flags(entry.flags, book, lang)), (t("calls.note", lang), _typed(entry.note)),
            (t("calls.answered", lang), _answered_text(entry, lang)),
            (t("calls.count_today", lang), "-" if item.count_today is None else str(item.count_today))]
    if entry.recording_path:
        rows += [(t("calls.recording", lang), Typed(entry.recording_path)),
                 ("SHA-256", entry.recording_sha256 or "-"),
                 (t("calls.recording_check", lang), _state_text(state, lang))]
    rows += [(t("calls.created", lang), entry.created.replace("T", " ")),
             (t("calls.verdict", lang), verdict_text(item.violations, lang)), *_settings_rows(settings, book, lang, cited)]
    blocks = [KeyValues(None, rows), *_violation_blocks(item.violations, book, lang, True, cited, kb=kb)]
    if state not in (None, "ok"):
        blocks.append(Notes(t("calls.warning", lang), [t(f"calls.recording_{state}_note", lang,
                                                         path=entry.recording_path)]))
    blocks.append(cited.block())
    return View(t(title_key, lang, id=entry.id), blocks, entry_json(item, state, book, lang, kb=kb))


def _answered_text(entry: Entry, lang: str) -> str:
    if entry.answered is None:
        return "-"
    return t("calls.answered_yes" if entry.answered else "calls.answered_no", lang)


def deleted_view(entry: Entry, lang: str) -> View:
    text = t("calls.deleted", lang, id=entry.id, at=_time(entry.at), number=entry.number)
    return View(t("calls.delete_title", lang), [Notes(None, [text])], {"deleted": entry.record()})


def import_view(path: str, added: int, renumbered: int, skipped: int, total: int, lang: str) -> View:
    rows = [(t("calls.import_file", lang), Typed(path)), (t("calls.import_added", lang), str(added)),
            (t("calls.import_renumbered", lang), str(renumbered)), (t("calls.import_skipped", lang), str(skipped)),
            (t("calls.total", lang), str(total))]
    data = {"file": path, "added": added, "renumbered": renumbered, "skipped": skipped, "total": total}
    return View(t("calls.import_title", lang), [KeyValues(None, rows)], data)


def export_view(entries: list[Entry], lang: str) -> View:
    """`calls log export`: the log as its interchange file; JSON is the document, CSV the table
    (every cell text as stored, so that a round trip loses nothing)."""
    from huabei_assist.calls.exchange import csv_text, export_document
    from huabei_assist.calls.store import COLUMNS

    document = export_document(entries)
    rows: list[list[str]] = [[Typed("" if record[c] is None else csv_text(record[c])) for c in COLUMNS]
                             for record in document["entries"]]
    return View(t("calls.export_title", lang), [Table(None, list(COLUMNS), rows, primary=True)], document)


def commands_view(command: str, commands: list[tuple[str, str]]) -> View:
    """`huabei calls --json` (a group alone): its commands and their one-line help."""
    return View(command, [Table(None, ["name", "help"], [list(row) for row in commands])],
                {"command": command, "commands": [{"name": name, "help": text} for name, text in commands]})


def written_view(path: str, count: int, fmt: str, lang: str) -> View:
    return View(t("calls.export_title", lang), [Notes(None, [t("calls.written", lang, path=path, n=count)])],
                {"out": path, "format": fmt, "entries": count})


# -- the dossier --------------------------------------------------------------------------------
def _one_line(text: str) -> str:
    """A rule's text from data/ in a table cell of the dossier: its line breaks are only wrapping."""
    return " ".join(text.split())


DOSSIER_LANG = "zh"  # the dossier goes to Chinese regulators: Chinese whatever --lang says


def dossier_view(dossier: Dossier, book: CollectionRules, lang: str, kb: Knowledge | None = None) -> View:
    """The dossier, rendered only as Markdown, in Chinese; with --lang en an English summary follows.
    It states facts and carries no command-line hints (the regulator does not run huabei). User text
    is Typed (the renderer escapes it), or escaped here when it is part of a sentence (a recording's path)."""
    from huabei_assist.escape import markdown

    kb = knowledge(kb)
    zh = DOSSIER_LANG
    blocks: list = [KeyValues(t("calls.summary", zh), _dossier_summary(dossier, book, zh))]
    contact_rows = [[str(i.entry.id), _time(i.entry.at), _kind_text(i.entry, zh, kb),
                     Typed(i.entry.number), _typed(i.entry.agency), _typed(i.entry.note),
                     "；".join(f"{v.rule.name(zh)}（{_detail(v, zh, kb=kb)}）[{basis_label(v.rule.basis, zh)}]"
                              for v in i.violations) or "-"]
                    for i in dossier.items]
    blocks.append(Table(t("calls.contacts", zh),
                        ["#", t("calls.at", zh), t("calls.kind", zh), t("calls.number", zh),
                         t("calls.agency", zh), t("calls.note", zh), t("calls.col_broken", zh)],
                        contact_rows, primary=True))
    if dossier.rules:
        blocks.append(Table(t("calls.rules_broken", zh),
                            [t("calls.col_rule", zh), t("common.col_basis", zh), t("common.col_source", zh),
                             t("calls.col_breaks", zh), t("calls.col_entries", zh)],
                            [[f"{rc.rule.name(zh)}：{_one_line(fact_text(rc.rule, zh))}", basis_label(rc.rule.basis, zh),
                              cite_text(rc.rule, zh, kb=kb),
                              str(rc.count), ", ".join(f"#{i}" for i in rc.entry_ids)] for rc in dossier.rules]))
        blocks.append(Table(t("calls.where_to_file", zh),
                            [t("calls.col_channel", zh), t("calls.col_breaks", zh), t("calls.col_rule", zh)],
                            [[channel_name(c.channel, zh), str(c.count),
                              "、".join(dossier.rule(r).name(zh) for r in c.rule_ids)] for c in dossier.channels]))
    if dossier.callers:
        blocks.append(Table(t("calls.callers", zh),
                            [t("calls.number", zh), t("calls.agency", zh), t("calls.col_contacts", zh)],
                            [[Typed(c.number), Typed("、".join(c.agencies)) if c.agencies else "-", str(c.count)]
                             for c in dossier.callers]))
    attach = [t("calls.attach_dossier", zh)]
    attach += [f"{rc.rule.name(zh)}：{rc.rule.evidence(zh)}" for rc in dossier.rules]
    attach += [t("calls.attach_recording", zh, id=r.entry_id, path=markdown(r.path), sha=r.sha256,
                 state=t(f"calls.recording_{r.state}", zh)) for r in dossier.recordings]
    blocks.append(Notes(t("calls.what_to_attach", zh), attach))
    if dossier.rules:
        blocks.append(documents_table([rc.rule for rc in dossier.rules], zh, kb=kb))
    blocks.append(_notes(dossier.settings, book, zh, dossier=True))
    if lang != zh:
        blocks += [Notes(t("calls.dossier_other_summary", lang), [t("calls.dossier_other_note", lang)]),
                   KeyValues(None, _dossier_summary(dossier, book, lang))]
    return View(t("calls.dossier_title", zh), blocks, dossier_json(dossier, book, lang, kb=kb))


def _dossier_summary(dossier: Dossier, book: CollectionRules, lang: str) -> list[tuple[str, str]]:
    """The summary rows: the period (as asked, else the first and last contact's days), the first and
    last contact, contacts and rule breaks counted apart, the window and limit without hints."""
    first, last = dossier.first_contact, dossier.last_contact
    start = dossier.start or (first.date() if first else None)
    end = dossier.end or (last.date() if last else None)
    period = t("calls.period_value", lang, start=start.isoformat(), end=end.isoformat()) if start and end \
        else t("calls.period_empty", lang)
    settings = dossier.settings
    return [(t("calls.period", lang), period),
            (t("calls.first_contact", lang), _time(first) if first else "-"),
            (t("calls.last_contact", lang), _time(last) if last else "-"),
            (t("calls.generated", lang), dossier.today.isoformat()),
            (t("calls.total", lang), str(len(dossier.items))),
            (t("calls.with_violations", lang), str(dossier.with_violations)),
            (t("calls.breaks_total", lang), str(dossier.breaks)),
            (t("calls.verdict", lang), verdict_text([v for i in dossier.items for v in i.violations], lang)),
            (t("calls.days_with_contact", lang), str(dossier.days_with_contact)),
            (t("calls.busiest_day", lang), "-" if dossier.busiest_day is None else
             t("calls.busiest_value", lang, day=dossier.busiest_day.isoformat(), n=dossier.busiest_count)),
            *_settings_rows(settings, book, lang, None)]


def dossier_json(dossier: Dossier, book: CollectionRules, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    states = {r.entry_id: r.state for r in dossier.recordings}
    return {
        "today": dossier.today, "from": dossier.start, "to": dossier.end,
        **settings_json(dossier.settings, book),
        "total": len(dossier.items), "with_violations": dossier.with_violations,
        "days_with_contact": dossier.days_with_contact, "busiest_day": dossier.busiest_day,
        "busiest_count": dossier.busiest_count,
        "contacts": [entry_json(i, states.get(i.entry.id), book, lang, kb=kb) for i in dossier.items],
        "rules": [{"rule": rc.rule.id, "name": rc.rule.name(lang), "basis": rc.rule.basis, "source": cite_json(rc.rule, lang, kb=kb),
                   "count": rc.count, "entries": list(rc.entry_ids)} for rc in dossier.rules],
        "report_to": [{"channel": c.channel, "name": channel_name(c.channel, lang), "count": c.count,
                       "rules": list(c.rule_ids)} for c in dossier.channels],
        "first_contact": dossier.first_contact.isoformat(timespec="minutes") if dossier.first_contact else None,
        "last_contact": dossier.last_contact.isoformat(timespec="minutes") if dossier.last_contact else None,
        "breaks": dossier.breaks,
        "breaks_by_basis": breaks_by_basis(v for i in dossier.items for v in i.violations),
        "callers": [{"number": c.number, "agencies": list(c.agencies), "count": c.count} for c in dossier.callers],
        "recordings": [{"entry": r.entry_id, "path": r.path, "sha256": r.sha256, "state": r.state}
                       for r in dossier.recordings],
    }


def report_view(out: str, dossier: Dossier, book: CollectionRules, lang: str, kb: Knowledge | None = None) -> View:
    text = t("calls.report_written", lang, path=out, n=len(dossier.items), broken=dossier.with_violations,
             breaks=dossier.breaks)
    return View(t("calls.dossier_title", lang), [Notes(None, [text])],
                {"out": out, **dossier_json(dossier, book, lang, kb=kb)})
