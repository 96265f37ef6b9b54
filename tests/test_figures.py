"""Numbers that are facts live in data/ only: no message or help text states one; they reach the
text as placeholders ({fee_rate}, {window} ...) filled from data/ (knowledge/figures.py)."""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal

from huabei_assist.i18n import CATALOG_MODULES, catalog, fill, t
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.books import BOOKS
from huabei_assist.knowledge.figures import FIGURES, Figures

# A token that is a number in the data, and the message where it means something else.
NOT_FACTS = {
    ("plan.opt_due_day", "31"): "a day of the month runs 1-31",
    ("plan.bad_due_day", "31"): "a day of the month runs 1-31",
    ("credit.ics_written", "1"): "the calendar reminder's lead time, a setting of render/ics.py",
    ("payoff.bad_due_day", "31"): "a day of the month runs 1-31",
    ("debts.opt_due_day", "31"): "a day of the month runs 1-31",
    ("debts.expect_day", "31"): "a day of the month runs 1-31",
    ("common.unknown_timezone", "08:00"): "China's UTC offset, +08:00, given as the form to write",
    ("common.bad_utc_offset", "08:00"): "China's UTC offset, +08:00, given as the form to write",
}
_TOKEN = re.compile(r"\d\d:\d\d|\d{4}-\d\d-\d\d|(?<![\d.])\d+(?:\.\d+)?%?(?![\d.:%])")
_ORDINALS = re.compile(r"第\s*\d+|(?:period|day) \d+")  # 第3次, period 1: a position, not an amount
_UNIT = r"\s*(?:年|years?|个工作日|working days|日|天|days?|个月|months?|期|periods|次|checks)"


