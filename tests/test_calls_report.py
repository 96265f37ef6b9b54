"""`huabei calls report`: the dossier from the evidence log."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

from huabei_assist.calls.dossier import build
from huabei_assist.calls.rules import settings
from huabei_assist.calls.store import NewEntry, Store
from huabei_assist.knowledge.calls_schema import CollectionRules
from huabei_assist.knowledge.load import load


def _add(run, *args: str) -> None:
    result = run("calls", "log", "add", *args)
    assert result.code == 0, result.err


def _seed(run, tmp_path):
    recording = tmp_path / "threat.m4a"
    recording.write_bytes(b"recorded threat")
    _add(run, "--at", "2026-11-28 12:00", "--number", "0571-1")  # before the period
    _add(run, "--at", "2026-11-29 07:30", "--number", "0571-1", "--agency", "某某资产", "--flags", "threat",
         "--recording", str(recording))
    for hhmm in ("09:00", "10:00", "11:00"):
        _add(run, "--at", f"2026-11-29 {hhmm}", "--number", "0571-2")
    _add(run, "--at", "2026-11-30 21:01", "--number", "0571-1", "--flags", "third-party")
    _add(run, "--at", "2026-12-01 10:00", "--number", "0571-9")  # after the period
    return recording


def test_report_json(run, tmp_path):
    recording = _seed(run, tmp_path)
    result = run("calls", "report", "--from", "2026-11-29", "--to", "2026-11-30", "--today", "2026-12-05",
                 "--json", "--lang", "en")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert (doc["from"], doc["to"], doc["today"]) == ("2026-11-29", "2026-11-30", "2026-12-05")
    assert [c["id"] for c in doc["contacts"]] == [2, 3, 4, 5, 6]
    assert doc["total"] == 5 and doc["with_violations"] == 2
    assert (doc["days_with_contact"], doc["busiest_day"], doc["busiest_count"]) == (2, "2026-11-29", 4)
    assert [(r["rule"], r["basis"], r["count"], r["entries"]) for r in doc["rules"]] == [
        ("guideline-night", "industry", 1, [2]), ("usual-hours", "reported", 1, [6]),
        ("third-party", "industry", 1, [6]), ("threat", "regulator", 1, [2])]
    assert doc["breaks_by_basis"] == {"regulator": 1, "industry": 2, "reported": 1}
    assert doc["daily_limit"] == {"limit": None, "from": "none", "basis": "setting"}
    assert [(c["channel"], c["count"]) for c in doc["report_to"]] == [
        ("95188", 4), ("12378", 4), ("nifa", 4), ("12321", 3), ("110", 1)]
    assert doc["callers"] == [{"number": "0571-2", "agencies": [], "count": 3},
                              {"number": "0571-1", "agencies": ["某某资产"], "count": 2}]  # each number once
    assert (doc["first_contact"], doc["last_contact"], doc["breaks"]) == ("2026-11-29T07:30", "2026-11-30T21:01", 4)
    assert doc["recordings"] == [{"entry": 2, "path": str(recording),
                                  "sha256": hashlib.sha256(b"recorded threat").hexdigest(), "state": "ok"}]


def test_report_written_to_a_file(run, tmp_path):
    _seed(run, tmp_path)
    out = tmp_path / "dossier.md"
    result = run("calls", "report", "--from", "2026-11-29", "--to", "2026-11-30", "--out", str(out),
                 "--today", "2026-12-05")
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == f"* 已写入投诉材料 {out}：5 次联系，其中 2 次有问题（共 4 处）。"
    text = out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o600
    assert text.startswith("# 催收投诉材料\n")
    for heading in ("## 概况", "## 联系记录（按时间）", "## 发现的问题及依据", "## 投诉渠道", "## 来电号码", "## 应附材料"):
        assert heading in text
    assert "| 期间 " in text and "2026-11-29 至 2026-11-30" in text
    assert "22:00至次日08:00联系（07:30 在 22:00 至次日 08:00 之间）[行业自律规范，不是法律]" in text
    assert "21:00-22:00联系（08:00-21:00以外）（21:01 在 08:00-21:00 以外）[转述，非法定权利]" in text
    assert "当天第" not in text  # no daily limit set: no count is a finding
    assert "| 公安报警 110 " in text
    assert "条款号未核实" in text
    assert "2026-11-28" not in text.split("## 联系记录（按时间）")[1].split("##")[0]
    assert "2026-12-01" not in text


def test_report_markdown_to_stdout_and_empty_log(run):
    result = run("calls", "report", "--lang", "en", "--today", "2026-12-05")
    assert result.code == 0
    assert result.out.startswith("# 催收投诉材料\n")
    assert "| 期间                             | 无联系记录" in [line.rstrip(" |") for line in result.out.splitlines()]
    assert "| Contacts " in result.out.split("## English summary")[1]


SUMMARY = [
    "| 期间                             | 2026-11-29 至 2026-11-30",
    "| 第一次联系                       | 2026-11-29 07:30",
    "| 最后一次联系                     | 2026-11-30 21:01",
    "| 生成日期                         | 2026-12-05",
    "| 联系总数                         | 5",
    "| 有问题的联系                     | 2",
    "| 发现的问题数（一次联系可有多处） | 4",
    "| 结论                             | 违反监管规定 1 处；违反行业自律指引 2 处（不是法律）；不符合转述的惯例 1 处（不是规定）",
    "| 有联系的天数                     | 2",
    "| 联系最多的一天                   | 2026-11-29（4 次）",
    "| 行业指引禁止的时段               | 22:00 至次日 08:00（未经债务人同意；行业自律规范，不是法律）",
    "| 常见时段                         | 08:00-21:00（2018年行业公约的转述，原文未见；转述，非法定权利）：在此之外、行业指引的时段以前即 21:00-22:00",
    "| 未接来电每日次数                 | 同一号码不宜超过 6 次（行业自律规范，不是法律）",
]


def test_the_dossier_states_its_dates_and_counts_contacts_and_breaks_apart(run, tmp_path):
    _seed(run, tmp_path)
    out = run("calls", "report", "--from", "2026-11-29", "--to", "2026-11-30", "--today", "2026-12-05").out
    lines = out.splitlines()
    start = lines.index("## 概况") + 4
    assert [line.rstrip(" |") for line in lines[start:start + len(SUMMARY) + 1]] == [*SUMMARY, ""]
    callers = out.split("## 来电号码")[1].split("##")[0].strip().splitlines()
    assert callers == ["| 号码   | 机构     | 联系次数 |", "|--------|----------|----------|",
                       "| 0571-2 | -        | 3        |", "| 0571-1 | 某某资产 | 2        |"]


def test_without_a_period_the_dates_are_the_first_and_last_contact(run, tmp_path):
    _seed(run, tmp_path)
    out = run("calls", "report", "--today", "2026-12-05").out
    rows = [line.rstrip(" |") for line in out.splitlines()]
    assert "| 期间                             | 2026-11-28 至 2026-12-01" in rows
    assert "| 第一次联系                       | 2026-11-28 12:00" in rows
    assert "| 最后一次联系                     | 2026-12-01 10:00" in rows


def test_the_dossier_is_chinese_with_an_english_summary_and_no_command_hints(run, tmp_path):
    _seed(run, tmp_path)
    zh = run("calls", "report", "--today", "2026-12-05").out
    en = run("calls", "report", "--today", "2026-12-05", "--lang", "en").out
    assert en.startswith(zh.rstrip("\n") + "\n\n## English summary\n")
    assert "| Contacts                                | 7 " in en
    assert "| Findings (one contact can have several) | 4 " in en
    import re

    assert not re.search(r"--[a-z]|huabei |HUABEI_|data/", zh)  # no option, command, variable or file names


def test_markdown_tables_line_up_by_display_width(run, tmp_path):
    _seed(run, tmp_path)
    from huabei_assist.render.width import cell_width

    out = run("calls", "report", "--today", "2026-12-05").out
    for table in out.split("\n\n"):
        rows = [line for line in table.splitlines() if line.startswith("|")]
        if rows:
            assert len({cell_width(row) for row in rows}) == 1, rows[0]


def test_report_bad_dates(run):
    result = run("calls", "report", "--from", "someday")
    assert result.code == 2 and "--from 的日期无法识别：'someday'" in result.err


def test_dossier_counts_the_day_before_cutting_the_period(tmp_path):
    """A 4th contact stays the 4th even when the period starts later that day: periods are whole days."""
    book = load("collection_rules", CollectionRules)
    with Store(tmp_path / "x.sqlite3") as store:
        for hour in (9, 10, 11, 12):
            store.add(NewEntry(datetime(2026, 11, 29, hour, 0), "1"))
        entries = store.entries()
    dossier = build(entries, book, settings(book, max_per_day=3), today=date(2026, 12, 1), start=date(2026, 11, 29))
    assert [i.count_today for i in dossier.items] == [1, 2, 3, 4]
    assert [(rc.rule.id, rc.rule.basis) for rc in dossier.rules] == [("own-daily-limit", "setting")]
    assert dossier.with_violations == 1
    assert build(entries, book, settings(book), today=date(2026, 12, 1)).rules == ()  # no limit set, nothing found


def test_a_window_the_complainant_set_is_their_setting_in_the_dossier(run, tmp_path):
    _seed(run, tmp_path)
    out = run("calls", "report", "--from", "2026-11-29", "--to", "2026-11-30", "--today", "2026-12-05",
              "--window", "09:00-20:00", "--max-per-day", "3").out
    rows = [line.rstrip(" |") for line in out.splitlines()]
    assert "| 常见时段                         | 09:00-20:00（投诉人自己的设定；本人的设定，不是规定）：在此之外、行业指引的时段以外即 08:00-09:00、20:00-22:00" in rows
    assert "| 投诉人自己设定的每日上限         | 3 次（本人的设定，不是规定）" in rows
    assert "| 结论                             | 违反监管规定 1 处；违反行业自律指引 2 处（不是法律）；超出本人设定 2 处" in rows
    assert "- 09:00-20:00 是投诉人自己设定的时段：08:00-09:00、20:00-22:00 的联系只超出其设定，不是违反规定。" in rows
