"""`huabei plan`, `plan compare`, `plan batch`, `waiver`, `budget` through main(): output, JSON, exit codes."""

from __future__ import annotations

import json
import sys
from io import StringIO
from pathlib import Path

import pytest

from huabei_assist.i18n import t

REPO = Path(__file__).resolve().parent.parent


def test_plan_json_shape_seed_example(run):
    r = run("plan", "--amount", "20000", "--periods", "40", "--start", "2026-01-15", "--json")
    assert r.code == 0 and r.err == ""
    data = json.loads(r.out)
    for key in ("kind", "principal", "periods", "payment_per_period", "total_fee", "total_paid", "apr",
                "effective_annual_rate", "first_due", "last_due", "schedule"):
        assert key in data
    assert (data["kind"], data["principal"], data["periods"]) == ("negotiated", "20000.00", 40)
    # no rate given: the cost is to be agreed, never 0.00%
    assert data["cost_to_be_agreed"] is True and data["principal_per_period"] == "500.00"
    assert [data[k] for k in ("payment_per_period", "total_fee", "total_paid", "apr", "effective_annual_rate",
                              "xirr")] == [None] * 6
    assert data["schedule"][0] == {"period": 1, "due_date": "2026-02-10", "principal": "500.00", "fee": None,
                                   "payment": None, "remaining": "19500.00"}
    assert data["schedule"][-1]["remaining"] == "0.00" and data["last_due"] == "2029-05-10"
    assert {f["id"] for f in data["facts"]} >= {"negotiation-70", "apr-irr"}


def test_plan_text_says_may_not_must_and_seed_claim_does_not_hold(run):
    r = run("plan", "--amount", "20000", "--periods", "40", "--start", "2026-01-15", "--lang", "en")
    assert r.code == 0
    assert t("plan.note_may_not_must", "en") in r.out
    assert "That does not hold." in r.out and "60 interest-free" in r.out
    assert "500.00" in r.out


def test_plan_installment_12_in_zh(run):
    r = run("plan", "--amount", "20000", "--periods", "12", "--start", "2026-01-15")
    assert r.code == 0 and "账单分期" in r.out and "15.86%" in r.out and "1,813.34" in r.out


def test_plan_over_cap_note(run):
    r = run("plan", "--amount", "10000", "--periods", "12", "--kind", "negotiated", "--fee-rate", "0.2",
            "--start", "2026-01-15", "--json")
    data = json.loads(r.out)
    assert data["over_24_percent"] is True and "rate-cap-24" in {f["id"] for f in data["facts"]}


def test_plan_minimum_never_ends_warning(run):
    r = run("plan", "--amount", "20000", "--kind", "minimum", "--payment", "200", "--start", "2026-01-15",
            "--lang", "en")
    assert r.code == 0 and "this debt never ends" in r.out
    data = json.loads(run("plan", "--amount", "20000", "--kind", "minimum", "--payment", "200",
                          "--start", "2026-01-15", "--json").out)
    assert data["never_ends"] is True and data["apr"] is None and data["periods"] is None


def test_plan_csv_and_markdown(run):
    r = run("plan", "--amount", "20000", "--periods", "3", "--start", "2026-01-15", "--format", "csv", "--lang", "en")
    lines = r.out.splitlines()
    assert lines[0] == "Period,Due date,Principal,Fee / interest,Payment,Remaining"
    assert lines[1] == "1,2026-02-10,6666.67,166.67,6833.34,13333.33"
    assert lines[3] == "3,2026-04-10,6666.66,166.66,6833.32,0.00"
    md = run("plan", "--amount", "20000", "--periods", "3", "--start", "2026-01-15", "--format", "markdown").out
    assert md.startswith("# 还款计划") and "| 1 " in md