def data_numbers() -> set[str]:
    """Every number in data/ as a message would write it: 0.05% and 0.0005, 08:00, 2026-03-31, 180."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if hasattr(value, "_fields"):
            for name in value._fields:  # type: ignore[attr-defined]
                walk(getattr(value, name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif isinstance(value, bool):
            pass
        elif isinstance(value, int):
            found.add(str(value))
        elif isinstance(value, Decimal):
            found.add(f"{value.normalize():f}")
            if value < 1:
                found.add(f"{(value * 100).normalize():f}%")
        elif isinstance(value, datetime.date):
            found.add(value.isoformat())
        elif isinstance(value, str) and re.fullmatch(r"\d\d:\d\d", value):
            found.add(value)

    kb = Knowledge()
    for name in BOOKS:
        walk(getattr(kb, name))
    return found


def stated_numbers(text: str, numbers: set[str]) -> set[str]:
    """The data numbers a text states: any percentage, time, date or number from 20 up; a smaller
    one when it is a default or comes with a unit (5年, 15 working days, 4次)."""
    text = re.sub(r"\{[^}]*\}", " ", text)
    stated = set()
    for token in _TOKEN.findall(text):
        if token not in numbers:
            continue
        small = token.isdigit() and int(token) < 20
        if not small or re.search(rf"(?:默认|default)\D{{0,12}}(?<!\d){token}(?!\d)|(?<![\d/]){token}{_UNIT}", _ORDINALS.sub(" ", text)):
            stated.add(token)
    return stated


def test_no_message_states_a_number_that_is_in_data():
    numbers = data_numbers()
    assert {"0.05%", "0.0005", "24%", "180", "08:00", "21:00", "30%"} <= numbers
    stated = [(key, lang, token) for module in CATALOG_MODULES for key, pair in catalog(module).items()
              for lang, text in zip(("zh", "en"), pair) for token in stated_numbers(text, numbers)
              if (key, token) not in NOT_FACTS]
    assert stated == []


def test_the_check_finds_a_stated_fact():
    numbers = data_numbers()
    assert stated_numbers("按每日0.05%计算，08:00-21:00，超过180天", numbers) == {"0.05%", "08:00", "21:00", "180"}
    assert stated_numbers("default 10; 5 years; 15 working days; {fee_rate}", numbers) == {"10", "5", "15"}
    assert stated_numbers("第 3 次，--periods 12", numbers) == set()


def test_every_figure_placeholder_is_filled_from_data():
    figures = Figures()
    assert {name: figures[name] for name in ("fee_rate", "fee_rate_decimal", "cost_cap", "window", "budget_rule",
                                             "debt_share", "guard_share", "due_day", "max_periods", "list_periods",
                                             "compare_periods")} == {
        "fee_rate": "0.05%", "fee_rate_decimal": "0.0005", "cost_cap": "24%", "window": "08:00-21:00",
        "budget_rule": "50-30-20", "debt_share": "30%", "guard_share": "20%", "due_day": "10", "max_periods": "60",
        "list_periods": "3/6/9/12", "compare_periods": "3,6,9,12,24,36,60"}
    for module in CATALOG_MODULES:
        for key in catalog(module):
            for lang in ("zh", "en"):
                names = set(re.findall(r"\{(\w+)\}", catalog(module)[key][lang == "en"]))
                for name in names & set(FIGURES):
                    assert f"{{{name}}}" not in fill(catalog(module)[key][lang == "en"]), (key, name)


def test_messages_and_help_show_the_figures(run_process):
    assert t("waiver.penalty_computed", "en", value="9.00") == "9.00 (0.05% a day, to date)"
    assert "按「50-30-20」分配月收入：还款额是否在30%以内" in run_process("budget", "--help").out
    help_en = " ".join(run_process("calls", "check", "--help", "--lang", "en").out.split())
    assert "default 08:00-21:00 from data/" in help_en
    for command in (["plan"], ["plan", "compare"], ["credit"], ["credit", "objection"], ["budget"], ["waiver"]):
        assert "{" not in run_process(*command, "--help").out, command


def test_an_edited_figure_reaches_the_help(run_process, data_copy):
    from tests.conftest import edit_text

    edit_text(data_copy / "collection_rules.toml", 'start = "08:00"', 'start = "07:30"')
    out = " ".join(run_process("calls", "check", "--help", "--lang", "en").out.split())
    assert "default 07:30-21:00 from data/" in out


# A data text that states a complaint deadline names it: {complaint_days}, {complaint_complex_days} or
# {complaint_longest_days} for a complaint to the institution (data/channels.toml [complaint_deadlines]),
# {credit_complaint_days} for a complaint about a credit report to the PBOC (12363; 征信业管理条例
# 第26条, data/credit.toml [objection] complaint_days).


def complaint_days_stated(text: str, days: tuple[int, ...]) -> set[str]:
    """The complaint figures a text about complaints states as numbers of days (15日, 30 days, 60日)."""
    if not re.search(r"投诉|complain", text, re.IGNORECASE):
        return set()
    numbers = "|".join(str(n) for n in days)
    return set(re.findall(rf"(?<![\d.{{月])({numbers})\s*(?:个工作日|working days|日|天|days?)", text))


def data_texts(value: object) -> list[str]:
    """Every text in a book (zh and en, a letter's body), as written in data/ (placeholders not filled)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in data_texts(item)]
    return []


def test_no_data_text_states_a_complaint_deadline():
    kb = Knowledge()
    days = (*tuple(kb.channels.complaint_deadlines)[:3], kb.credit.objection.complaint_days)
    assert days == (15, 30, 60, 30)
    texts = [text for name in BOOKS for text in data_texts(getattr(kb, name))]
    assert [(text, complaint_days_stated(text, days)) for text in texts if complaint_days_stated(text, days)] == []
    assert sum("{complaint_days}" in text for text in texts) == 6  # 12378's reply, the note, the letter, zh and en
    # the 12363 reply, 第26条 in credit objection, the identity-theft playbook's step, zh and en
    assert sum("{credit_complaint_days}" in text for text in texts) == 6


def test_the_pboc_complaint_deadline_reaches_every_text_that_states_it(run, data_copy):
    from tests.conftest import edit_text

    edit_text(data_copy / "credit.toml", "complaint_days = 30", "complaint_days = 31")
    assert Figures()["credit_complaint_days"] == "31"
    objection = run("credit", "objection", "--filed", "2026-11-02", "--today", "2026-11-29", "--lang", "en").out
    assert "answer in writing within 31 days of accepting it" in " ".join(objection.split())
    reply = json.loads(run("channels", "12363", "--json").out)
    assert reply["reply"] == "征信投诉：受理之日起31日内书面答复"
    steps = json.loads(run("playbook", "identity-theft", "--today", "2026-11-29", "--json").out)["steps"]
    assert [s["text"] for s in steps if "12363" in s["text"]] == [
        "没有答复或不同意答复：向人民银行投诉（12363），受理之日起31日内书面答复；也可以向法院起诉。"]
    cited = json.loads(run("sources", "credit-regulation", "--json", "--lang", "en").out)["cited_by"]
    assert [c["entry"] for c in cited if "31 days" in c["text"]] == ["objection.complaint", "playbooks[1].steps[5]"]
    assert not any("{" in c["text"] for c in cited)


def test_the_check_finds_a_stated_complaint_deadline():
    assert complaint_days_stated("被投诉机构应在收到投诉之日起15日内作出决定，复杂的30日，最长60日", (15, 30, 60)) == {"15", "30", "60"}
    assert complaint_days_stated("must decide on a complaint within 15 days, 60 at most", (15, 30, 60)) == {"15"}
    assert complaint_days_stated("投诉：{complaint_days}日内；拘留最长15日", (15, 30, 60)) == {"15"}
    assert complaint_days_stated("纠正申请：15日内审查", (15, 30, 60)) == set()  # not about a complaint
    assert complaint_days_stated("投诉：指引（2026年1月30日）", (15, 30, 60)) == set()  # a date


# The credit objection's answer time (征信业管理条例 第25条, 20 days: data/credit.toml [objection] days)
# is named {objection_days} by every text that states it: the right, the 12363 channel, the letter, the
# identity-theft playbook's steps and the seed's note.


def raw_texts() -> list[str]:
    """Every data text as written (Knowledge fills the rights book's figures when it reads it)."""
    from huabei_assist.knowledge.books import schema_of
    from huabei_assist.knowledge.load import load

    return [text for name in BOOKS for text in data_texts(load(name, schema_of(name)))]


def test_no_data_text_states_the_objection_deadline():
    assert Knowledge().credit.objection.days == 20
    stated = [text for text in raw_texts() if re.search(r"异议|objection|object to", text, re.IGNORECASE)
              and re.search(r"(?<![\d.{月])20\s*(?:日|天|days?)", text)]
    assert stated == []
    # in zh and en: the right, 12363's `when`, the letter's purpose and send, two playbook steps, the
    # seed's note; and twice in the letter's body (zh only)
    assert sum(text.count("{objection_days}") for text in raw_texts()) == 16


def test_the_objection_deadline_reaches_every_text_that_states_it(run, data_copy):
    from tests.conftest import edit_text

    edit_text(data_copy / "credit.toml", "days = 20", "days = 21")
    objection = run("credit", "objection", "--filed", "2026-11-02", "--today", "2026-11-29").out
    lines = objection.splitlines()
    assert "书面答复最后一日      2026-11-23（收到异议之日起21日） [1]" in lines
    assert lines[lines.index("来源") + 2] == "[1] 《征信业管理条例》第25条（法规）"
    assert "文章称异议处理周期为15个工作日；法规规定的是21日。" in objection
    assert "征信机构应在收到异议之日起21日内书面答复。" in objection  # the right, read through Knowledge
    assert json.loads(run("channels", "12363", "--json").out)["when"].startswith("信用报告有误、异议没有在21日内")
    letter = run("letter", "objection").out
    assert letter.count("21日") == 4 and "20日" not in letter
    steps = json.loads(run("playbook", "identity-theft", "--today", "2026-11-29", "--json").out)["steps"]
    assert sum("21日" in s["text"] for s in steps) == 2
