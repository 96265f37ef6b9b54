"""`huabei letter`: the letters hold the facts given, leave no required field blank, and are written safely."""

import json
import os
import stat
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huabei_assist.errors import InputError
from huabei_assist.letters import FIELD_BLANKS, fill, letter_ids
from tests.conftest import edit_text

KINDS = ("hardship", "objection", "complaint", "stop-third-party")
TODAY = date(2026, 11, 29)


def test_the_four_letters_exist():
    assert letter_ids() == KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_letter_holds_the_facts_given_and_no_unfilled_required_field(kind):
    letter = fill(kind, today=TODAY, name="张三", amount=Decimal("3000"))
    assert letter.text.count("张三") == 2  # the header and the signature
    assert "人民币3,000.00元" in letter.text and "2026年11月29日" in letter.text
    assert FIELD_BLANKS["name"] not in letter.text and FIELD_BLANKS["amount"] not in letter.text
    assert "{" not in letter.text and "}" not in letter.text
    assert "姓名" not in letter.blanks and "欠款金额" not in letter.blanks
    assert letter.blanks and "身份证号" in letter.blanks  # what the tool cannot know stays marked
    for blank in letter.blanks:
        assert f"【请填写:{blank}】" in letter.text


@pytest.mark.parametrize("kind", KINDS)
def test_missing_facts_stay_marked_blanks(kind):
    letter = fill(kind, today=TODAY)
    assert FIELD_BLANKS["name"] in letter.text and FIELD_BLANKS["amount"] in letter.text
    assert letter.blanks[:1] != () and "姓名" in letter.blanks and "欠款金额" in letter.blanks


def test_amount_is_rounded_half_up_to_the_fen():
    assert "人民币1,234.57元" in fill("hardship", today=TODAY, amount=Decimal("1234.565")).text
    assert fill("hardship", today=TODAY, amount=Decimal("1234.565")).amount == Decimal("1234.57")


def test_letters_state_the_correct_rules():
    objection = fill("objection", today=TODAY).text
    assert "第二十五条" in objection and "20日内" in objection and "15个工作日" not in objection
    for kind in KINDS:
        text = fill(kind, today=TODAY).text
        assert "银保监会" not in text and "第70条" not in text and "免息" not in text
    assert "国家金融监督管理总局（12378）" in fill("stop-third-party", today=TODAY).text
    assert "第二十三条" in fill("complaint", today=TODAY).text


@settings(max_examples=60, deadline=None)
@given(name=st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=20),
       amount=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000000"), places=2))
def test_any_name_and_amount_are_filled_in(name, amount):
    from huabei_assist.money import display

    letter = fill("complaint", today=TODAY, name=name, amount=amount)
    assert f"投诉人：{name}\n" in letter.text and f"人民币{display(amount)}元" in letter.text
    assert "姓名" not in letter.blanks and "欠款金额" not in letter.blanks


@pytest.mark.parametrize("name", ["", "   ", "a\nb", "{x}", "【请填写:x】", "x" * 41])
def test_bad_names_are_refused(name):
    with pytest.raises(InputError) as caught:
        fill("hardship", today=TODAY, name=name)
    assert caught.value.key == "letter.bad_name"


def test_command_shows_the_letter_and_the_blanks(run):
    result = run("letter", "hardship", "--name", "李四", "--amount", "1,200.5", "--today", "2026-11-29")
    assert result.code == 0 and result.err == ""
    assert "# 协商还款申请书" in result.out and "人民币1,200.50元" in result.out and "李四" in result.out
    assert "还需要你亲手填写" in result.out and "* 身份证号" in result.out


def test_command_json(run):
    doc = json.loads(run("letter", "objection", "--name", "王五", "--amount", "88", "--today", "2026-02-03",
                         "--json").out)
    assert doc["letter"] == "objection" and doc["title"] == "征信异议申请书" and doc["language"] == "zh"
    assert doc["filled"] == {"name": "王五", "amount": "88.00", "date": "2026-02-03"}
    assert doc["out"] is None and "2026年2月3日" in doc["text"] and doc["channels"] == ["95188", "12363"]
    assert doc["basis"] == "statute" and "身份证号" in doc["blanks"] and "姓名" not in doc["blanks"]


def test_english_changes_only_the_surrounding_messages(run):
    result = run("letter", "stop-third-party", "--lang", "en", "--today", "2026-11-29")
    assert "# 要求停止联系第三人函" in result.out  # the letter stays Chinese
    assert "The letter itself is in Chinese" in result.out and "Still to fill in by hand" in result.out


