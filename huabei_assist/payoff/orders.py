"""Who gets the money first: avalanche (cost), snowball (size) and risk (the nearest escalation).

`allocate` hands out `left` (whole fen) among the debts of one month, adding to each debt's `pay`.
With `minimums=True` a debt takes at most its minimum (a month whose budget does not cover them);
otherwise at most what it owes.

- avalanche: the highest annual cost first (debts.annualised), ties by name.
- snowball: the smallest amount owed first, ties by name.
- risk (docs/payoff.md): each debt's next escalation is an event with a date and the money that
  stops it (`_escalation`). An event is within reach when its money is at most the money left now
  plus this month's extra for each later payment of that debt before the event. The debt whose
  event within reach comes first (ties: the less money, the higher cost, the name) is paid that
  money (or all that is left), then everything is looked at again. When no event is within reach,
  the rest goes by cost, as in avalanche.
"""

from __future__ import annotations

from bisect import bisect_left

from huabei_assist.stages import practice_debt

ORDERS: tuple[str, ...] = ("avalanche", "snowball", "risk")


def _by_cost(s) -> tuple:
    return -s.rate_year, s.name


def _by_size(s) -> tuple:
    return s.owed, s.name


def allocate(order: str, states: list, left: int, rules, minimums: bool) -> int:
    """Spend `left` on `states` in `order`; returns what is left (0 unless every room is filled)."""
    if order == "risk":
        left = _stop_escalations(states, left, rules, minimums)
        order = "avalanche"
    for s in sorted(states, key=_by_cost if order == "avalanche" else _by_size):
        if not left:
            break
        room = (s.min_due if minimums else s.owed) - s.pay
        if room > 0:
            give = room if room < left else left
            s.pay += give
            left -= give
    return left


def _stop_escalations(states: list, left: int, rules, minimums: bool) -> int:
    extra = 0 if minimums else left  # this month's extra: the estimate for each later month
    while left:
        best_key = best = None
        give = left
        for s in states:
            room = (s.min_due if minimums else s.owed) - s.pay
            if room <= 0:
                continue
            event = _escalation(s, rules, minimums)
            if event is None:
                continue
            when, money = event
            if money <= left or money <= left + extra * (bisect_left(s.dates, when, s.k + 1) - s.k - 1):
                key = (when, money, -s.rate_year, s.name)
                if best_key is None or key < best_key:
                    best_key, best, give = key, s, min(room, money, left)
        if best is None:
            break
        best.pay += give
        left -= give
    return left


def _escalation(s, rules, minimums: bool) -> tuple[int, int] | None:
    """The debt's next escalation after the money already given to it: (date ordinal, money in fen
    that stops it), or None.

    Overdue (and no agreed plan): the next stage, stopped only by clearing the debt (money: all it
    still owes); the lawsuit practice, while the whole debt it would owe on the threshold day
    (stages.practice_debt: with the charges until then, as status counts it) is over the threshold
    (dated the threshold day, or its payment date if that day is past; money: what brings that
    debt down to the threshold). The earlier event counts, then the cheaper. Not overdue: only in a
    month short of minimums, missing its minimum on its due date makes it overdue and reported
    (money: the rest of the minimum).
    """
    remaining = s.owed - s.pay
    since = s.since
    if since is None:
        if minimums and s.pay < s.min_due:
            return s.due, s.min_due - s.pay
        return None
    day = s.due - since + 1  # the overdue day number on its payment date
    event = None
    for first in rules.stage_starts:
        if first > day:
            event = (since + first - 1, remaining)
            break
    # the whole debt on the practice's day, as status counts it: what it owes after this payment and
    # what the principal left is charged until then (paying that much over the amount stops it)
    principal = s.principal - (s.pay - s.charges if s.pay > s.charges else 0)
    debt, on = practice_debt(remaining, lambda n: s.charges_until(since + n - 1, principal), day, rules.lawsuit_day)
    if debt > rules.lawsuit_amount:
        lawsuit = (since + on - 1, debt - rules.lawsuit_amount)
        if event is None or lawsuit < event:
            event = lawsuit
    return event
