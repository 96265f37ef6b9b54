"""The answer first (issue 11 item 1) and sources as footnotes (item 2): the 3-5 lines that open
status, plan, plan compare, credit, calls check and waiver, --brief, and one list of sources a page."""

from __future__ import annotations

import json

import pytest

T = ("--today", "2026-11-29")

STATUS_45_ZH = [
    "逾期第45天，第2阶段「本地电话高频催收期」；第3阶段「升级催收期」从逾期第91天开始，还有46天。",
    "逾期费每天按逾期金额的0.05%计；加 --amount 可算出金额。",
    "今天：通过95188申请协商还款，如实说明收入；要求书面协议，并写明各项费用。",
    "打电话：支付宝官方客服 95188（24小时）",
]
STATUS_45_EN = [
    "Day 45 overdue, stage 2 (Frequent local calls); stage 3 (Escalation) starts on day 91, in 46 days.",
    "The overdue fee is 0.05% of the overdue amount a day; give --amount for the figure.",
    "Today: Ask 95188 for a negotiated plan, state your income honestly, and ask for a written agreement that "
    "states every fee.",
    "Call: Alipay customer service 95188 (24 h)",
]


def test_status_opens_with_the_answer(run):
    zh = run("status", "--days", "45", *T).out.splitlines()
    assert zh[:2] == ["花呗逾期状态", "============"] and zh[2] == ""
    assert zh[3:7] == STATUS_45_ZH and zh[7] == ""  # then the details
    assert run("status", "--days", "45", *T, "--brief").out.splitlines() == STATUS_45_ZH
    assert run("status", "--days", "45", *T, "--brief", "--lang", "en").out.splitlines() == STATUS_45_EN


def test_status_answer_with_an_amount_says_what_waiting_costs(run):
    out = run("status", "--days", "45", "--amount", "3000", *T, "--brief", "--lang", "en").out.splitlines()
    assert out[1] == "Overdue fee so far: 67.50 CNY; each extra day adds 1.50 CNY."
    out = run("status", "--days", "0", *T, "--brief").out.splitlines()
    assert out == ["还没有逾期；第1阶段「提醒期」从逾期第1天开始，还有1天。",
                   "今天：还款日前还清账单；做不到就至少还最低还款额（账单的10%）。",
                   "打电话：支付宝官方客服 95188（24小时）"]


