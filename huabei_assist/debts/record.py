"""One stored debt as the user gives it (options, a CSV or JSON row) and as the store keeps it.

A `Record` holds each field as given, parsed but not defaulted: an empty cell is None, "the default"
(花呗's fee and minimum, the default due day). `Record.debt()` is the engine's `payoff.Debt`;
`check` runs the engine's own checks on it (payoff.check_debts), so a debt that the engine would
refuse is never stored. Field text: amounts like `3000` or `1,200.50`; rates as a fraction (`0.18`)
or a percentage (`18%`, `0.05%`); a minimum as an amount (`200`), a share (`10%`) or both, the
larger of the two each month (`1%,30`); a due day
1-31; dates as `2026-12-15` (or any form `huabei status --since` reads).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from huabei_assist.errors import InputError, Reason
from huabei_assist.named_tuple import NamedTuple

# The fields of a debt in files and exports, in this order (the CSV header). `name`, `kind` and
# `amount` are required; every other empty cell means the default.
FIELDS = ("name", "kind", "amount", "annual_rate", "daily_fee", "installment_fee", "minimum", "due_day", "since",
          "plan_payment", "plan_rate")
REQUIRED = ("name", "kind", "amount")
COST_FIELDS = {"annual_rate": "annual", "daily_fee": "daily", "installment_fee": "installment"}
_HUNDRED = Decimal(100)


class Record(NamedTuple):
    name: str
    kind: str
    amount: Decimal
    annual_rate: Decimal | None = None
    daily_fee: Decimal | None = None
    installment_fee: Decimal | None = None
    minimum_share: Decimal | None = None  # the minimum as a share of what is owed ...
    minimum_fixed: Decimal | None = None  # ... or as an amount (one of the two)
    due_day: int | None = None
    since: date | None = None
    plan_payment: Decimal | None = None  # an agreed plan: what it takes a month
    plan_rate: Decimal | None = None  # and its annual rate (None: its cost is still to be agreed)

    def debt(self):
        from huabei_assist import payoff as po

        kind = next((COST_FIELDS[f] for f in COST_FIELDS if getattr(self, f) is not None), None)
        cost = None if kind is None else po.Cost(kind, getattr(self, _field_of(kind)))
        minimum = None
        if self.minimum_share is not None or self.minimum_fixed is not None:
            minimum = po.Minimum(self.minimum_share or Decimal(0), self.minimum_fixed or Decimal(0))
        plan = None
        if self.plan_payment is not None:
            plan = po.AgreedPlan(self.plan_payment, None if self.plan_rate is None else po.Cost("annual", self.plan_rate))
        return po.Debt(self.name, self.kind, self.amount, cost, minimum, self.due_day, self.since, plan)

    def cells(self) -> dict[str, str]:
        """Every field as text ("" for the default): what exports write and `field_values` reads back."""
        minimum = "" if self.minimum_share is None and self.minimum_fixed is None else minimum_text(self)
        return {"name": self.name, "kind": self.kind, "amount": str(self.amount),
                "annual_rate": _text(self.annual_rate), "daily_fee": _text(self.daily_fee),
                "installment_fee": _text(self.installment_fee), "minimum": minimum,
                "due_day": "" if self.due_day is None else str(self.due_day),
                "since": "" if self.since is None else self.since.isoformat(),
                "plan_payment": _text(self.plan_payment), "plan_rate": _text(self.plan_rate)}


    def json(self) -> dict:
        """The fields as JSON values (null: the default; the due day a number): what exports and --json carry."""
        return {k: (None if v == "" else int(v) if k == "due_day" else v) for k, v in self.cells().items()}


def _field_of(cost_kind: str) -> str:
    return next(f for f, k in COST_FIELDS.items() if k == cost_kind)


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def minimum_text(record: Record) -> str:
    """'10%', '200.00' or '1%,30.00' (the larger of the two)."""
    parts = []
    if record.minimum_share is not None:
        parts.append(f"{(record.minimum_share * _HUNDRED).normalize():f}%")
    if record.minimum_fixed is not None:
        parts.append(str(record.minimum_fixed))
    return ",".join(parts)


def from_fields(values: dict[str, object]) -> Record:
    """A Record from text fields (options, CSV cells, JSON values); None or "" means the default.
    A bad value raises InputError debts.bad_field (naming the field); check() does the rest."""
    from huabei_assist.money import to_fen
    from huabei_assist.payoff import kind_of

    def text(field: str) -> str | None:
        value = values.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise InputError("debts.bad_field", field=field, value=repr(value), expected=Reason("debts.expect_text"))
        value = str(value).strip()
        return value or None

    name, kind, amount = text("name"), text("kind"), text("amount")
    for field, value in (("name", name), ("kind", kind), ("amount", amount)):
        if value is None:
            raise InputError("debts.need_field", field=field)
    assert name is not None and kind is not None and amount is not None  # checked just above
    given = [f for f in COST_FIELDS if text(f) is not None]
    if len(given) > 1:
        raise InputError("debts.one_cost", fields=", ".join(given))
    share = fixed = None
    for part in (text("minimum") or "").replace("，", ",").split(","):  # "10%", "200" or "1%,30"
        part = part.strip()
        if not part:
            continue
        if part.endswith(("%", "％")) and share is None:
            share = parse_rate("minimum", part)
        elif not part.endswith(("%", "％")) and fixed is None:
            fixed = to_fen(_number("minimum", part))
        else:
            raise InputError("debts.bad_field", field="minimum", value=text("minimum"),
                             expected=Reason("debts.expect_minimum"))
    return Record(
        name=name, kind=kind_of(kind), amount=to_fen(_number("amount", amount)),
        annual_rate=parse_rate("annual_rate", text("annual_rate")), daily_fee=parse_rate("daily_fee", text("daily_fee")),
        installment_fee=parse_rate("installment_fee", text("installment_fee")), minimum_share=share, minimum_fixed=fixed,
        due_day=_day(text("due_day")), since=_date(text("since")),
        plan_payment=_money("plan_payment", text("plan_payment")),
        plan_rate=parse_rate("plan_rate", text("plan_rate")))


def _number(field: str, text: str) -> Decimal:
    from huabei_assist.money import parse_decimal

    value = parse_decimal(text)
    if value is None or value.adjusted() >= 15:
        raise InputError("debts.bad_field", field=field, value=text, expected=Reason("debts.expect_number"))
    return value


def _money(field: str, text: str | None) -> Decimal | None:
    from huabei_assist.money import to_fen

    return None if text is None else to_fen(_number(field, text))


def parse_rate(field: str, text: str | None) -> Decimal | None:
    """'0.18', '18%' or '0.05%' -> Decimal('0.18'), Decimal('0.18'), Decimal('0.0005')."""
    if text is None:
        return None
    percent = text.endswith(("%", "％"))
    value = _number(field, text[:-1] if percent else text)
    try:
        return (value / _HUNDRED).normalize() if percent else value
    except InvalidOperation:
        raise InputError("debts.bad_field", field=field, value=text, expected=Reason("debts.expect_number")) from None


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit():
        raise InputError("debts.bad_field", field="due_day", value=text, expected=Reason("debts.expect_day"))
    return int(text)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        from huabei_assist.dates import parse_date

        return parse_date(text, "since")


def check(records: list[Record] | tuple[Record, ...], rules, start: date) -> tuple:
    """The engine's checks on the records' debts (amount > 0, rates 0 <= r < 1, a cost and a minimum
    where the kind has no default, due day, first overdue day not after `start`, unique names);
    returns the checked debts, defaults filled in."""
    from huabei_assist.payoff import check_debts

    return check_debts([r.debt() for r in records], rules, start)
