"""What the tool computes or assumes itself is labelled as its own calculation (basis `tool`, no
document), never as Huabei's terms: a plan's figures, the due day it assumes, a waiver's sums, the
fees `status` works out (issue 12 item 9)."""

from __future__ import annotations

import json

import pytest

from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.books import BOOKS
from huabei_assist.knowledge.citations import cited
from tests.conftest import edit_text

TOOL_FOOTNOTE = {"zh": "huabei 本工具（本工具的计算或假设，不是花呗条款）",
                 "en": "huabei, this tool (this tool's own calculation or assumption, not Huabei terms)"}
PLAN_LINES = {
    "zh": ["花呗的还款日因人而异，多为每月8日、9日或10日，以你自己的账单和支付宝花呗页面为准。 [1]",
           "每期还款、手续费/利息、共还和各项年化利率是本工具按上面的费率、你给的数字和还款日算出的，"
           "不是花呗给出的数字；以你的账单为准。 [3]",
           "本工具默认每月10日还款（你的还款日不同时，以账单为准）；当月没有该日时取当月最后一天。 [3]"],
    "en": ["Huabei's repayment day differs between users, mostly the 8th, 9th or 10th of the month: check your own "
           "bill and the Huabei page in Alipay. [1]",
           "The payments, fees, totals and annualised rates are this tool's own calculation from the rates above, "
           "the figures you gave and the due dates, not figures from Huabei: your bill decides. [3]",
           "This tool assumes payments fall due on day 10 of each month (if your bill's day differs, go by your "
           "bill); a day past the month's end falls on its last day. [3]"],
}


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_plans_figures_and_its_due_day_are_the_tools_not_huabeis_terms(run, lang):
    out = lines(run("plan", "--amount", "6000", "--periods", "6", "--start", "2026-01-01", "--lang", lang).out)
    first = out.index(PLAN_LINES[lang][0])  # the last rows of "where the figures come from"
    assert out[first:first + 3] == PLAN_LINES[lang]
    assert out[-1] == f"[3] {TOOL_FOOTNOTE[lang]}"
    given = lines(run("plan", "--amount", "6000", "--periods", "6", "--due-day", "8", "--lang", lang).out)
    assert PLAN_LINES[lang][1] in given and PLAN_LINES[lang][2] not in given  # no default assumed
    assert not any("本工具默认" in line or "This tool assumes" in line for line in given)


