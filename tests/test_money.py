"""Money (money.py): a number too large for fen arithmetic is a usage error, not an internal error."""

from decimal import Decimal

import pytest

from huabei_assist.errors import InputError
from huabei_assist.money import to_fen

BIG = "1" + "0" * 30  # 10^30 CNY, written as a person would


@pytest.mark.parametrize("args", [
    ["status", "--days", "45", "--amount", BIG],
    ["plan", "--amount", BIG, "--periods", "12"],
    ["budget", "--income", BIG],
    ["waiver", "--amount", BIG, "--days", "200"],
    ["credit", "--paid", "2026-03-15", "--today", "2026-11-29", "--amount", BIG, "--overdue-since", "2025-10-01"],
])
def test_huge_amount_is_one_line_usage_error(run, args):
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert BIG in result.err and "太大" in result.err
    assert "内部错误" not in result.err


def test_huge_amount_in_english(run):
    result = run("status", "--days", "45", "--amount", BIG, "--lang", "en")
    assert result.err.strip() == f"--amount got {BIG}, which is too large. Check for extra digits."


def test_huge_derived_fee_is_a_usage_error(run):
    result = run("status", "--days", "1000000000000000000", "--amount", "1e14")
    assert result.code == 2 and result.out == "" and "内部错误" not in result.err


def test_to_fen_rejects_what_the_context_cannot_hold():
    assert to_fen(Decimal("1e20")) == Decimal("100000000000000000000.00")
    with pytest.raises(InputError) as caught:
        to_fen(Decimal(BIG))
    assert caught.value.key == "common.number_too_large"
