"""The payoff simulation: month by month, minimums first, then the rest of the budget by an order.

Each month every debt still owed is charged what it cost since its last payment date (a daily
cost for the actual days, simple, on the principal; an annual rate / 12; an installment fee on the
amount at the start), its minimum falls due, and the budget is spent: minimums first, then the
extra by the order (orders.py). A payment pays charges first, then principal, so charges never
bear charges. The loop counts whole fen (fen.py: exactly Decimal's half-up to the fen, ten times
faster) and dates as ordinals; the result is Decimal and dates. Payments are whole fen, so every
month's payments add up to the budget or to all that is owed, and the totals are sums of the rows.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime
from decimal import ROUND_UP, Decimal

from huabei_assist.dates import in_range
from huabei_assist.errors import InputError
from huabei_assist.money import FEN, ZERO, to_fen
from huabei_assist.payoff.debts import AgreedPlan, Cost, Debt, MAX_AMOUNT, annualised, check_debts
from huabei_assist.payoff.fen import half_up, ratio, to_decimal, to_int
from huabei_assist.payoff.orders import ORDERS, allocate
from huabei_assist.payoff.result import Comparison, DebtOutcome, MonthRows, Payoff, Shortfall
from huabei_assist.payoff.rules import Rules

MAX_MONTHS = 600  # 50 years
_TWELVE = Decimal(12)


class _State:
    """One debt while the simulation runs: mutable, in whole fen, dates as ordinals (for speed)."""

    __slots__ = ("index", "name", "principal", "charges", "last", "dates", "kind", "num", "den", "flat",
                 "rate_year", "share", "fixed", "since", "k", "paid", "cost_total", "cleared", "pay", "due", "min_due",
                 "owed", "charge")

    def __init__(self, index: int, debt: Debt, start: date, dates: list[int]) -> None:
        self.index = index
        self.name = debt.name
        self.principal = to_int(debt.amount)
        self.charges = to_int(debt.fees)
        self.owed = self.principal + self.charges
        self.last = start.toordinal()
        self.dates = dates
        self.paid = self.cost_total = self.pay = self.min_due = self.charge = self.due = self.k = 0
        self.cleared: int | None = None
        plan = debt.plan
        cost = debt.cost if plan is None else plan.cost
        self.rate_year = annualised(cost)
        self.kind = None if cost is None or not cost.rate else cost.kind
        self.num, self.den = ratio(cost.rate) if cost is not None and self.kind else (0, 1)
        self.flat = half_up(self.principal * self.num, self.den) if self.kind == "installment" else 0
        if plan is None:
            assert debt.minimum is not None  # a checked debt (payoff.debts) always carries its minimum
            self.share, self.fixed = ratio(debt.minimum.share), to_int(debt.minimum.fixed)
        else:
            self.share, self.fixed = (0, 1), to_int(plan.payment)
        # an agreed plan stops the escalation
        self.since = debt.since.toordinal() if debt.since is not None and plan is None else None

    def accrue(self, k: int) -> int:
        """Charge what the debt cost since its last payment date (month k's); set and return the
        month's minimum, which is also what it is paid until the budget's extra is allocated."""
        self.k = k
        due = self.dates[k]
        kind, principal = self.kind, self.principal
        if kind is None or not principal:
            charge = 0
        elif kind == "daily":
            charge = half_up(principal * self.num * (due - self.last), self.den)
        elif kind == "annual":
            charge = half_up(principal * self.num, self.den * 12)
        else:
            charge = self.flat
        self.charge = charge
        self.charges += charge
        self.cost_total += charge
        self.last = self.due = due
        self.owed = owed = principal + self.charges
        least = half_up(owed * self.share[0], self.share[1])
        if self.fixed > least:
            least = self.fixed
        if least > owed:
            least = owed
        self.min_due = self.pay = least
        return least

    def charges_until(self, when: int, principal: int) -> int:
        """What `principal` would be charged after this payment date up to the date `when` (an
        ordinal) if nothing more were paid, as accrue() charges it: a daily cost for the days, an
        annual or installment one for each payment date by then."""
        kind = self.kind
        if kind is None or not principal or when <= self.due:
            return 0
        if kind == "daily":
            return half_up(principal * self.num * (when - self.due), self.den)
        months = bisect_right(self.dates, when, self.k + 1) - self.k - 1
        return months * (half_up(principal * self.num, self.den * 12) if kind == "annual" else self.flat)

    def settle(self) -> tuple[int, int, int, int, int, int]:
        """Apply this month's payment: charges first, then principal. Returns the month's raw row:
        (debt index, due ordinal, minimum, paid, charged, still owed)."""
        amount = self.pay
        if amount:
            self.paid += amount
            if amount <= self.charges:
                self.charges -= amount
            else:
                self.principal -= amount - self.charges
                self.charges = 0
            self.owed -= amount
            if not self.owed:
                self.cleared = self.due
        return self.index, self.due, self.min_due, amount, self.charge, self.owed


def payoff(debts, budget: Decimal, order: str = "avalanche", start: date | None = None,
           months: int = MAX_MONTHS, *, rules: Rules, plan_rate: Decimal | None = None) -> Payoff:
    """Pay `budget` a month over `debts` in `order` from `start` (default today) for at most `months`.

    When the budget does not cover the first month's minimums the result carries a Shortfall with
    the plans to ask for (at `plan_rate` a year if given, else the cost is to be agreed)."""
    start, budget, months, debts, plan_rate = _check(debts, budget, order, start, months, rules, plan_rate)
    return _run(debts, budget, order, start, months, rules, plan_rate, {})


def compare(debts, budget: Decimal, start: date | None = None, months: int = MAX_MONTHS, *,
            rules: Rules, plan_rate: Decimal | None = None) -> Comparison:
    """The same debts and budget in each order (ORDERS)."""
    start, budget, months, debts, plan_rate = _check(debts, budget, ORDERS[0], start, months, rules, plan_rate)
    calendar_cache: dict = {}
    return Comparison(tuple(_run(debts, budget, o, start, months, rules, plan_rate, calendar_cache) for o in ORDERS))


def _check(debts, budget, order, start, months, rules, plan_rate):
    if order not in ORDERS:
        raise InputError("payoff.bad_order", value=order, known=", ".join(ORDERS), hint="")
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise InputError("payoff.bad_months", value=months, limit=MAX_MONTHS)
    start = date.today() if start is None else start
    if isinstance(start, datetime):
        start = start.date()
    if not isinstance(start, date):
        raise InputError("payoff.bad_start", value=start)
    in_range(start, "start", str(start))  # 600 months after 2100 still fits a date
    if not isinstance(budget, Decimal) or not budget.is_finite() or budget > MAX_AMOUNT \
            or to_fen(budget) < FEN:
        raise InputError("payoff.bad_budget", value=budget, limit=f"{MAX_AMOUNT:,}")
    budget = to_fen(budget)
    if plan_rate is not None and (not isinstance(plan_rate, Decimal) or not plan_rate.is_finite()
                                  or not ZERO <= plan_rate < 1):
        raise InputError("payoff.bad_plan_rate", value=plan_rate)
    return start, budget, months, check_debts(debts, rules, start), plan_rate


def _run(debts, budget, order, start, months, rules, plan_rate, cache) -> Payoff:
    result = _simulate(debts, budget, order, start, months, rules, cache)
    if result.months.first_short():
        result = result._replace(shortfall=_negotiate(debts, budget, order, start, months, rules, plan_rate, cache,
                                                      result.months.first()))
    return result


def _simulate(debts, budget, order, start, months, rules, cache) -> Payoff:
    # the month table and each due day's dates are shared by the runs of one compare()
    table = cache.get("table")
    if table is None:
        table = cache["table"] = _month_table(start, months)
    labels = [label for _, _, label in table]
    dates_of = cache.setdefault("dates", {})
    states = []
    for index, debt in enumerate(debts):
        if debt.due_day not in dates_of:
            dates_of[debt.due_day] = _due_ordinals(table, debt.due_day)
        states.append(_State(index, debt, start, dates_of[debt.due_day]))
    fen_rules = _FenRules(rules)
    budget_fen = to_int(budget)
    raw = []
    active = states
    for k in range(months):
        minimums = 0
        for s in active:
            minimums += s.accrue(k)  # each debt's pay starts at its minimum
        short = 0
        if minimums <= budget_fen:
            if budget_fen > minimums:
                allocate(order, active, budget_fen - minimums, fen_rules, minimums=False)
        else:
            short = minimums - budget_fen
            for s in active:
                s.pay = 0
            allocate(order, active, budget_fen, fen_rules, minimums=True)
        rows = [s.settle() for s in active]
        raw.append((labels[k], short, rows))
        active = [s for s in active if s.owed]
        if not active:
            break
    outcomes = tuple(_outcome(d, s, start, rules) for d, s in zip(debts, states))
    finished = not active
    debt_free_on = max(o.cleared_on for o in outcomes if o.cleared_on is not None) if finished else None
    paid = sum(s.paid for s in states)
    cost = sum(s.cost_total for s in states)
    names = tuple(d.name for d in debts)
    return Payoff(order, start, budget, MonthRows(names, raw), outcomes, debt_free_on, to_decimal(paid),
                  to_decimal(cost), finished, None)


class _FenRules:
    """The rules the orders read in the loop, as whole fen and day counts."""

    __slots__ = ("stage_starts", "lawsuit_day", "lawsuit_amount")

    def __init__(self, rules: Rules) -> None:
        self.stage_starts = rules.stage_starts
        self.lawsuit_day = rules.lawsuit_day
        self.lawsuit_amount = to_int(rules.lawsuit_amount)


def _outcome(debt: Debt, s: _State, start: date, rules: Rules) -> DebtOutcome:
    stage = higher = None
    cleared = None if s.cleared is None else date.fromordinal(s.cleared)
    if debt.since is not None:
        stage = bisect_right(rules.stage_starts, (start - debt.since).days + 1)
        higher = 0
        if s.since is not None and stage < len(rules.stage_starts):  # not on a plan, not in the last stage
            escalates = s.since + rules.stage_starts[stage] - 1
            end = s.cleared if s.cleared is not None else s.last
            higher = max(0, end - max(escalates, start.toordinal()))
    record = None
    if debt.since is not None and cleared is not None:
        record = add_years(cleared, rules.credit_years)
    return DebtOutcome(debt.name, debt.kind, debt.amount + debt.fees, to_decimal(s.paid), to_decimal(s.cost_total),
                       cleared, s.rate_year, s.rate_year > rules.cap, stage, higher or 0, record,
                       debt.plan is not None and debt.plan.cost is None)


def _negotiate(debts, budget, order, start, months, rules, plan_rate, cache, first) -> Shortfall:
    """Which debts to ask for a plan over the longest period (rules.max_plan_periods), largest relief
    first (the month-1 minimum less the plan's payment), until the gap is closed; and the payoff then."""
    periods = rules.max_plan_periods
    minimum_of = {p.debt: p.minimum for p in first.payments}
    relief = []
    for debt in debts:
        if debt.plan is None:
            payment = plan_payment(debt.amount + debt.fees, periods, plan_rate)
            gain = minimum_of[debt.name] - payment
            if gain > 0:
                relief.append((-gain, debt.name, payment))
    relief.sort()
    gap = first.short
    chosen: dict[str, Decimal] = {}
    for neg_gain, name, payment in relief:
        if gap <= 0:
            break
        chosen[name] = payment
        gap += neg_gain
    still = gap if gap > 0 else ZERO
    plan = None
    if not still:
        cost = None if plan_rate is None else Cost("annual", plan_rate)
        agreed = tuple(d._replace(plan=AgreedPlan(chosen[d.name], cost)) if d.name in chosen else d for d in debts)
        plan = _simulate(agreed, budget, order, start, months, rules, cache)
    return Shortfall(first.short, first.short + budget, tuple(chosen.items()), periods, still, plan)


def plan_payment(owed: Decimal, periods: int, annual_rate: Decimal | None) -> Decimal:
    """The monthly payment that clears `owed` in `periods` months: even shares, or equal payments at
    `annual_rate` on the balance; rounded up to the fen so that `periods` payments are enough."""
    if not annual_rate:
        return (owed / periods).quantize(FEN, ROUND_UP)
    r = annual_rate / _TWELVE
    return (owed * r / (1 - (1 + r) ** -periods)).quantize(FEN, ROUND_UP)


def month_dates(start: date, due_day: int, months: int) -> list[date]:
    """The due day of each of the `months` months after `start`, clamped to the month's last day
    (the same dates as plans.due_date, without relativedelta's cost)."""
    return [date.fromordinal(d) for d in _due_ordinals(_month_table(start, months), due_day)]


def _month_table(start: date, months: int) -> list[tuple[int, int, str]]:
    """For each of the `months` months after `start`: (ordinal of its day 0, its length, "YYYY-MM").
    A month's length is the next month's day 0 less its own (no calendar module: ~2 ms of import)."""
    firsts = []
    year, month = start.year, start.month
    for _ in range(months + 1):
        month += 1
        if month > 12:
            year, month = year + 1, 1
        firsts.append((date(year, month, 1).toordinal() - 1, f"{year:04d}-{month:02d}"))
    return [(day0, firsts[k + 1][0] - day0, label) for k, (day0, label) in enumerate(firsts[:-1])]


def _due_ordinals(table: list[tuple[int, int, str]], due_day: int) -> list[int]:
    return [day0 + (due_day if due_day < length else length) for day0, length, _ in table]


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February (民法典 第202条)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