def test_plan_json_gives_the_tools_calculation_with_no_source(run):
    facts = json.loads(run("plan", "--amount", "6000", "--periods", "6", "--json", "--lang", "en").out)["facts"]
    assert [(f["id"], f["basis"], f["source"] and f["source"]["id"]) for f in facts] == [
        ("installment-list-price", "platform", "huabei-terms"), ("apr-irr", "regulator", "pboc-apr-2021"),
        ("due-day", "platform", "huabei-terms"), ("plan-computed", "tool", None), ("due-day-default", "tool", None)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_compare_labels_its_rows_as_the_tools_calculation(run, lang):
    out = lines(run("plan", "compare", "--amount", "6000", "--lang", lang).out)
    assert out[-1] == f"[4] {TOOL_FOOTNOTE[lang]}"
    assert PLAN_LINES[lang][1].replace("[3]", "[4]") in out and PLAN_LINES[lang][2].replace("[3]", "[4]") in out


def test_an_edited_default_due_day_reaches_the_label(run, data_copy):
    edit_text(data_copy / "plans.toml", "default_due_day = 10", "default_due_day = 25")
    out = run("plan", "--amount", "6000", "--periods", "6", "--lang", "en").out
    assert "This tool assumes payments fall due on day 25 of each month" in out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_budget_names_the_due_day_it_assumes_for_its_payoff_dates(run, lang):
    out = lines(run("budget", "--income", "6000", "--bill", "20000", "--start", "2026-01-15", "--lang", lang).out)
    assert PLAN_LINES[lang][2] in out and out[-1] == f"[3] {TOOL_FOOTNOTE[lang]}"
    given = run("budget", "--income", "6000", "--bill", "20000", "--due-day", "8", "--lang", lang).out
    assert PLAN_LINES[lang][2] not in lines(given) and TOOL_FOOTNOTE[lang] not in given


WAIVER = {
    "zh": ["罚息/逾期费             600.00（按每日0.05%计算至今） [2] [3]",
           "现在结清（无减免）      6,600.00 [3]",
           "可请求减免的范围        300.00 - 420.00（50.00%-70.00% 的罚息） [3]",
           "现在结清（如获减免）    6,180.00 - 6,300.00 [3]"],
    "en": ["Penalty / overdue fee              600.00 (0.05% a day, to date) [2] [3]",
           "Settle now (no waiver)             6,600.00 [3]",
           "Range you can ask to have waived   300.00 - 420.00 (50.00%-70.00% of the penalty) [3]",
           "Settle now (if waived)             6,180.00 - 6,300.00 [3]"],
}
PLATFORM_FOOTNOTE = {"zh": "[2] 《花呗用户服务合同》及花呗账单页面（花呗条款，以你的账单为准）",
                     "en": "[2] Huabei user service contract and the Huabei bill pages (《花呗用户服务合同》及花呗账单页面) "
                           "(per Huabei terms; check your own bill)"}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_waiver_sums_are_the_tools_estimate(run, lang):
    out = lines(run("waiver", "--amount", "6000", "--days", "200", "--proof", "medical", "--today", "2026-12-01",
                    "--lang", lang).out)
    assert [line for line in out if line.endswith("[3]")] == WAIVER[lang]
    assert out[-2:] == [PLATFORM_FOOTNOTE[lang], f"[3] {TOOL_FOOTNOTE[lang]}"]
    given = lines(run("waiver", "--amount", "6000", "--days", "200", "--penalty", "500", "--lang", lang).out)
    assert [line for line in given if line.startswith(("罚息/逾期费", "Penalty / overdue fee"))] == [
        {"zh": "罚息/逾期费             500.00（你给出的）",
         "en": "Penalty / overdue fee              500.00 (as you gave it)"}[lang]]  # yours, not the tool's
    doc = json.loads(run("waiver", "--amount", "6000", "--days", "200", "--json").out)["calculation"]
    assert (doc["id"], doc["basis"], doc["source"]) == ("waiver-computed", "tool", None)


@pytest.mark.parametrize("lang, note", [
    ("zh", "* 逾期费率按花呗条款（来源：[9]）；至今的逾期费、每天的逾期费和欠款总额是本工具按这个费率算出的（[10]），以你的账单为准。"),
    ("en", "* The fee rate follows Huabei's terms (source: [9]); the fee so far, a day's fee and the whole debt are "
           "this tool's calculation from it ([10]): check your own bill."),
])
def test_status_says_the_fee_sums_are_the_tools_calculation(run, lang, note):
    out = lines(run("status", "--days", "200", "--amount", "4800", "--lang", lang).out)
    assert note in out
    assert out[-1] == f"[10] {TOOL_FOOTNOTE[lang]}"


def test_no_platform_fact_speaks_of_the_tool():
    """A platform fact states Huabei's terms only: what the tool assumes or works out is a
    Calculation of its own (the due-day fact once mixed the tool's default 10th into Huabei's terms)."""
    kb = Knowledge()
    words = ("本工具", "this tool", "the tool", "默认", "default")
    mixed = [(name, entry) for name in BOOKS for entry, fact in cited(getattr(kb, name))
             if fact.basis == "platform" and any(w in " ".join([*_text(fact)]) for w in words)]
    assert mixed == []
    tools = sorted(getattr(fact, "id", entry) for name in BOOKS for entry, fact in cited(getattr(kb, name))
                   if fact.basis == "tool")
    assert tools == ["due-day-default", "overdue-fee-computed", "plan-computed", "waiver-computed"]


@pytest.mark.parametrize("file, old, new, line", [
    ("plans.toml", 'basis = "tool"\n\n[computed]', 'basis = "tool"\nsource = "huabei-terms"\n\n[computed]',
     "数据文件 plans.toml 有误：条目 due_day_default，字段 source：Input should be None。"),
    ("plans.toml", 'basis = "tool"\n\n[computed]', 'basis = "platform"\n\n[computed]',
     "数据文件 plans.toml 有误：条目 due_day_default，字段 basis：Input should be 'tool'。"),
    ("product.toml", 'basis = "platform"\nsource = "alipay-95188"', 'basis = "tool"\nsource = "alipay-95188"',
     "数据文件 product.toml 有误：条目 hotline，字段 source：a fact with basis 'tool' is the tool's own calculation "
     "and cites no document。"),
])
def test_a_tool_calculation_cites_no_document_and_a_platform_fact_one(run, data_copy, file, old, new, line):
    edit_text(data_copy / file, old, new)
    result = run("plan", "--amount", "6000", "--periods", "6")
    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines() == [line.removesuffix("。") + "。请修正该文件或重新安装 huabei。"]


def _text(fact: object) -> tuple[str, ...]:
    """A fact's text, or a channel's name, what it handles and its reply, in both languages."""
    texts = [getattr(fact, name, None) for name in ("text", "name", "handles", "when", "reply")]
    return tuple(side for text in texts if text is not None for side in text)