def test_plan_out_files(run, tmp_path):
    ics = tmp_path / "plan.ics"
    r = run("plan", "--amount", "20000", "--periods", "3", "--start", "2026-01-31", "--due-day", "31",
            "--out", str(ics), "--json")
    assert r.code == 0 and json.loads(r.out)["written_to"] == str(ics)
    from icalendar import Calendar

    cal = Calendar.from_ical(ics.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [
        __import__("datetime").date(2026, 2, 28), __import__("datetime").date(2026, 3, 31),
        __import__("datetime").date(2026, 4, 30)]
    alarms = [a for e in events for a in e.walk("VALARM")]
    assert len(alarms) == 3 and all(str(a.decoded("trigger")) == "-1 day, 0:00:00" for a in alarms)
    csv_out = tmp_path / "plan.csv"
    assert run("plan", "--amount", "20000", "--periods", "3", "--start", "2026-01-15", "--out", str(csv_out),
               "--lang", "en").code == 0
    assert csv_out.read_text().splitlines()[1] == "1,2026-02-10,6666.67,166.67,6833.34,13333.33"
    js = tmp_path / "plan.json"
    run("plan", "--amount", "20000", "--periods", "3", "--start", "2026-01-15", "--out", str(js))
    assert json.loads(js.read_text())["total_fee"] == "500.00"
    bad = run("plan", "--amount", "20000", "--periods", "3", "--out", str(tmp_path / "plan.txt"), "--lang", "en")
    assert bad.code == 2 and "only .csv, .json, .ics" in bad.err
    missing_dir = run("plan", "--amount", "20000", "--periods", "3", "--out", str(tmp_path / "no" / "x.csv"))
    assert missing_dir.code == 1 and "Traceback" not in missing_dir.err


@pytest.mark.parametrize("args, code, text", [
    (["--amount", "0", "--periods", "6"], 2, "must be more than 0"),
    (["--amount", "-100", "--periods", "6"], 2, "must be more than 0"),
    (["--amount", "abc", "--periods", "6"], 2, "--amount needs a sum of money, got 'abc'"),
    (["--amount", "1000", "--periods", "0"], 2, "at least 1"),
    (["--amount", "1000", "--periods", "61"], 2, "5 years"),
    (["--amount", "1000", "--periods", "12", "--fee-rate", "1.5"], 2, "write 1.5% or 0.015"),
    (["--amount", "1000", "--periods", "12", "--fee-rate", "abc"], 2, "--fee-rate needs a rate, got 'abc'"),
    (["--amount", "1000", "--periods", "24", "--annual-rate", "-0.1"], 2, "--annual-rate must be"),
    (["--amount", "1000", "--periods", "12", "--due-day", "32"], 2, "a day from 1 to 31"),
    (["--amount", "1000", "--periods", "12", "--kind", "loan"], 2, "Unknown plan kind"),
    (["--amount", "1000", "--periods", "7", "--kind", "installment"], 2, "no list price"),
    (["--periods", "7"], 2, "--amount"),
    (["--amount", "1000"], 2, "--periods"),
    (["--amount", "1000", "--periods", "12", "--start", "soon"], 2, "Cannot read the date"),
])
def test_plan_bad_input(run, args, code, text):
    r = run("plan", *args, "--lang", "en")
    assert r.code == code and text in r.err and r.out == ""
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1


def test_compare_json_and_table(run):
    r = run("plan", "compare", "--amount", "20000", "--periods", "3,6,9,12,24,36,60", "--income", "6000",
            "--start", "2026-01-15", "--json")
    data = json.loads(r.out)
    assert [p["periods"] for p in data["plans"]] == [3, 6, 9, 12, 24, 36, 60]
    assert [p["apr"] for p in data["plans"]][:4] == ["0.1494", "0.1527", "0.1534", "0.1586"]
    assert data["plans"][4]["principal_per_period"] == "833.33" and data["plans"][4]["income_share"] is None
    assert data["plans"][-1]["last_due"] == "2031-01-10"
    csv_out = run("plan", "compare", "--amount", "20000", "--periods", "12,40", "--start", "2026-01-15",
                  "--format", "csv", "--lang", "en").out.splitlines()
    assert csv_out[2] == ('40,"negotiated plan: must be negotiated, may be refused",500.00 + the agreed cost,'
                          "to be agreed,to be agreed,cost to be agreed,to be agreed,to be agreed,2029-05-10")
    bad = run("plan", "compare", "--amount", "20000", "--periods", "3,x", "--lang", "en")
    assert bad.code == 2 and "whole numbers" in bad.err


def _batch_csv(tmp_path) -> Path:
    path = tmp_path / "s.csv"
    path.write_text("amount,periods,kind,fee_rate,start,due_day\n"
                    "20000,40,,,2026-01-15,\n"
                    "20000,12,,,2026-01-15,31\n"
                    "-5,3,,,,\n"
                    "\n"
                    "1000,61,negotiated,,,\n"
                    "5000,24,negotiated,0.1,2026-02-01,\n"
                    "abc,3,,,,\n"
                    "1000,6,,,2026-13-45,\n", encoding="utf-8")
    return path


def test_batch_csv_with_bad_rows(run, tmp_path):
    r = run("plan", "batch", str(_batch_csv(tmp_path)), "--format", "csv", "--start", "2026-01-01", "--lang", "en")
    assert r.code == 1
    rows = r.out.splitlines()
    assert rows[0].startswith("row,amount,periods,kind,")
    assert rows[1] == "1,20000.00,40,negotiated,,,,,,,,,2026-02-10,2029-05-10,false"  # cost to be agreed
    assert rows[2] == ("2,20000.00,12,installment,0.088,,1813.34,1760.00,21760.00,0.1586,0.1707,0.1578,2026-02-28,"
                       "2027-01-31,false")
    assert rows[3].startswith("5,5000.00,24,negotiated,0.1,,229.16,500.00,5500.00,")
    assert len(rows) == 4
    errors = r.err.splitlines()
    assert [e.split(":")[0] for e in errors] == ["row 3, field amount", "row 4, field periods",
                                                 "row 6, field amount", "row 7, field start"]
    assert "Traceback" not in r.err


def test_batch_json_array_stdin_and_jsonl(run, monkeypatch):
    text = ('[{"amount": 20000, "periods": 40, "start": "2026-01-15"},\n'
            ' {"amount": "300", "periods": 3, "kind": "bad"},\n {"amount": 100.5, "periods": "6", "fee_rate": ""}]')
    monkeypatch.setattr(sys, "stdin", StringIO(text))
    r = run("plan", "batch", "-", "--json", "--start", "2026-01-01")
    assert r.code == 1
    data = json.loads(r.out)
    assert [d["row"] for d in data] == [1, 3]
    assert data[0]["payment_per_period"] is None and data[0]["apr"] is None and data[1]["total_fee"] == "4.52"
    assert "第2行" in r.err and "kind" in r.err
    monkeypatch.setattr(sys, "stdin", StringIO('{"amount": 600, "periods": 3}\n\n{"amount": 600, "periods": 6}\n'))
    r = run("plan", "batch", "-", "--json", "--start", "2026-01-01")
    assert r.code == 0 and [d["periods"] for d in json.loads(r.out)] == [3, 6]


def test_batch_all_good_exits_0_and_empty_json_is_a_document(run, tmp_path):
    good = tmp_path / "g.csv"
    good.write_text("periods,amount\n3,600\n", encoding="utf-8")
    r = run("plan", "batch", str(good), "--start", "2026-01-01")
    assert r.code == 0 and r.err == "" and "600.00" in r.out
    empty = tmp_path / "e.json"
    empty.write_text("[]", encoding="utf-8")
    assert json.loads(run("plan", "batch", str(empty), "--json").out) == []


@pytest.mark.parametrize("content, name, text", [
    ("amount,months\n1,2\n", "h.csv", "unknown column 'months'"),
    ("amount\n1\n", "m.csv", "required column 'periods'"),
    ('{"amount": 1}', "o.json", "array of objects"),
    ('[{"amount": 1, "periods": 3}, {"amount": ', "t.json", "row 2, field -: not valid JSON: the file ends before the array does."),
])
def test_batch_bad_files(run, tmp_path, content, name, text):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    r = run("plan", "batch", str(path), "--lang", "en")
    assert r.code in (1, 2) and text in r.err and "Traceback" not in r.err


def test_batch_unreadable_file(run, tmp_path):
    r = run("plan", "batch", str(tmp_path / "missing.csv"), "--lang", "en")
    assert r.code == 1 and "Cannot read" in r.err
    latin = tmp_path / "l.csv"
    latin.write_bytes("amount,periods\n1000,3\n\xe9\xe9\xff,3\n".encode("latin-1"))
    r = run("plan", "batch", str(latin), "--lang", "en")
    assert r.code == 1 and "not UTF-8" in r.err and "Traceback" not in r.err


def test_batch_stdin_real_process(run_process):
    r = run_process("plan", "batch", "-", "--format", "csv", "--start", "2026-01-01", "--lang", "en",
                    stdin="amount,periods\n20000,40\n0,3\n")
    assert r.code == 1
    assert r.out.splitlines()[1].startswith("1,20000.00,40,negotiated")
    assert r.err.strip() == "row 2, field amount: --amount must be more than 0 (at least 0.01 CNY), got 0."


@pytest.mark.parametrize(("data", "code", "out", "err"), [
    # UTF-16 (Windows "Unicode" text): refused as a whole, like a file, not read as odd column names
    ("amount,periods\n1000,3\n".encode("utf-16"), 1, "", "standard input is not UTF-8 text; save it as UTF-8 CSV or JSON.\n"),
    # a UTF-8 byte-order mark is not part of the first column's name
    (b"\xef\xbb\xbfamount,periods\n1000,3\n", 0, "1,1000.00,3,installment,0.025,,341.66,", ""),
])
def test_batch_stdin_bytes(tmp_path, data, code, out, err):
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "huabei_assist", "plan", "batch", "-", "--format", "csv", "--lang", "en",
                           "--start", "2026-11-29"], input=data, capture_output=True, cwd=tmp_path)
    assert proc.returncode == code
    assert proc.stderr.decode() == err
    assert out in proc.stdout.decode()


