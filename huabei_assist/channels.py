"""Where to verify, complain or report: channels, the problems they handle, and a search.

Pure: reads data/channels.toml (and rights.toml for the rules each problem touches); no printing.
Other modules point at channels by id (`channel("12378")`) and at problems by id
(`channels_for("off-hours")`). A channel's texts come with their figures filled (the complaint
deadlines, knowledge/figures.py); `complaint_dates` counts those deadlines from a filing date.
"""

from datetime import date

from huabei_assist.deadlines import Deadline, deadline
from huabei_assist.errors import DataFileError, HuabeiError
from huabei_assist.knowledge.figures import filled
from huabei_assist.knowledge.channels_schema import CallerCheck, Channel, ChannelBook, Complaint
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.letters_schema import LetterTemplate
from huabei_assist.knowledge.schema import Fact
from huabei_assist.known_ids import pick
from huabei_assist.named_tuple import NamedTuple

# Query words are split on spaces and punctuation (ASCII and full-width); compiled by `search` only.
_SPLIT = r"[\s,.;:!?/、，。；：！？]+"


class ProblemAdvice(NamedTuple):
    """What `complain --problem ID` shows: the problem, its channels best first, rules and letters."""

    complaint: Complaint
    channels: tuple[Channel, ...]
    rights: tuple[Fact, ...]
    letters: tuple[LetterTemplate, ...]


class ComplaintDates(NamedTuple):
    """`complain --filed DATE`: the days the institution has to decide, counted from the filing date."""

    filed: date
    decide: Deadline
    complex: Deadline  # if the complaint is complex
    longest: Deadline  # at most
    rule: Fact  # the note that states the deadlines, with its basis and source


class SearchHit(NamedTuple):
    complaint: Complaint
    channels: tuple[Channel, ...]
    matched: tuple[str, ...]  # the keywords that matched, in data order
    strength: int  # per query word: 2 if a keyword stands in it whole, 1 if it is only part of a keyword

    @property
    def score(self) -> tuple[int, int]:
        """Ranks hits: stronger word matches first, then more keywords matched."""
        return (self.strength, len(self.matched))


def book(kb: Knowledge | None = None) -> ChannelBook:
    return knowledge(kb).channels


def all_channels(kb: Knowledge | None = None) -> tuple[Channel, ...]:
    kb = knowledge(kb)
    return tuple(_with_figures(c, kb) for c in book(kb).channels)


def problem_ids(kb: Knowledge | None = None) -> tuple[str, ...]:
    return tuple(c.id for c in book(kb).complaints)


def channel(channel_id: str, kb: Knowledge | None = None) -> Channel:
    """The channel with this id or Chinese name; an unknown one is a usage error (exit 2) naming the close ones."""
    kb = knowledge(kb)
    return _with_figures(pick(book(kb).channels, channel_id, "channels.unknown_channel", closes=True), kb)


def complaint_dates(filed: date, kb: Knowledge | None = None) -> ComplaintDates:
    """The three complaint deadlines from the day the complaint was filed (taken as the day received)."""
    kb = knowledge(kb)
    days = book(kb).complaint_deadlines
    return ComplaintDates(filed, deadline(filed, days=days.decide), deadline(filed, days=days.complex),
                          deadline(filed, days=days.longest), note(days.rule, kb))


def note(note_id: str, kb: Knowledge | None = None) -> Fact:
    """The channel note with this id (an id the schema checked), its figures filled."""
    return next(n for c in all_channels(kb) for n in c.notes if n.id == note_id)


def reply_rule(found: Channel, kb: Knowledge | None = None) -> Fact | None:
    """The note that states the deadlines a channel's reply speaks of (its own basis and source), if any."""
    return None if found.reply_rule is None else note(found.reply_rule, kb)


def complaint(problem: str, kb: Knowledge | None = None) -> Complaint:
    """The problem with this id or Chinese name; an unknown one is a usage error (exit 2) naming the close ones."""
    return pick(book(kb).complaints, problem, "channels.unknown_problem", closes=True)


def channels_for(problem: str, kb: Knowledge | None = None) -> tuple[Channel, ...]:
    """The channels for a problem id, best first."""
    kb = knowledge(kb)
    return tuple(channel(c, kb) for c in complaint(problem, kb).channels)


