"""Money and rates as people type them (typed_numbers): exact Decimals, or the error that says the form to use."""

from decimal import Decimal

import pytest

from huabei_assist.errors import InputError
from huabei_assist.typed_numbers import money, rate


@pytest.mark.parametrize(("text", "value"), [
    ("3000", "3000"), ("1234.56", "1234.56"), ("1,234.56", "1234.56"), ("1,234", "1234"),
    ("1,234,567.5", "1234567.5"), ("¥3,000", "3000"), ("￥3,000", "3000"), ("3000元", "3000"),
    ("3,000 元", "3000"), ("¥ 3000 元", "3000"), ("３０００", "3000"), ("１，２３４．５６", "1234.56"),
    ("￥１，２３４．５６元", "1234.56"), (" 0.5 ", "0.5"), (".5", "0.5"), ("0", "0"), ("0.00", "0.00"),
    ("-500", "-500"), ("-¥500", "-500"),
])
def test_money_forms_people_type(text, value):
    read = money(text, "--amount")
    assert read == Decimal(value) and str(read) == value  # the same Decimal, exponent included


@pytest.mark.parametrize(("text", "key"), [
    ("3.000,50", "common.money_ambiguous"), ("1,2", "common.money_ambiguous"), ("1,23", "common.money_ambiguous"),
    ("12,34,5", "common.money_ambiguous"), ("1,2345", "common.money_ambiguous"), ("5.", "common.money_ambiguous"),
    ("0.001", "common.money_decimals"), ("3.000", "common.money_decimals"), ("１．２３４", "common.money_decimals"),
    ("abc", "common.bad_money"), ("1e3", "common.bad_money"), ("", "common.bad_money"), ("¥", "common.bad_money"),
    ("3 000", "common.bad_money"), ("NaN", "common.bad_money"),
    ("9" * 65, "common.number_too_large_for"), ("1" + "0" * 20, "common.number_too_large_for"),
])
def test_money_that_could_mean_two_sums_is_refused(text, key):
    with pytest.raises(InputError) as caught:
        money(text, "--amount")
    assert caught.value.key == key and caught.value.params["option"] == "--amount"


@pytest.mark.parametrize(("text", "value"), [
    ("8.8%", "0.088"), ("0.088", "0.088"), ("12%", "0.12"), ("0.05%", "0.0005"), ("0.0005", "0.0005"),
    ("８．８％", "0.088"), (" 8.8 % ", "0.088"), ("0", "0"), ("0%", "0"), ("99.9%", "0.999"),
])
def test_rate_as_a_percentage_or_a_decimal(text, value):
    assert rate(text, "--fee-rate") == Decimal(value)


def test_percent_and_decimal_are_the_same_decimal():
    assert rate("8.8%", "--fee-rate") == rate("0.088", "--fee-rate") == Decimal("0.088")


@pytest.mark.parametrize(("text", "percent", "fraction"), [
    ("8.8", "8.8%", "0.088"), ("12", "12%", "0.12"), ("1", "1%", "0.01"), ("99.5", "99.5%", "0.995"),
])
def test_a_bare_rate_of_1_or_more_names_both_valid_forms(text, percent, fraction):
    with pytest.raises(InputError) as caught:
        rate(text, "--annual-rate")
    assert caught.value.key == "common.rate_bare"
    assert (caught.value.params["percent"], caught.value.params["fraction"]) == (percent, fraction)
    assert rate(percent, "--annual-rate") == rate(fraction, "--annual-rate") == Decimal(fraction)  # both valid


@pytest.mark.parametrize(("text", "key"), [
    ("100%", "common.rate_out_of_range"), ("3000", "common.rate_out_of_range"), ("-0.1", "common.rate_out_of_range"),
    ("abc", "common.bad_rate"), ("8,8%", "common.bad_rate"), ("%", "common.bad_rate"), ("", "common.bad_rate"),
])
def test_rates_that_are_no_rate(text, key):
    with pytest.raises(InputError) as caught:
        rate(text, "--fee-rate")
    assert caught.value.key == key


@pytest.mark.parametrize(("args", "line"), [
    (["plan", "--amount", "6000", "--periods", "12", "--income", "0"], "--income 必须大于 0，收到 0：请写实际的金额，例如 --income 1234.56。"),
    (["budget", "--income", "5000", "--bill", "-1"], "--bill 必须大于 0，收到 -1：请写实际的金额，例如 --bill 1234.56。"),
    (["status", "--days", "5", "--amount", "-20", "--lang", "en"], "--amount must be more than 0, got -20: give the sum itself, e.g. --amount 1234.56."),
])
def test_amount_errors_name_the_option(run, args, line):
    result = run(*args)
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == line
