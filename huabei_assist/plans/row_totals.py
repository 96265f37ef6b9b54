"""What a batch row shows of a plan (its totals, not its rows), and the common row computed straight to it.

`plan batch` writes one line a scenario: the payment, the totals, the rates and the first and last
due dates, never the per-period rows. For the rows most files hold (plain ASCII numbers, an
installment or a negotiated plan priced by a fee rate or an annual rate, or not priced yet),
`quick()` reads the cells and computes those totals with the engine's own arithmetic
(split_even, amortized_columns, annual_rate, the cached due dates) but without what a single plan
needs: the per-period rows, the Plan, the checks of options a batch row cannot have, the
knowledge base looked up on every row. Anything else (another kind, a price from the app, a
number written otherwise, a value out of range: every row that would be an error) returns None and
goes the general way (plans/batch.scenario_plan), so errors and their messages have one source.
tests/test_batch_totals.py checks that both ways give the same record on many random rows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from operator import add

from huabei_assist.bounds import MAX_CELL_CHARS, MAX_DAY_OF_MONTH, MAX_DIGITS, MAX_NUMBER_CHARS, MIN_EXPONENT
from huabei_assist.dates import FIRST_YEAR, LAST_YEAR
from huabei_assist.errors import HuabeiError
from huabei_assist.money import ZERO, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.batch import FIELDS
from huabei_assist.plans.input_checks import knowledge
from huabei_assist.plans.due_calendar import span
from huabei_assist.plans.negotiated_plan import amortized_columns
from huabei_assist.plans.rate import AnnualRate, annual_rate
from huabei_assist.plans.schedule import Plan, split_even


class PlanTotals(NamedTuple):
    """A plan as a batch row shows it. The names are Plan's own fields and properties, so that the
    row's view (views/plan_view.batch_record) reads a Plan or a PlanTotals alike."""

    kind: str
    amount: Decimal
    principal: Decimal
    down_payment: Decimal
    periods: int
    payment_per_period: Decimal | None  # None (and total_paid, rate): a plan whose cost is to be agreed
    total_paid: Decimal | None  # the down payment and every payment
    first_due: date
    last_due: date
    rate: AnnualRate | None
    fee_rate: Decimal | None
    annual_rate: Decimal | None

    @classmethod
    def of(cls, plan: Plan) -> PlanTotals:
        return cls(plan.kind, plan.amount, plan.principal, plan.down_payment, plan.periods, plan.payment_per_period,
                   plan.total_paid, plan.first_due, plan.last_due, plan.rate, plan.fee_rate, plan.annual_rate)


class Terms(NamedTuple):
    """What every row of a batch reads from the knowledge base, read once."""

    max_periods: int
    default_due_day: int
    list_prices: dict[int, Decimal]  # periods -> total fee rate


def terms() -> Terms | None:
    """The batch's terms (from plans/input_checks.knowledge: inside one_reading, the batch's one reading);
    None when the knowledge base cannot be read (every row then goes the general way and says why)."""
    try:
        kb = knowledge()
        prices: dict[int, Decimal] = {}
        for price in kb.product.installments:
            prices.setdefault(price.periods, price.total_fee_rate)  # the first one, as list_price()
        return Terms(kb.plans.limits.negotiated_max_periods, kb.plans.limits.default_due_day, prices)
    except HuabeiError:
        return None


_KINDS = ("", "installment", "negotiated")


