"""Shape of data/playbooks.toml: for a situation, the steps in order, each due a set time from today."""


from huabei_assist.knowledge.channels_schema import CHANNEL_IDS
from huabei_assist.knowledge.schema import Basis, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple


class Step(NamedTuple):
    """One step; reads like a Fact (text, basis, source, seed claim), so views/facts.py shows it."""

    text: Text
    basis: Basis
    source: str
    after_days: int = 0  # due date = today + after_months months + after_days days
    after_months: int = 0
    channels: tuple[str, ...] = ()
    letters: tuple[str, ...] = ()  # ids in data/letters.toml
    seed_claim: Text | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第25条


class Playbook(NamedTuple):
    id: str
    zh_name: str  # `playbook 失业` as well as `playbook job-loss`
    title: Text
    steps: tuple[Step, ...]
    rights: tuple[str, ...] = ()  # ids in data/rights.toml worth knowing in this situation


class PlaybookBook(NamedTuple):
    playbooks: tuple[Playbook, ...]

    def problems(self) -> list[Problem]:
        found = name_problems("playbooks", self.playbooks)
        for index, book in enumerate(self.playbooks):
            if not book.steps:
                found.append((f"playbooks[{index}]", "steps", "at least one step is required"))
            # (months, days) orders the due dates when days stay below 28 in a playbook that uses months.
            uses_months = any(step.after_months for step in book.steps)
            previous = (0, 0)
            for number, step in enumerate(book.steps):
                entry = f"playbooks[{index}].steps[{number}]"
                if step.after_days < 0 or step.after_months < 0:
                    found.append((entry, "after_days", "must not be negative"))
                if uses_months and step.after_days >= 28:
                    found.append((entry, "after_days", "below 28 in a playbook with month steps (write months)"))
                if (step.after_months, step.after_days) < previous:
                    found.append((entry, "after_days", "steps must be in order of their due date"))
                previous = (step.after_months, step.after_days)
                for name in step.channels:
                    if name not in CHANNEL_IDS:
                        found.append((entry, "channels", f"no channel '{name}'"))
        return found
