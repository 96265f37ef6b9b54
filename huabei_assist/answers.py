"""What the answer block of a command points at (data/answers.toml): the fact that says what to do
today and the channel to call. Pure: no printing; views/answer.py words the block."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.channels_schema import Channel
from huabei_assist.named_tuple import NamedTuple

if TYPE_CHECKING:
    from huabei_assist.knowledge.schema import FactLike


class AnswerPointers(NamedTuple):
    today: FactLike | None  # a fact (text, basis, source, pin); None: the command's own result says
    call: Channel


def pointers(command: str, kb: Knowledge | None = None, *, usual: bool = True) -> AnswerPointers:
    """The answer's fact and channel for `command` (a field of AnswerBook). `usual` False: its
    `today_else` (calls check: no rule broken; credit: already repaid)."""
    kb = knowledge(kb)
    ref = getattr(kb.answers, command)
    fact_id = ref.today if usual or ref.today_else is None else ref.today_else
    return AnswerPointers(None if fact_id is None else fact(fact_id, kb), channel(ref.call, kb))


def channel(channel_id: str, kb: Knowledge) -> Channel:
    from huabei_assist.errors import DataFileError

    for found in kb.channels.channels:
        if found.id == channel_id:
            return found
    raise DataFileError("answers.toml", "-", "call", f"no channel '{channel_id}' in channels.toml")


# The books a `today` id is looked up in, in this order, up to the first that holds it.
_FACT_BOOKS = ("stages", "credit", "waivers", "collection_rules", "rights", "product", "plans")


def fact(fact_id: str, kb: Knowledge) -> FactLike:
    """The fact with this id: the first cited entry with a text (a step to read out) that has it."""
    from huabei_assist.errors import DataFileError
    from huabei_assist.knowledge.citations import cited

    for name in _FACT_BOOKS:
        for _, found in cited(getattr(kb, name)):
            if getattr(found, "id", None) == fact_id and hasattr(found, "text") and hasattr(found, "seed_claim"):
                return cast("FactLike", found)  # checked just above: it has a text and a seed claim
    raise DataFileError("answers.toml", "-", "today", f"no fact '{fact_id}' in data/")
