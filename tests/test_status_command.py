"""`huabei status`: output, JSON shape, fees to the fen, dates, languages."""

import json
from decimal import Decimal

import pytest


def as_json(result):
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_json_shape_for_45_days(run):
    doc = as_json(run("status", "--days", "45", "--json"))
    assert doc["days_overdue"] == 45
    assert doc["stage"] == {
        "number": 2, "name": "本地电话高频催收期", "first_day": 31, "last_day": 90,
        "basis": "reported", "source": doc["stage"]["source"],
    }
    assert doc["next_stage"] == {"number": 3, "name": "升级催收期", "starts_on_day": 91, "days_until": 46, "date": None}
    assert isinstance(doc["actions"], list) and len(doc["actions"]) == 4
    assert {"id", "text", "basis", "source"} <= set(doc["actions"][0])
    assert "penalty_to_date" not in doc  # only with --amount


def test_stage_four_has_null_next_stage_and_open_last_day(run):
    doc = as_json(run("status", "--days", "181", "--json", "--lang", "en"))
    assert doc["stage"]["number"] == 4 and doc["stage"]["last_day"] is None
    assert doc["stage"]["name"] == "Litigation risk"
    assert doc["next_stage"] is None


def test_fees_are_exact_to_the_fen_and_strings_in_json(run):
    doc = as_json(run("status", "--days", "45", "--amount", "3000", "--json"))
    assert doc["penalty_to_date"] == "67.50"  # 3000 x 0.0005 x 45
    assert doc["penalty_per_day"] == "1.50"
    assert doc["penalty_at_next_stage"] == "136.50"  # on day 91
    assert doc["amount"] == "3000.00"


def test_fee_rounds_half_up(run):
    # 1.00 x 0.0005 x 10 = 0.005 exactly: half-up gives 0.01 (banker's rounding would give 0.00)
    doc = as_json(run("status", "--days", "10", "--amount", "1", "--json"))
    assert doc["penalty_to_date"] == "0.01"
    doc = as_json(run("status", "--days", "45", "--amount", "1234.57", "--json"))
    assert doc["penalty_to_date"] == "27.78"  # 27.777825


def test_fee_rate_from_the_users_bill(run):
    doc = as_json(run("status", "--days", "30", "--amount", "2000", "--fee-rate", "0.0003", "--json"))
    assert doc["fee_rate"] == "0.0003"
    assert doc["penalty_to_date"] == "18.00"
    assert doc["penalty_at_next_stage"] == "18.60"  # day 31


@pytest.mark.parametrize("since", ["2026-10-15", "2026/10/15", "15 Oct 2026", "Oct 15 2026", "2026年10月15日"])
def test_since_in_several_date_forms(run, since):
    doc = as_json(run("status", "--since", since, "--today", "2026-11-29", "--json"))
    assert doc["days_overdue"] == 46
    assert doc["since"] == "2026-10-15"
    assert doc["next_stage"]["date"] == "2027-01-13"


def test_since_equal_to_today_is_day_1(run):
    doc = as_json(run("status", "--since", "2026-11-29", "--today", "2026-11-29", "--json"))
    assert doc["days_overdue"] == 1 and doc["stage"]["number"] == 1


def test_litigation_risk_levels(run):
    assert as_json(run("status", "--days", "45", "--json"))["litigation_risk"] == "unknown"
    assert as_json(run("status", "--days", "200", "--amount", "4000", "--json"))["litigation_risk"] == "below_amount"
    assert as_json(run("status", "--days", "100", "--amount", "8000", "--json"))["litigation_risk"] == "not_yet"
    assert as_json(run("status", "--days", "181", "--amount", "8000", "--json"))["litigation_risk"] == "possible"


