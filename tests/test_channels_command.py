"""`huabei channels`, `huabei complain`, `huabei verify` through main(): output, JSON, exit codes, errors."""

import json

import pytest

from tests.conftest import edit_text


def test_channels_lists_all_eight(run):
    result = run("channels")
    assert result.code == 0 and result.err == ""
    for text in ("95188", "12378", "12363", "jubao.nifa.org.cn", "12321", "110", "tousu.sina.com.cn",
                 "国家金融监督管理总局", "先由被投诉机构处理", "此说法不成立", "82%"):
        assert text in result.out, text
    assert "12378银保监会" not in result.out


def test_channels_json(run):
    doc = json.loads(run("channels", "--json").out)
    assert [c["id"] for c in doc["channels"]] == ["95188", "12378", "12363", "nifa", "12321", "110", "heimao", "court"]
    nfra = doc["channels"][1]
    assert set(nfra) == {"id", "name", "contact", "handles", "when", "reply", "reply_rule", "basis", "source", "notes",
                         "seed_claim"}
    assert nfra["contact"] == "12378" and nfra["basis"] == "regulator" and "银保监会" in nfra["seed_claim"]
    assert doc["channels"][0]["notes"][0]["basis"] == "reported"
    assert doc["channels"][2]["reply"] == "征信投诉：受理之日起30日内书面答复"


def test_one_channel(run):
    assert json.loads(run("channels", "court", "--json", "--lang", "en").out)["contact"] == "the court that put you on the list"
    assert json.loads(run("channels", "court", "--json").out)["contact"] == "作出失信决定的人民法院"
    doc = json.loads(run("channels", "heimao", "--json", "--lang", "en").out)
    assert doc["id"] == "heimao" and "not a regulator" in doc["handles"]
    assert {"problem": "off-hours", "rank": 2} in json.loads(run("channels", "12378", "--json").out)["problems"]


@pytest.mark.parametrize("lang, lines", [
    ("zh", ["答复时限   95188自己的答复时限未核实；花呗的经营机构（消费金融公司）处理投诉的期限见12378的备注 [2]",
            "* 银行、保险机构和消费金融公司须在收到投诉之日起15日内作出处理决定，情况复杂的可延长至30日，特别复杂的经审批"
            "可再延长（最长60日）。这些是自然日：常见的“15个工作日”说法不准确。 [2]",
            "[1] 支付宝官方客服 95188（花呗条款，以你的账单为准）",
            "[2] 《银行业保险业消费投诉处理管理办法》（条款号未核实）（监管/法院文件）"]),
    ("en", ["Reply time      95188's own reply time was not verified; for how long Huabei's lender (a consumer-finance "
            "company) has to decide on a complaint, see the 12378 note [2]",
            "* A bank, insurer or consumer-finance company must decide on a complaint within 15 days of receiving it, 30 "
            "if it is complex, and with approval longer if especially complex (60 at most). These are calendar days: the "
            "often-repeated \"15 working days\" is not right. [2]",
            "[1] Alipay customer service 95188 (per Huabei terms; check your own bill)",
            "[2] Measures for the Handling of Banking and Insurance Consumer Complaints (《银行业保险业消费投诉处理管理办法》) "
            "(article not verified) (regulator / court)"]),
])
def test_95188_states_no_deadline_and_cites_the_regulators_fact(run, lang, lines):
    """The platform's entry says what the platform does; the deadlines are the regulator's fact, cited [2]."""
    out = run("channels", "95188", "--lang", lang).out.splitlines()
    assert [line for line in lines if line not in out] == []
    assert not any(d in line for line in out if "95188" in line for d in ("15", "30", "60"))


def test_a_reply_rule_that_names_no_note_is_a_data_error(run, data_copy):
    edit_text(data_copy / "channels.toml", 'reply_rule = "12378-institution-deadline"\nbasis = "platform"',
              'reply_rule = "no-such-note"\nbasis = "platform"')
    result = run("channels")
    assert result.code == 1 and "channels.toml" in result.err and "no channel note 'no-such-note'" in result.err


def test_channels_csv_and_markdown(run):
    csv = run("channels", "--format", "csv", "--lang", "en").out.splitlines()
    assert csv[0] == "ID,Channel,Number / site,Reply time,Sources"  # the footnotes as a last column
    assert csv[2].startswith("12378,National Financial Regulatory Administration") and len(csv) == 9
    assert run("channels", "--format", "markdown").out.startswith("# 投诉与举报渠道")


