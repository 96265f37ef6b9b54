"""`huabei payoff` and `huabei debts` from the command line: the worked example of docs/payoff.md to the
fen, the shortfall, every bad input (exit 2, one line, the stored list untouched), the files."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

EXAMPLE = ("name,kind,amount,annual_rate,daily_fee,installment_fee,minimum,due_day,since\n"
           "花呗,huabei,2000,,,,,,2026-12-15\n"
           "card,card,1500,0.24,,,10%,,\n")
START = ["--start", "2027-01-01"]


@pytest.fixture
def example(tmp_path) -> str:
    path = tmp_path / "debts.csv"
    path.write_text(EXAMPLE, encoding="utf-8")
    return str(path)


def _doc(run, *args: str) -> dict:
    result = run("payoff", *args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def _rows(doc: dict) -> list[tuple]:
    return [(m["month"], p["debt"], p["date"], p["amount"], p["cost"], p["balance_after"])
            for m in doc["months"] for p in m["payments"]]


def test_risk_pays_the_worked_example_to_the_fen(run, example):
    doc = _doc(run, "--debts", example, "--budget", "1500", "--order", "risk", *START)
    assert _rows(doc) == [
        ("2027-02", "花呗", "2027-02-10", "1347.00", "40.00", "693.00"),
        ("2027-02", "card", "2027-02-10", "153.00", "30.00", "1377.00"),
        ("2027-03", "花呗", "2027-03-10", "702.70", "9.70", "0.00"),
        ("2027-03", "card", "2027-03-10", "797.30", "27.54", "607.24"),
        ("2027-04", "card", "2027-04-10", "619.38", "12.14", "0.00"),
    ]
    assert (doc["order"], doc["debt_free_on"], doc["total_paid"], doc["total_cost"], doc["shortfall"]) == (
        "risk", "2027-04-10", "3619.38", "119.38", None)
    assert [(d["name"], d["cleared_on"], d["days_higher_stage"], d["stage"], d["over_cap"]) for d in doc["debts"]] == [
        ("花呗", "2027-03-10", 55, 1, False), ("card", "2027-04-10", 0, None, False)]
    assert [m["paid"] for m in doc["months"]] == ["1500.00", "1500.00", "619.38"]  # the budget, or what was left
    source = doc["sources"][4].pop("source")
    assert (source["id"], source["title"], source["pin"]) == ("credit-regulation", "《征信业管理条例》", "第16条")
    assert doc["sources"][4] == {"rule": "credit", "id": "credit-5-years", "basis": "statute",
                                 "text": "不良信息自不良行为或事件终止之日（还清之日）起保存5年，期满删除；你可以在报告中附上个人声明。"}
    assert [(s["id"], s["first_day"]) for s in doc["sources"][6:]] == [
        ("stage-1", 1), ("stage-2", 31), ("stage-3", 91), ("stage-4", 181)]


def test_avalanche_and_snowball_pay_the_card_first(run, example):
    for order in ("avalanche", "snowball"):
        doc = _doc(run, "--debts", example, "--budget", "1500", "--order", order, *START)
        assert _rows(doc) == [
            ("2027-02", "花呗", "2027-02-10", "204.00", "40.00", "1836.00"),
            ("2027-02", "card", "2027-02-10", "1296.00", "30.00", "234.00"),
            ("2027-03", "花呗", "2027-03-10", "1261.32", "25.70", "600.38"),
            ("2027-03", "card", "2027-03-10", "238.68", "4.68", "0.00"),
            ("2027-04", "花呗", "2027-04-10", "609.69", "9.31", "0.00"),
        ]
        assert (doc["debt_free_on"], doc["total_cost"]) == ("2027-04-10", "109.69")
        assert [d["cleared_on"] for d in doc["debts"]] == ["2027-04-10", "2027-03-10"]


def test_the_answer_comes_first(run, example):
    result = run("payoff", "--debts", example, "--budget", "1500", "--order", "risk", *START, "--lang", "en")
    assert result.code == 0
    assert result.out.splitlines()[:7] == [
        "Payoff plan (risk: the nearest escalation first)",
        "================================================",
        "",
        "The answer",
        "----------",
        "Debt-free on                         2027-04-10",
        "Total cost (fees and interest)       119.38",
    ]
    assert "To pay in the first month (2027-02)  花呗 1,347.00 on 2027-02-10; card 153.00 on 2027-02-10" in result.out
    assert "(statute; Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 16)" in result.out


def test_compare_side_by_side(run, example):
    result = run("payoff", "--debts", example, "--budget", "1500", "--compare", *START, "--lang", "en")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[7:10] == [
        "avalanche: highest cost first       2027-04-10    109.69      3,609.69    86                      2032-04-10",
        "snowball: smallest first            2027-04-10    109.69      3,609.69    86                      2032-04-10",
        "risk: the nearest escalation first  2027-04-10    119.38      3,619.38    55                      2032-03-10",
    ]
    doc = _doc(run, "--debts", example, "--budget", "1500", "--compare", *START)
    assert [(o["order"], o["total_cost"], o["days_higher_stage"]) for o in doc["orders"]] == [
        ("avalanche", "109.69", 86), ("snowball", "109.69", 86), ("risk", "119.38", 55)]
    assert _rows(doc["orders"][2])[0] == ("2027-02", "花呗", "2027-02-10", "1347.00", "40.00", "693.00")


def test_a_budget_below_the_minimums_is_an_answer(run, example):
    result = run("payoff", "--debts", example, "--budget", "300", *START, "--lang", "en")
    assert result.code == 0
    assert result.out.splitlines()[3:6] == [
        "The budget does not cover the minimums",
        "--------------------------------------",
        "* The budget of 300.00 CNY a month does not cover the first month's minimums of 357.00 CNY: 57.00 CNY short.",
    ]
    assert "huabei letter hardship --amount 2000.00" in result.out
    assert "107.22 + the plans' cost (to be agreed)" in result.out
    doc = _doc(run, "--debts", example, "--budget", "300", *START)
    assert doc["shortfall"] == "57.00"
    negotiation = doc["negotiation"]
    assert negotiation["ask"] == [{"debt": "花呗", "payment": "33.34", "lender_first": False,
                                   "channels": ["95188", "12378"], "letter": "hardship"}]
    assert (negotiation["minimums"], negotiation["periods"], negotiation["still_short"]) == ("357.00", 60, "0.00")
    plan = negotiation["plan"]
    assert (plan["debt_free_on"], plan["total_cost"], plan["shortfall"]) == ("2028-02-10", "107.22", None)
    assert [d["cost_to_agree"] for d in plan["debts"]] == [True, False]
    assert doc["months"][0]["short"] == "57.00"


def test_a_card_asks_its_lender_first_and_a_rate_prices_the_plan(run, tmp_path):
    file = tmp_path / "card.json"
    file.write_text(json.dumps([{"name": "card", "kind": "信用卡", "amount": "6000", "annual_rate": "18%",
                                 "minimum": "10%"}]), encoding="utf-8")
    doc = _doc(run, "--debts", str(file), "--budget", "300", "--plan-rate", "0.06", *START)
    assert doc["shortfall"] == "309.00"  # (6,000.00 + 90.00 of interest) x 10% - 300.00
    assert doc["negotiation"]["ask"] == [{"debt": "card", "payment": "116.00", "lender_first": True,
                                          "channels": ["12378"], "letter": "hardship"}]
    assert doc["negotiation"]["plan"]["debts"][0]["cost_to_agree"] is False
    shown = run("payoff", "--debts", str(file), "--budget", "300", *START, "--lang", "en").out
    assert "the lender's own customer service (the number on your bill or contract); National Financial" in shown


def test_the_stored_list_is_what_payoff_reads(run):
    assert run("debts", "add", "花呗", "--kind", "花呗", "--amount", "2000", "--since", "2026-12-15",
               "--today", "2027-01-01").code == 0
    assert run("debts", "add", "card", "--kind", "card", "--amount", "1500", "--annual-rate", "24%",
               "--minimum", "10%").code == 0
    doc = _doc(run, "--budget", "1500", "--order", "risk", *START)
    assert (doc["debt_free_on"], doc["total_cost"]) == ("2027-04-10", "119.38")


def test_no_stored_debts_says_how_to_add_them(run):
    result = run("payoff", "--budget", "1500", "--lang", "en")
    assert (result.code, result.err) == (2, "The list of debts is empty: add debts with huabei debts add, or give a "
                                            "file with --debts FILE.\n")


BAD_ADD = [
    (["x", "--kind", "card"], "amount is missing: every debt needs a name, a kind and an amount."),
    (["x", "--kind", "card", "--amount", "100", "--annual-rate", "-0.1", "--minimum", "10%"],
     "The debt 'x': annual_rate must be from 0 up to (not including) 1, got -0.1."),
    (["x", "--kind", "bank", "--amount", "100"],
     "Unknown debt kind 'bank'. Did you mean loan (贷款)? Use one of: huabei (花呗), jiebei (借呗), card (信用卡), "
     "loan (贷款), online-loan (网贷), other (其他)."),
    (["x", "--kind", "card", "--amount", "100"],
     "The debt 'x' (card) has no default cost: give its daily fee, annual rate or installment fee."),
    (["x", "--kind", "card", "--amount", "0", "--annual-rate", "0.1", "--minimum", "10%"],
     "The debt 'x': amount must be more than 0 (at least 0.01 CNY), got 0.00."),
    (["x", "--kind", "card", "--amount", "10", "--annual-rate", "10%", "--daily-fee", "0.05%"],
     "A debt has one cost, got: annual_rate, daily_fee. Give only one of them."),
    (["x", "--kind", "card", "--amount", "10", "--annual-rate", "10%", "--minimum", "10%", "--due-day", "32"],
     "The debt 'x': the due day must be a day from 1 to 31, got 32."),
    (["x", "--kind", "card", "--amount", "abc"], "The amount 'abc' is not valid: expected a number such as 3000, 0.18 or 18%."),
    (["x", "--kind", "card", "--amount", "10", "--annual-rate", "10%", "--minimum", "10%", "--since", "2099-01-01",
      "--today", "2026-12-01"],
     "The debt 'x': the first overdue day 2099-01-01 is after today, 2026-12-01; check the date (or set today with --today)."),
    (["x", "--kind", "card", "--amount", "10", "--annual-rate", "10%", "--minimum", "1%,2%"],
     "The minimum '1%,2%' is not valid: expected an amount (200), a share (3%) or both, the larger each month (1%,25)."),
    (["existing", "--kind", "card", "--amount", "10", "--annual-rate", "10%", "--minimum", "10%"],
     "There is already a debt called 'existing'; use another name, or change it with huabei debts edit."),
]


def _stored(run) -> str:
    assert run("debts", "add", "existing", "--kind", "card", "--amount", "100", "--annual-rate", "0.1",
               "--minimum", "10%").code == 0
    path = Path(os.environ["HUABEI_HOME"]) / "debts.sqlite3"
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("args,error", BAD_ADD, ids=[e[:30] for _, e in BAD_ADD])
def test_a_bad_debt_is_one_line_exit_2_and_the_list_untouched(run, args, error):
    before = _stored(run)
    result = run("debts", "add", *args, "--lang", "en")
    assert (result.code, result.out, result.err) == (2, "", error + "\n")
    assert hashlib.sha256((Path(os.environ["HUABEI_HOME"]) / "debts.sqlite3").read_bytes()).hexdigest() == before
    zh = run("debts", "add", *args)
    assert zh.code == 2 and zh.err.count("\n") == 1


BAD_PAYOFF = [
    (["--budget", "100", "--order", "fastest"],
     "Unknown payoff order 'fastest'. Use one of: avalanche (雪崩), snowball (雪球), risk (风险优先)."),
    (["--budget", "100", "--months", "0"], "The number of months must be a whole number from 1 to 600, got 0."),
    (["--budget", "-5"], "--budget must be more than 0, got -5: give the sum itself, e.g. --budget 1234.56."),
    ([], "Give what you can pay a month with --budget, e.g. --budget 1500."),
    (["--budget", "100", "--out", "plan.txt"], "Cannot write plan.txt: the file name must end in .csv, .ics."),
    (["--budget", "100", "--compare", "--out", "plan.csv"],
     "--out writes the plan of one order: leave out --compare and choose the order with --order."),
    (["--budget", "100", "--plan-rate", "-1%"],
     "The negotiated plan's annual rate must be from 0 up to (not including) 1, got -0.01."),
]


@pytest.mark.parametrize("args,error", BAD_PAYOFF, ids=[e[:30] for _, e in BAD_PAYOFF])
def test_bad_payoff_options_are_one_line_exit_2(run, args, error):
    before = _stored(run)
    result = run("payoff", *args, "--lang", "en")
    assert (result.code, result.out, result.err) == (2, "", error + "\n")
    assert hashlib.sha256((Path(os.environ["HUABEI_HOME"]) / "debts.sqlite3").read_bytes()).hexdigest() == before


BAD_FILES = [
    ("name,kind,amount\nx,card,100\n", "debt 1, annual_rate: The debt 'x' (card) has no default cost: give its "
                                       "daily fee, annual rate or installment fee."),
    ("name,kind,amount,annual_rate,minimum\na,card,1,0.1,10%\nb,card,,0.1,10%\n",
     "debt 2, amount: amount is missing: every debt needs a name, a kind and an amount."),
    ("name,kind,amount,annual_rate,minimum\na,card,1,-2%,10%\n",
     "debt 1, annual_rate: The debt 'a': annual_rate must be from 0 up to (not including) 1, got -0.02."),
    ("name,kind,amount,rate\na,card,1,0.1\n", "cannot be used: unknown CSV columns rate (known: name, kind, amount, "
     "annual_rate, daily_fee, installment_fee, minimum, due_day, since, plan_payment, plan_rate). The list is unchanged."),
    ('[{"name": "a", "kind": "xx", "amount": "1"}]',
     "debt 1, kind: Unknown debt kind 'xx'. Use one of: huabei (花呗), jiebei (借呗), card (信用卡), loan (贷款), "
     "online-loan (网贷), other (其他)."),
    ('[{"name": "a", "kind": "card", "amount": 1, "annual_rate": 0.1, "minimum": "10%"}, '
     '{"name": "a", "kind": "card", "amount": 2, "annual_rate": 0.1, "minimum": "10%"}]',
     "debt 2, name: The debt name 'a' is used twice; each debt needs its own name."),
    ('{"debts": []}', "cannot be used: not a huabei-debts export. The list is unchanged."),
    ("[1, 2", "cannot be used: "),
]


@pytest.mark.parametrize("text,error", BAD_FILES, ids=[e[:30] for _, e in BAD_FILES])
def test_a_bad_debts_file_names_row_and_field(run, tmp_path, text, error):
    before = _stored(run)
    file = tmp_path / "in.file"
    file.write_text(text, encoding="utf-8")
    for args in (["payoff", "--budget", "100", "--debts", str(file)], ["debts", "import", str(file)]):
        result = run(*args, "--lang", "en")
        assert result.code == 2 and result.out == "" and result.err.count("\n") == 1, result
        assert result.err.startswith(f"The debts file {file}") and error in result.err, result.err
    assert hashlib.sha256((Path(os.environ["HUABEI_HOME"]) / "debts.sqlite3").read_bytes()).hexdigest() == before


def test_out_csv_and_ics(run, example, tmp_path):
    csv_file, ics_file = tmp_path / "plan.csv", tmp_path / "plan.ics"
    assert run("payoff", "--debts", example, "--budget", "1500", "--order", "risk", *START, "--lang", "en",
               "--out", str(csv_file)).code == 0
    assert csv_file.read_text(encoding="utf-8").splitlines() == [
        "Month,Date,Debt,Paid,Fees and interest,Balance after",
        "2027-02,2027-02-10,花呗,1347.00,40.00,693.00",
        "2027-02,2027-02-10,card,153.00,30.00,1377.00",
        "2027-03,2027-03-10,花呗,702.70,9.70,0.00",
        "2027-03,2027-03-10,card,797.30,27.54,607.24",
        "2027-04,2027-04-10,card,619.38,12.14,0.00",
    ]
    assert os.stat(csv_file).st_mode & 0o777 == 0o600
    assert run("payoff", "--debts", example, "--budget", "1500", "--order", "risk", *START,
               "--out", str(ics_file)).code == 0
    ics = ics_file.read_text(encoding="utf-8")
    assert [line for line in ics.splitlines() if line.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:20270210", "DTSTART;VALUE=DATE:20270210", "DTSTART;VALUE=DATE:20270310",
        "DTSTART;VALUE=DATE:20270310", "DTSTART;VALUE=DATE:20270410"]
    assert ics.count("TRIGGER:-P1D") == 5 and "SUMMARY:还款：花呗 1\\,347.00 元" in ics
    assert "UID:payoff-risk-2027-01-01-d1-2027-02-10@huabei" in ics
    # an existing file is not replaced without --force, and is with it
    again = run("payoff", "--debts", example, "--budget", "1000", *START, "--out", str(csv_file), "--lang", "en")
    assert again.code == 1 and "already exists" in again.err
    assert "1347.00" in csv_file.read_text(encoding="utf-8")
    assert run("payoff", "--debts", example, "--budget", "1000", *START, "--out", str(csv_file), "--force").code == 0
    assert "1347.00" not in csv_file.read_text(encoding="utf-8")


def test_format_csv_and_markdown(run, example):
    csv_out = run("payoff", "--debts", example, "--budget", "1500", *START, "--format", "csv", "--lang", "en").out
    assert csv_out.splitlines()[1] == "2027-02,2027-02-10,花呗,204.00,40.00,1836.00"
    md = run("payoff", "--debts", example, "--budget", "1500", *START, "--format", "markdown").out
    assert "| 2027-04 | 2027-04-10 | 花呗 | 609.69   | 9.31       | 0.00     |" in md.splitlines()  # padded by display width


def test_debts_show_edit_remove(run):
    assert run("debts", "add", "借呗", "--kind", "借呗", "--amount", "3000", "--daily-fee", "0.07%",
               "--minimum", "300", "--since", "2026-08-01", "--today", "2026-12-01").code == 0
    shown = json.loads(run("debts", "show", "借呗", "--today", "2026-12-01", "--json").out)
    assert (shown["daily_fee"], shown["annual_cost"], shown["over_cap"], shown["stage"], shown["day_overdue"]) == (
        "0.0007", "0.2555", True, 3, 123)
    edited = json.loads(run("debts", "edit", "借呗", "--annual-rate", "12%", "--name", "jiebei", "--json").out)
    assert (edited["name"], edited["annual_rate"], edited["daily_fee"], edited["over_cap"]) == (
        "jiebei", "0.12", None, False)
    assert run("debts", "edit", "jiebei", "--lang", "en").err == "Nothing to change: give at least one option, such as --amount.\n"
    removed = run("debts", "remove", "jiebei", "--json")
    assert removed.code == 0 and json.loads(removed.out)["name"] == "jiebei"
    assert json.loads(run("debts", "list", "--json").out) == []
    assert run("debts", "remove", "jiebei", "--lang", "en").err == (
        "There is no debt called 'jiebei' in the list (see huabei debts list).\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("huabei payoff --order ", ["avalanche", "snowball", "risk", "雪崩", "雪球", "风险优先"]),
    ("huabei debts add x --kind o", ["online-loan", "other"]),
    ("huabei debts add x --kind 网", ["网贷"]),
    ("huabei debts export --format ", ["csv", "json"]),
])
def test_order_and_kind_complete_on_tab(line, expected):
    from tests.test_completion import tab

    answer = tab(line)
    assert answer.returncode == 0, answer.stderr
    assert sorted(answer.stdout.split()) == sorted(expected)


def test_compare_reads_only_the_totals(run, example, monkeypatch):
    """The table of --compare never turns an order's months into rows (the speed target of issue 13)."""
    from huabei_assist.payoff.result import MonthRows

    def built(self):
        raise AssertionError("the months were built")

    monkeypatch.setattr(MonthRows, "_months", built)
    result = run("payoff", "--debts", example, "--budget", "1500", "--compare", *START)
    assert result.code == 0 and "119.38" in result.out


