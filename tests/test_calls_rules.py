"""`huabei calls check` and the pure rule checks: hour edges, the daily count, flags, channels, bad input."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huabei_assist.calls import rules
from huabei_assist.errors import InputError
from huabei_assist.knowledge.calls_schema import CHANNEL_IDS, CollectionRules
from huabei_assist.knowledge.load import load


@pytest.fixture
def book() -> CollectionRules:
    return load("collection_rules", CollectionRules)


def _ids(found) -> list[str]:
    return [v.rule.id for v in found]


@pytest.mark.parametrize("hhmm, broken", [("07:59", True), ("08:00", False), ("21:00", False), ("21:01", True),
                                          ("00:00", True), ("12:30", False), ("23:59", True)])
def test_hour_edges_domain(book, hhmm, broken):
    settings = rules.settings(book)
    at = datetime.fromisoformat(f"2026-11-29T{hhmm}")
    assert _ids(rules.check(rules.Contact(at), book, settings)) == (["off-hours"] if broken else [])


@pytest.mark.parametrize("hhmm, broken", [("07:59", True), ("08:00", False), ("21:00", False), ("21:01", True)])
def test_hour_edges_cli_json(run, hhmm, broken):
    result = run("calls", "check", "--at", f"2026-11-29 {hhmm}", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    if broken:
        assert doc["violations"] == [{
            "rule": "off-hours", "name": "常见时段（08:00-21:00）以外联系", "basis": "reported",
            "source": doc["violations"][0]["source"],
            "text": doc["violations"][0]["text"], "detail": f"{hhmm} 不在 08:00-21:00 之内",
            "report_to": ["95188", "12378", "nifa", "12321"],
            "report_to_names": ["支付宝官方客服 95188（24小时）", "国家金融监督管理总局 消费者投诉热线 12378",
                                "中国互联网金融协会 举报平台", "12321 网络不良与垃圾信息举报受理中心"]}]
        source = doc["violations"][0]["source"]
        assert (source["id"], source["kind"], source["pin"]) == ("seed-article", "web_article", "第二节3")
        assert source["title"] == "《花呗逾期本地电话催收全攻略：应对流程、法律风险与信用修复指南》"
    else:
        assert doc["violations"] == []
    assert doc["at"] == f"2026-11-29T{hhmm}"
    assert doc["window"] == {"start": "08:00", "end": "21:00", "from": "data", "basis": "reported"}


def test_seconds_do_not_move_the_edge(book):
    settings = rules.settings(book)
    assert rules.check(rules.Contact(datetime(2026, 11, 29, 21, 0, 59)), book, settings) == ()


@pytest.mark.parametrize("count, broken", [(1, False), (3, False), (4, True), (10, True)])
def test_daily_count(run, count, broken):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 10:00", "--count-today", str(count), "--json").out)
    assert [v["rule"] for v in doc["violations"]] == (["too-many-today"] if broken else [])
    assert doc["daily_limit"] == {"limit": 3, "from": "data", "basis": "reported"}
    if broken:
        assert doc["violations"][0]["detail"] == f"当天第 {count} 次，上限 3 次"


def test_letters_are_not_timed_or_counted(run):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 23:30", "--kind", "letter", "--count-today", "9",
                         "--json").out)
    assert doc["violations"] == []


def test_all_flags_together_in_data_order(run):
    result = run("calls", "check", "--at", "2026-11-29 22:10", "--to-third-party", "--threat", "--insult",
                 "--forged-document", "--count-today", "5", "--json", "--lang", "en")
    doc = json.loads(result.out)
    assert [v["rule"] for v in doc["violations"]] == [
        "off-hours", "too-many-today", "third-party", "threat", "insult", "forged-document"]
    by_rule = {v["rule"]: v for v in doc["violations"]}
    assert by_rule["threat"]["basis"] == "regulator"
    assert by_rule["threat"]["report_to"][0] == "110"
    assert "110" in by_rule["forged-document"]["report_to"]
    assert "110" in by_rule["insult"]["report_to"]
    source = by_rule["third-party"]["source"]
    assert (source["id"], source["number"], source["pin"]) == (
        "consumer-finance-measures", "国家金融监督管理总局令2024年第4号", None)
    assert source["title"] == "Measures for the Administration of Consumer Finance Companies"
    assert source["title_zh"] == "《消费金融公司管理办法》" and "articles" in source["unverified"]
    # The seed's wrong reading of PIPL article 23 is shown as not holding.
    assert "article 23" in by_rule["third-party"]["seed_claim"]


def test_every_rule_reports_to_known_channels(book):
    for rule in book.all_rules:
        assert rule.report_to, rule.id
        assert set(rule.report_to) <= set(CHANNEL_IDS), rule.id
        assert rule.basis in ("statute", "regulator", "platform", "reported")
        assert rule.source and rule.evidence("zh") and rule.evidence("en")
    # the ids checked when collection_rules.toml loads are exactly the shared channel list
    from huabei_assist.channels import all_channels

    assert set(CHANNEL_IDS) == {c.id for c in all_channels()}
    assert book.window.rule.basis == "reported" and book.daily.rule.basis == "reported"


def test_window_option_and_env(run, monkeypatch):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 21:30", "--window", "09:00-22:00", "--json").out)
    assert doc["violations"] == [] and doc["window"]["from"] == "option"
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 08:30", "--window", "09:00-22:00", "--json").out)
    assert [v["rule"] for v in doc["violations"]] == ["off-hours"]
    assert doc["violations"][0]["detail"] == "08:30 不在 09:00-22:00 之内"
    monkeypatch.setenv("HUABEI_CALL_WINDOW", "08:00-20:00")
    monkeypatch.setenv("HUABEI_MAX_CONTACTS_PER_DAY", "5")
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 20:01", "--count-today", "5", "--json").out)
    assert [v["rule"] for v in doc["violations"]] == ["off-hours"]
    assert doc["window"]["from"] == "env" and doc["daily_limit"] == {"limit": 5, "from": "env", "basis": "reported"}
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 12:00", "--count-today", "2", "--max-per-day", "1",
                         "--json").out)
    assert [v["rule"] for v in doc["violations"]] == ["too-many-today"]


@pytest.mark.parametrize("args, code, message", [
    (["--at", "2026-11-29 25:10"], 2, "--at 的日期时间无法识别：'2026-11-29 25:10'"),
    (["--at", "2026-11-29"], 2, "请写出日期和时间"),
    (["--at", "22:10"], 2, "请写出日期和时间"),
    (["--at", "2026-11-29 10:00", "--kind", "fax"], 2, "不认识的联系方式 'fax'。可选：call（电话）、sms（短信）、visit（上门）、letter（信件）。"),
    (["--at", "2026-11-29 10:00", "--window", "21:00-08:00"], 2, "--window 的时段无法识别：'21:00-08:00'"),
    (["--at", "2026-11-29 10:00", "--window", "8-21"], 2, "--window 的时段无法识别"),
    (["--at", "2026-11-29 10:00", "--count-today", "0"], 2, "--count-today 须为大于0的整数"),
    (["--at", "2026-11-29 10:00", "--count-today", "many"], 2, "--count-today"),
    (["--at", "2026-11-29 10:00", "--max-per-day", "0"], 2, "--max-per-day 的次数上限须为1到10000之间的整数"),
])
def test_bad_input_one_line_no_traceback(run, args, code, message):
    result = run("calls", "check", *args)
    assert result.code == code
    assert message in result.err
    assert "Traceback" not in result.err and result.err.count("\n") == 1
    assert result.out == ""


def test_bad_env_window_names_the_variable(run, monkeypatch):
    monkeypatch.setenv("HUABEI_CALL_WINDOW", "nine to five")
    result = run("calls", "check", "--at", "2026-11-29 10:00", "--lang", "en")
    assert result.code == 2
    assert result.err == "Cannot read the hours 'nine to five' from HUABEI_CALL_WINDOW. Write them like 08:00-21:00 (start before end).\n"


def test_plain_output_in_english(run):
    result = run("calls", "check", "--at", "2026-11-29 22:10", "--threat", "--lang", "en")
    assert result.code == 0
    assert "Collection contact check" in result.out
    assert "22:10 is outside 08:00-21:00" in result.out
    assert "2 rule(s) broken" in result.out
    assert "Police 110" in result.out
    assert "\x1b[" not in result.out


def test_check_in_a_real_process(run_process):
    result = run_process("calls", "check", "--at", "2026-11-29 22:10", "--json")
    assert result.code == 0, result.err
    assert [v["rule"] for v in json.loads(result.out)["violations"]] == ["off-hours"]
    bad = run_process("calls", "check", "--at", "yesterday-ish")
    assert bad.code == 2 and "Traceback" not in bad.err


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23 * 60 + 58), st.integers(1, 60 * 24 - 1))
def test_off_hours_iff_outside_window(hour, minute, start, length):
    book = load("collection_rules", CollectionRules)
    end = min(start + length, 23 * 60 + 59)
    window = f"{rules.hhmm(start)}-{rules.hhmm(end)}"
    settings = rules.settings(book, window=window)
    found = rules.check(rules.Contact(datetime(2026, 11, 29, hour, minute)), book, settings)
    assert (_ids(found) == ["off-hours"]) == (not start <= hour * 60 + minute <= end)


@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["call", "sms", "visit", "letter"])), max_size=30))
def test_counts_today_number_each_day_from_one(items):
    book = load("collection_rules", CollectionRules)
    contacts = [rules.Contact(datetime(2026, 11, 1 + day, 9, 0), kind) for day, kind in sorted(items)]
    counts = rules.counts_today(contacts, book)
    for day in range(4):
        numbered = [c for contact, c in zip(contacts, counts) if contact.at.day == 1 + day and contact.kind != "letter"]
        assert numbered == list(range(1, len(numbered) + 1))
    assert all(c is None for contact, c in zip(contacts, counts) if contact.kind == "letter")


def test_parse_flags(book):
    assert rules.parse_flags(["threat, insult", "third-party"], book) == ("third-party", "threat", "insult")
    assert rules.parse_flags(["none"], book) == ()
    with pytest.raises(InputError) as err:
        rules.parse_flags(["threat,bribe"], book)
    assert err.value.params["value"] == "bribe"


def test_daily_limit_is_labelled_as_the_tools_default_not_a_practice(run):
    out = run("calls", "check", "--at", "2026-11-29 10:00", "--lang", "en").out
    assert "Daily limit" in out
    assert "3 (this tool's default, from data/collection_rules.toml; change it with --max-per-day; not a legal limit)" in out
    assert "08:00-21:00 (both ends allowed; a reported practice, from data/collection_rules.toml)" in out