def test_complain_problem(run):
    result = run("complain", "--problem", "third-party")
    assert result.code == 0
    for text in ("要准备的证据", "被联系人的书面说明", "《个人信息保护法》第23条", "huabei letter stop-third-party"):
        assert text in result.out, text


def test_complain_problem_json(run):
    doc = json.loads(run("complain", "--problem", "off-hours", "--json").out)
    assert doc["problem"] == "off-hours" and doc["basis"] == "industry"
    assert doc["source"]["id"] == "cba-collection-guideline-2026"
    assert [(c["rank"], c["id"]) for c in doc["channels"]] == [(1, "95188"), (2, "12378"), (3, "nifa"), (4, "12321")]
    assert doc["evidence"][0] == "通话记录截图（显示号码和时间）"
    assert [(r["id"], r["basis"]) for r in doc["rights"]] == [
        ("guideline-hours", "industry"), ("call-hours", "reported"), ("no-harassment", "regulator")]
    assert doc["letters"] == ["complaint"]  # the complaint letter names calls at odd hours


def test_complain_search_in_both_languages(run):
    zh = json.loads(run("complain", "骚扰", "--json").out)
    assert [m["problem"] for m in zh["matches"]] == ["off-hours", "harassing-calls"] and zh["query"] == "骚扰"
    en = json.loads(run("complain", "they", "call", "my", "family", "--json", "--lang", "en").out)
    assert en["matches"][0]["problem"] == "third-party" and en["query"] == "they call my family"
    assert "huabei complain --problem off-hours" in run("complain", "骚扰").out


def test_complain_without_arguments_lists_problems(run):
    doc = json.loads(run("complain", "--json").out)
    assert len(doc["problems"]) == 12 and doc["problems"][0] == {
        "problem": "off-hours", "text": doc["problems"][0]["text"], "basis": "industry",
        "channels": ["95188", "12378", "nifa", "12321"]}


@pytest.mark.parametrize("args, code, line", [
    (("complain", "--problem", "offhours"), 2,
     "没有问题类型 'offhours'。你是不是要找：off-hours（时段外）？"),
    (("complain", "xyzzy"), 1, "没有找到与 'xyzzy' 相关的问题。"),
    (("complain", "--problem", "threat", "骚扰"), 2, "--problem 和搜索关键词只能二选一。"),
    (("channels", "1237"), 2, "没有渠道 '1237'。你是不是要找：12378（金融监管总局）、12363（人民银行）、12321（举报中心）？"),
    (("complain", "--format", "pdf"), 2, "--format 的值无效"),
    (("complain", "--problem", "offhours", "--lang", "en"), 2, "There is no problem 'offhours'. Did you mean: off-hours (时段外)?"),
])
def test_errors_are_one_clear_line(run, args, code, line):
    result = run(*args)
    assert result.code == code and result.out == ""
    assert result.err.startswith(line) and result.err.count("\n") == 1


def test_unknown_problem_in_a_real_process_has_no_traceback(run_process):
    result = run_process("complain", "--problem", "threats")
    assert result.code == 2 and "Traceback" not in result.err and "threat" in result.err
    assert result.err.count("\n") == 1


def test_verify(run):
    result = run("verify")
    assert result.code == 0
    for text in ("工号", "公司的全称", "授权委托书编号", "95188", "个人账户", "验证码", "逮捕", "支付宝以外"):
        assert text in result.out, text
    doc = json.loads(run("verify", "--json").out)
    assert set(doc) == {"ask", "confirm", "scam_signs", "channel", "rights"}
    assert len(doc["ask"]) == 3 and len(doc["scam_signs"]) == 5 and doc["channel"]["id"] == "95188"
    assert {"id", "text", "basis", "source"} <= set(doc["scam_signs"][0])
    assert "staff number" in run("verify", "--lang", "en").out


def test_verify_csv_is_one_table(run):
    lines = run("verify", "--format", "csv", "--lang", "en").out.splitlines()
    assert lines[0] == "Section,#,What,Sources" and len(lines) == 1 + 3 + 3 + 5


def test_overview_lists_the_new_commands(run):
    out = run().out
    for name in ("channels", "complain", "verify", "letter", "playbook"):
        assert f"  {name}" in out


