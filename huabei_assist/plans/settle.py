"""Settle now: the principal plus the overdue fee to date, less any waiver agreed."""

from decimal import Decimal

from huabei_assist.money import ZERO, simple_fee, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.input_checks import check_amount, check_money


class Settlement(NamedTuple):
    principal: Decimal
    overdue_fee: Decimal  # to date: principal x daily rate x days, simple
    waiver: Decimal  # at most the overdue fee
    total: Decimal  # principal + overdue_fee - waiver


def settle_now(amount: Decimal, days_overdue: int, daily_rate: Decimal, waiver: Decimal = ZERO) -> Settlement:
    principal = check_amount(amount)
    fee = simple_fee(principal, daily_rate, max(days_overdue, 0))
    waived = min(check_money(waiver, "--waiver"), fee)
    return Settlement(principal, fee, waived, to_fen(principal + fee - waived))