def test_still_short_even_with_plans_says_so_and_what_to_ask(run, tmp_path):
    file = tmp_path / "big.json"
    file.write_text('[{"name": "big", "kind": "card", "amount": "100000", "annual_rate": "0.2", "minimum": "10%"}]',
                    encoding="utf-8")
    result = run("payoff", "--debts", str(file), "--budget", "100", "--months", "12", *START, "--lang", "en")
    assert result.code == 0
    assert result.out.splitlines()[5:7] == [
        "* The budget of 100.00 CNY a month does not cover the first month's minimums of 10,166.67 CNY: "
        "10,066.67 CNY short.",
        "* Even with every debt on the longest negotiated plan it is still 1,566.67 CNY short: look first for "
        "income to add or spending to cut (huabei budget).",
    ]
    assert "big   1,666.67            60" in result.out and "If the plans are agreed" not in result.out
    doc = _doc(run, "--debts", str(file), "--budget", "100", "--months", "12", *START)
    assert (doc["shortfall"], doc["negotiation"]["still_short"], doc["negotiation"]["plan"], doc["debt_free_on"]) == (
        "10066.67", "1566.67", None, None)



def _edit_names(data_copy) -> None:
    """The names of the kind huabei and of the order avalanche, edited in the data dir's copy."""
    from tests.conftest import edit_text

    edit_text(data_copy / "payoff.toml", 'en = "Huabei" }', 'en = "Huabei (edited)" }')
    edit_text(data_copy / "payoff.toml", 'en = "avalanche: highest cost first" }', 'en = "avalanche (edited)" }')



