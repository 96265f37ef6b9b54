"""Dates (dates.py): a far-off date is a one-line usage error naming the range, not an internal date overflow."""

import pytest


@pytest.mark.parametrize("args", [
    ["status", "--since", "9999-12-20", "--today", "9999-12-31"],
    ["plan", "--amount", "6000", "--periods", "12", "--start", "9999-06-01"],
    ["credit", "--paid", "9999-12-01", "--today", "9999-12-30"],
    ["credit", "objection", "--filed", "9999-12-25", "--today", "9999-12-30"],
    ["status", "--since", "0001-01-01", "--today", "2026-01-01"],
    ["calls", "check", "--at", "9999-12-31 22:00"],
])
def test_dates_out_of_range_are_usage_errors(run, args):
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "超出范围" in result.err and "内部错误" not in result.err


def test_date_out_of_range_in_english(run):
    result = run("plan", "--amount", "6000", "--periods", "12", "--start", "9999-06-01", "--lang", "en")
    assert result.err.strip() == "The date '9999-06-01' given to --start is out of range: give a date from 1900 to 2100."
