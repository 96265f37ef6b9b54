"""Playbooks: for a hard situation (job loss, identity theft, ...), the steps in order with due dates.

Pure: reads data/playbooks.toml; due dates are --today plus each step's months and days, counted
by deadlines.deadline (so a step's date and `credit objection`'s agree, rest days included).
"""

from datetime import date

from huabei_assist.deadlines import Deadline, deadline
from huabei_assist.errors import DataFileError
from huabei_assist.knowledge.channels_schema import Channel
from huabei_assist.knowledge.letters_schema import LetterTemplate
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.playbooks_schema import Playbook, Step
from huabei_assist.knowledge.schema import Fact
from huabei_assist.known_ids import pick
from huabei_assist.named_tuple import NamedTuple


class PlannedStep(NamedTuple):
    number: int  # 1, 2, ...
    step: Step
    due: date  # the plain date
    deadline: Deadline  # the same date with its move past rest days, from the one deadline function
    channels: tuple[Channel, ...]
    letters: tuple[LetterTemplate, ...]


class PlaybookPlan(NamedTuple):
    playbook: Playbook
    today: date
    steps: tuple[PlannedStep, ...]
    rights: tuple[Fact, ...]


def playbook_ids(kb: Knowledge | None = None) -> tuple[str, ...]:
    return tuple(p.id for p in knowledge(kb).playbooks.playbooks)


def playbook(playbook_id: str, kb: Knowledge | None = None) -> Playbook:
    """The playbook with this id or Chinese name; an unknown one is bad input (exit 2) naming the close ones."""
    return pick(knowledge(kb).playbooks.playbooks, playbook_id, "playbook.unknown", closes=True)


def plan(playbook_id: str, today: date, kb: Knowledge | None = None) -> PlaybookPlan:
    from huabei_assist.channels import channel, rights_facts
    from huabei_assist.knowledge.figures import with_figures

    kb = knowledge(kb)
    found = playbook(playbook_id, kb)
    letters = {letter.id: letter for letter in kb.letters.letters}
    steps = []
    for index, step in enumerate(found.steps):
        missing = [name for name in step.letters if name not in letters]
        if missing:
            raise DataFileError("playbooks.toml", f"playbooks.{found.id}.steps[{index}]", "letters",
                                reason=f"no letter '{missing[0]}' in letters.toml")
        due = deadline(today, months=step.after_months, days=step.after_days)
        steps.append(PlannedStep(index + 1, with_figures(step, kb), due.last_day, due, tuple(channel(c, kb) for c in step.channels),
                                 tuple(letters[name] for name in step.letters)))
    return PlaybookPlan(found, today, tuple(steps), rights_facts(found.rights, "playbooks.toml", f"playbooks.{found.id}", kb))
