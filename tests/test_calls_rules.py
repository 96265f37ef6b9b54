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


# Each hour edge: the guideline's 22:00-08:00 (industry) and the data's 08:00-21:00 window, whose
# 21:00-22:00 is the reported 2018 convention. A time is inside "A-B" when A <= time < B.
EDGES = [("07:59", ["guideline-night"]), ("08:00", []), ("20:59", []), ("21:00", ["usual-hours"]),
         ("21:59", ["usual-hours"]), ("22:00", ["guideline-night"]), ("00:00", ["guideline-night"]),
         ("12:30", []), ("23:59", ["guideline-night"])]


@pytest.mark.parametrize("hhmm, broken", EDGES)
def test_hour_edges_domain(book, hhmm, broken):
    settings = rules.settings(book)
    at = datetime.fromisoformat(f"2026-11-29T{hhmm}")
    assert _ids(rules.check(rules.Contact(at), book, settings)) == broken


@pytest.mark.parametrize("hhmm, broken", EDGES[:6])
def test_hour_edges_cli_json(run, hhmm, broken):
    result = run("calls", "check", "--at", f"2026-11-29 {hhmm}", "--json")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert [v["rule"] for v in doc["violations"]] == broken
    assert doc["at"] == f"2026-11-29T{hhmm}"
    assert doc["window"] == {"start": "08:00", "end": "21:00", "from": "data", "basis": "reported", "adds": ["21:00-22:00"]}
    assert doc["guideline_hours"] == {"start": "22:00", "end": "08:00", "basis": "industry", "rule": "guideline-night"}


def test_21_30_is_the_reported_2018_rule_and_not_the_guideline(run):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 21:30", "--json").out)
    assert doc["violations"] == [{
        "rule": "usual-hours", "name": "21:00-22:00联系（08:00-21:00以外）", "basis": "reported",
        "source": doc["violations"][0]["source"], "text": doc["violations"][0]["text"],
        "detail": "21:30 在 08:00-21:00 以外", "report_to": ["95188", "12378", "nifa", "12321"],
        "report_to_names": ["支付宝官方客服 95188（24小时）", "国家金融监督管理总局 消费者投诉热线 12378",
                            "中国互联网金融协会 举报平台", "12321 网络不良与垃圾信息举报受理中心"]}]
    source = doc["violations"][0]["source"]
    assert (source["id"], source["kind"], source["pin"]) == ("seed-article", "web_article", "第二节3")
    assert doc["breaks_by_basis"] == {"reported": 1}
    out = run("calls", "check", "--at", "2026-11-29 21:30", "--lang", "en").out
    assert "Verdict                       1 against a reported practice (not a rule)" in out
    assert "Contact at 21:00-22:00, outside 08:00-21:00 [2]  21:30 is outside 08:00-21:00" in out
    assert out.rstrip().endswith("section 2.3 (reported, not a legal right)")
    assert "22:00 and 08:00" not in out.split("What was found")[1].split("Notes")[0]


def test_22_00_is_the_2026_guideline(run):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 22:00", "--json", "--lang", "en").out)
    [found] = doc["violations"]
    assert (found["rule"], found["name"], found["basis"], found["detail"]) == (
        "guideline-night", "Contact between 22:00 and 08:00", "industry", "22:00 is between 22:00 and 08:00")
    assert (found["source"]["id"], found["source"]["kind"], found["source"]["date"]) == (
        "cba-collection-guideline-2026", "industry_guideline", "2026-01-30")
    assert found["source"]["issuer"] == "China Banking Association"
    assert doc["breaks_by_basis"] == {"industry": 1}
    out = run("calls", "check", "--at", "2026-11-29 22:00", "--lang", "en").out
    assert "Verdict                       1 break(s) of an industry guideline (not law)" in out


