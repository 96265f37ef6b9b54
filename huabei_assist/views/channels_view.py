"""Views of `huabei channels`, `huabei complain` and `huabei verify`."""

from __future__ import annotations

from huabei_assist.channels import ProblemAdvice, SearchHit
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.channels_schema import CallerCheck, Channel, Complaint
from huabei_assist.render.view import Block, KeyValues, Notes, Table, View
from huabei_assist.views.facts import basis_label, fact_headers, fact_json, fact_row, fact_text
from huabei_assist.views.cite import Footnotes, cite_json
from huabei_assist.knowledge.schema import say


def channel_json(channel: Channel, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    data = {
        "id": channel.id, "name": channel.name(lang), "contact": channel.contact(lang),
        "handles": channel.handles(lang), "when": channel.when(lang), "reply": say(channel.reply, lang),
        "basis": channel.basis, "source": cite_json(channel, lang, kb=kb),
        "notes": [fact_json(note, lang, kb=kb) for note in channel.notes],
    }
    if say(channel.seed_claim, lang):
        data["seed_claim"] = say(channel.seed_claim, lang)
    return data


def channel_notes(channel: Channel, lang: str) -> list[str]:
    """The seed's wrong claim about a channel, and its side facts with their basis."""
    lines = []
    claim = say(channel.seed_claim, lang)
    if claim:
        lines.append(f"{channel.name(lang)}: {t('common.seed_claimed', lang, claim=claim)}")
    lines += [f"{channel.name(lang)}: {fact_text(note, lang)} [{basis_label(note.basis, lang)}]" for note in channel.notes]
    return lines


def channels_view(channels: tuple[Channel, ...], lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    cited = Footnotes(lang, kb)
    table = Table(None, [t("channels.col_id", lang), t("channels.col_name", lang), t("channels.col_contact", lang),
                         t("channels.col_reply", lang)],
                  [[c.id, cited.cite(c.name(lang), c), c.contact(lang), say(c.reply, lang) or "-"] for c in channels],
                  primary=True)
    blocks: list[Block] = [table, *(_detail(c, lang, cited) for c in channels)]
    notes = [t("channels.note_basis", lang), t("channels.note_detail", lang)]
    notes += [line for c in channels for line in channel_notes(c, lang)]
    blocks += [Notes(t("channels.notes", lang), notes), cited.block()]
    return View(t("channels.title", lang), blocks, {"channels": [channel_json(c, lang, kb=kb) for c in channels]})


def channel_view(channel: Channel, complaints: tuple[Complaint, ...], lang: str, kb: Knowledge | None = None) -> View:
    """One channel, and the problems that list it (with its rank there)."""
    kb = knowledge(kb)
    uses = [(c, c.channels.index(channel.id) + 1) for c in complaints if channel.id in c.channels]
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        _detail(channel, lang, cited),
        Table(t("channels.problems_here", lang),
              [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_rank", lang)],
              [[c.id, c.text(lang), str(rank)] for c, rank in uses], primary=True),
    ]
    notes = channel_notes(channel, lang)
    if notes:
        blocks.append(Notes(t("channels.notes", lang), notes))
    blocks.append(cited.block())
    data = {**channel_json(channel, lang, kb=kb), "problems": [{"problem": c.id, "rank": rank} for c, rank in uses]}
    return View(channel.name(lang), blocks, data)


def advice_view(advice: ProblemAdvice, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    entry = advice.complaint
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        KeyValues(None, [
            (t("channels.problem", lang), entry.id),
            (t("channels.what", lang), cited.cite(entry.text(lang), entry)),
        ]),
        Table(t("channels.ranked", lang),
              ["#", t("channels.col_name", lang), t("channels.col_contact", lang), t("channels.when", lang),
               t("channels.col_reply", lang)],
              [[str(rank), cited.cite(c.name(lang), c), c.contact(lang), c.when(lang), say(c.reply, lang) or "-"]
               for rank, c in enumerate(advice.channels, 1)], primary=True),
        Table(t("channels.evidence", lang), ["#", t("channels.col_evidence", lang)],
              [[str(i), item] for i, item in enumerate(entry.evidence(lang), 1)]),
    ]
    if advice.rights:
        blocks.append(Table(t("channels.rights", lang), fact_headers(t("channels.col_rule", lang)),
                            [fact_row(f, cited) for f in advice.rights]))
    notes = [t("channels.note_order", lang)]
    notes += [t("channels.letter_hint", lang, letter=letter.id, title=letter.title(lang)) for letter in advice.letters]
    notes += [line for c in advice.channels for line in channel_notes(c, lang)]
    blocks += [Notes(t("channels.notes", lang), notes), cited.block()]
    data = {
        "problem": entry.id, "text": entry.text(lang), "basis": entry.basis, "source": cite_json(entry, lang, kb=kb),
        "channels": [{"rank": rank, **channel_json(c, lang, kb=kb)} for rank, c in enumerate(advice.channels, 1)],
        "evidence": list(entry.evidence(lang)),
        "rights": [fact_json(f, lang, kb=kb) for f in advice.rights],
        "letters": [letter.id for letter in advice.letters],
    }
    return View(t("channels.complain_title", lang, problem=entry.id), blocks, data)


def search_view(words: str, hits: tuple[SearchHit, ...], lang: str) -> View:
    table = Table(None, [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_channels", lang),
                         t("channels.col_matched", lang)],
                  [[h.complaint.id, h.complaint.text(lang), " > ".join(c.id for c in h.channels), ", ".join(h.matched)]
                   for h in hits], primary=True)
    notes = Notes(None, [t("channels.search_hint", lang, problem=hits[0].complaint.id)])
    data = {"query": words, "matches": [
        {"problem": h.complaint.id, "text": h.complaint.text(lang), "basis": h.complaint.basis,
         "channels": [c.id for c in h.channels], "matched": list(h.matched), "strength": h.strength} for h in hits]}
    return View(t("channels.search_title", lang, words=words), [table, notes], data)


def problems_view(complaints: tuple[Complaint, ...], lang: str) -> View:
    table = Table(None, [t("channels.col_problem", lang), t("channels.what", lang), t("channels.col_channels", lang)],
                  [[c.id, c.text(lang), " > ".join(c.channels)] for c in complaints], primary=True)
    data = {"problems": [{"problem": c.id, "text": c.text(lang), "basis": c.basis, "channels": list(c.channels)}
                         for c in complaints]}
    return View(t("channels.problems_title", lang), [table, Notes(None, [t("channels.problems_hint", lang)])], data)


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


def _detail(channel: Channel, lang: str, cited: Footnotes) -> KeyValues:
    return KeyValues(f"{channel.id} · {channel.name(lang)}", [
        (t("channels.col_contact", lang), channel.contact(lang)),
        (t("channels.handles", lang), cited.cite(channel.handles(lang), channel)),
        (t("channels.when", lang), channel.when(lang)),
        (t("channels.reply", lang), say(channel.reply, lang) or t("channels.reply_unknown", lang)),
    ])
