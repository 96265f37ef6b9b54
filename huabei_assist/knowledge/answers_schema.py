"""Shape of data/answers.toml: what the answer block of each command points at."""

from huabei_assist.named_tuple import NamedTuple


class AnswerRef(NamedTuple):
    call: str  # a channel id in channels.toml
    today: str | None = None  # the id of a fact in data/; None: the command's own result says
    today_else: str | None = None  # when the usual case does not hold (no rule broken; already repaid)


class AnswerBook(NamedTuple):
    """data/answers.toml: one entry per command that opens with the answer block."""

    status: AnswerRef
    plan: AnswerRef
    compare: AnswerRef
    credit: AnswerRef
    calls_check: AnswerRef
    waiver: AnswerRef