def test_seconds_do_not_move_the_edge(book):
    settings = rules.settings(book)
    assert rules.check(rules.Contact(datetime(2026, 11, 29, 20, 59, 59)), book, settings) == ()
    assert _ids(rules.check(rules.Contact(datetime(2026, 11, 29, 21, 59, 59)), book, settings)) == ["usual-hours"]


@pytest.mark.parametrize("missed, broken", [(1, []), (6, []), (7, ["unanswered-calls"]), (12, ["unanswered-calls"])])
def test_unanswered_calls_a_day(run, missed, broken):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 10:00", "--unanswered-today", str(missed),
                         "--json").out)
    assert [v["rule"] for v in doc["violations"]] == broken
    assert doc["unanswered_limit"] == {"limit": 6, "basis": "industry", "rule": "unanswered-calls"}
    assert doc["unanswered_today"] == missed
    if broken:
        assert doc["violations"][0]["detail"] == f"当天第 {missed} 通未接来电，指引为不宜超过 6 次"
        assert doc["violations"][0]["basis"] == "industry"


def test_an_answered_call_is_not_counted_as_unanswered(book):
    settings = rules.settings(book)
    at = datetime(2026, 11, 29, 10, 0)
    assert rules.check(rules.Contact(at, answered=True, unanswered_today=9), book, settings) == ()
    assert rules.check(rules.Contact(at, answered=None, unanswered_today=9), book, settings) == ()
    assert _ids(rules.check(rules.Contact(at, answered=False, unanswered_today=7), book, settings)) == ["unanswered-calls"]


@pytest.mark.parametrize("count, limit, broken", [(4, None, []), (3, "3", []), (4, "3", ["own-daily-limit"])])
def test_a_daily_count_is_only_the_users_own_setting(run, count, limit, broken):
    args = ["--max-per-day", limit] if limit else []
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 10:00", "--count-today", str(count), *args,
                         "--json").out)
    assert [(v["rule"], v["basis"], v["source"]) for v in doc["violations"]] == [(r, "setting", None) for r in broken]
    assert doc["daily_limit"] == {"limit": int(limit) if limit else None, "from": "option" if limit else "none",
                                  "basis": "setting"}
    if broken:
        assert doc["violations"][0]["detail"] == f"当天第 {count} 次，你设定的上限是 {limit} 次"


def test_letters_are_not_timed_or_counted(run):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 23:30", "--kind", "letter", "--count-today", "9",
                         "--max-per-day", "2", "--json").out)
    assert doc["violations"] == []


def test_all_flags_together_in_data_order(run):
    result = run("calls", "check", "--at", "2026-11-29 22:10", "--to-third-party", "--threat", "--insult",
                 "--forged-document", "--count-today", "5", "--max-per-day", "3", "--json", "--lang", "en")
    doc = json.loads(result.out)
    assert [v["rule"] for v in doc["violations"]] == [
        "guideline-night", "own-daily-limit", "third-party", "threat", "insult", "forged-document"]
    assert doc["breaks_by_basis"] == {"regulator": 3, "industry": 2, "setting": 1}
    by_rule = {v["rule"]: v for v in doc["violations"]}
    assert by_rule["threat"]["basis"] == "regulator"
    assert by_rule["threat"]["report_to"][0] == "110"
    assert "110" in by_rule["forged-document"]["report_to"]
    assert "110" in by_rule["insult"]["report_to"]
    third = by_rule["third-party"]
    assert (third["basis"], third["source"]["id"]) == ("industry", "cba-collection-guideline-2026")
    assert "only to get the debtor's contact details or pass on a message" in third["text"]
    assert "contact stops when the third party asks" in third["text"]
    # The seed's wrong reading of PIPL article 23 is shown as not holding.
    assert "article 23" in third["seed_claim"]
    out = run("calls", "check", "--at", "2026-11-29 22:10", "--to-third-party", "--threat", "--insult",
              "--forged-document", "--count-today", "5", "--max-per-day", "3", "--lang", "en").out
    assert ("Verdict                       3 break(s) of a regulator's rule; 2 break(s) of an industry guideline "
            "(not law); 1 beyond your own setting") in out


