"""Shape of data/payoff.toml: what `payoff` and `debts` let the user pick, with the Chinese names.

The ids are the ones the engine computes with (payoff/orders.ORDERS, payoff/debts.KINDS; a test
keeps them equal); data/ holds what a user may type for each.
"""


from huabei_assist.knowledge.schema import Named, Problem, name_problems
from huabei_assist.named_tuple import NamedTuple


class PayoffBook(NamedTuple):
    orders: tuple[Named, ...]  # `payoff --order`: who gets the money first
    debt_kinds: tuple[Named, ...]  # `debts add --kind`, a debts file's kind column

    def problems(self) -> list[Problem]:
        return name_problems("orders", self.orders, shown=True) + name_problems("debt_kinds", self.debt_kinds, shown=True)
