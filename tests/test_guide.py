"""`huabei guide`: the page from the other engines, its JSON, the HTML and Markdown packs, .docx letters."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from huabei_assist.guide import checklist_ids

CHECKLIST_IDS = checklist_ids()
from huabei_assist.i18n import t

MUST = ["guide", "--since", "2026-09-20", "--amount", "4800", "--income", "5000", "--spending", "3000",
        "--problems", "off-hours,third-party", "--today", "2026-12-01"]


def _json(run, *args):
    result = run(*args, "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_must_hold_document(run):
    data = _json(run, *MUST)
    stand = data["stand"]
    assert (stand["days_overdue"], stand["stage"]["number"], stand["since"]) == (73, 2, "2026-09-20")
    assert (stand["fee_so_far"], stand["fee_per_day"]) == ("175.20", "2.40")
    assert stand["next_stage"] == {"number": 3, "name": stand["next_stage"]["name"], "date": "2026-12-19",
                                   "days_until": 18, "fee_by_then": "218.40"}
    afford = data["afford"]
    assert (afford["debt"], afford["room"], afford["monthly"]) == ("1500.00", "2000.00", "1500.00")
    plan = afford["plan"]
    assert (plan["kind"], plan["periods"], plan["payment_per_period"], plan["apr"]) == ("installment", 6, "836.00", "0.1527")
    assert afford["fits"] is True and afford["largest_payment"] == "836.00"
    credit = data["credit"]
    assert (credit["method"], credit["event_end"], credit["clears_on"]) == ("installment", "2027-06-10", "2032-06-10")
    assert credit["one_time_repair"]["eligible"] is False
    assert [(p["id"], p["channels"][0]["id"]) for p in data["problems"]] == [("off-hours", "95188"), ("third-party", "95188")]
    assert [letter["id"] for letter in data["letters"]] == ["complaint", "stop-third-party"]
    assert data["sources"][0]["note"] == 1 and all(item["note"] <= len(data["sources"]) for item in data["week"])


def test_page_numbers_equal_the_separate_commands(run):
    page = _json(run, *MUST)
    status = _json(run, "status", "--since", "2026-09-20", "--amount", "4800", "--today", "2026-12-01")
    assert page["stand"]["fee_so_far"] == status["penalty_to_date"]
    assert page["stand"]["fee_per_day"] == status["penalty_per_day"]
    assert page["stand"]["next_stage"]["fee_by_then"] == status["penalty_at_next_stage"]
    assert page["stand"]["next_stage"]["date"] == status["next_stage"]["date"]
    plan = _json(run, "plan", "--amount", "4800", "--periods", "6", "--start", "2026-12-01")
    for key in ("payment_per_period", "apr", "total_fee", "first_due", "last_due", "xirr"):
        assert page["afford"]["plan"][key] == plan[key], key
    budget = _json(run, "budget", "--income", "5000", "--plan-payment", "836")
    assert [page["afford"][k] for k in ("needs", "debt", "savings")] == [budget[k] for k in ("needs", "debt", "savings")]
    assert budget["fits"] is True
    credit = _json(run, "credit", "--method", "installment", "--periods", "6", "--start", "2026-12-01",
                   "--overdue-since", "2026-09-20", "--amount", "4800", "--today", "2026-12-01")
    assert page["credit"]["clears_on"] == credit["clears_on"]
    assert page["credit"]["one_time_repair"]["reasons"] == credit["one_time_repair"]["reasons"]
    complain = _json(run, "complain", "--problem", "third-party")
    assert [c["id"] for c in page["problems"][1]["channels"]] == [c["id"] for c in complain["channels"]]


def test_sources_are_the_footnotes_of_every_command_numbered_by_source_article_and_basis(run):
    """One collector (views/cite.Footnotes) for the guide and every command: the page's list, its JSON
    and the marks in its cells, several in a cell where a row cites several facts."""
    data = _json(run, *MUST)
    assert [(s["note"], s["basis"], s["source"] and s["source"]["id"], s["source"] and s["source"]["pin"])
            for s in data["sources"]] == [
        (1, "reported", "seed-article", "第一节2"), (2, "platform", "huabei-terms", None),
        (3, "reported", "seed-article", "第四节2"), (4, "regulator", "pboc-apr-2021", None),
        (5, "tool", None, None),  # the plan's figures are the tool's calculation: no document
        (6, "statute", "credit-regulation", "第16条"), (7, "regulator", "pboc-credit-repair-2025", None),
        (8, "reported", "seed-article", "第二节2"), (9, "statute", "pipl", "第44条"),
        (10, "reported", "seed-article", "第二节3"), (11, "regulator", "nfra-12378", None),
        (12, "industry", "cba-collection-guideline-2026", None), (13, "regulator", "consumer-finance-measures", None),
        (14, "statute", "pipl", "第23、44-47条")]
    assert data["sources"][5]["text"] == "《征信业管理条例》第16条（法规）"
    assert data["stand"]["stage"]["note"] == 1 and [item["note"] for item in data["week"]] == [8, 9, 10, 11, 12, 12]
    page = run(*MUST).out
    assert "适合的方案              账单分期 6 期，每期 836.00，2027-01-10 至 2027-06-10 [2][4][5]\n" in page
    assert page.endswith("[13] 《消费金融公司管理办法》（条款号未核实）（监管/法院文件）\n"
                         "[14] 《个人信息保护法》第23、44-47条（法规）\n")
    rows = [line.rsplit("  ", 1)[-1] for line in page.splitlines() if line.startswith(("打给家人", "深夜、清晨"))]
    assert rows[-2:] == ["[12][13]", "[12][13][14]"]
    # the same fact cited by the separate command has the same text
    status = run("status", "--since", "2026-09-20", "--amount", "4800", "--today", "2026-12-01").out
    assert "[2] 网络文章《花呗逾期本地电话催收全攻略》第一节2（转述，非法定权利）\n" in status  # [1]: the litigation row's


def test_the_off_hours_label_names_the_guidelines_hours_from_data(run):
    """The checklist says the 2026 guideline's hours (complain's off-hours problem), not the reported
    08:00-21:00, and takes them from data/ (collection_rules.toml [guideline_hours])."""
    import re

    from huabei_assist.knowledge.base import Knowledge

    name = next(item.name for item in Knowledge().channels.checklist if item.id == "off-hours")
    assert "{guideline_hours}" in name.zh and "{guideline_hours}" in name.en
    assert not re.search(r"\d\d:\d\d", name.zh + name.en)
    data = _json(run, "guide", "--days", "3", "--problems", "off-hours", "--today", "2026-12-01")
    assert data["problems"][0]["label"] == "深夜、清晨来电（22:00-08:00）"
    assert data["week"][-1]["text"] == "深夜、清晨来电（22:00-08:00）：联系 支付宝官方客服 95188（24小时）"
    english = _json(run, "guide", "--days", "3", "--problems", "off-hours", "--today", "2026-12-01", "--lang", "en")
    assert english["problems"][0]["label"] == "Calls late at night or early in the morning (22:00-08:00)"


def test_days_count_back_to_the_first_overdue_day(run):
    by_days = _json(run, "guide", "--days", "73", "--amount", "4800", "--today", "2026-12-01")
    by_since = _json(run, "guide", "--since", "2026-09-20", "--amount", "4800", "--today", "2026-12-01")
    assert by_days["stand"] == by_since["stand"]
    assert by_days["afford"] is None and by_days["credit"]["method"] == "settle"


def test_no_plan_fits_says_so_with_the_longest(run):
    data = _json(run, "guide", "--days", "10", "--amount", "40000", "--income", "3000", "--spending", "2990",
                 "--today", "2026-12-01")
    afford = data["afford"]
    assert (afford["monthly"], afford["fits"], afford["plan"]["periods"]) == ("10.00", False, 60)
    assert afford["plan"]["cost_to_be_agreed"] is True


def test_every_problem_ticked_gets_a_channel_and_a_letter(run):
    data = _json(run, "guide", "--days", "40", "--problems", ",".join(CHECKLIST_IDS), "--today", "2026-12-01")
    assert [p["id"] for p in data["problems"]] == list(CHECKLIST_IDS)
    for problem in data["problems"]:
        assert problem["channels"] and problem["letters"], problem["id"]
    in_appendix = {letter["id"] for letter in data["letters"]}
    assert in_appendix == {letter["id"] for p in data["problems"] for letter in p["letters"]}
    assert in_appendix == {"complaint", "stop-third-party", "objection", "hardship"}


def test_each_problem_is_named_as_data_names_it(run):
    """A checklist item by its `name` in data/channels.toml (its figure filled); another problem or a
    playbook by its Chinese name in zh (it was printed as its id), by its id in en."""
    args = ("guide", "--days", "40", "--problems", "off-hours,失业,辱骂,dishonest-list", "--today", "2026-12-01")
    assert [p["label"] for p in _json(run, *args)["problems"]] == [
        "深夜、清晨来电（22:00-08:00）", "失业", "辱骂", "失信名单"]
    assert [p["label"] for p in _json(run, *args, "--lang", "en")["problems"]] == [
        "Calls late at night or early in the morning (22:00-08:00)", "Lost my job", "insult", "dishonest-list"]


def test_unknown_problem_names_the_closest(run):
    result = run("guide", "--days", "3", "--problems", "off-hour")
    assert result.code == 2
    assert result.err.startswith("--problems 里没有 'off-hour' 这一项。") and "off-hours" in result.err
    assert result.err.count("\n") == 1


def test_spending_without_income_is_a_usage_error(run):
    result = run("guide", "--days", "3", "--spending", "100")
    assert (result.code, result.err) == (2, t("guide.spending_needs_income", "zh") + "\n")


def test_without_a_terminal_and_no_options_one_line_exit_2(run_process):
    result = run_process("guide", stdin="")
    assert (result.code, result.out) == (2, "")
    assert result.err == t("guide.need_answers", "zh") + "\n"
    english = run_process("guide", "--lang", "en", stdin="")
    assert english.err == t("guide.need_answers", "en") + "\n"


def test_plain_page_holds_every_section_in_english(run):
    result = run(*MUST, "--lang", "en")
    assert result.code == 0
    for key in ("guide.stand", "guide.afford", "guide.credit", "guide.week", "guide.problems", "guide.debts",
                "common.footnotes"):
        assert t(key, "en") in result.out
    assert "The plan that fits          bill installment, 6 periods of 836.00, 2027-01-10 to 2027-06-10 [" in result.out


class _Page(HTMLParser):
    """Tags, attributes, ids and text of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(name, value or "") for name, value in attrs]
        self.ids += [value for name, value in attrs if name == "id"]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)


