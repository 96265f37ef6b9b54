"""`huabei credit`, `credit monitor`, `credit objection` end to end: output, JSON shape, exit codes, errors."""

import csv
import io
import json

import pytest

from tests.conftest import edit_text

T = ("--today", "2026-05-01")


def as_json(result):
    assert result.code == 0, result.err
    return json.loads(result.out)


# ------------------------------------------------------------------ huabei credit

def test_settled_json_shape(run):
    data = as_json(run("credit", "--paid", "2026-03-15", *T, "--json"))
    assert {k: data[k] for k in ("method", "event_end", "clears_on", "days_left", "basis", "clock_started", "cleared")} == {
        "method": "settle", "event_end": "2026-03-15", "clears_on": "2031-03-15", "days_left": 1779,
        "basis": "statute", "clock_started": True, "cleared": False}
    assert data["one_time_repair"] is None
    assert (data["source"]["id"], data["source"]["pin"]) == ("credit-regulation", "第16条")
    assert (data["period_source"]["id"], data["period_source"]["pin"]) == ("civil-code", "第202条")


def test_leap_day_payment(run):
    data = as_json(run("credit", "--paid", "2024-02-29", "--today", "2026-02-01", "--json"))
    assert (data["clears_on"], data["days_left"]) == ("2029-02-28", 1123)


def test_plain_output_with_repair(run):
    result = run("credit", "--paid", "2026-03-15", "--overdue-since", "2025-11-03", "--amount", "3,000", *T)
    assert result.code == 0 and result.err == ""
    out = result.out
    assert "保存期最后一日    2031-03-15（此后删除） [1]" in out
    assert "1779天" in out
    assert "符合：最迟 2026-04-30（还清次月月底）前不再展示" in out
    assert "[==---------|-----------|" in out  # the picture: today two cells into the first year
    assert " 2026-03-15  2027-03-15  2028-03-15  2029-03-15  2030-03-15  2031-03-15" in out
    assert ["5", "2026-03-03", "2026-03-15", "13"] in [x.split() for x in out.splitlines()]
    # The knock-on effects are stated once, with basis and source, not on each of the 5 monthly rows.
    assert out.count("芝麻分") == 1 and out.count("借呗") == 1 and out.count("先用后付") == 1
    assert "芝麻分会下降。网络文章称每月下降约50-100分；幅度未经证实，这里只说一次，不应逐月累加。" in out
    assert "骗局" in out
    assert "\x1b[" not in out


def test_repair_json(run):
    data = as_json(run("credit", "--paid", "2025-11-30", "--overdue-since", "2020-01-01", "--amount", "10000.00", *T, "--json"))
    repair = data["one_time_repair"]
    assert {k: repair[k] for k in ("eligible", "hidden_by", "reason", "amount", "assumed_payment")} == {
        "eligible": True, "hidden_by": "2026-01-01", "reason": "repaid_early", "amount": "10000.00",
        "assumed_payment": False}
    assert repair["basis"] == "regulator"
    assert [m["days"] for m in data["overdue_months"]][:2] == [31, 29]  # Jan 2020, then 1 Feb-29 Feb 2020
    assert sum(m["days"] for m in data["overdue_months"]) == 2161


@pytest.mark.parametrize("since, amount, paid, reason", [
    ("2019-12-31", "3000", "2025-10-01", "arose_before"),
    ("2026-01-01", "3000", "2026-02-01", "arose_after"),
    ("2024-06-10", "10000.01", "2025-10-01", "amount_over"),
    ("2024-06-10", "3000", "2026-04-01", "repaid_too_late"),
])
def test_repair_refused_with_reason(run, since, amount, paid, reason):
    data = as_json(run("credit", "--paid", paid, "--overdue-since", since, "--amount", amount, *T, "--json", "--lang", "en"))
    repair = data["one_time_repair"]
    assert (repair["eligible"], repair["hidden_by"], repair["reason"]) == (False, None, reason)
    assert repair["text"].startswith("does not qualify: ")


def test_repair_reason_text_in_english(run):
    result = run("credit", "--paid", "2026-04-01", "--overdue-since", "2024-06-10", "--amount", "3000", *T, "--lang", "en")
    assert "does not qualify: the repayment day 2026-04-01 is after 2026-03-31 [2]" in result.out
    assert ("[2] PBOC one-time credit repair notice (《一次性信用修复政策通知》) (article not verified) (regulator / court)"
            in result.out.splitlines())


