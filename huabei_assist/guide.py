"""`huabei guide`: the whole situation on one page, composed from the other engines only.

Pure: status.assess (where you stand), plans.budget and plans.compare (what you can afford),
credit.assess (when the record clears with that plan), channels.advice and playbooks.plan (whom
to turn to, which letter), letters.fill. No fact, rate or rule lives here: what is chosen is
the shortest compared plan whose payments fit the money left for debt.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Union

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.named_tuple import NamedTuple

if TYPE_CHECKING:  # the engines' types, imported when they run (start-up)
    from huabei_assist.channels import ProblemAdvice
    from huabei_assist.credit import CreditReport
    from huabei_assist.debts.record import Record
    from huabei_assist.knowledge.channels_schema import Channel, Complaint
    from huabei_assist.knowledge.letters_schema import LetterTemplate
    from huabei_assist.knowledge.playbooks_schema import Step
    from huabei_assist.knowledge.schema import Fact
    from huabei_assist.letters import FilledLetter
    from huabei_assist.plans.budget_split import Budget
    from huabei_assist.plans.schedule import Plan
    from huabei_assist.playbooks import PlaybookPlan
    from huabei_assist.status import StatusReport

# How far ahead "this week" looks: the page's own horizon, not a rule of anyone's.
WEEK_DAYS = 7


# What a line of the week says and cites: a stage action, a problem, a playbook step.
Cited = Union["Fact", "Complaint", "Step"]


def largest_payment(plan: Plan) -> Decimal:
    return max(p.payment for p in plan.schedule)


class Answers(NamedTuple):
    """What the questions (or the options) gave; None: skipped."""

    today: date
    since: date | None = None
    days: int | None = None
    amount: Decimal | None = None
    income: Decimal | None = None
    spending: Decimal | None = None
    problems: tuple[str, ...] = ()
    name: str | None = None


class Afford(NamedTuple):
    budget: Budget
    spending: Decimal | None
    room: Decimal | None  # income - essential spending
    monthly: Decimal  # what the plan may take a month: the debt share, or less when essentials leave less
    compared: tuple[Plan, ...]  # one per compared period count
    plan: Plan | None  # the chosen plan; None when no amount was given
    fits: bool  # the chosen plan's largest payment is within `monthly`

    @property
    def largest_payment(self) -> Decimal | None:
        return None if self.plan is None else largest_payment(self.plan)


class ProblemHelp(NamedTuple):
    answer: str  # the checklist id ticked
    advice: ProblemAdvice | None
    playbook: PlaybookPlan | None

    @property
    def channels(self) -> tuple[Channel, ...]:
        found = list(self.advice.channels) if self.advice else []
        if self.playbook:
            found += [c for s in self.playbook.steps for c in s.channels]
        return tuple({c.id: c for c in found}.values())

    @property
    def letters(self) -> tuple[LetterTemplate, ...]:
        found = list(self.advice.letters) if self.advice else []
        if self.playbook:
            found += [letter for s in self.playbook.steps for letter in s.letters]
        return tuple({letter.id: letter for letter in found}.values())


class WeekItem(NamedTuple):
    due: date
    kind: str  # action (the stage's), first (a stage action for a problem), contact / contact_if (a problem's
    # first channel; contact_if: only if the check finds a threat or a forgery), step (a playbook's)
    fact: Cited  # what it says and cites
    channel: Channel | None = None  # for a contact: the channel
    problem: str | None = None  # the checklist id it comes from


class Guide(NamedTuple):
    answers: Answers
    since: date | None  # given, or counted back from --days
    status: StatusReport
    afford: Afford | None  # with an income
    credit: CreditReport
    problems: tuple[ProblemHelp, ...]
    week: tuple[WeekItem, ...]
    debts: tuple[Record, ...] | None  # the debts list's entries, None when there is none
    letters: tuple[FilledLetter, ...]  # for the problems ticked, each letter once


def checklist_ids(kb: Knowledge | None = None) -> tuple[str, ...]:
    """The checklist a person ticks (data/channels.toml [[checklist]]), in its order."""
    return tuple(item.id for item in knowledge(kb).channels.checklist)


def problem_ids(kb: Knowledge | None = None) -> tuple[str, ...]:
    """Every id `--problems` takes: the checklist, then the other problems and playbooks."""
    from huabei_assist.knowledge.choices import guide_problems

    return tuple(entry.id for entry in guide_problems(knowledge(kb)))


def parse_problems(text: str | None, kb: Knowledge | None = None) -> tuple[str, ...]:
    """'off-hours,third-party' or '时段外，联系第三人' -> the ids, each once, in the order given; an
    unknown one is a usage error naming the closest."""
    if text is None:
        return ()
    from huabei_assist.knowledge.choices import guide_problems
    from huabei_assist.known_ids import picked_in_order

    return picked_in_order(guide_problems(knowledge(kb)), [text], "guide.unknown_problem")


def _routes(answer: str, kb: Knowledge) -> tuple[str | None, str | None]:
    for item in kb.channels.checklist:
        if item.id == answer:
            return item.problem, item.playbook
    complaints = {c.id for c in kb.channels.complaints}
    return (answer, None) if answer in complaints else (None, answer)


def _first_steps(answer: str, kb: Knowledge) -> tuple[str, ...]:
    return next((item.first_steps for item in kb.channels.checklist if item.id == answer), ())


def build(answers: Answers, *, debts: tuple[Record, ...] | None = None, kb: Knowledge | None = None) -> Guide:
    from huabei_assist import channels, playbooks, status
    from huabei_assist.dates import add_days

    kb = knowledge(kb)
    check_answers(answers)
    today, since, days = answers.today, answers.since, answers.days
    if days is not None:
        status.check_days(days)
        if days > 0:  # counted back (day 1 is the first overdue day), so the page can give dates
            since, days = add_days(today, 1 - days), None
    report = status.assess(today=today, days=days, since=since, amount=answers.amount, kb=kb)
    afford = None if answers.income is None else _afford(answers, answers.income, kb)
    plan = afford.plan if afford else None
    credit = _credit(today, since, answers.amount, plan, kb)
    helps = []
    for answer in answers.problems:
        complaint, book = _routes(answer, kb)
        helps.append(ProblemHelp(answer, channels.advice(complaint, kb) if complaint else None,
                                 playbooks.plan(book, today, kb) if book else None))
    filled = _letters(helps, answers, kb)
    return Guide(answers, since, report, afford, credit, tuple(helps), _week(today, report, helps, kb), debts, filled)


def _afford(answers: Answers, income: Decimal, kb: Knowledge) -> Afford:
    from huabei_assist.knowledge.figures import compare_periods
    from huabei_assist.money import ZERO
    from huabei_assist.plans.budget_split import budget
    from huabei_assist.plans.build import compare
    from huabei_assist.plans.input_checks import check_money
    from huabei_assist.plans.plan_knowledge import parse_periods

    spending = None if answers.spending is None else check_money(answers.spending, "--spending")
    share = budget(income=income, start=answers.today, kb=kb)
    room = None if spending is None else income - spending
    monthly = share.debt if room is None else max(ZERO, min(share.debt, room))
    compared: tuple[Plan, ...] = ()
    chosen, fits = None, False
    if answers.amount is not None:
        compared = tuple(compare(answers.amount, parse_periods(compare_periods(kb), kb), start=answers.today, kb=kb))
        fitting = [p for p in compared if largest_payment(p) <= monthly]
        chosen = fitting[0] if fitting else compared[-1]  # none fits: the longest, said not to fit
        fits = bool(fitting)
        share = budget(income=income, start=answers.today, plan_payment=chosen.payment_per_period, kb=kb)
    return Afford(share, spending, room, monthly, compared, chosen, fits)


def _credit(today: date, since: date | None, amount: Decimal | None, plan: Plan | None,
            kb: Knowledge) -> CreditReport:
    """With a plan: the record's clock as for an installment agreement paid to its last due date
    (`credit --method installment --periods N --start TODAY`); without one: paid in full today."""
    from huabei_assist import credit

    amount = amount if since else None  # the repair verdict needs the first overdue day
    if plan is None:
        return credit.assess(today=today, overdue_since=since, amount=amount, kb=kb)
    return credit.assess(today=today, method="installment", periods=plan.periods, start=today,
                         overdue_since=since, amount=amount, kb=kb)


def _week(today: date, report: StatusReport, helps: list[ProblemHelp], kb: Knowledge) -> tuple[WeekItem, ...]:
    """The stage's actions today; for each problem its first steps (the checklist's) and its first
    channel, today; then playbook steps due within WEEK_DAYS; in date order (stable within a day)."""
    from huabei_assist.dates import add_days

    items: list[WeekItem] = [WeekItem(today, "action", fact) for fact in report.position.stage.actions]
    stage_actions = {fact.id: fact for stage in report.stages for fact in stage.actions}
    listed = {fact.id for fact in report.position.stage.actions}  # each action once on the page
    for help_ in helps:
        first = _first_steps(help_.answer, kb)
        items += [WeekItem(today, "first", stage_actions[fact_id], problem=help_.answer)
                  for fact_id in first if fact_id not in listed]
        listed.update(first)
        if help_.advice is not None:
            kind = "contact_if" if first else "contact"  # after the check: only if threatened or forged
            items.append(WeekItem(today, kind, help_.advice.complaint, help_.advice.channels[0], help_.answer))
    last = add_days(today, WEEK_DAYS - 1)
    seen: set[tuple[str, int]] = set()
    for help_ in helps:
        if help_.playbook is None:
            continue
        for step in help_.playbook.steps:
            key = (help_.playbook.playbook.id, step.number)
            if step.due <= last and key not in seen:
                seen.add(key)
                items.append(WeekItem(step.due, "step", step.step, step.channels[0] if step.channels else None,
                                      help_.answer))
    return tuple(sorted(items, key=lambda item: item.due))


def _letters(helps: list[ProblemHelp], answers: Answers, kb: Knowledge) -> tuple[FilledLetter, ...]:
    from huabei_assist.letters import fill

    wanted = {letter.id: None for help_ in helps for letter in help_.letters}
    return tuple(fill(letter_id, today=answers.today, name=answers.name, amount=answers.amount, markup=False, kb=kb)
                 for letter_id in wanted)


def other_debts() -> tuple[Record, ...] | None:
    """The debts list's entries when the list exists (read only; None when there is none)."""
    from huabei_assist.store_paths import debts_path

    if not debts_path().exists():
        return None
    from huabei_assist.debts.store import DebtStore

    with DebtStore() as store:
        return tuple(store.records())


def check_answers(answers: Answers) -> None:
    """An empty answer set cannot make a page: at least the days (or the first overdue day)."""
    from huabei_assist.status import days_or_since

    if answers.income is None and answers.spending is not None:
        raise InputError("guide.spending_needs_income")
    days_or_since(answers.days, answers.since)