HOSTILE = '<script>alert(1)</script><img src=//e>'


def test_html_pack_is_self_contained_and_escapes_a_hostile_name(run, tmp_path):
    out = tmp_path / "guide.html"
    result = run(*MUST, "--problems", "off-hours,third-party,job-loss", "--name", HOSTILE, "--out", str(out))
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    page.close()
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags
    assert not [value for name, value in page.attrs if name in ("src", "href", "srcset", "action")]
    style = "".join(page.styles)
    assert "@import" not in style and "url(" not in style and "@page" in style and "@media print" in style
    assert "url(" not in html and "http://" not in html and "https://" not in html
    assert page.ids == ["stand", "afford", "credit", "week", "problems", "debts", "sources",
                        "appendix-1", "appendix-2", "appendix-3"]
    text = "".join(page.text)
    assert f"花呗逾期：{HOSTILE} 的情况一页看清" in text  # shown as text, not run
    assert text.count(f"投诉人：{HOSTILE}") == 2 and f"申请人：{HOSTILE}" in text
    assert "836.00" in text and "2032-06-10" in text and "175.20" in text
    assert html.count("<mark>") >= 10  # the blanks to fill, highlighted
    assert (out.stat().st_mode & 0o777) == 0o600


def test_out_never_replaces_without_force(run, tmp_path):
    out = tmp_path / "guide.html"
    out.write_text("mine", encoding="utf-8")
    result = run(*MUST, "--out", str(out))
    assert result.code == 1 and out.read_text(encoding="utf-8") == "mine"
    assert run(*MUST, "--out", str(out), "--force").code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_out_kind_is_checked_by_suffix(run, tmp_path):
    result = run(*MUST, "--out", str(tmp_path / "guide.pdf"))
    assert result.code == 2 and "guide.pdf" in result.err
    assert not (tmp_path / "guide.pdf").exists()