def advice(problem: str, kb: Knowledge | None = None) -> ProblemAdvice:
    kb = knowledge(kb)
    found = complaint(problem, kb)
    entry = f"complaints.{found.id}"
    letters = {letter.id: letter for letter in kb.letters.letters}
    missing = [name for name in found.letters if name not in letters]
    if missing:
        raise DataFileError("channels.toml", entry, "letters", reason=f"no letter '{missing[0]}' in letters.toml")
    return ProblemAdvice(found, channels_for(found.id, kb), rights_facts(found.rights, "channels.toml", entry, kb),
                         tuple(letters[name] for name in found.letters))


def search(words: str, kb: Knowledge | None = None) -> tuple[SearchHit, ...]:
    """Problems whose zh or en keywords (or id) match the words, best first (see SearchHit.score).

    A keyword matches when it stands inside a query word (a Chinese sentence holds its keywords
    without spaces) or, more weakly, when a query word of 2+ CJK characters or 3+ letters stands
    inside the keyword ("harass" finds "harassment"). No hit raises HuabeiError with
    suggestions from difflib.
    """
    kb = knowledge(kb)
    import re

    tokens = [w for w in re.split(_SPLIT, words.strip().lower()) if w]
    if not tokens:
        raise HuabeiError("channels.search_empty")
    hits = []
    for entry in kb.channels.complaints:
        keywords = (entry.id, *entry.keywords_zh, *entry.keywords_en)
        matched = tuple(dict.fromkeys(k for k in keywords if any(_strength(k.lower(), t) for t in tokens)))
        if matched:
            strength = sum(max(_strength(k.lower(), t) for k in keywords) for t in tokens)
            hits.append(SearchHit(entry, channels_for(entry.id, kb), matched, strength))
    if not hits:
        vocabulary = sorted({k for e in kb.channels.complaints for k in (e.id, *e.keywords_zh, *e.keywords_en)})
        close = _close(tokens, vocabulary)
        if close:
            raise HuabeiError("channels.search_no_hit_close", words=words.strip(), close=", ".join(close))
        raise HuabeiError("channels.search_no_hit", words=words.strip(), known=", ".join(problem_ids(kb)))
    hits.sort(key=lambda h: (-h.score[0], -h.score[1]))  # stable: equal scores keep the data order
    return tuple(hits)


def caller_check(kb: Knowledge | None = None) -> CallerCheck:
    return book(kb).verify


def caller_check_rights(kb: Knowledge | None = None) -> tuple[Fact, ...]:
    """What enforcement can and cannot do: the measure of a caller's threat of arrest."""
    kb = knowledge(kb)
    return rights_facts(caller_check(kb).rights, "channels.toml", "verify", kb)


def _with_figures(found: Channel, kb: Knowledge) -> Channel:
    """The channel with the figures its texts and notes name filled from data/."""
    return found._replace(reply=None if found.reply is None else filled(found.reply, kb), when=filled(found.when, kb),
                          notes=tuple(note._replace(text=filled(note.text, kb)) for note in found.notes))


def _strength(keyword: str, token: str) -> int:
    """2: the keyword stands whole in the query word; 1: the query word is part of the keyword; 0: no match."""
    if keyword in token:
        return 2
    long_enough = len(token) >= (2 if _has_cjk(token) else 3)
    return 1 if long_enough and token in keyword else 0


def _has_cjk(token: str) -> bool:
    """A CJK ideograph (U+3400-U+9FFF) in the word; compared, not a regex (its 27,000-character
    class took ~4 ms to compile at every start-up)."""
    return any("\u3400" <= ch <= "\u9fff" for ch in token)


def _close(tokens: list[str], vocabulary: list[str]) -> list[str]:
    import difflib  # only when nothing matched

    close: list[str] = []
    for token in tokens:
        for word in difflib.get_close_matches(token, vocabulary, n=3, cutoff=0.5):
            if word not in close:
                close.append(word)
    return close[:5]


def rights_facts(ids: tuple[str, ...], file_name: str, entry: str, kb: Knowledge | None = None) -> tuple[Fact, ...]:
    """The facts of data/rights.toml with these ids; an unknown id is an error in `file_name`."""
    return knowledge(kb).rights.all_named_by(file_name, entry, ids)
