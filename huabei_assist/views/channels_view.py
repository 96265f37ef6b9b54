"""Views of `huabei channels`, `huabei complain` and `huabei verify`."""

from __future__ import annotations

from huabei_assist.channels import ComplaintDates, ProblemAdvice, SearchHit, note, reply_rule
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.channels_schema import CallerCheck, Channel, Complaint
from huabei_assist.render.view import Block, KeyValues, Notes, Table, View
from huabei_assist.views.facts import fact_headers, fact_json, fact_row, fact_text
from huabei_assist.views.cite import Footnotes, cite_json
from huabei_assist.knowledge.schema import say
from huabei_assist.views.deadline_text import deadline_json, deadline_text

_DEADLINES = ("decide", "complex", "longest")  # ComplaintDates fields, in the order shown


def channel_json(channel: Channel, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    data = {
        "id": channel.id, "name": channel.name(lang), "contact": channel.contact(lang),
        "handles": channel.handles(lang), "when": channel.when(lang), "reply": say(channel.reply, lang),
        "reply_rule": None if channel.reply_rule is None else fact_json(note(channel.reply_rule, kb), lang, kb=kb),
        "basis": channel.basis, "source": cite_json(channel, lang, kb=kb),
        "notes": [fact_json(note, lang, kb=kb) for note in channel.notes],
    }
    if say(channel.seed_claim, lang):
        data["seed_claim"] = say(channel.seed_claim, lang)
    return data


def channel_notes(channel: Channel, lang: str, cited: Footnotes) -> list[str]:
    """The seed's wrong claim about a channel, and its side facts, each cited with its own source and basis."""
    lines = []
    claim = say(channel.seed_claim, lang)
    if claim:
        lines.append(f"{channel.name(lang)}: {t('common.seed_claimed', lang, claim=claim)}")
    lines += [f"{channel.name(lang)}: {cited.cite(fact_text(note, lang), note)}" for note in channel.notes]
    return lines


def channels_view(channels: tuple[Channel, ...], lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    cited = Footnotes(lang, kb)
    table = Table(None, [t("channels.col_id", lang), t("channels.col_name", lang), t("channels.col_contact", lang),
                         t("channels.col_reply", lang)],
                  [[c.id, cited.cite(c.name(lang), c), c.contact(lang), _reply(c, lang, cited, kb)] for c in channels],
                  primary=True)
    blocks: list[Block] = [table, *(_detail(c, lang, cited, kb) for c in channels)]
    notes = [t("channels.note_basis", lang), t("channels.note_detail", lang)]
    notes += [line for c in channels for line in channel_notes(c, lang, cited)] + _reply_rules(channels, lang, cited, kb)
    blocks += [Notes(t("channels.notes", lang), notes), cited.block()]
    return View(t("channels.title", lang), blocks, {"channels": [channel_json(c, lang, kb=kb) for c in channels]})


def channel_view(channel: Channel, complaints: tuple[Complaint, ...], lang: str, kb: Knowledge | None = None) -> View:
    """One channel, and the problems that list it (with its rank there)."""
    kb = knowledge(kb)
    uses = [(c, c.channels.index(channel.id) + 1) for c in complaints if channel.id in c.channels]
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        _detail(channel, lang, cited, kb),
        Table(t("channels.problems_here", lang),
              [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_rank", lang)],
              [[c.id, c.text(lang), str(rank)] for c, rank in uses], primary=True),
    ]
    notes = channel_notes(channel, lang, cited) + _reply_rules((channel,), lang, cited, kb)
    if notes:
        blocks.append(Notes(t("channels.notes", lang), notes))
    blocks.append(cited.block())
    data = {**channel_json(channel, lang, kb=kb), "problems": [{"problem": c.id, "rank": rank} for c, rank in uses]}
    return View(channel.name(lang), blocks, data)


def advice_view(advice: ProblemAdvice, lang: str, dates: ComplaintDates | None = None,
                kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    entry = advice.complaint
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        KeyValues(None, [
            (t("channels.problem", lang), entry.id),
            (t("channels.what", lang), cited.cite(entry.text(lang), entry)),
        ]),
        *_dates_blocks(dates, lang, cited, kb),
        Table(t("channels.ranked", lang),
              ["#", t("channels.col_name", lang), t("channels.col_contact", lang), t("channels.when", lang),
               t("channels.col_reply", lang)],
              [[str(rank), cited.cite(c.name(lang), c), c.contact(lang), c.when(lang), _reply(c, lang, cited, kb)]
               for rank, c in enumerate(advice.channels, 1)], primary=True),
        Table(t("channels.evidence", lang), ["#", t("channels.col_evidence", lang)],
              [[str(i), item] for i, item in enumerate(entry.evidence(lang), 1)]),
    ]
    if advice.rights:
        blocks.append(Table(t("channels.rights", lang), fact_headers(t("channels.col_rule", lang)),
                            [fact_row(f, cited) for f in advice.rights]))
    notes = [t("channels.note_order", lang)] + ([] if dates else [t("channels.note_filed", lang)])
    notes += [t("channels.letter_hint", lang, letter=letter.id, title=letter.title(lang)) for letter in advice.letters]
    notes += [line for c in advice.channels for line in channel_notes(c, lang, cited)]
    notes += _reply_rules(advice.channels, lang, cited, kb)
    blocks += [Notes(t("channels.notes", lang), notes), cited.block()]
    data = {
        "problem": entry.id, "text": entry.text(lang), "basis": entry.basis, "source": cite_json(entry, lang, kb=kb),
        "channels": [{"rank": rank, **channel_json(c, lang, kb=kb)} for rank, c in enumerate(advice.channels, 1)],
        "evidence": list(entry.evidence(lang)),
        "rights": [fact_json(f, lang, kb=kb) for f in advice.rights],
        "letters": [letter.id for letter in advice.letters],
        "complaint_deadlines": dates_json(dates, lang, kb),
    }
    return View(t("channels.complain_title", lang, problem=entry.id), blocks, data)


def search_view(words: str, hits: tuple[SearchHit, ...], lang: str, dates: ComplaintDates | None = None,
                kb: Knowledge | None = None) -> View:
    table = Table(None, [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_channels", lang),
                         t("channels.col_matched", lang)],
                  [[h.complaint.id, h.complaint.text(lang), " > ".join(c.id for c in h.channels), ", ".join(h.matched)]
                   for h in hits], primary=True)
    notes = Notes(None, [t("channels.search_hint", lang, problem=hits[0].complaint.id)])
    data = {"query": words, "matches": [
        {"problem": h.complaint.id, "text": h.complaint.text(lang), "basis": h.complaint.basis,
         "channels": [c.id for c in h.channels], "matched": list(h.matched), "strength": h.strength} for h in hits]}
    return _with_dates(t("channels.search_title", lang, words=words), [table, notes], data, dates, lang, kb)


def problems_view(complaints: tuple[Complaint, ...], lang: str, dates: ComplaintDates | None = None,
                  kb: Knowledge | None = None) -> View:
    table = Table(None, [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_channels", lang)],
                  [[c.id, c.text(lang), " > ".join(c.channels)] for c in complaints], primary=True)
    data = {"problems": [{"problem": c.id, "text": c.text(lang), "basis": c.basis, "channels": list(c.channels)}
                         for c in complaints]}
    return _with_dates(t("channels.problems_title", lang), [table, Notes(None, [t("channels.problems_hint", lang)])],
                       data, dates, lang, kb)


def dates_json(dates: ComplaintDates | None, lang: str, kb: Knowledge | None = None) -> dict | None:
    """`complain --filed`: each deadline's days and dates (the moved one too), and the rule; None without it."""
    if dates is None:
        return None
    days = knowledge(kb).channels.complaint_deadlines
    return {"filed": dates.filed,
            **{name: {"days": getattr(days, name), **deadline_json(getattr(dates, name), lang, kb=kb)}
               for name in _DEADLINES},
            "rule": fact_json(dates.rule, lang, kb=kb)}


def _dates_blocks(dates: ComplaintDates | None, lang: str, cited: Footnotes, kb: Knowledge) -> list[Block]:
    """The filing date and the three dates the institution must decide by, each cited to the rule."""
    if dates is None:
        return []
    days = kb.channels.complaint_deadlines
    rows = [(t("channels.deadline_filed", lang), dates.filed.isoformat())]
    rows += [(t(f"channels.deadline_{name}", lang, days=getattr(days, name)),
              cited.cite(deadline_text(getattr(dates, name), lang, kb=kb), dates.rule)) for name in _DEADLINES]
    return [KeyValues(t("channels.deadlines_title", lang), rows)]


def _with_dates(title: str, blocks: list[Block], data: dict, dates: ComplaintDates | None, lang: str,
                kb: Knowledge | None) -> View:
    """A view that cites no sources of its own, with the complaint deadlines first and their source last."""
    if dates is None:
        return View(title, blocks, {**data, "complaint_deadlines": None})
    kb = knowledge(kb)
    cited = Footnotes(lang, kb)
    blocks = [*_dates_blocks(dates, lang, cited, kb), *blocks, cited.block()]
    return View(title, blocks, {**data, "complaint_deadlines": dates_json(dates, lang, kb)})


def verify_view(check: CallerCheck, hotline: Channel, lang: str, rights: tuple = (),
                kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    sections = (("ask", check.ask), ("confirm", check.confirm), ("scam", check.scam_signs))
    cited = Footnotes(lang, kb)
    rows = [[t(f"channels.section_{name}", lang), str(i), *fact_row(fact, cited)]
            for name, facts in sections for i, fact in enumerate(facts, 1)]
    blocks: list[Block] = [
        KeyValues(None, [(t("channels.verify_hotline", lang), f"{hotline.contact(lang)} · {hotline.name(lang)}")]),
        Table(None, [t("channels.col_section", lang), "#", *fact_headers(t("channels.col_item", lang))],
              rows, primary=True),
    ]
    if rights:
        blocks.append(Table(t("channels.verify_rights", lang), fact_headers(t("channels.col_rule", lang)),
                            [fact_row(f, cited) for f in rights]))
    blocks += [Notes(t("channels.notes", lang), [t("channels.verify_note_scam", lang), t("channels.verify_note_next", lang)]),
               cited.block()]
    data = {
        "ask": [fact_json(f, lang, kb=kb) for f in check.ask],
        "confirm": [fact_json(f, lang, kb=kb) for f in check.confirm],
        "scam_signs": [fact_json(f, lang, kb=kb) for f in check.scam_signs],
        "channel": channel_json(hotline, lang, kb=kb),
        "rights": [fact_json(f, lang, kb=kb) for f in rights],
    }
    return View(t("channels.verify_title", lang), blocks, data)


def _detail(channel: Channel, lang: str, cited: Footnotes, kb: Knowledge) -> KeyValues:
    return KeyValues(f"{channel.id} · {channel.name(lang)}", [
        (t("channels.col_contact", lang), channel.contact(lang)),
        (t("channels.handles", lang), cited.cite(channel.handles(lang), channel)),
        (t("channels.when", lang), channel.when(lang)),
        (t("channels.reply", lang), _reply(channel, lang, cited, kb, unknown=t("channels.reply_unknown", lang))),
    ])


def _reply(channel: Channel, lang: str, cited: Footnotes, kb: Knowledge, unknown: str = "-") -> str:
    """The reply time; where it speaks of a rule's deadlines (`reply_rule`), cited to that rule, not
    to the channel (a platform's entry does not carry a regulator's deadlines)."""
    reply = say(channel.reply, lang)
    if not reply:
        return unknown
    rule = reply_rule(channel, kb)
    return reply if rule is None else cited.cite(reply, rule)


def _reply_rules(channels: tuple[Channel, ...], lang: str, cited: Footnotes, kb: Knowledge) -> list[str]:
    """The rules the replies point to, each once, where no channel on the page lists it among its notes."""
    shown = {n.id for c in channels for n in c.notes}
    ids = dict.fromkeys(c.reply_rule for c in channels if c.reply_rule is not None and c.reply_rule not in shown)
    return [cited.cite(fact_text(rule, lang), rule) for rule in (note(i, kb) for i in ids)]