@pytest.mark.parametrize("method", ["settle", "installment", "court"])
def test_each_method_gives_five_years(run, method):
    data = as_json(run("credit", "--paid", "2026-03-15", "--method", method, *T, "--json"))
    assert (data["method"], data["clears_on"]) == (method, "2031-03-15")


def test_court_shows_the_seed_three_years_as_not_holding(run):
    result = run("credit", "--paid", "2026-03-15", "--method", "court", *T, "--lang", "en")
    assert "The article's table says a court-mediated case clears in 3 years (no legal basis). That does not hold." in result.out
    data = as_json(run("credit", "--paid", "2026-03-15", "--method", "court", *T, "--json"))
    assert "3年" in data["seed_claim"]
    assert as_json(run("credit", "--paid", "2026-03-15", *T, "--json"))["seed_claim"] is None


def test_installment_with_last_due(run):
    data = as_json(run("credit", "--method", "installment", "--last-due", "2027-10-15", *T, "--json"))
    assert (data["clock_started"], data["event_end"], data["event_end_source"], data["clears_on"]) == (
        False, "2027-10-15", "last_due", "2032-10-15")
    assert data["paid"] is None
    result = run("credit", "--method", "installment", "--last-due", "2027-10-15", *T, "--lang", "en")
    assert "2027-10-15 (not yet paid: the last payment's due date)" in result.out
    assert "give that day with --paid, --last-due, or --periods N --start DATE (the plan gives the last due date)" in result.out
    assert "wired" not in result.out


def test_unpaid_clock_not_started(run):
    result = run("credit", *T)
    assert result.code == 0
    assert "尚未开始：还清之日才开始计算" in result.out
    assert "^ 今天 2026-05-01：计时尚未开始" in result.out
    data = as_json(run("credit", *T, "--json"))
    assert (data["clock_started"], data["event_end"], data["clears_on"], data["days_left"]) == (
        False, "2026-05-01", "2031-05-01", 1826)
    data = as_json(run("credit", "--if-paid", "2026-08-31", *T, "--json"))
    assert (data["event_end_source"], data["clears_on"]) == ("if_paid", "2031-08-31")


def test_unpaid_repair_is_conditional(run):
    data = as_json(run("credit", "--overdue-since", "2025-11-03", "--amount", "3000", "--today", "2026-02-01", "--json", "--lang", "en"))
    repair = data["one_time_repair"]
    assert (repair["eligible"], repair["hidden_by"], repair["assumed_payment"]) == (True, "2026-03-31", True)
    assert repair["text"].endswith("(provided you repay in full on 2026-02-01)")
    late = as_json(run("credit", "--overdue-since", "2025-11-03", "--amount", "3000", "--if-paid", "2026-04-02",
                       "--today", "2026-02-01", "--json", "--lang", "en"))["one_time_repair"]
    assert late["reason"] == "repaid_too_late"
    assert late["text"].endswith("Repay in full by 2026-03-31 (inclusive) to qualify.")


def test_already_cleared(run):
    data = as_json(run("credit", "--paid", "2020-06-01", *T, "--json"))
    assert (data["clears_on"], data["days_left"], data["cleared"]) == ("2025-06-01", 0, True)


def test_csv_writes_the_milestones(run):
    result = run("credit", "--paid", "2026-03-15", "--overdue-since", "2025-11-03", "--amount", "3000", *T,
                 "--format", "csv", "--lang", "en")
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == ["Date", "From today", "What", "Sources"]
    assert rows[4][2:] == ["Last day of the 5-year period; deleted after it", "Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 16 (statute)"]
    assert [r[0] for r in rows[1:]] == ["2025-11-03", "2026-03-15", "2026-04-30", "2031-03-15"]
    assert [r[1] for r in rows[1:]] == ["179 d ago", "47 d ago", "1 d ago", "in 1779 d"]


def test_markdown(run):
    result = run("credit", "--paid", "2026-03-15", *T, "--format", "markdown")
    assert result.code == 0 and result.out.startswith("# 征信恢复时间线")
    assert "| 2031-03-15 |" in result.out


