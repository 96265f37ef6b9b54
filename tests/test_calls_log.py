"""`huabei calls log` commands: add/list/show/edit/delete through the CLI, automatic checks, bad input."""

from __future__ import annotations

import json

import pytest


def _add(run, *args: str) -> dict:
    result = run("calls", "log", "add", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_add_checks_the_entry_automatically(run):
    entry = _add(run, "--at", "2026-11-29 22:10", "--number", "13800000000", "--agency", "某某资产管理",
                 "--flags", "third-party", "--flags", "threat")
    assert entry["id"] == 1 and entry["at"] == "2026-11-29T22:10" and entry["kind"] == "call"
    assert entry["flags"] == ["third-party", "threat"]
    assert entry["count_today"] == 1 and entry["recording_state"] is None
    assert [v["rule"] for v in entry["violations"]] == ["guideline-night", "third-party", "threat"]
    assert [v["basis"] for v in entry["violations"]] == ["industry", "industry", "regulator"]
    assert entry["answered"] is True and entry["unanswered_today"] is None
    assert {"rule", "basis", "report_to"} <= set(entry["violations"][0])


def test_a_daily_count_is_checked_only_against_a_limit_the_user_set(run):
    for hhmm in ("09:00", "10:00", "11:00"):
        _add(run, "--at", f"2026-11-29 {hhmm}", "--number", "0571")
    _add(run, "--at", "2026-11-29 18:00", "--number", "0571", "--kind", "letter")  # letters are not counted
    fourth = _add(run, "--at", "2026-11-29 12:00", "--number", "0571", "--kind", "sms")
    assert fourth["count_today"] == 4 and fourth["violations"] == []  # no default limit: nothing to break
    listed = json.loads(run("calls", "log", "list", "--json", "--max-per-day", "3").out)
    assert isinstance(listed, list)
    assert [(e["id"], e["count_today"]) for e in listed] == [(1, 1), (2, 2), (3, 3), (5, 4), (4, None)]
    assert [[(v["rule"], v["basis"], v["source"]) for v in e["violations"]] for e in listed] == [
        [], [], [], [("own-daily-limit", "setting", None)], []]
    assert listed[3]["violations"][0]["detail"] == "当天第 4 次，你设定的上限是 3 次"
    next_day = _add(run, "--at", "2026-11-30 09:00", "--number", "0571", "--max-per-day", "3")
    assert next_day["count_today"] == 1 and next_day["violations"] == []


def test_the_seventh_unanswered_call_of_a_day_breaks_the_guideline(run):
    for minute in range(10, 16):  # six unanswered calls, from two numbers: the debtor's phone gets them all
        entry = _add(run, "--at", f"2026-11-29 10:{minute}", "--number", f"0571-{minute % 2}", "--unanswered")
        assert (entry["answered"], entry["unanswered_today"], entry["violations"]) == (False, minute - 9, [])
    answered = _add(run, "--at", "2026-11-29 11:00", "--number", "0571-0")  # answered: not counted
    assert (answered["answered"], answered["unanswered_today"], answered["violations"]) == (True, None, [])
    seventh = _add(run, "--at", "2026-11-29 12:00", "--number", "0571-0", "--unanswered")
    assert seventh["unanswered_today"] == 7 and seventh["count_today"] == 8
    assert [(v["rule"], v["basis"], v["source"]["id"], v["detail"]) for v in seventh["violations"]] == [
        ("unanswered-calls", "industry", "cba-collection-guideline-2026", "当天第 7 通未接来电，指引为不宜超过 6 次")]
    assert _add(run, "--at", "2026-11-30 09:00", "--number", "0571-0", "--unanswered")["unanswered_today"] == 1
    listed = run("calls", "log", "list", "--lang", "en").out
    assert "2026-11-29 12:00  call (unanswered)" in listed
    assert "Verdict                   1 break(s) of an industry guideline (not law)" in listed
    # edit: --answered takes a call out of the count, --unanswered puts it back
    assert json.loads(run("calls", "log", "edit", "8", "--answered", "--json").out)["violations"] == []
    assert json.loads(run("calls", "log", "edit", "8", "--unanswered", "--json").out)["unanswered_today"] == 7
    sms = run("calls", "log", "add", "--number", "1", "--kind", "sms", "--unanswered", "--at", "2026-11-29 10:00")
    assert (sms.code, sms.err) == (2, "--unanswered 只用于电话（--kind call），收到 --kind sms。\n")
    visit = json.loads(run("calls", "log", "edit", "8", "--kind", "visit", "--json").out)
    assert (visit["kind"], visit["answered"], visit["unanswered_today"]) == ("visit", None, None)


def test_list_filters_and_formats(run):
    _add(run, "--at", "2026-11-28 10:00", "--number", "A")
    _add(run, "--at", "2026-11-29 22:30", "--number", "B", "--agency", "X")
    _add(run, "--at", "2026-11-30 10:00", "--number", "C")
    doc = json.loads(run("calls", "log", "list", "--from", "2026-11-29", "--to", "2026-11-29", "--json").out)
    assert [e["number"] for e in doc] == ["B"]
    csv_out = run("calls", "log", "list", "--format", "csv", "--lang", "en").out.splitlines()
    assert csv_out[0] == "#,Time,Kind,Number,Agency,Flags,Found,Recording"
    assert csv_out[2] == "2,2026-11-29 22:30,call,B,X,-,Contact between 22:00 and 08:00,-"
    assert len(csv_out) == 4
    md = run("calls", "log", "list", "--format", "markdown").out
    assert md.startswith("# 催收证据记录") and "| 2026-11-29 22:30 |" in md


def test_empty_log(run):
    result = run("calls", "log", "list", "--lang", "en")
    assert result.code == 0 and "No entries yet." in result.out
    assert run("calls", "log", "list", "--json").out.strip() == "[]"


def test_edit_changes_only_given_fields_and_rechecks(run):
    _add(run, "--at", "2026-11-29 22:10", "--number", "1", "--note", "first", "--flags", "insult")
    result = run("calls", "log", "edit", "1", "--at", "2026-11-29 20:10", "--flags", "none", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert (doc["at"], doc["note"], doc["flags"], doc["violations"]) == ("2026-11-29T20:10", "first", [], [])
    doc = json.loads(run("calls", "log", "edit", "1", "--note", "", "--kind", "visit", "--json").out)
    assert doc["note"] is None and doc["kind"] == "visit"


@pytest.mark.parametrize("args, code, message", [
    (["edit", "9", "--note", "x"], 1, "没有编号为 9 的记录。运行 `huabei calls log list` 查看全部编号。"),
    (["show", "9"], 1, "没有编号为 9 的记录"),
    (["delete", "9", "--yes"], 1, "没有编号为 9 的记录"),
    (["show"], 2, "请给出记录编号"),
    (["delete", "--yes"], 2, "请给出记录编号"),
    (["import"], 2, "请给出要导入的文件"),
    (["show", "abc"], 2, "记录编号须为大于0的整数，收到 'abc'"),
    (["edit", "1"], 2, "没有要修改的内容"),
    (["edit", "1", "--kind", "email"], 2, "不认识的联系方式 'email'"),
    (["add", "--number", "1", "--kind", "email"], 2, "不认识的联系方式 'email'"),
    (["add", "--at", "2026-11-29 10:00"], 2, "请用 --number 写明对方号码"),
    (["add", "--number", "1", "--at", "tomorrow night"], 2, "--at 的日期时间无法识别"),
    (["add", "--number", "1", "--flags", "rude"], 2, "不认识的情形 'rude'"),
    (["list", "--from", "2026-12-01", "--to", "2026-11-01"], 2, "--from 2026-12-01 晚于 --to 2026-11-01"),
    (["list", "--format", "xml"], 2, "--format"),
    (["export", "--format", "xml"], 2, "json | csv"),
])
def test_bad_input(run, args, code, message):
    _add(run, "--at", "2026-11-29 10:00", "--number", "1")
    result = run("calls", "log", *args)
    assert result.code == code
    assert message in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1


def test_delete_asks_and_refuses_without_an_answer(run_process):
    added = run_process("calls", "log", "add", "--at", "2026-11-29 10:00", "--number", "1")
    assert added.code == 0, added.err
    refused = run_process("calls", "log", "delete", "1", stdin="")
    assert refused.code == 1
    # no terminal to ask: no question, exactly one line, the refusal
    assert refused.err == "没有收到确认，未删除。要在脚本中删除，请加 --yes。\n"
    declined = run_process("calls", "log", "delete", "1", "--lang", "en", stdin="n\n")
    assert declined.code == 1 and "Entry 1 was not deleted." in declined.err
    assert run_process("calls", "log", "show", "1").code == 0
    accepted = run_process("calls", "log", "delete", "1", "--lang", "en", stdin="y\n")
    assert accepted.code == 0 and "Deleted entry 1 (2026-11-29 10:00, 1)." in accepted.out
    assert run_process("calls", "log", "show", "1").code == 1


def test_delete_in_process_without_yes_refuses(run):
    _add(run, "--at", "2026-11-29 10:00", "--number", "1")
    assert run("calls", "log", "delete", "1").code == 1  # pytest's stdin cannot be read: no answer
    result = run("calls", "log", "delete", "1", "--yes", "--json")
    assert result.code == 0 and json.loads(result.out)["deleted"]["id"] == 1
    assert run("calls", "log", "list", "--json").out.strip() == "[]"


def test_overview_lists_calls(run):
    assert "calls" in run().out


def test_group_alone_shows_its_help(run):
    result = run("calls", "--lang", "en")
    assert result.code == 0 and "check" in result.out and "report" in result.out and "log" in result.out
    result = run("calls", "log")
    assert result.code == 0 and "export" in result.out and "import" in result.out


def test_group_json_lists_its_commands(run):
    doc = json.loads(run("calls", "log", "--json", "--lang", "en").out)
    assert doc["command"] == "huabei calls log"
    assert [c["name"] for c in doc["commands"]] == ["add", "list", "show", "edit", "delete", "export", "import"]
    assert [c["name"] for c in json.loads(run("calls", "--json").out)["commands"]] == ["check", "report", "log"]