def test_markdown_pack_with_letters_escaped(run, tmp_path):
    out = tmp_path / "guide.md"
    assert run(*MUST, "--name", "*李四*", "--out", str(out)).code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 花呗逾期：\\*李四\\* 的情况一页看清\n")
    assert "## 一、你现在的处境" in text and "## 来源" in text
    assert "# 附录 1：投诉书" in text and "# 附录 2：要求停止联系第三人函" in text
    assert "投诉人：\\*李四\\*" in text and "## 投诉书" in text  # the letter's own title one level down


def test_letter_docx_opens_and_holds_name_and_amount(run, tmp_path):
    docx = pytest.importorskip("docx")
    out = tmp_path / "hardship.docx"
    result = run("letter", "hardship", "--name", "王五<b>", "--amount", "4800", "--today", "2026-12-01", "--out", str(out))
    assert result.code == 0, result.err
    document = docx.Document(str(out))
    lines = [p.text for p in document.paragraphs]
    assert lines[0] == "协商还款申请书"
    assert "申请人：王五<b>" in lines and "日期：2026年12月1日" in lines
    assert any("4,800.00元" in line for line in lines)
    assert lines[-1].startswith("签名：")
    highlighted = [r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color is not None]
    assert "【请填写:身份证号】" in highlighted and not any("王五" in r for r in highlighted)
    markdown = tmp_path / "hardship.md"
    assert run("letter", "hardship", "--name", "王五<b>", "--out", str(markdown)).code == 0
    assert "申请人：王五\\<b\\>" in markdown.read_text(encoding="utf-8") or "申请人：王五<b>" not in markdown.read_text(
        encoding="utf-8")