@pytest.mark.parametrize("args, message", [
    (("--paid", "2026-13-45"), "--paid 的日期无法识别：'2026-13-45'"),
    (("--paid", "2025-10-01", "--overdue-since", "2025-11-03"), "还清之日 2025-10-01 早于逾期第一天 2025-11-03"),
    (("--paid", "2026-05-02"), "--paid 2026-05-02 晚于今天 2026-05-01"),
    (("--if-paid", "2026-04-30"), "--if-paid 2026-04-30 早于今天 2026-05-01"),
    (("--paid", "2026-03-01", "--if-paid", "2026-06-01"), "--paid / --if-paid 只能给一个"),
    (("--last-due", "2027-01-01"), "--last-due 只用于 --method installment"),
    (("--method", "installment", "--last-due", "2026-04-01"), "--last-due 2026-04-01 早于今天"),
    (("--method", "mediation"), "不认识的结清方式 --method 'mediation'。可选：settle（结清）、installment（分期）、court（法院）。"),
    (("--amount", "3000"), "--amount 只用于一次性信用修复的判断，还需要 --overdue-since"),
    (("--overdue-since", "2026-05-02"), "--overdue-since 2026-05-02 晚于今天"),
    (("--overdue-since", "2025-01-01", "--amount", "abc"), "--amount 需要一个金额，收到 'abc'"),
    (("--overdue-since", "2025-01-01", "--amount", "-5"), "--amount 必须大于 0，收到 -5"),
    (("--format", "xml"), "--format 的值无效"),
])
def test_bad_input_is_one_clear_line(run, args, message):
    result = run("credit", *args, *T)
    assert result.code == 2
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert result.out == ""


def test_bad_date_in_a_real_process(run_process):
    result = run_process("credit", "--paid", "2026-02-30", "--lang", "en")
    assert result.code == 2
    assert result.err == ("Cannot read the date '2026-02-30' given to --paid. "
                          "Write it like 2026-10-15, 2026/10/15 or 15 Oct 2026.\n")
    ok = run_process("credit", "--paid", "2024-02-29", "--today", "2026-02-01", "--json")
    assert ok.code == 0 and json.loads(ok.out)["clears_on"] == "2029-02-28"


def test_broken_data_file_is_reported(run, data_copy):
    edit_text(data_copy / "credit.toml", "early_repaid_by = 2025-11-30", "early_repaid_by = 2026-06-30")
    result = run("credit", "--paid", "2026-03-15", *T)
    assert result.code == 1
    assert result.err == ("数据文件 credit.toml 有误：条目 repair，字段 early_repaid_by：must be before repaid_by。"
                          "请修正该文件或重新安装 huabei。\n")


def test_help_and_overview_list_the_commands(run):
    result = run("credit", "--help")
    assert result.code == 0 and "monitor" in result.out and "objection" in result.out and "--overdue-since" in result.out
    overview = run()
    assert "credit monitor" in overview.out and "credit objection" in overview.out


# ------------------------------------------------------------------ huabei credit monitor

def test_monitor_json(run):
    data = as_json(run("credit", "monitor", "--from", "2026-01-31", "--json"))
    assert [(c["date"], c["within_free"]) for c in data["checks"]] == [
        ("2026-01-31", True), ("2026-04-30", True), ("2026-07-31", False), ("2026-10-31", False)]
    assert data["free_reports_per_year"] == 2 and data["free_reports"]["source"]["pin"] == "第17条"
    assert [c["id"] for c in data["what_to_check"]] == ["check-overdue-total", "check-account-status", "check-inquiries"]
    assert data["ics"] is None


def test_monitor_defaults_to_today_and_counts_per_calendar_year(run):
    data = as_json(run("credit", "monitor", "--today", "2026-11-15", "--json"))
    assert [(c["date"], c["number_in_year"]) for c in data["checks"]] == [
        ("2026-11-15", 1), ("2027-02-15", 1), ("2027-05-15", 2), ("2027-08-15", 3)]


def test_monitor_writes_ics(run, tmp_path):
    target = tmp_path / "checks.ics"
    result = run("credit", "monitor", "--from", "2026-01-31", "--out", str(target), "--lang", "en")
    assert result.code == 0
    assert f"Wrote 4 check days to {target} (reminder 1 day before)." in result.out
    from icalendar import Calendar

    cal = Calendar.from_ical(target.read_text(encoding="utf-8"))
    events = [c for c in cal.walk("VEVENT")]
    assert [e.decoded("dtstart").isoformat() for e in events] == ["2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31"]
    assert [str(e["uid"]) for e in events][0] == "credit-check-2026-01-31@huabei"
    assert str(events[1]["summary"]) == "Check your credit report (2 of 4)"
    assert "ipcrs.pbccrc.org.cn" in str(events[0]["description"])