def quick(raw: object, default_start: date, default_due_day: int | None, known: Terms) -> PlanTotals | None:
    """The row's totals, exactly as scenario_plan's plan would give them; None for a row it leaves
    to scenario_plan (see the module's docstring)."""
    if type(raw) is not dict:
        return None
    cells: dict[str, str] = {}
    for name, value in raw.items():
        if name not in FIELDS:
            return None
        if value is None:  # JSON null: a blank cell
            continue
        if type(value) is not str:
            return None
        text = value.strip()
        if len(text) > MAX_CELL_CHARS or not text.isascii():
            return None
        cells[name] = text
    get = cells.get
    if get("payment") or get("fee_per_period"):
        return None
    amount = _money(get("amount"))
    periods_text, kind = get("periods") or "", get("kind") or ""
    if amount is None or not periods_text.isdigit() or len(periods_text) > 4 or kind not in _KINDS:
        return None
    periods = int(periods_text)
    if not 1 <= periods <= known.max_periods:
        return None
    fee_text, annual_text = get("fee_rate"), get("annual_rate")
    if fee_text and annual_text:
        return None
    fee_rate = _rate(fee_text) if fee_text else None
    annual = _rate(annual_text) if annual_text else None
    if (fee_text and fee_rate is None) or (annual_text and annual is None):
        return None
    due_text = get("due_day")
    if due_text:
        if not due_text.isdigit() or len(due_text) > 2 or not 1 <= int(due_text) <= MAX_DAY_OF_MONTH:
            return None
        due_day = int(due_text)
    else:
        due_day = known.default_due_day if default_due_day is None else default_due_day
    start_text = get("start")
    start = default_start
    if start_text:
        try:
            start = date.fromisoformat(start_text)  # as plans/batch._date reads it first
        except ValueError:
            return None
        if not FIRST_YEAR <= start.year <= LAST_YEAR:
            return None
    list_price = known.list_prices.get(periods)
    if not kind:
        kind = "installment" if list_price is not None else "negotiated"
    if kind == "installment":
        rate = list_price if fee_rate is None else fee_rate
        if annual is not None or rate is None:
            return None
        return _even(kind, amount, to_fen(amount * rate), periods, start, due_day, rate, None)
    if annual is not None:
        monthly = annual / 12
        if monthly == 0:
            return _even(kind, amount, ZERO, periods, start, due_day, None, annual)
        parts, interests = amortized_columns(amount, monthly, periods)
        payments = list(map(add, parts, interests))
        first, last, days = span(start, due_day, periods)
        return PlanTotals(kind, amount, amount, ZERO, periods, payments[0], ZERO + sum(payments, ZERO), first, last,
                          annual_rate(amount, payments, days), None, annual)
    if fee_rate is not None:
        return _even(kind, amount, to_fen(amount * fee_rate), periods, start, due_day, fee_rate, None)
    first, last, _ = span(start, due_day, periods)  # no price yet: no payment, no totals, no rate
    return PlanTotals(kind, amount, amount, ZERO, periods, None, None, first, last, None, None, None)


def _even(kind: str, amount: Decimal, fee: Decimal, periods: int, start: date, due_day: int,
          fee_rate: Decimal | None, annual: Decimal | None) -> PlanTotals:
    """even_schedule's payments: every period the same share of principal and fee, the last the remainders."""
    parts, fees = split_even(amount, periods), split_even(fee, periods)
    payments = [parts[0] + fees[0]] * (periods - 1) + [parts[-1] + fees[-1]]
    first, last, days = span(start, due_day, periods)
    # the shares add up to the amount and the fee exactly (split_even), so the payments to their sum
    return PlanTotals(kind, amount, amount, ZERO, periods, payments[0], ZERO + (amount + fee), first, last,
                      annual_rate(amount, payments, days), fee_rate, annual)


def _money(text: str | None) -> Decimal | None:
    """Plain digits with at most 2 decimals, positive and in bounds (typed_numbers.money and
    check_amount would take it as it is), to the fen; else None."""
    if not text or len(text) > MAX_NUMBER_CHARS:
        return None
    whole, dot, fraction = text.partition(".")
    if not whole.isdigit() or (dot and not (fraction.isdigit() and len(fraction) <= 2)):
        return None
    value = Decimal(text)
    if value <= 0 or value.adjusted() >= MAX_DIGITS:
        return None
    return to_fen(value)


def _rate(text: str) -> Decimal | None:
    """A rate written 0.088 or .088 (typed_numbers.rate reads such text as it is), from 0 up to 1;
    None for anything else."""
    if len(text) > MAX_NUMBER_CHARS:
        return None
    whole, dot, fraction = text.partition(".")
    if not (whole.isdigit() or (not whole and fraction)) or not (fraction.isdigit() or not fraction):
        return None
    value = Decimal(text)
    if value >= 1 or (value and value.adjusted() < MIN_EXPONENT):
        return None
    return value