def test_out_writes_the_file_0600_and_refuses_to_overwrite(run, tmp_path):
    target = tmp_path / "letter.md"
    result = run("letter", "complaint", "--name", "张三", "--amount", "3000", "--today", "2026-11-29",
                 "--out", str(target), "--json")
    assert result.code == 0
    doc = json.loads(result.out)
    assert target.read_text(encoding="utf-8") == doc["text"] and doc["out"] == str(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "# 投诉书" not in run("letter", "complaint", "--out", str(tmp_path / "b.md")).out  # not echoed

    target.write_text("my own edits", encoding="utf-8")
    again = run("letter", "complaint", "--out", str(target))
    assert again.code == 1 and "已存在" in again.err and again.err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "my own edits"
    forced = run("letter", "complaint", "--out", str(target), "--force")
    assert forced.code == 0 and target.read_text(encoding="utf-8").startswith("# 投诉书")


@pytest.mark.parametrize("args, code, start", [
    (("letter", "hardshp"), 2, "没有 'hardshp' 这种信件。你是不是要找：hardship（协商）？"),
    (("letter",), 2, "缺少"),
    (("letter", "hardship", "--amount", "abc"), 2, "--amount 需要一个金额"),
    (("letter", "hardship", "--amount", "-5"), 2, "--amount 必须大于 0，收到 -5"),
    (("letter", "hardship", "--today", "2026-13-45"), 2, "--today 的日期无法识别"),
    (("letter", "hardship", "--name", ""), 2, "--name 须为1到40个字符"),
])
def test_bad_input_is_one_line(run, args, code, start):
    result = run(*args)
    assert result.code == code and result.err.startswith(start) and result.err.count("\n") == 1


def test_out_into_a_directory_or_missing_folder(run, tmp_path):
    assert run("letter", "hardship", "--out", str(tmp_path)).code == 1
    missing = run("letter", "hardship", "--out", str(tmp_path / "no" / "such.md"))
    assert missing.code == 1 and missing.err.startswith("无法写入")


def test_no_traceback_in_a_real_process(run_process):
    result = run_process("letter", "nope", "--lang", "en")
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.startswith("There is no letter 'nope'.")


@pytest.mark.parametrize("lang, send, notes", [
    ("zh", "如何提交  先向95188投诉并记下投诉编号和日期：被投诉机构应在收到投诉之日起15日内作出决定，复杂的30日，"
           "最长60日（《银行业保险业消费投诉处理管理办法》）；未解决的，向国家金融监督管理总局（12378）和"
           "中国互联网金融协会举报平台（jubao.nifa.org.cn）提交。 [2]",
     ["[1] 《消费金融公司管理办法》（条款号未核实）（监管/法院文件）",
      "[2] 《银行业保险业消费投诉处理管理办法》（条款号未核实）（监管/法院文件）"]),
    ("en", "How to send it  Complain to 95188 first and note the reference number and the date: the institution "
           "must decide within 15 days of receiving the complaint, 30 if complex, 60 at most (Measures for the "
           "Handling of Banking and Insurance Consumer Complaints); if unresolved, file with the NFRA (12378) and "
           "the NIFA report platform (jubao.nifa.org.cn). [2]",
     ["[1] Measures for the Administration of Consumer Finance Companies (《消费金融公司管理办法》) "
      "(article not verified) (regulator / court)",
      "[2] Measures for the Handling of Banking and Insurance Consumer Complaints (《银行业保险业消费投诉处理管理办法》) "
      "(article not verified) (regulator / court)"]),
])
def test_the_complaint_letters_sending_advice_cites_the_document_it_states(run, lang, send, notes):
    """The advice states the complaint deadlines of 《银行业保险业消费投诉处理管理办法》: it cites that
    document (the 12378 note's), and the purpose the collection rule the letter relies on."""
    result = run("letter", "complaint", "--today", "2026-11-29", "--lang", lang)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert send in lines and lines[lines.index(send) - 1].endswith(" [1]")
    sources = lines.index("来源" if lang == "zh" else "Sources")
    assert lines[sources + 2:] == notes
    doc = json.loads(run("letter", "complaint", "--today", "2026-11-29", "--lang", lang, "--json").out)
    assert doc["source"]["id"] == "consumer-finance-measures"
    assert (doc["send_source"]["id"], doc["send_source"]["basis"]) == ("complaint-measures", "regulator")
    assert json.loads(run("letter", "hardship", "--json").out)["send_source"] is None


def test_the_sending_advices_source_is_checked_against_the_registry(run, data_copy):
    edit_text(data_copy / "letters.toml", 'source = "complaint-measures"', 'source = "complaint-rules"')
    result = run("letter", "complaint")
    assert result.code == 1 and result.err.startswith(
        "数据文件 letters.toml 有误：条目 letters[2].send_cites，字段 source：no source 'complaint-rules' in sources.toml。")


def test_the_guides_appendix_puts_each_source_under_the_text_citing_it(run, tmp_path):
    out = tmp_path / "guide.md"
    assert run("guide", "--problems", "threat", "--days", "45", "--out", str(out)).code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    start = lines.index("# 附录 1：投诉书") + 2
    assert lines[start + 1] == "- 《消费金融公司管理办法》（条款号未核实）"
    assert lines[start + 2].startswith("- 先向95188投诉") and "最长60日" in lines[start + 2]
    assert lines[start + 3] == "- 《银行业保险业消费投诉处理管理办法》（条款号未核实）"