def test_an_edited_data_dir_names_the_kinds_and_orders(run, example, data_copy):
    _edit_names(data_copy)
    assert run("debts", "import", example, "--today", "2026-12-20").code == 0
    listed = run("debts", "list", "--lang", "en").out.splitlines()
    assert listed[5] == "花呗  Huabei (edited)  2,000.00   default: 0.05% a day  default: 10%  default: 10  2026-12-15     -"
    shown = run("debts", "show", "花呗", "--today", "2026-12-20", "--lang", "en").out.splitlines()
    assert "Kind           Huabei (edited)" in shown
    page = run("payoff", "--budget", "1500", *START, "--lang", "en").out.splitlines()
    assert page[0] == "Payoff plan (avalanche (edited))"
    assert "花呗  Huabei (edited)  2,000.00  18.25%       stage 1: Reminder stage  2,075.01  75.01              2027-04-10  86" in page
    compared = run("payoff", "--budget", "1500", *START, "--lang", "en", "--compare").out.splitlines()
    assert "avalanche (edited)                  2027-04-10    109.69      3,609.69    86                      2032-04-10" in compared


def test_the_views_name_from_the_knowledge_they_are_given(example, data_copy, monkeypatch):
    """A Knowledge built from edited books (a script's, a test's) reaches every name of the payoff and
    debts views: once HUABEI_DATA_DIR is gone, only the book handed down holds the edited names."""
    from datetime import date
    from decimal import Decimal

    from huabei_assist import payoff as po
    from huabei_assist.debts.exchange import read_file
    from huabei_assist.debts.record import check
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import render
    from huabei_assist.views.debts_view import debt_view, list_view
    from huabei_assist.views.payoff_view import compare_view, payoff_calendar, payoff_file_view, payoff_view

    _edit_names(data_copy)
    kb = Knowledge(payoff=Knowledge().payoff)
    monkeypatch.delenv("HUABEI_DATA_DIR")
    rules = po.rules_from(kb)
    start = date(2027, 1, 1)
    records = read_file(example, rules, start)
    debts = check(records, rules, start)
    assert "Huabei (edited)" not in render(list_view(records, rules, "en"))  # the packaged names by default
    assert render(list_view(records, rules, "en", kb=kb)).splitlines()[5].startswith("花呗  Huabei (edited)  2,000.00")
    assert "Kind           Huabei (edited)" in render(
        debt_view(records[0], rules, "en", "debts.list_title", kb=kb)).splitlines()
    result = po.payoff(debts, Decimal("1500"), "avalanche", start, rules=rules)
    page = render(payoff_view(result, rules, None, "en", kb=kb)).splitlines()
    assert page[0] == "Payoff plan (avalanche (edited))"
    assert any(line.startswith("花呗  Huabei (edited)  2,000.00") for line in page)
    assert payoff_calendar(result, "en", kb).name == payoff_file_view(result, rules, None, "en", kb=kb).calendar.name
    assert "avalanche (edited)" in payoff_calendar(result, "en", kb).name
    compared = render(compare_view(po.compare(debts, Decimal("1500"), start, rules=rules), rules, "en", full=False, kb=kb))
    assert "avalanche (edited)  " in compared