def test_batch_with_stdin_closed_says_so(tmp_path):
    """`huabei plan batch - <&-` (or a service started without stdin): Python has no sys.stdin."""
    import os
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "huabei_assist", "plan", "batch", "-", "--lang", "en"],
                          preexec_fn=lambda: os.closerange(0, 1), capture_output=True, text=True, cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == "Standard input is closed, so there is nothing to read; name a file or pipe the data in.\n"


def test_waiver_command(run):
    r = run("waiver", "--amount", "10000", "--days", "200", "--proof", "medical", "--today", "2026-08-01", "--json")
    assert r.code == 0
    data = json.loads(r.out)
    assert (data["since"], data["penalty"], data["eligible"]) == ("2026-01-14", "1000.00", True)
    assert (data["waiver_low"], data["waiver_high"]) == ("500.00", "700.00")
    assert data["settle_now_if_waived"] == {"low": "10300.00", "high": "10500.00"}
    assert data["penalty_waiver"]["basis"] == "reported"
    text = run("waiver", "--amount", "10000", "--days", "30", "--group", "pregnant", "--job-loss",
               "--today", "2026-08-01", "--lang", "en").out
    assert "not a right" in text and "95188" in text and "Special group: Pregnant" in text
    assert "you can still ask" in text


@pytest.mark.parametrize("args, text", [
    (["--amount", "100"], "Give one of --days (days overdue) or --since (the first overdue day)."),
    (["--amount", "100", "--days", "0"], "at least 1"),
    (["--amount", "100", "--days", "5", "--proof", "letter"], "Unknown proof type"),
    (["--amount", "100", "--days", "5", "--group", "pilot"], "Unknown group"),
    (["--amount", "100", "--since", "2030-01-01", "--today", "2026-01-01"], "cannot be in the future"),
])
def test_waiver_bad_input(run, args, text):
    r = run("waiver", *args, "--lang", "en")
    assert r.code == 2 and text in r.err and "Traceback" not in r.err