def test_plain_output_shows_stage_picture_actions_and_rights(run):
    result = run("status", "--days", "45", "--amount", "3000", "--lang", "en")
    assert result.code == 0
    out = result.out
    assert "Days overdue          45" in out or "Days overdue" in out
    assert "2 · Frequent local calls" in out
    assert "stage 3 (Escalation) starts on day 91, in 46 days" in out
    assert "Overdue fee so far" in out and "67.50" in out
    assert "Overdue fee when the next stage starts" in out and "136.50" in out
    assert "^ you are here: day 45" in out
    assert "What to do today, in order" in out
    assert "statute" in out and "Personal Information Protection Law (《个人信息保护法》) Art. 44" in out
    # article 70 binds card-issuing banks: not listed among the user's rights for Huabei (`plan` shows it as a reference)
    assert "第70条" not in out and "interest-free" not in out


def test_chinese_is_the_default(run):
    result = run("status", "--days", "100")
    assert "下一阶段    第4阶段「诉讼风险期」从逾期第181天开始，还有81天" in result.out.splitlines()
    assert "3 · 升级催收期" in result.out
    assert "个人信息保护法" in result.out and "此说法不成立" in result.out


def test_huabei_lang_environment_variable(run, monkeypatch):
    monkeypatch.setenv("HUABEI_LANG", "en")
    assert "Huabei overdue status" in run("status", "--days", "3").out


def test_picture_marks_the_position(run):
    out = run("status", "--days", "0").out
    assert "^ 你在这里：第0天" in out
    lines = run("status", "--days", "200", "--lang", "en").out.splitlines()
    bar = next(line for line in lines if line.startswith("[") and line.endswith(">"))
    assert "-" in bar.split("|")[-1] and "=" in bar.split("|")[-1]


def test_stage_zero_shows_no_fee_and_the_minimum_repayment_action(run):
    doc = as_json(run("status", "--days", "0", "--amount", "500", "--json", "--lang", "en"))
    assert doc["penalty_to_date"] == "0.00"
    assert doc["penalty_at_next_stage"] == "0.25"  # day 1
    assert "minimum" in doc["actions"][0]["text"]


def test_decimal_amount_with_separators(run):
    doc = as_json(run("status", "--days", "2", "--amount", "1,000.00", "--json"))
    assert Decimal(doc["penalty_to_date"]) == Decimal("1.00")


def test_litigation_compares_the_whole_debt_with_the_reported_practice(run):
    """4,800 overdue for 400 days: 960.00 of fees, so the whole debt 5,760.00 is over the reported 5,000."""
    data = as_json(run("status", "--days", "400", "--amount", "4800", "--json"))
    assert (data["litigation_risk"], data["debt_compared"], data["debt_compared_day"]) == ("possible", "5760.00", 400)
    page = run("status", "--days", "400", "--amount", "4800", "--lang", "en").out.splitlines()
    line = next(x for x in page if x.startswith("Litigation risk"))
    assert line.split(None, 2)[2] == ("past 180 days, the whole debt (principal plus overdue fees) is 5,760.00 CNY, over the "
                                      "5,000.00 CNY of reported practice (not a legal threshold): a lawsuit is possible [1]")
    # its basis and source are footnote 1, the first mark of the page (issue 11 item 2: no inline basis)
    assert page[page.index("Sources") + 2] == ("[1] web article A complete guide to Huabei overdue collection calls "
                                               "(《花呗逾期本地电话催收全攻略》) section 1.4 (reported, not a legal right)")
    zh = run("status", "--days", "400", "--amount", "4800").out
    assert "全部欠款（本金加逾期费）为5,760.00元，超过转述做法中的5,000.00元（不是法定门槛）" in zh
    # Before day 181 the comparison is on day 181: 4,800 + 181 days of fees = 5,234.40.
    early = as_json(run("status", "--days", "45", "--amount", "4800", "--json"))
    assert (early["litigation_risk"], early["debt_compared"], early["debt_compared_day"]) == ("not_yet", "5234.40", 181)
    assert as_json(run("status", "--days", "200", "--amount", "4000", "--json"))["debt_compared"] == "4400.00"