# The guideline's banned practices: each a --flags word, basis industry, its channels (data/).
BANNED = {"posing-official": ["110", "12378", "95188"], "fake-blacklist": ["12378", "95188", "nifa"],
          "extra-fees": ["95188", "12378", "nifa"], "push-borrowing": ["12378", "95188", "nifa"],
          "public-notice": ["12378", "95188", "nifa", "110"], "private-channel": ["95188", "12378", "12321"],
          "entering-home": ["110", "12378", "95188"]}


@pytest.mark.parametrize("flag, channels", BANNED.items())
def test_each_banned_practice_is_a_flag_with_its_channels(run, flag, channels):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 10:00", "--flags", flag, "--json").out)
    [found] = doc["violations"]
    assert (found["rule"], found["basis"], found["source"]["id"], found["report_to"]) == (
        flag, "industry", "cba-collection-guideline-2026", channels)
    assert doc["breaks_by_basis"] == {"industry": 1}
    logged = run("calls", "log", "add", "--number", "1", "--at", "2026-11-29 10:00", "--flags", flag, "--json")
    assert [v["rule"] for v in json.loads(logged.out)["violations"]] == [flag]


def test_every_rule_reports_to_known_channels(book):
    for rule in book.all_rules:
        assert rule.report_to, rule.id
        assert set(rule.report_to) <= set(CHANNEL_IDS), rule.id
        assert rule.basis in ("statute", "regulator", "industry", "reported", "setting")
        assert (rule.source is None) == (rule.basis == "setting"), rule.id
        assert rule.evidence("zh") and rule.evidence("en")
    # the ids checked when collection_rules.toml loads are exactly the shared channel list
    from huabei_assist.channels import all_channels

    assert set(CHANNEL_IDS) == {c.id for c in all_channels()}
    assert (book.guideline_hours.rule.basis, book.window.rule.basis, book.unanswered.rule.basis,
            book.daily.rule.basis) == ("industry", "reported", "industry", "setting")
    assert set(BANNED) | {"third-party", "threat", "insult", "forged-document"} == set(book.flags)


def test_a_window_the_user_sets_names_the_rule_and_is_their_setting(run, monkeypatch):
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 21:30", "--window", "09:00-22:00", "--json").out)
    assert doc["violations"] == [] and doc["window"]["from"] == "option" and doc["window"]["basis"] == "setting"
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 08:30", "--window", "09:00-20:00", "--json",
                         "--lang", "en").out)
    [found] = doc["violations"]
    assert (found["rule"], found["name"], found["basis"], found["source"], found["detail"]) == (
        "usual-hours", "Contact at 08:00-09:00, 20:00-22:00, outside 09:00-20:00", "setting", None,
        "08:30 is outside 09:00-20:00")
    assert doc["window"]["adds"] == ["08:00-09:00", "20:00-22:00"]
    out = run("calls", "check", "--at", "2026-11-29 08:30", "--window", "09:00-20:00", "--lang", "en").out
    assert "08:00-21:00" not in out
    assert "* 09:00-20:00 is a window you set yourself: a call at 08:00-09:00, 20:00-22:00 only goes beyond your setting; it breaks no rule." in out
    assert "Verdict                       1 beyond your own setting" in out
    # A wider window than the guideline's does not move the guideline.
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 22:30", "--window", "07:00-23:00", "--json").out)
    assert [(v["rule"], v["basis"]) for v in doc["violations"]] == [("guideline-night", "industry")]
    monkeypatch.setenv("HUABEI_CALL_WINDOW", "08:00-20:00")
    monkeypatch.setenv("HUABEI_MAX_CONTACTS_PER_DAY", "5")
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 20:01", "--count-today", "5", "--json").out)
    assert [v["rule"] for v in doc["violations"]] == ["usual-hours"]
    assert doc["window"]["from"] == "env" and doc["daily_limit"] == {"limit": 5, "from": "env", "basis": "setting"}
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 12:00", "--count-today", "2", "--max-per-day", "1",
                         "--json").out)
    assert [v["rule"] for v in doc["violations"]] == ["own-daily-limit"]


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
    (["--at", "2026-11-29 10:00", "--unanswered-today", "0"], 2, "--unanswered-today 须为大于0的整数"),
    (["--at", "2026-11-29 10:00", "--kind", "sms", "--unanswered"], 2, "--unanswered 只用于电话（--kind call），收到 --kind sms。"),
    (["--at", "2026-11-29 10:00", "--flags", "bribe"], 2, "不认识的情形 'bribe'"),
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
    assert "22:10 is between 22:00 and 08:00" in result.out
    assert "Verdict                       1 break(s) of a regulator's rule; 1 break(s) of an industry guideline (not law)" in result.out
    assert "Police 110" in result.out
    assert "\x1b[" not in result.out