def test_budget_command(run):
    r = run("budget", "--income", "6000", "--bill", "20000", "--balance", "1000", "--plan-payment", "1813.34",
            "--start", "2026-01-15", "--json")
    data = json.loads(r.out)
    assert (data["needs"], data["debt"], data["savings"]) == ("3000.00", "1800.00", "1200.00")
    assert data["fits"] is False and data["months_to_debt_free"] == 13 and data["debt_free_on"] == "2027-02-10"
    assert data["guard_alert"] is True and data["guard_line"] == "4000.00"
    text = run("budget", "--income", "6000", "--plan-payment", "1500", "--lang", "en").out
    assert "yes (300.00 to spare)" in text and "emergency contacts" in text
    bad = run("budget", "--income", "-1", "--lang", "en")
    assert bad.code == 2 and "must be more than 0" in bad.err


def test_overview_lists_new_commands(run):
    out = run("--lang", "en").out
    assert all(f"  {name}" in out for name in ("plan", "waiver", "budget"))


def test_help_texts(run):
    for args in (["plan", "--help"], ["plan", "compare", "--help"], ["plan", "batch", "--help"],
                 ["waiver", "--help"], ["budget", "--help"]):
        r = run(*args, "--lang", "en")
        assert r.code == 0 and "--json" in r.out


def test_grid_example_script_runs():
    import runpy

    namespace = runpy.run_path(str(REPO / "docs" / "examples" / "what_if_grid.py"), run_name="example")
    rows = namespace["grid"]()
    assert rows[0] == ("20000.00", 3, "installment", "6833.34", "500.00", "0.1494")
    assert len(rows) == 3 * 7