@pytest.mark.parametrize(("args", "lines"), [
    (("plan", "--amount", "12000", "--periods", "12", "--start", "2026-11-29"), [
        "账单分期12期：每期1,088.00，2026-12-10起，最后一期2027-11-10。",
        "共付13,056.00元，其中费用1,056.00元（名义年化15.86%）。",
        "今天：致电95188说明情况，询问分期或协商还款。",
        "打电话：支付宝官方客服 95188（24小时）"]),
    (("plan", "--amount", "12000", "--periods", "36", "--kind", "negotiated", "--start", "2026-11-29", "--lang", "en"), [
        "negotiated plan, 36 periods: 333.33 + the agreed cost a period, from 2026-12-10 to 2029-11-10.",
        "The cost is still to be agreed, as the written agreement states.",
        "Today: Call 95188, explain your situation and ask about installments or a negotiated plan.",
        "Call: Alipay customer service 95188 (24 h)"]),
    (("plan", "compare", "--amount", "12000", "--start", "2026-11-29", "--lang", "en"), [
        "You owe 12,000.00 CNY; 7 ways to repay side by side.",
        "Cheapest: 3 periods, 300.00 CNY in fees; smallest payment: 60 periods, 200.00 + the agreed cost a period.",
        "Today: Call 95188, explain your situation and ask about installments or a negotiated plan.",
        "Call: Alipay customer service 95188 (24 h)"]),
    (("waiver", "--amount", "3000", "--days", "100", *T, "--lang", "en"), [
        "Day 100 overdue: principal 3,000.00 CNY, penalty 150.00 CNY; settling now costs 3,150.00 CNY.",
        "The penalty grows 1.50 CNY a day; by the usual conditions you can ask for a waiver from 2027-02-23 "
        "(6 months) with hardship proof.",
        "Today: Call 95188 or ask for a negotiated repayment in Alipay (花呗账单); explain your hardship in writing, "
        "upload the proof (unemployment certificate, medical bills), and keep every record.",
        "Call: Alipay customer service 95188 (24 h)"]),
    (("waiver", "--amount", "3000", "--days", "200", "--proof", "medical", *T), [
        "逾期第200天：本金3,000.00元，罚息300.00元；现在结清共3,300.00元。",
        "罚息每天再加1.50元；可以请求减免150.00 - 210.00元（是请求，不是权利）。",
        "今天：拨打95188或在支付宝「花呗账单」中申请协商还款，书面说明困难情况并上传证明（失业证明、医疗账单），保留全部记录。",
        "打电话：支付宝官方客服 95188（24小时）"]),
    (("credit", "--paid", "2026-03-15", *T, "--lang", "en"), [
        "The overdue record is kept until 2031-03-15, 1567 days from now (5 years from 2026-03-15).",
        "Today: Current overdue total: it should be 0 once you have repaid; object if it is not.",
        "Call: People's Bank of China (PBOC) consumer hotline 12363"]),
    (("credit", *T), [
        "还没还清：5年从还清那天才开始算；按2026-11-29还清，记录保存到2031-11-29。",
        "每晚还一天，记录就晚一天删除。",
        "今天：今天就还能还的部分：逾期费按逾期金额逐日计收，早还一天少一天。",
        "打电话：中国人民银行 金融消费权益保护咨询投诉电话 12363"]),
    (("calls", "check", "--at", "2026-11-28 22:30", "--threat", "--lang", "en"), [
        "The call at 2026-11-28 22:30: 2 finding(s), each with its basis below: Contact between 22:00 and 08:00, Threats.",
        "Today: If harassed, complain to 95188 and to 12378 (National Financial Regulatory Administration).",
        "Call: Alipay customer service 95188 (24 h)"]),
    (("calls", "check", "--at", "2026-11-28 10:30"), [
        "2026-11-28 10:30的电话没有违反已知规则，也没有超出你的设定。",
        "今天：记录每次来电的时间、号码、内容以及你是否接听；22:00至次日08:00的来电、21:00-22:00的来电、一天内的未接来电次数、辱骂、威胁要单独记下。",
        "打电话：支付宝官方客服 95188（24小时）"]),
])
def test_brief_prints_only_the_answer_and_json_is_unchanged(run, args, lines):
    brief = run(*args, "--brief")
    assert brief.code == 0 and brief.out.splitlines() == lines
    full = run(*args).out.splitlines()
    assert full[3:3 + len(lines)] == lines  # the page opens with the same lines
    assert json.loads(run(*args, "--brief", "--json").out) == json.loads(run(*args, "--json").out)
    assert "answer" not in json.loads(run(*args, "--json").out)


def test_waiver_answer_past_six_months_without_proof_asks_for_proof(run):
    out = run("waiver", "--amount", "3000", "--since", "2026-01-01", *T, "--brief").out.splitlines()
    assert out[:2] == ["逾期第333天：本金3,000.00元，罚息499.50元；现在结清共3,499.50元。",
                       "罚息每天再加1.50元；已逾期超过6个月，按常见条件还要有困难证明（--proof）才可请求减免。"]


def test_credit_answer_says_when_the_one_time_repair_hides_the_record(run):
    out = run("credit", "--paid", "2026-03-15", "--overdue-since", "2025-11-03", "--amount", "3000",
              "--today", "2026-05-01", "--lang", "en", "--brief").out.splitlines()
    assert out[:2] == [
        "The overdue record is kept until 2031-03-15, 1779 days from now (5 years from 2026-03-15).",
        "One-time credit repair: qualifies: not shown by 2026-04-30 (end of the month after repayment)."]


def test_brief_is_plain_lines_whatever_the_format(run):
    args = ("status", "--days", "45", *T, "--brief")
    assert run(*args, "--lang", "en").out.splitlines() == STATUS_45_EN
    assert run("plan", "--amount", "12000", "--periods", "12", "--start", "2026-11-29", "--brief",
               "--format", "csv").out.splitlines()[0] == "账单分期12期：每期1,088.00，2026-12-10起，最后一期2027-11-10。"