@pytest.mark.parametrize("out, code, message", [
    ("checks.txt", 2, "--out 需要一个以 .ics 结尾的文件名，收到 'checks.txt'"),
    ("no/such/dir/checks.ics", 1, "无法写入 no/such/dir/checks.ics"),
])
def test_monitor_bad_out(run, tmp_path, monkeypatch, out, code, message):
    monkeypatch.chdir(tmp_path)
    result = run("credit", "monitor", "--out", out, "--from", "2026-01-31")
    assert result.code == code and message in result.err and "Traceback" not in result.err
    assert not (tmp_path / "checks.txt").exists()


# ------------------------------------------------------------------ huabei credit objection

def test_objection_json(run):
    data = as_json(run("credit", "objection", "--filed", "2026-02-10", "--today", "2026-02-20", "--json"))
    assert (data["deadline"], data["days_left"], data["passed"], data["days"]) == ("2026-03-02", 10, False, 20)
    # 14 and 28 February 2026 are swapped working days (Saturdays), 15-23 February the Spring Festival
    assert data["seed_claim"]["date"] == "2026-03-09" and data["seed_claim"]["holidays_skipped"] is True
    assert data["answer"] == {"date": "2026-03-02", "moved_to": None, "calendar_known": True}
    assert (data["complaint"]["from"], data["complaint"]["answer_by_if_filed_then"], data["complaint"]["days"]) == (
        "2026-03-03", "2026-04-02", 30)
    assert {k: data["source"][k] for k in ("id", "title", "issuer", "pin", "kind")} == {
        "id": "credit-regulation", "title": "《征信业管理条例》", "issuer": "国务院", "pin": "第25条", "kind": "regulation"}
    assert data["statement"]["source"]["pin"] == "第16条"


def test_objection_passed_in_english(run):
    result = run("credit", "objection", "--filed", "2026-04-24", "--today", "2026-05-20", "--lang", "en")
    assert result.code == 0
    lines = result.out.splitlines()
    # the basis is the footnote's, as in `huabei credit`: the mark in the cell, the source once under the page
    assert "Last day for the written answer  2026-05-14 (20 days from receipt) [1]" in lines
    assert lines[lines.index("Sources") + 2] == (
        "[1] Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 25 (statute)")
    assert "[statute]" not in result.out
    assert "the deadline has passed: if still unanswered, complain to the PBOC branch" in result.out
    assert ("2026-05-19 (reported, not the legal deadline; working days: weekends and public holidays skipped, "
            "swapped working days counted)") in result.out  # 1-5 May 2026 off, Saturday 9 May a working day
    assert "(Note: The article says an objection takes 15 working days. That does not hold.)" in result.out


def test_objection_csv_steps(run):
    result = run("credit", "objection", "--filed", "2026-12-11", "--today", "2026-12-11", "--format", "csv", "--lang", "en")
    rows = list(csv.reader(io.StringIO(result.out)))
    assert [r[0] for r in rows] == ["Date", "2026-12-11", "2026-12-31", "2027-01-01",
                                    "2027-01-31; a statutory rest day: 2027-02-01 if Civil Code (《民法典》) Art. 203 moves "
                                    "it (whether it applies to this deadline is not settled) (holiday data ends with 2026; "
                                    "after it, only weekends are counted as rest days)", "any time", "any time"]


@pytest.mark.parametrize("filed, line", [
    ("2026-11-08", "2026-11-28；该日是法定休假日，若按《民法典》第203条顺延，为2026-11-30（是否适用于此期限尚无定论）"),  # Saturday
    ("2026-09-11", "2026-10-01；该日是法定休假日，若按《民法典》第203条顺延，为2026-10-08（是否适用于此期限尚无定论）"),  # National Day
    ("2026-09-20", "2026-10-10（收到异议之日起"),  # Saturday 10 October 2026 is a swapped working day: no move
])
def test_objection_deadline_on_a_rest_day_shows_both_dates(run, filed, line):
    out = run("credit", "objection", "--filed", filed, "--today", filed).out
    assert next(x for x in out.splitlines() if x.startswith("书面答复最后一日")).split(None, 1)[1].startswith(line)


