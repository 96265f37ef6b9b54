"""One entry point for any kind of plan: picks the kind, checks the options that belong to it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.known_ids import pick_id
from huabei_assist.money import ZERO
from huabei_assist.plans.app_price import app_price
from huabei_assist.plans.bill_installment import installment, list_price
from huabei_assist.plans.minimum_payment import minimum
from huabei_assist.plans.negotiated_plan import negotiated
from huabei_assist.plans.schedule import Plan


def default_kind(periods: int, kb: Knowledge | None = None) -> str:
    """installment for a period count with a list price (3/6/9/12), negotiated otherwise."""
    return "installment" if list_price(periods, kb) is not None else "negotiated"


def build_plan(amount: Decimal, periods: int | None = None, *, kind: str | None = None, start: date,
               due_day: int | None = None, fee_rate: Decimal | None = None, annual_rate: Decimal | None = None,
               down_payment: Decimal | None = None, waiver: Decimal | None = None,
               payment: Decimal | None = None, fee_per_period: Decimal | None = None,
               kb: Knowledge | None = None) -> Plan:
    """`payment`: for a minimum-repayment plan the monthly payment; for any other kind, the payment
    per period the app shows, from which the cost is worked out (as from `fee_per_period`).
    `due_day` None: data/plans.toml's default; `kb` None: the packaged knowledge base."""
    if kind is not None:  # installment, Installment or 分期
        kind = pick_id(knowledge(kb).plans.kinds, kind, "plan.bad_kind")
    if kind == "minimum":
        for option, value in (("--fee-rate", fee_rate), ("--annual-rate", annual_rate),
                              ("--down-payment", down_payment), ("--waiver", waiver),
                              ("--fee-per-period", fee_per_period)):
            if value is not None:
                raise InputError("plan.option_not_for_kind", option=option, kind=kind)
        return minimum(amount, start=start, due_day=due_day, payment=payment, kb=kb)
    if periods is None:
        raise InputError("plan.need_periods")
    kind = kind or default_kind(periods, kb)
    app = app_price(payment, fee_per_period)
    if app is not None:
        for option, value in (("--fee-rate", fee_rate), ("--annual-rate", annual_rate)):
            if value is not None:
                raise InputError("plan.price_twice", option=option,
                                 given="--payment" if app.kind == "payment" else "--fee-per-period")
    if kind == "installment":
        for option, value in (("--annual-rate", annual_rate), ("--down-payment", down_payment),
                              ("--waiver", waiver)):
            if value is not None:
                raise InputError("plan.option_not_for_kind", option=option, kind=kind)
        return installment(amount, periods, start=start, due_day=due_day, fee_rate=fee_rate, app=app, kb=kb)
    return negotiated(amount, periods, start=start, due_day=due_day, fee_rate=fee_rate, annual_rate=annual_rate,
                      down_payment=down_payment or ZERO, waiver=waiver or ZERO, app=app, kb=kb)


def compare(amount: Decimal, periods: list[int], *, start: date, due_day: int | None = None,
            fee_rate: Decimal | None = None, annual_rate: Decimal | None = None,
            kb: Knowledge | None = None) -> list[Plan]:
    """One plan per period count, each of its default kind. --annual-rate applies to negotiated rows only."""
    if not periods:
        raise InputError("plan.need_periods")
    plans = []
    for n in periods:
        kind = default_kind(n, kb) if 1 <= n else "negotiated"
        plans.append(build_plan(amount, n, kind=kind, start=start, due_day=due_day, fee_rate=fee_rate,
                                annual_rate=annual_rate if kind == "negotiated" else None, kb=kb))
    return plans