def test_every_pointer_in_answers_toml_is_known():
    from huabei_assist.answers import pointers
    from huabei_assist.knowledge.answers_schema import AnswerBook
    from huabei_assist.knowledge.base import Knowledge

    kb = Knowledge()
    for command in AnswerBook._fields:
        for usual in (True, False):
            found = pointers(command, kb, usual=usual)
            assert found.call.contact("zh").isdigit(), command  # a number to call
            ref = getattr(kb.answers, command)
            assert (found.today is None) == (ref.today is None), command
            if found.today is not None:
                assert found.today.source and found.today.basis  # a fact with its source


def test_an_unknown_pointer_names_the_file(data_copy, run):
    from tests.conftest import edit_text

    edit_text(data_copy / "answers.toml", 'today = "s1-call-95188"', 'today = "no-such-fact"')
    result = run("plan", "--amount", "12000", "--periods", "12")
    assert result.code == 1 and "answers.toml" in result.err and "no-such-fact" in result.err


def test_sources_are_footnotes_listed_once_under_the_page(run):
    out = run("status", "--days", "45", *T, "--lang", "en").out.splitlines()
    start = out.index("Sources")
    notes = out[start + 2:]
    article = "[{}] web article A complete guide to Huabei overdue collection calls (《花呗逾期本地电话催收全攻略》) section {} " \
              "(reported, not a legal right)"
    assert notes[:2] == [article.format(1, "1.4"), article.format(2, "1.2")]  # the litigation row's, then the table's
    assert [line.split()[0] for line in notes] == [f"[{n}]" for n in range(1, len(notes) + 1)]  # each once, in order
    assert len(set(notes)) == len(notes)
    assert [line.split()[:2] for line in out[:start] if line.endswith("[1]")] == [["Litigation", "risk"]]
    rows = [line for line in out[:start] if line.endswith("[2]")]
    assert len(rows) == 3  # three facts of the same section share one note
    assert not any(line.startswith(("Basis", "Source ")) for line in out)  # no source columns left


def test_footnotes_number_each_source_article_and_basis_once():
    from huabei_assist.knowledge.schema import Fact, Text
    from huabei_assist.views.cite import Footnotes

    def fact(pin, basis="statute"):
        return Fact(id="x", text=Text("x", "x"), basis=basis, source="credit-regulation", pin=pin)

    notes = Footnotes("zh")
    assert [notes.mark(fact("第25条")), notes.mark(fact("第16条")), notes.mark(fact("第25条"))] == ["[1]", "[2]", "[1]"]
    assert notes.cite("文字", fact("第25条", "regulator")) == "文字 [3]"
    assert notes.block().items == [("[1]", "《征信业管理条例》第25条（法规）"), ("[2]", "《征信业管理条例》第16条（法规）"),
                                   ("[3]", "《征信业管理条例》第25条（监管/法院文件）")]


def test_footnotes_mark_several_facts_in_one_cell_and_list_them_as_json():
    """The guide's cells cite several facts at once ("[2][4]"); its JSON lists each number."""
    from huabei_assist.knowledge.schema import Fact, Text
    from huabei_assist.views.cite import Footnotes

    def fact(pin, basis="statute"):
        return Fact(id="x", text=Text("x", "x"), basis=basis, source="credit-regulation", pin=pin)

    notes = Footnotes("en")
    assert notes.mark(fact("第16条"), fact("第25条"), fact("第16条")) == "[1][2]"  # each number once
    assert notes.mark(fact("第44条"), fact("第25条")) == "[2][3]"  # in order, whatever the order given
    assert notes.mark() == ""
    assert [(n["note"], n["text"], n["basis"], n["source"]["id"], n["source"]["pin"]) for n in notes.json()] == [
        (1, "Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 16 (statute)",
         "statute", "credit-regulation", "第16条"),
        (2, "Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 25 (statute)",
         "statute", "credit-regulation", "第25条"),
        (3, "Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) Art. 44 (statute)",
         "statute", "credit-regulation", "第44条")]
    assert [text for _, text in notes.block().items] == [n["text"] for n in notes.json()]
