"""Credit-report recovery: the clear date, the one-time repair, knock-on effects, checks, objections.

Pure: no Typer, no Rich, no printing. Each entry point loads data/credit.toml (and rights.toml for
texts it shares) and returns a NamedTuple the views turn into output.
"""

from datetime import date
from decimal import Decimal

from huabei_assist.credit.retention import ClearDate, clear_date, period_end
from huabei_assist.credit.effects import OverdueMonth, overdue_months
from huabei_assist.credit.check_schedule import check_dates
from huabei_assist.deadlines import Deadline, add_working_days, deadline
from huabei_assist.credit.repair import RepairVerdict, end_of_next_month, one_time_repair
from huabei_assist.dates import add_days
from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.credit_schema import CreditBook, Effect, Method, MonitorRule, ObjectionRule, RepairRule
from huabei_assist.knowledge.schema import Fact
from huabei_assist.known_ids import pick_id
from huabei_assist.named_tuple import NamedTuple

__all__ = [
    "ClearDate", "CreditReport", "MonitorPlan", "ObjectionReport", "OverdueMonth", "RepairVerdict",
    "add_working_days", "assess", "check_dates", "clear_date", "end_of_next_month", "load_book",
    "monitor", "objection", "one_time_repair", "overdue_months", "period_end",
]


class CreditReport(NamedTuple):
    today: date
    clear: ClearDate
    years: int
    method_fact: Method
    retention_fact: Fact  # 第16条, from rights.toml
    period_fact: Fact  # 民法典 第202条
    notice_fact: Fact  # 第15条, from rights.toml
    repair_rule: RepairRule
    repair: RepairVerdict | None  # when the overdue start and the amount are known
    overdue_since: date | None
    months: tuple[OverdueMonth, ...]  # overdue start to the (assumed) payment day
    effects: tuple[Effect, ...]


class MonitorPlan(NamedTuple):
    start: date
    checks: tuple[date, ...]
    rule: MonitorRule
    free_fact: Fact  # 第17条, from rights.toml


class ObjectionReport(NamedTuple):
    today: date
    filed: date
    deadline: date  # the last day for the written answer (第25条), the plain date
    days_left: int  # 0 once passed
    passed: bool
    seed_date: date  # the seed's 15 working days, holidays and swapped working days counted
    complain_on: date  # the day after the deadline: the first day to complain if unanswered
    complaint_answer_by: date  # complain_on + 30 days (第26条), the plain date
    answer: Deadline  # the deadline with its date moved past rest days (民法典 第203条), if any
    complaint_answer: Deadline
    calendar_known: bool  # False when a date counted is past the holiday data (weekends only there)
    rule: ObjectionRule
    right: Fact  # 第25条, from rights.toml


def load_book(kb: Knowledge | None = None) -> CreditBook:
    return knowledge(kb).credit


def _right(right_id: str, entry: str, kb: Knowledge) -> Fact:
    return kb.rights.named_by("credit.toml", entry, "right", right_id)


def _agreement_end(method: str, periods: int | None, start: date | None, due_day: int | None,
                   last_due: date | None, kb: Knowledge) -> date:
    if method != "installment":
        raise InputError("credit.plan_needs_installment")
    if periods is None or start is None:
        raise InputError("credit.plan_needs_periods_and_start")
    if last_due is not None:
        raise InputError("credit.one_end_date", options="--last-due, --periods")
    from huabei_assist.plans.due_calendar import due_dates
    from huabei_assist.plans.input_checks import check_periods, due_day_or_default

    check_periods(periods, kb)
    return due_dates(start, due_day_or_default(due_day, kb), periods)[-1]


def assess(
    *,
    today: date,
    method: str = "settle",
    paid: date | None = None,
    if_paid: date | None = None,
    last_due: date | None = None,
    overdue_since: date | None = None,
    amount: Decimal | None = None,
    periods: int | None = None,
    start: date | None = None,
    due_day: int | None = None,
    kb: Knowledge | None = None,
) -> CreditReport:
    """The clear date, plus the repair verdict (needs overdue_since and amount) and the overdue months.

    An installment agreement not yet finished can be given as `periods` from `start` (due on
    `due_day`, default from data/plans.toml): its last due date then comes from the plan engine's
    due-date rule.
    """
    kb = knowledge(kb)
    book = kb.credit
    method = pick_id(book.methods, method, "credit.bad_method")  # settle, Settle or 结清
    if periods is not None or start is not None:
        last_due = _agreement_end(method, periods, start, due_day, last_due, kb)
    if amount is not None and overdue_since is None:
        raise InputError("credit.amount_needs_since")
    if overdue_since is not None and overdue_since > today:
        raise InputError("credit.since_in_future", since=overdue_since.isoformat(), today=today.isoformat())
    years = book.retention.years
    clear = clear_date(today=today, years=years, method=method, paid=paid, if_paid=if_paid, last_due=last_due)
    repair: RepairVerdict | None = None
    months: tuple[OverdueMonth, ...] = ()
    if overdue_since is not None:
        if clear.event_end < overdue_since:
            raise InputError("credit.paid_before_overdue", paid=clear.event_end.isoformat(),
                             since=overdue_since.isoformat())
        months = overdue_months(overdue_since, clear.event_end)
        if amount is not None:
            repair = one_time_repair(overdue_since, amount, clear.event_end, book.repair, assumed=not clear.started)
    return CreditReport(
        today=today,
        clear=clear,
        years=years,
        method_fact=book.method(clear.method),
        retention_fact=_right(book.retention.right, "retention", kb),
        period_fact=book.retention.period_end,
        notice_fact=_right("credit-notice", "retention", kb),
        repair_rule=book.repair,
        repair=repair,
        overdue_since=overdue_since,
        months=months,
        effects=book.effects,
    )


def monitor(*, start: date, kb: Knowledge | None = None) -> MonitorPlan:
    kb = knowledge(kb)
    rule = kb.credit.monitor
    return MonitorPlan(start, check_dates(start, rule.interval_months, rule.count), rule,
                       _right(rule.right, "monitor", kb))


def objection(*, today: date, filed: date, kb: Knowledge | None = None) -> ObjectionReport:
    if filed > today:
        raise InputError("credit.filed_in_future", filed=filed.isoformat(), today=today.isoformat())
    from huabei_assist.knowledge.figures import with_figures

    kb = knowledge(kb)
    rule = kb.credit.objection
    # the answer times its texts name: {credit_complaint_days}, {objection_days}, {seed_working_days}
    rule = rule._replace(complaint=with_figures(rule.complaint, kb), seed=with_figures(rule.seed, kb))
    answer = deadline(filed, days=rule.days)
    complain_on = add_days(answer.last_day, 1)
    complaint_answer = deadline(complain_on, days=rule.complaint_days)
    seed_date, seed_known = add_working_days(filed, rule.seed_working_days)
    return ObjectionReport(
        today=today,
        filed=filed,
        deadline=answer.last_day,
        days_left=max(0, (answer.last_day - today).days),
        passed=today > answer.last_day,
        seed_date=seed_date,
        complain_on=complain_on,
        complaint_answer_by=complaint_answer.last_day,
        answer=answer,
        complaint_answer=complaint_answer,
        calendar_known=answer.calendar_known and complaint_answer.calendar_known and seed_known,
        rule=rule,
        right=_right(rule.right, "objection", kb),
    )