CRIME_ZH = "有能力执行而拒不执行法院判决、裁定（例如隐藏、转移财产），情节严重的，构成拒不执行判决、裁定罪"
CRIME_EN = "Refusing to perform a court judgment or ruling while able to (for example by hiding or moving assets) is a crime"
NOT_CRIME = ("确实没有能力还款不构成此罪。", "Being unable to pay is not this crime.")


@pytest.mark.parametrize("args", [("status", "--days", "200"), ("verify",), ("playbook", "job-loss"),
                                  ("playbook", "illness"), ("complain", "--problem", "threat")])
def test_refusing_a_judgment_while_able_to_pay_is_stated_with_article_313(run, args):
    """《刑法》第313条 wherever enforcement is described, in both languages, with 'unable to pay is not'."""
    zh, en = run(*args).out, run(*args, "--lang", "en").out
    assert CRIME_ZH in zh and NOT_CRIME[0] in zh and "《刑法》第313条" in zh
    assert CRIME_EN in en and NOT_CRIME[1] in en and "Criminal Law (《刑法》) Art. 313" in en
    fact = next(f for f in json.loads(run(*args, "--json").out)["rights"] if f["id"] == "refuse-judgment-crime")
    assert (fact["basis"], fact["source"]["id"], fact["source"]["pin"], fact["source"]["url"]) == (
        "statute", "criminal-law", "第313条", "https://flk.npc.gov.cn")


def test_forged_documents_have_one_basis_in_complain_and_calls_check(run):
    """The same problem is one fact: `complain` and the evidence log's rule cite the same basis and source."""
    complaint = json.loads(run("complain", "--problem", "forged-document", "--json").out)
    from huabei_assist.knowledge.base import Knowledge

    rule = next(r for r in Knowledge().collection_rules.rules if r.id == "forged-document")
    assert (complaint["basis"], complaint["source"]["id"]) == (rule.basis, rule.source) == (
        "regulator", "consumer-finance-measures")


def test_collection_problems_have_one_basis_in_complain_and_calls_check(run):
    """Each problem that is also a rule of `calls check` cites the same basis and source in both."""
    from huabei_assist.knowledge.base import Knowledge

    rules = {r.id: r for r in Knowledge().collection_rules.rules}
    for problem, basis in (("third-party", "industry"), ("threat", "regulator"), ("insult", "regulator")):
        complaint = json.loads(run("complain", "--problem", problem, "--json").out)
        assert (complaint["basis"], complaint["source"]["id"]) == (rules[problem].basis, rules[problem].source), problem
        assert complaint["basis"] == basis
    # The regulator's ban on collecting from unrelated third parties stays listed, with its own basis.
    rights = json.loads(run("complain", "--problem", "third-party", "--json").out)["rights"]
    assert ("no-harassment", "regulator") in {(r["id"], r["basis"]) for r in rights}


def test_one_english_name_for_major_life_event_assistance():
    """Every English text that names 重大变故援助 calls it the same: major life event assistance."""
    import re
    from pathlib import Path

    data = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "data").glob("*.toml"))
    english = [m for m in re.findall(r'en = "((?:[^"\\]|\\.)*)"', data) if "重大变故援助" in m]
    assert len(english) == 3 and all("major life event assistance" in text for text in english)


def test_complaint_deadlines_are_15_days_30_if_complex_60_at_most(run):
    """Where a complaint deadline is stated: the institution decides within 15 days, 30 if complex, 60 at most."""
    doc = json.loads(run("complain", "--problem", "threat", "--json", "--lang", "en").out)
    replies = {c["id"]: c["reply"] for c in doc["channels"]}
    assert replies["95188"] == ("95188's own reply time was not verified; for how long Huabei's lender (a "
                                "consumer-finance company) has to decide on a complaint, see the 12378 note")
    assert replies["12378"].startswith("the institution decides first, within 15 days, 30 if complex, 60 at most")
    note = next(n for c in doc["channels"] for n in c["notes"] if n["id"] == "12378-institution-deadline")
    assert (note["basis"], note["source"]["id"]) == ("regulator", "complaint-measures")
    rules = {c["id"]: c["reply_rule"] for c in doc["channels"]}
    assert rules == {"110": None, "12378": note, "95188": note, "nifa": None}  # 95188's reply cites the regulator's fact
    zh = run("complain", "--problem", "threat").out
    assert "须在收到投诉之日起15日内作出处理决定，情况复杂的可延长至30日" in zh and "15个工作日内" not in zh
    assert "收到投诉之日起15日内作出决定，复杂的30日，最长60日" in run("letter", "complaint").out
