"""Complaint deadlines (issue 12 item 2): 15, 30 and 60 days held once in data/channels.toml, filled
into every text that states them, and counted from `complain --filed DATE` through deadlines.py."""

import json

import pytest

from huabei_assist.render.width import cell_width, pad
from tests.conftest import edit_text

MOVED_ZH = "；该日是法定休假日，若按《民法典》第203条顺延，为{moved}（是否适用于此期限尚无定论）"
MOVED_EN = "; a statutory rest day: {moved} if Civil Code (《民法典》) Art. 203 moves it (whether it applies to this deadline is not settled)"


def test_the_three_figures_live_once_in_data():
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.knowledge.figures import Figures

    kb = Knowledge()
    assert tuple(kb.channels.complaint_deadlines) == (15, 30, 60, "12378-institution-deadline")
    figures = Figures(kb)
    assert [figures[n] for n in ("complaint_days", "complaint_complex_days", "complaint_longest_days")] == ["15", "30", "60"]


def test_replies_notes_and_the_letter_state_them_filled(run):
    zh = json.loads(run("channels", "--json").out)["channels"]
    # 95188's entry (basis platform) states no deadline: its reply points to the regulator's fact
    assert zh[0]["reply"] == "95188自己的答复时限未核实；花呗的经营机构（消费金融公司）处理投诉的期限见12378的备注"
    assert zh[0]["reply_rule"] == zh[1]["reply_rule"] == zh[1]["notes"][0]
    assert zh[1]["reply"] == "先由被投诉机构处理：15日内作出决定，复杂的30日，最长60日（见备注）；12378本身的答复时限未核实"
    note = zh[1]["notes"][0]
    assert (note["id"], note["basis"], note["source"]["id"]) == ("12378-institution-deadline", "regulator", "complaint-measures")
    assert note["text"].startswith("银行、保险机构和消费金融公司须在收到投诉之日起15日内作出处理决定，情况复杂的可延长至30日")
    assert "（最长60日）" in note["text"] and "“15个工作日”" in note["text"]
    en = json.loads(run("channels", "12378", "--json", "--lang", "en").out)
    assert en["reply"] == "the institution decides first, within 15 days, 30 if complex, 60 at most (see the note); 12378's own reply time was not verified"
    send = json.loads(run("letter", "complaint", "--json").out)["send"]
    assert "被投诉机构应在收到投诉之日起15日内作出决定，复杂的30日，最长60日（《银行业保险业消费投诉处理管理办法》）" in send
    assert "within 15 days of receiving the complaint, 30 if complex, 60 at most" in json.loads(
        run("letter", "complaint", "--json", "--lang", "en").out)["send"]
    for args in (("channels",), ("channels", "--lang", "en"), ("complain", "--problem", "threat"), ("letter", "complaint")):
        assert "{complaint" not in run(*args).out, args


def test_an_edited_figure_reaches_every_text_and_date(run, run_process, data_copy):
    edit_text(data_copy / "channels.toml", "decide = 15", "decide = 10")
    assert json.loads(run("channels", "95188", "--json").out)["reply_rule"]["text"].startswith("银行、保险机构和消费金融公司须在收到投诉之日起10日内")
    note = json.loads(run("channels", "12378", "--json").out)["notes"][0]["text"]
    assert "收到投诉之日起10日内" in note and "“10个工作日”" in note
    assert "收到投诉之日起10日内作出决定" in json.loads(run("letter", "complaint", "--json").out)["send"]
    doc = json.loads(run("complain", "--filed", "2026-09-20", "--json").out)["complaint_deadlines"]
    assert (doc["decide"]["days"], doc["decide"]["date"], doc["decide"]["moved_to"]) == (10, "2026-09-30", None)
    assert "(10 days, 30 if complex, 60 at most)" in " ".join(run_process("complain", "--help", "--lang", "en").out.split())


def test_a_broken_table_is_a_data_error(run, data_copy):
    edit_text(data_copy / "channels.toml", "complex = 30", "complex = 10")
    result = run("channels")
    assert result.code == 1 and "channels.toml" in result.err and "decide <= complex <= longest" in result.err


LABELS = {
    "zh": ("投诉的处理时限", "投诉日期（视为机构收到之日，当日不计入）", "作出决定（15日）", "情况复杂的（30日）", "最长（60日）"),
    "en": ("Complaint deadlines", "Filed (taken as the day received, not counted)", "Decision due (15 days)",
           "If complex (30 days)", "At most (60 days)"),
}


@pytest.mark.parametrize("lang, moved", [("zh", MOVED_ZH), ("en", MOVED_EN)])
def test_filed_on_2026_09_20_the_decision_day_falls_in_national_day(run, lang, moved):
    """+15 = 2026-10-05, in the National Day holiday (10-01 to 10-07): moved to 10-08, labelled."""
    out = run("complain", "--problem", "off-hours", "--filed", "2026-09-20", "--lang", lang).out.splitlines()
    title, *labels = LABELS[lang]
    at = out.index(title)
    values = ["2026-09-20", "2026-10-05" + moved.format(moved="2026-10-08") + " [2]", "2026-10-20 [2]", "2026-11-19 [2]"]
    width = max(cell_width(label) for label in labels)  # the label column: the widest label, 2 cells apart
    assert out[at + 2:at + 6] == [f"{pad(label, width)}  {value}" for label, value in zip(labels, values)]


