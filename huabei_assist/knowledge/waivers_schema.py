"""Shape of data/waivers.toml: what an overdue user can ask for (basis reported), and the sums the
tool works out from it (basis tool)."""

from decimal import Decimal

from huabei_assist.knowledge.schema import Basis, Calculation, Named, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple


class PenaltyWaiver(NamedTuple):
    """Part of the penalty (overdue fee) that may be waived on request, as a low-high range."""

    id: str
    min_months_overdue: int
    low: Decimal
    high: Decimal
    proofs: tuple[Named, ...]  # `--proof`: the papers that prove hardship
    text: Text
    basis: Basis
    source: str
    channel: Text  # where to ask, and with which papers
    pin: str | None = None  # the article or section of the source, e.g. 第25条

    @property
    def seed_claim(self) -> None:  # these entries are the seed's own claims, shown as reported
        return None


class SpecialGroup(NamedTuple):
    """Students, pregnant people, the seriously ill: deferral and an interest cap to ask for."""

    id: str
    zh_name: str  # `--group 学生` as well as `--group student`
    name: Text
    deferral_min_years: int
    deferral_max_years: int
    interest_cap: Decimal  # share of the principal
    text: Text
    basis: Basis
    source: str
    channel: Text  # where to ask, and with which papers
    pin: str | None = None  # the article or section of the source, e.g. 第25条


    @property
    def seed_claim(self) -> None:  # these entries are the seed's own claims, shown as reported
        return None


class JobLossRelief(NamedTuple):
    id: str
    pause_months: int
    interest_reduction: Decimal
    text: Text
    basis: Basis
    source: str
    channel: Text  # where to ask, and with which papers
    pin: str | None = None  # the article or section of the source, e.g. 第25条

    @property
    def seed_claim(self) -> None:  # these entries are the seed's own claims, shown as reported
        return None


class WaiverBook(NamedTuple):
    """data/waivers.toml."""

    penalty: PenaltyWaiver
    groups: tuple[SpecialGroup, ...]
    job_loss: JobLossRelief
    computed: Calculation  # the sums the tool works out from these (basis tool)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        p = self.penalty
        if not Decimal(0) < p.low <= p.high < Decimal(1):
            found.append(("penalty", "low", "need 0 < low <= high < 1"))
        if p.min_months_overdue < 0:
            found.append(("penalty", "min_months_overdue", "must not be negative"))
        if not p.proofs:
            found.append(("penalty", "proofs", "name at least one proof type"))
        found += name_problems("penalty.proofs", p.proofs, shown=True) + name_problems("groups", self.groups)
        for index, group in enumerate(self.groups):
            if not 0 < group.deferral_min_years <= group.deferral_max_years:
                found.append((f"groups[{index}]", "deferral_min_years", "need 0 < min <= max"))
            if not Decimal(0) < group.interest_cap <= Decimal(1):
                found.append((f"groups[{index}]", "interest_cap", "must be above 0 and at most 1"))
        if not Decimal(0) < self.job_loss.interest_reduction < Decimal(1):
            found.append(("job_loss", "interest_reduction", "must be between 0 and 1"))
        for name in ("penalty", "job_loss"):
            if getattr(self, name).basis != "reported":
                found.append((name, "basis", "these are requests, not rules: basis must be 'reported'"))
        for index, group in enumerate(self.groups):
            if group.basis != "reported":
                found.append((f"groups[{index}]", "basis", "these are requests, not rules: basis must be 'reported'"))
        return found
