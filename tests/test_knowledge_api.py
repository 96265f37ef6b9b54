"""The knowledge base is one object passed in: a test changes a fact without copying data/."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist import plans
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.status import assess
from huabei_assist.views.status_view import status_json


def test_an_edited_fee_rate_reaches_status_and_the_minimum_plan():
    kb = Knowledge()
    product = kb.product._replace(overdue_fee=kb.product.overdue_fee._replace(rate=Decimal("0.0004")))
    edited = Knowledge(product=product)
    report = assess(today=date(2026, 12, 1), days=45, amount=Decimal("3000"), kb=edited)
    assert (report.fee_rate, report.penalty_to_date) == (Decimal("0.0004"), Decimal("54.00"))
    assert assess(today=date(2026, 12, 1), days=45, amount=Decimal("3000")).penalty_to_date == Decimal("67.50")
    # the interest follows the edited rate too: 2,700 left after the first bill, 28 days to 10 March
    second = plans.minimum(Decimal("3000"), start=date(2026, 1, 10), payment=Decimal("300"), kb=edited).schedule[1]
    assert second.fee == Decimal("30.24")  # 2700 x 0.0004 x 28
    assert plans.minimum(Decimal("3000"), start=date(2026, 1, 10), payment=Decimal("300")).schedule[1].fee == Decimal("37.80")


def test_the_due_day_default_comes_from_the_knowledge_base():
    kb = Knowledge()
    assert plans.build_plan(Decimal("3000"), 3, start=date(2026, 1, 15)).first_due == date(2026, 2, 10)
    eighth = Knowledge(plans=kb.plans._replace(limits=kb.plans.limits._replace(default_due_day=8)))
    plan = plans.build_plan(Decimal("3000"), 3, start=date(2026, 1, 15), kb=eighth)
    assert [p.due_date for p in plan.schedule] == [date(2026, 2, 8), date(2026, 3, 8), date(2026, 4, 8)]
    assert plans.budget(income=Decimal("5000"), start=date(2026, 1, 15), bill=Decimal("1000"),
                        kb=eighth).payoff.first_due == date(2026, 2, 8)


def test_an_edited_source_title_reaches_the_json_without_touching_files():
    kb = Knowledge()
    sources = kb.sources._replace(sources=tuple(
        s._replace(title=s.title._replace(zh="《测试标题》")) if s.id == "pipl" else s for s in kb.sources.sources))
    edited = Knowledge(sources=sources)
    report = assess(today=date(2026, 12, 1), days=45, kb=edited)
    data = status_json(report, "zh", kb=edited)
    action = next(a for a in data["actions"] if a["id"] == "s2-minimal-info")
    assert (action["source"]["title"], action["source"]["pin"]) == ("《测试标题》", "第44条")


def test_a_book_that_is_not_a_data_file_is_refused():
    import pytest

    with pytest.raises(TypeError):
        Knowledge(rules=None)
