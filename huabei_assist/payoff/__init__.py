"""Several debts at once: what to pay first, month by month. A pure engine: no files, no printing.

    from datetime import date
    from decimal import Decimal
    from huabei_assist import payoff as po

    rules = po.rules_from()          # from the knowledge base, once, by the caller
    debts = [po.Debt("花呗", "huabei", Decimal("3000"), since=date(2026, 11, 20)),
             po.Debt("card", "card", Decimal("8000"), po.Cost("annual", Decimal("0.18")),
                     po.Minimum(share=Decimal("0.10")))]
    plan = po.payoff(debts, Decimal("2000"), "risk", date(2026, 12, 1), rules=rules)
    plan.debt_free_on, plan.total_cost

See docs/payoff.md (the rules and the orders) and docs/api.md.
"""

from huabei_assist.payoff.debts import (
    COSTS, KINDS, MAX_AMOUNT, MAX_DEBTS, AgreedPlan, Cost, Debt, Minimum, annualised, check_debts, kind_of,
)
from huabei_assist.payoff.engine import MAX_MONTHS, add_years, compare, month_dates, payoff, plan_payment
from huabei_assist.payoff.orders import ORDERS
from huabei_assist.payoff.result import Comparison, DebtOutcome, Month, Payment, Payoff, Shortfall
from huabei_assist.payoff.rules import Rules, TodayBooks, rules_from

__all__ = [
    "COSTS", "KINDS", "MAX_AMOUNT", "MAX_DEBTS", "MAX_MONTHS", "ORDERS",
    "AgreedPlan", "Comparison", "Cost", "Debt", "DebtOutcome", "Minimum", "Month", "Payment", "Payoff", "Rules",
    "Shortfall", "TodayBooks", "add_years", "annualised", "check_debts", "compare", "kind_of", "month_dates",
    "payoff", "plan_payment", "rules_from",
]