def test_a_guide_without_questions_imports_no_prompt_template_docx_store_or_batch_module(tmp_path):
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom huabei_assist.cli import main\n"
            f"main({MUST + ['--json']!r})\n"
            "print(sorted(m for m in ('questionary', 'prompt_toolkit', 'jinja2', 'docx', 'dateutil.parser',"
            " 'sqlite3', 'huabei_assist.debts.store', 'huabei_assist.plans.batch', 'csv', 'string')"
            " if m in sys.modules), file=sys.stderr)")  # no debts list: no store; no batch: no csv
    env = {**os.environ, "HUABEI_HOME": str(tmp_path / "home"), "HUABEI_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the second run reads the data cache the first wrote, as a user's runs do
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                              timeout=60)
    assert proc.returncode == 0 and proc.stderr == "[]\n"


def test_the_debts_list_is_on_the_page_when_it_exists(run):
    assert _json(run, "guide", "--days", "40", "--today", "2026-12-01")["debts"] is None
    assert run("debts", "add", "借呗", "--kind", "jiebei", "--amount", "2000", "--annual-rate", "18%",
               "--minimum", "3%").code == 0
    data = _json(run, "guide", "--days", "40", "--today", "2026-12-01")
    assert data["debts"] == [{"name": "借呗", "kind": "jiebei", "amount": "2000.00"}]
    page = run("guide", "--days", "40", "--today", "2026-12-01").out
    assert "借呗  jiebei · 2,000.00\n合计  1 笔，共 2,000.00；用 huabei payoff 比较还款顺序\n" in page


def test_not_overdue_says_the_record_and_the_repair_do_not_apply(run):
    page = run("guide", "--days", "0", "--amount", "3000", "--today", "2026-12-01").out
    assert "下一阶段    1 · 提醒期，还有 1 天；到那天逾期费共 1.50\n" in page
    assert "逾期记录消除    不适用：没有逾期记录 [" in page and "一次性信用修复  不适用：没有逾期记录 [" in page
    data = _json(run, "guide", "--days", "0", "--today", "2026-12-01")
    assert data["stand"]["since"] is None and data["credit"]["repair_text"] == "不适用：没有逾期记录"


def test_html_pack_without_problems_has_no_problem_section_and_no_appendix(run, tmp_path):
    out = tmp_path / "guide.html"
    assert run("guide", "--days", "3", "--today", "2026-12-01", "--lang", "en", "--out", str(out)).code == 0
    page = _Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.ids == ["stand", "afford", "credit", "week", "debts", "sources"]
    assert "Made on 2026-12-01" in "".join(page.text)


def test_a_court_paper_is_checked_and_answered_before_any_police_call(run):
    week = _json(run, "guide", "--days", "10", "--problems", "court-paper,visit", "--today", "2026-12-01")["week"]
    mine = [(item["kind"], item["problem"], item["channel"]) for item in week if item["problem"]]
    assert mine == [("first", "court-paper", None), ("first", "court-paper", None), ("contact_if", "court-paper", "110"),
                    ("first", "visit", None), ("contact_if", "visit", "110")]
    texts = [item["text"] for item in week if item["problem"] == "court-paper"]
    assert texts[1] == "收到法院文书或“立案通知”：收到法院文书务必应诉；可请求法院调减年化超过24%的利息、罚息和费用。"
    assert texts[2] == "收到法院文书或“立案通知”：如文书是伪造的，联系 公安报警 110"
    in_stage_3 = _json(run, "guide", "--days", "100", "--problems", "visit", "--today", "2026-12-01")["week"]
    assert [item["kind"] for item in in_stage_3 if item["problem"]] == ["contact_if"]  # the stage lists the check


def test_the_guide_computes_with_the_knowledge_base_it_is_given():
    """An edited book reaches every engine the guide runs: the compared periods are read against the
    edited cap (72) and the letters are filled from the edited book."""
    from datetime import date
    from decimal import Decimal

    from huabei_assist import guide
    from huabei_assist.knowledge.base import Knowledge

    kb = Knowledge()
    limits = kb.plans.limits._replace(negotiated_max_periods=72)
    letters = tuple(letter._replace(body=letter.body.replace("投诉人", "申诉人")) for letter in kb.letters.letters)
    edited = Knowledge(plans=kb.plans._replace(limits=limits), letters=kb.letters._replace(letters=letters))
    page = guide.build(guide.Answers(today=date(2026, 12, 1), days=10, amount=Decimal("40000"), income=Decimal("3000"),
                                     spending=Decimal("2990"), problems=("off-hours",)), kb=edited)
    assert [plan.periods for plan in page.afford.compared][-3:] == [24, 36, 72]
    assert "申诉人：" in page.letters[0].text and "投诉人：" not in page.letters[0].text