def test_the_rule_is_cited_under_the_page(run):
    assert "[2] 《银行业保险业消费投诉处理管理办法》（条款号未核实）（监管/法院文件）" in run(
        "complain", "--problem", "off-hours", "--filed", "2026-09-20").out.splitlines()


def test_filed_json_carries_iso_dates(run):
    result = run("complain", "--problem", "off-hours", "--filed", "2026-09-20", "--json", "--lang", "en")
    assert result.code == 0 and result.err == ""
    doc = json.loads(result.out)["complaint_deadlines"]
    assert doc["filed"] == "2026-09-20"
    assert {k: doc["decide"][k] for k in ("days", "date", "moved_to", "calendar_known")} == {
        "days": 15, "date": "2026-10-05", "moved_to": "2026-10-08", "calendar_known": True}
    assert (doc["decide"]["moved_by"]["id"], doc["decide"]["moved_by"]["pin"]) == ("civil-code", "第203条")
    assert doc["complex"] == {"days": 30, "date": "2026-10-20", "moved_to": None, "calendar_known": True}
    assert doc["longest"] == {"days": 60, "date": "2026-11-19", "moved_to": None, "calendar_known": True}
    assert (doc["rule"]["id"], doc["rule"]["basis"], doc["rule"]["source"]["id"]) == (
        "12378-institution-deadline", "regulator", "complaint-measures")


@pytest.mark.parametrize("filed, expected", [
    # 2026-09-25 is the Mid-Autumn Festival (a Friday): moved to Monday 09-28; 2026-10-10 is a Saturday
    # that is a swapped working day: not moved
    ("2026-09-10", {"decide": ("2026-09-25", "2026-09-28", True), "complex": ("2026-10-10", None, True),
                    "longest": ("2026-11-09", None, True)}),
    # a Saturday (01-31) and the Spring Festival holiday (02-15, a Sunday, holiday to 02-23)
    ("2026-01-16", {"decide": ("2026-01-31", "2026-02-02", True), "complex": ("2026-02-15", "2026-02-24", True),
                    "longest": ("2026-03-17", None, True)}),
    # past the holiday data (2026): 2027-01-30 is a Saturday, counted as weekends only
    ("2026-12-01", {"decide": ("2026-12-16", None, True), "complex": ("2026-12-31", None, True),
                    "longest": ("2027-01-30", "2027-02-01", False)}),
])
def test_rest_days_swapped_working_days_and_the_end_of_the_calendar(run, filed, expected):
    doc = json.loads(run("complain", "--filed", filed, "--json").out)["complaint_deadlines"]
    assert {name: (doc[name]["date"], doc[name]["moved_to"], doc[name]["calendar_known"]) for name in expected} == expected


def test_past_the_holiday_data_the_output_says_so(run):
    en = run("complain", "--filed", "2026-12-01", "--lang", "en").out
    assert ("At most (60 days)                               2027-01-30" + MOVED_EN.format(moved="2027-02-01")
            + " (holiday data ends with 2026; after it, only weekends are counted as rest days) [1]") in en.splitlines()


def test_filed_with_search_words_and_alone(run):
    zh = run("complain", "骚扰", "--filed", "2026-09-20").out.splitlines()
    assert zh[3] == "投诉的处理时限" and "情况复杂的（30日）                        2026-10-20 [1]" in zh
    doc = json.loads(run("complain", "骚扰", "--filed", "2026-09-20", "--json").out)
    assert doc["complaint_deadlines"]["complex"]["date"] == "2026-10-20" and doc["matches"][0]["problem"] == "off-hours"
    alone = json.loads(run("complain", "--filed", "2026/9/20", "--json").out)
    assert alone["complaint_deadlines"]["longest"]["date"] == "2026-11-19" and len(alone["problems"]) == 12


def test_without_filed_the_figures_and_a_hint(run):
    doc = json.loads(run("complain", "--problem", "threat", "--json").out)
    assert doc["complaint_deadlines"] is None
    assert json.loads(run("complain", "--json").out)["complaint_deadlines"] is None
    out = run("complain", "--problem", "off-hours", "--lang", "en").out
    assert "Complaint deadlines" not in out
    assert "* Add --filed DATE (the day you filed the complaint) to get the dates the institution must decide by." in out
    assert ("* National Financial Regulatory Administration (NFRA) consumer hotline 12378: A bank, insurer or "
            "consumer-finance company must decide on a complaint within 15 days of receiving it, 30 if it is complex, "
            "and with approval longer if especially complex (60 at most). These are calendar days: the "
            "often-repeated \"15 working days\" is not right. [3]") in out.splitlines()


@pytest.mark.parametrize("args, line", [
    (("complain", "--filed", "2026-13-01"), "--filed 的日期无法识别：'2026-13-01'。"),
    (("complain", "--filed", "soon", "--lang", "en"), "Cannot read the date 'soon' given to --filed."),
    (("complain", "--problem", "threat", "--filed"), "--filed 后面需要一个值。"),
])
def test_a_bad_filing_date_is_one_line_and_exit_2(run, args, line):
    result = run(*args)
    assert result.code == 2 and result.out == "" and result.err.count("\n") == 1
    assert result.err.startswith(line), result.err
