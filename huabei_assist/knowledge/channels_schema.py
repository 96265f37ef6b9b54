"""Shape of data/channels.toml: complaint channels, the problems they handle, how to check a caller.

NamedTuples validated by Pydantic on a cache miss (knowledge/validate.py); see knowledge/schema.py.
"""


from huabei_assist.knowledge.schema import Basis, Fact, Problem, Text, Texts, name_problems
from huabei_assist.named_tuple import NamedTuple

# The channel ids other modules (calls, playbooks, letters) point at: fixed, checked below.
CHANNEL_IDS: tuple[str, ...] = ("95188", "12378", "12363", "nifa", "12321", "110", "heimao", "court")


class Channel(NamedTuple):
    """One place to verify, complain or report: who runs it, how to reach it, what it handles."""

    id: str
    zh_name: str  # `channels 金融监管总局` as well as `channels 12378`
    name: Text
    contact: Text  # a number or a site (the same in both), or for the court which court
    handles: Text
    when: Text
    basis: Basis
    source: str
    reply: Text | None = None  # reply time, where known
    # the id of a channel note that states the deadlines `reply` speaks of, with their own basis and
    # source (a regulator's rule in the entry of a platform): the reply is cited to it
    reply_rule: str | None = None
    seed_claim: Text | None = None  # what the seed article said that does not hold
    notes: tuple[Fact, ...] = ()  # side facts, e.g. a reported figure that is not confirmed
    pin: str | None = None  # the article or section of the source, e.g. 第25条


class Complaint(NamedTuple):
    """A problem a user may have (`complain --problem ID`): channels ranked best first, evidence to prepare."""

    id: str
    zh_name: str  # `complain --problem 威胁` as well as `--problem threat`
    text: Text
    basis: Basis  # how firm the rule broken is
    source: str
    channels: tuple[str, ...]  # channel ids, best first
    evidence: Texts
    keywords_zh: tuple[str, ...]  # for `complain WORDS`
    keywords_en: tuple[str, ...]
    rights: tuple[str, ...] = ()  # ids in data/rights.toml
    letters: tuple[str, ...] = ()  # ids in data/letters.toml
    pin: str | None = None  # the article or section of the source, e.g. 第25条


class CallerCheck(NamedTuple):
    """`huabei verify`: what to ask a caller, how to confirm through 95188, signs of a scam."""

    ask: tuple[Fact, ...]
    confirm: tuple[Fact, ...]
    scam_signs: tuple[Fact, ...]
    rights: tuple[str, ...] = ()  # ids in data/rights.toml: what enforcement can and cannot do


class ComplaintDeadlines(NamedTuple):
    """Days an institution has to decide on a complaint, from the day it receives it (not counted)."""

    decide: int
    complex: int  # if the complaint is complex
    longest: int  # at most, with approval
    rule: str  # the id of the channel note that states them (its basis and source)


class ChecklistItem(NamedTuple):
    """What a person ticks in `huabei guide` (`--problems`): an existing problem of this file
    (channels, letters) and/or a playbook (dated steps), and the stage actions to do first."""

    id: str
    zh_name: str
    name: Text  # as the guide asks and shows it: 打给家人、朋友或单位; may name a figure ({window})
    problem: str | None = None  # an id of [[complaints]]
    playbook: str | None = None  # an id of data/playbooks.toml
    first_steps: tuple[str, ...] = ()  # ids of stage actions in data/stages.toml


class ChannelBook(NamedTuple):
    """data/channels.toml."""

    channels: tuple[Channel, ...]
    complaints: tuple[Complaint, ...]
    verify: CallerCheck
    complaint_deadlines: ComplaintDeadlines
    checklist: tuple[ChecklistItem, ...]

    def problems(self) -> list[Problem]:
        found = name_problems("channels", self.channels) + name_problems("complaints", self.complaints)
        found += name_problems("checklist", self.checklist)
        problems = {c.id for c in self.complaints}
        for index, item in enumerate(self.checklist):
            if item.problem is not None and item.problem not in problems:
                found.append((f"checklist[{index}]", "problem", f"no complaint '{item.problem}'"))
            if item.problem is None and item.playbook is None:
                found.append((f"checklist[{index}]", "problem", "a problem or a playbook is required"))
        ids = [c.id for c in self.channels]
        if tuple(sorted(ids)) != tuple(sorted(CHANNEL_IDS)):
            found.append(("channels", "id", f"the channel ids must be exactly {', '.join(CHANNEL_IDS)}"))
        for index, complaint in enumerate(self.complaints):
            entry = f"complaints[{index}]"
            if not complaint.channels:
                found.append((entry, "channels", "at least one channel is required"))
            for name in complaint.channels:
                if name not in ids:
                    found.append((entry, "channels", f"no channel '{name}'"))
            if len(set(complaint.channels)) != len(complaint.channels):
                found.append((entry, "channels", "a channel is listed twice"))
            if len(complaint.evidence.zh) != len(complaint.evidence.en) or not complaint.evidence.zh:
                found.append((entry, "evidence", "zh and en must list the same items"))
            if not complaint.keywords_zh or not complaint.keywords_en:
                found.append((entry, "keywords_zh", "keywords in zh and en are required"))
        days = self.complaint_deadlines
        if not 0 < days.decide <= days.complex <= days.longest:
            found.append(("complaint_deadlines", "decide", "the days must be positive and decide <= complex <= longest"))
        notes = {note.id for c in self.channels for note in c.notes}
        if days.rule not in notes:
            found.append(("complaint_deadlines", "rule", f"no channel note '{days.rule}'"))
        for index, channel in enumerate(self.channels):
            if channel.reply_rule is not None and channel.reply_rule not in notes:
                found.append((f"channels[{index}]", "reply_rule", f"no channel note '{channel.reply_rule}'"))
            if channel.reply_rule is not None and channel.reply is None:
                found.append((f"channels[{index}]", "reply_rule", "a reply rule needs a reply"))
        return found