def test_the_playbook_and_the_objection_give_one_date_for_one_deadline(run):
    """identity-theft: object on step 4's date; step 5 is the answer's deadline, the same as credit objection's."""
    steps = as_json(run("playbook", "identity-theft", "--today", "2026-09-04", "--json"))["steps"]
    answer = as_json(run("credit", "objection", "--filed", steps[3]["due"], "--today", steps[3]["due"], "--json"))["answer"]
    assert steps[3]["due"] == "2026-09-11"
    assert steps[4]["deadline"] == answer == {**answer, "date": "2026-10-01", "moved_to": "2026-10-08", "calendar_known": True}
    en = run("playbook", "identity-theft", "--today", "2026-09-04", "--lang", "en").out
    assert ("2026-10-01; a statutory rest day: 2026-10-08 if Civil Code (《民法典》) Art. 203 moves it (whether it "
            "applies to this deadline is not settled)") in en


@pytest.mark.parametrize("args, message", [
    ((), "请用 --filed 给出提出异议的日期"),
    (("--filed", "2026-05-02"), "--filed 2026-05-02 晚于今天 2026-05-01"),
    (("--filed", "yesterday-ish"), "--filed 的日期无法识别"),
])
def test_objection_errors(run, args, message):
    result = run("credit", "objection", *args, *T)
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


def test_installment_end_from_the_plan_engine(run):
    """40 periods from 2026-12-05, due on the 10th: the last falls on 2030-04-10; +5 years."""
    result = run("credit", "--method", "installment", "--periods", "40", "--start", "2026-12-05",
                 "--today", "2026-11-29", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["event_end"] == "2030-04-10" and doc["event_end_source"] == "last_due"
    assert doc["clears_on"] == "2035-04-10" and doc["clock_started"] is False


def test_installment_due_day_defaults_to_the_data_file(run, data_copy):
    edit_text(data_copy / "plans.toml", "default_due_day = 10", "default_due_day = 25")
    doc = json.loads(run("credit", "--method", "installment", "--periods", "40", "--start", "2026-12-05",
                         "--today", "2026-11-29", "--json").out)
    assert doc["event_end"] == "2030-04-25"  # not the 10th: the default comes from data/plans.toml


def test_installment_end_due_day_clamps_to_february(run):
    # 3 periods from 2027-11-20, due on the 31st: 2027-12-31, 2028-01-31, 2028-02-29 (leap year)
    doc = json.loads(run("credit", "--method", "installment", "--periods", "3", "--start", "2027-11-20",
                         "--due-day", "31", "--today", "2026-11-29", "--json").out)
    assert doc["event_end"] == "2028-02-29"
    assert doc["clears_on"] == "2033-02-28"  # 民法典 第202条: no 29 February in 2033


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--periods", "12", "--start", "2026-12-01"], "--periods 和 --start 只用于 --method installment"),
        (["--method", "installment", "--periods", "12"], "请同时给出 --periods"),
        (["--method", "installment", "--periods", "61", "--start", "2026-12-01"], "期数不能超过60期"),
        (["--method", "installment", "--periods", "12", "--start", "2026-12-01", "--last-due", "2027-12-10"],
         "只能给一个"),
    ],
)
def test_installment_plan_options_errors(run, args, needle):
    result = run("credit", *args, "--today", "2026-11-29")
    assert result.code == 2 and needle in result.err and "Traceback" not in result.err


def test_knock_on_effects_are_printed_once_over_21_months(run):
    """21 overdue months: the Sesame score and the frozen products appear once each, with basis and source."""
    out = run("credit", "--paid", "2026-08-31", "--overdue-since", "2024-12-01", "--today", "2026-10-01", "--lang", "en").out
    months = out[out.index("Overdue months"):out.index("Knock-on effects (reported)")]
    assert months.splitlines()[-2].split() == ["21", "2026-08-01", "2026-08-31", "31"]
    assert out.count("Sesame") == 1 and out.count("MYbank") == 1 and out.count("pay later") == 1
    line = next(x for x in out.splitlines() if x.startswith("Your Sesame"))
    assert line == ("Your Sesame (芝麻) score falls. A web article says by about 50-100 points a month; "
                    "that figure is unconfirmed, stated here once, and should not be added up month by month. [2]")
    assert ("[2] web article A complete guide to Huabei overdue collection calls (《花呗逾期本地电话催收全攻略》) "
            "section 3.3 (reported, not a legal right)") in out.splitlines()  # its source, once, at the end
    data = as_json(run("credit", "--paid", "2026-08-31", "--overdue-since", "2024-12-01", "--today", "2026-10-01", "--json"))
    assert len(data["overdue_months"]) == 21 and [e["id"] for e in data["effects"]] == [
        "zhima-drop", "jiebei-frozen", "pay-later-restricted"]
