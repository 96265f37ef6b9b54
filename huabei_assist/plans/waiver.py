"""Penalty-waiver estimate and the relief a special group or a job loss can ask for.

Everything here is basis `reported` (data/waivers.toml): what to ask for and where, never a right.
"""

from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.waivers_schema import JobLossRelief, PenaltyWaiver, SpecialGroup
from huabei_assist.known_ids import pick, pick_id
from huabei_assist.money import ZERO, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.input_checks import check_amount, check_money, knowledge
from huabei_assist.plans.settle import Settlement, settle_now


class GroupRelief(NamedTuple):
    group: SpecialGroup
    interest_cap: Decimal  # the most interest to ask to pay: principal x cap share
    deferral_until_min: date  # today + min years
    deferral_until_max: date


class JobLoss(NamedTuple):
    relief: JobLossRelief
    pause_until: date
    reduction: Decimal  # 40% of the penalty to date
    penalty_after: Decimal


class WaiverEstimate(NamedTuple):
    today: date
    since: date  # the first overdue day
    days_overdue: int
    amount: Decimal
    penalty: Decimal  # given, or the overdue fee to date
    penalty_given: bool
    rule: PenaltyWaiver
    eligible_from: date  # first day on which more than min_months have passed
    months_ok: bool
    proof: str | None
    eligible: bool
    low: Decimal  # waiver range, only meaningful when eligible (else 0)
    high: Decimal
    settle_high: Settlement  # settle now with the low waiver (pays more)
    settle_low: Settlement  # settle now with the high waiver (pays less)
    group: GroupRelief | None
    job_loss: JobLoss | None


def estimate(*, amount: Decimal, today: date, since: date, penalty: Decimal | None = None,
             proof: str | None = None, group: str | None = None, job_loss: bool = False,
             kb: Knowledge | None = None) -> WaiverEstimate:
    kb = knowledge(kb)
    amount = check_amount(amount)
    if since > today:
        raise InputError("waiver.since_after_today", since=since.isoformat(), today=today.isoformat())
    book = kb.waivers
    rule = book.penalty
    daily = kb.product.overdue_fee.known_rate
    days = (today - since).days + 1
    fee_to_date = settle_now(amount, days, daily).overdue_fee
    given = penalty is not None
    penalty = fee_to_date if penalty is None else check_money(penalty, "--penalty")
    if proof is not None:  # unemployment or 失业证明
        proof = pick_id(rule.proofs, proof, "waiver.bad_proof")
    eligible_from = since + relativedelta(months=rule.min_months_overdue, days=1)
    months_ok = today >= eligible_from
    eligible = months_ok and proof is not None
    low = to_fen(penalty * rule.low) if eligible else ZERO
    high = to_fen(penalty * rule.high) if eligible else ZERO
    relief = None
    if group is not None:
        chosen = pick(book.groups, group, "waiver.bad_group")  # student or 学生
        relief = GroupRelief(chosen, to_fen(amount * chosen.interest_cap),
                             today + relativedelta(years=chosen.deferral_min_years),
                             today + relativedelta(years=chosen.deferral_max_years))
    loss = None
    if job_loss:
        jl = book.job_loss
        cut = to_fen(penalty * jl.interest_reduction)
        loss = JobLoss(jl, today + relativedelta(months=jl.pause_months), cut, penalty - cut)
    return WaiverEstimate(
        today, since, days, amount, penalty, given, rule, eligible_from, months_ok, proof, eligible, low, high,
        _settle(amount, penalty, low), _settle(amount, penalty, high), relief, loss)


def _settle(amount: Decimal, penalty: Decimal, waiver: Decimal) -> Settlement:
    return Settlement(amount, penalty, waiver, amount + penalty - waiver)