def test_check_in_a_real_process(run_process):
    result = run_process("calls", "check", "--at", "2026-11-29 22:10", "--json")
    assert result.code == 0, result.err
    assert [v["rule"] for v in json.loads(result.out)["violations"]] == ["guideline-night"]
    bad = run_process("calls", "check", "--at", "yesterday-ish")
    assert bad.code == 2 and "Traceback" not in bad.err


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23 * 60 + 58), st.integers(1, 60 * 24 - 1))
def test_each_time_breaks_at_most_one_time_rule_with_its_own_basis(hour, minute, start, length):
    book = load("collection_rules", CollectionRules)
    end = min(start + length, 23 * 60 + 59)
    settings = rules.settings(book, window=f"{rules.hhmm(start)}-{rules.hhmm(end)}")
    time = hour * 60 + minute
    found = _ids(rules.check(rules.Contact(datetime(2026, 11, 29, hour, minute)), book, settings))
    night = time >= 22 * 60 or time < 8 * 60
    expected = ["guideline-night"] if night else ["usual-hours"] if not start <= time < end else []
    assert found == expected


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


SUMMARY_CITED = {  # the hours and counts in force, each with the footnote of its rule, and the list
    "zh": (["行业指引禁止的时段  22:00 至次日 08:00（未经债务人同意） [1]",
            "常见时段            08:00-21:00（2018年公约的转述，取自 data/collection_rules.toml）：在此之外、"
            "行业指引的时段以前即 21:00-22:00 [2]",
            "未接来电每日次数    同一号码不宜超过 6 次 [1]",
            "你设定的每日上限    未设定（没有法律或规定设定每日联系次数；可用 --max-per-day 设定你自己的上限）",
            "结论                未发现违反规则或超出你的设定之处。"],
           ["[1] 《金融机构个人消费类贷款催收工作指引（试行）》（行业自律规范，不是法律）",
            "[2] 网络文章《花呗逾期本地电话催收全攻略》第二节3（转述，非法定权利）"]),
    "en": (["Hours the guideline bans      22:00 to 08:00 (without the debtor's consent) [1]",
            "Usual hours                   08:00-21:00 (the reported 2018 convention, from data/collection_rules.toml): "
            "outside it but before the guideline's hours is 21:00-22:00 [2]",
            "Unanswered calls a day        at most 6 to one number [1]",
            "Your daily limit              none set (no law or rule sets a daily number of contacts; set your own "
            "with --max-per-day)",
            "Verdict                       Nothing against any rule or your settings."],
           ["[1] Guidelines on Collection of Personal Consumer Loans by Financial Institutions (Trial) "
            "(《金融机构个人消费类贷款催收工作指引（试行）》) (industry guideline, not law)",
            "[2] web article A complete guide to Huabei overdue collection calls (《花呗逾期本地电话催收全攻略》) "
            "section 2.3 (reported, not a legal right)"]),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_daily_limit_by_default_and_the_window_cited_by_footnote(run, lang):
    """The summary's hours and counts cite their rules as `huabei credit` does: a mark after the value,
    the document and basis once under the page; no basis written inline."""
    result = run("calls", "check", "--at", "2026-11-29 10:00", "--lang", lang)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    rows, notes = SUMMARY_CITED[lang]
    start = lines.index(rows[0])
    assert lines[start:start + len(rows)] == rows
    sources = lines.index("来源" if lang == "zh" else "Sources")
    assert lines[sources + 2:] == notes
    for label in ("行业自律规范，不是法律）", "转述，非法定权利）") if lang == "zh" else ("; industry guideline", "; reported"):
        assert label not in "\n".join(lines[start:start + len(rows)])


@pytest.mark.parametrize("lang, rows, note", [
    ("zh", ["常见时段            09:00-20:00（你用 --window 设定）：在此之外、行业指引的时段以外即 08:00-09:00、20:00-22:00 [2]",
            "未接来电每日次数    同一号码不宜超过 6 次 [1]",
            "你设定的每日上限    3 次 [2]"],
     "[2] 无（本人的设定）（本人的设定，不是规定）"),
    ("en", ["Usual hours                   09:00-20:00 (set by you with --window): outside it and outside the "
            "guideline's hours is 08:00-09:00, 20:00-22:00 [2]",
            "Unanswered calls a day        at most 6 to one number [1]",
            "Your daily limit              3 [2]"],
     "[2] none (your own setting) (your own setting, not a rule)"),
])
def test_a_window_and_limit_you_set_cite_your_own_setting(run, lang, rows, note):
    """A window or a daily limit the user set cites no document: one footnote says it is their setting,
    the same number for both, and for a break of either (JSON unchanged: the setting has no source)."""
    at = ("calls", "check", "--at", "2026-11-29 21:30", "--window", "09:00-20:00", "--max-per-day", "3",
          "--count-today", "4", "--lang", lang)
    lines = run(*at).out.splitlines()
    start = lines.index(rows[0])
    assert lines[start:start + len(rows)] == rows
    sources = lines.index("来源" if lang == "zh" else "Sources")
    assert lines[sources + 2:] == [lines[sources + 2], note] and lines[sources + 2].startswith("[1] ")
    doc = json.loads(run(*at, "--json").out)
    assert [(v["basis"], v["source"]) for v in doc["violations"]] == [("setting", None), ("setting", None)]
    assert doc["window"]["basis"] == "setting" and doc["daily_limit"]["basis"] == "setting"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_old_switch_is_the_flag_it_stands_for(run, lang):
    """--threat, --to-third-party ... still run (old commands, scripts) and are --flags ID: the same output
    as --flags with the id or the Chinese name, and not listed in the help (one way to say it there)."""
    at = ("calls", "check", "--at", "2026-11-28 22:30", "--lang", lang)
    old = run(*at, "--threat", "--to-third-party", "--insult", "--forged-document")
    assert old.code == 0, old.err
    assert "22:30" in old.out and ("威胁恐吓" if lang == "zh" else "Threats") in old.out
    for new in (("--flags", "threat,third-party,insult,forged-document"),
                ("--flags", "威胁,联系第三人", "--flags", "辱骂,伪造文书"),
                ("--flags", "third-party", "--threat", "--flags", "insult", "--forged-document")):
        assert run(*at, *new).out == old.out, new
    doc = json.loads(run(*at, "--threat", "--insult", "--flags", "extra-fees", "--json").out)
    assert doc["flags"] == ["threat", "insult", "extra-fees"]
    help_text = run("calls", "check", "--help", "--lang", lang).out
    assert "--flags FLAGS" in help_text
    for switch in ("--threat", "--insult", "--forged-document", "--to-third-party"):
        assert switch not in help_text, switch
    assert run("calls", "log", "add", "--number", "95188", "--threat", "--lang", lang).code == 2  # check's only
