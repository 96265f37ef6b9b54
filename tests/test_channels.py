"""The channels domain: the data's facts, problem -> channels, the search, suggestions, data checks."""


import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huabei_assist import channels
from huabei_assist.errors import DataFileError, HuabeiError
from huabei_assist.knowledge.channels_schema import CHANNEL_IDS
from tests.conftest import REPO, edit_text

LEAD_PROBLEMS = ("off-hours", "threat", "insult", "third-party", "forged-document", "fake-collector",
                 "credit-error", "data-leak", "identity-theft", "harassing-calls", "negotiation", "dishonest-list")


def test_the_eight_channels_with_the_fixed_ids():
    assert tuple(c.id for c in channels.all_channels()) == ("95188", "12378", "12363", "nifa", "12321", "110",
                                                             "heimao", "court")
    assert set(CHANNEL_IDS) == {c.id for c in channels.all_channels()}


def test_corrected_facts_about_channels():
    nfra = channels.channel("12378")
    assert "国家金融监督管理总局" in nfra.name.zh and "银保监会" not in nfra.name.zh
    assert "银保监会" in nfra.seed_claim.zh and "2023" in nfra.handles.zh  # the seed's name, shown as not holding
    assert nfra.reply.zh.startswith("先由被投诉机构处理：15日内作出决定") and nfra.basis == "regulator"
    deadline = next(n for n in nfra.notes if n.id == "12378-institution-deadline")
    assert (deadline.source, deadline.basis, deadline.pin) == ("complaint-measures", "regulator", None)
    assert "15日内" in deadline.text.zh and "60日" in deadline.text.zh
    heimao = channels.channel("heimao")
    assert "新浪" in heimao.name.zh and "不是监管机构" in heimao.handles.zh and heimao.basis == "reported"
    assert "not a regulator" in channels.channel("nifa").handles.en
    [rate] = channels.channel("95188").notes
    assert "82%" in rate.text.zh and "未经证实" in rate.text.zh and rate.basis == "reported"
    assert channels.channel("nifa").contact("en") == "jubao.nifa.org.cn"
    assert channels.channel("court").reply.zh == "纠正申请：15日内审查"


def test_every_problem_maps_to_existing_channels():
    assert set(LEAD_PROBLEMS) <= set(channels.problem_ids())
    for problem in channels.problem_ids():
        found = channels.channels_for(problem)
        assert found and all(c.id in CHANNEL_IDS for c in found), problem
        advice = channels.advice(problem)
        assert advice.complaint.evidence.zh and len(advice.complaint.evidence.zh) == len(advice.complaint.evidence.en)


def test_ranking_for_some_problems():
    assert [c.id for c in channels.channels_for("off-hours")] == ["95188", "12378", "nifa", "12321"]
    assert [c.id for c in channels.channels_for("threat")][0] == "110"
    assert [c.id for c in channels.channels_for("credit-error")] == ["95188", "12363"]
    assert [c.id for c in channels.channels_for("dishonest-list")] == ["court"]


def test_advice_carries_rules_and_letters():
    advice = channels.advice("credit-error")
    objection = next(f for f in advice.rights if f.id == "credit-objection")
    assert "20日" in objection.text.zh and "15个工作日" in objection.seed_claim.zh  # the seed's figure, marked
    assert [letter.id for letter in advice.letters] == ["objection"]
    assert [letter.id for letter in channels.advice("third-party").letters] == ["stop-third-party", "complaint"]


def test_problem_ids_are_case_and_space_tolerant():
    assert channels.complaint(" Off-Hours ").id == "off-hours"


def test_unknown_problem_suggests_close_ids():
    with pytest.raises(HuabeiError) as caught:
        channels.advice("offhours")
    assert caught.value.key == "channels.unknown_problem_close"
    assert caught.value.params["close"] == ("off-hours（时段外）", "off-hours (时段外)")  # zh, en
    with pytest.raises(HuabeiError) as caught:
        channels.advice("zzzz")
    assert caught.value.key == "channels.unknown_problem" and caught.value.exit_code == 2


def test_unknown_channel_suggests_close_ids():
    with pytest.raises(HuabeiError) as caught:
        channels.channel("1237")
    assert caught.value.key == "channels.unknown_channel_close" and "12378（金融监管总局）" in caught.value.params["close"].zh


@pytest.mark.parametrize("words, expected", [
    ("骚扰", ["off-hours", "harassing-calls"]),
    ("半夜打电话骚扰", ["off-hours", "harassing-calls"]),  # 半夜 + 骚扰 ranks off-hours first
    ("他们打电话给我妈妈和同事", ["third-party"]),
    ("harassment", ["harassing-calls", "off-hours"]),
    ("fake lawyer letter", ["forged-document", "fake-collector"]),
    ("征信 异议", ["credit-error"]),
    ("失信", ["dishonest-list"]),
])
def test_search(words, expected):
    assert [h.complaint.id for h in channels.search(words)][:len(expected)] == expected


def test_search_no_hit_and_close_words():
    with pytest.raises(HuabeiError) as caught:
        channels.search("xyzzy")
    assert caught.value.key == "channels.search_no_hit"
    with pytest.raises(HuabeiError) as caught:
        channels.search("骚绕")  # a typo of 骚扰
    assert caught.value.key == "channels.search_no_hit_close" and "骚扰" in caught.value.params["close"]
    with pytest.raises(HuabeiError) as caught:
        channels.search(" ,。 ")
    assert caught.value.key == "channels.search_empty"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_search_never_crashes_and_every_hit_is_explained(words):
    try:
        hits = channels.search(words)
    except HuabeiError as exc:
        assert exc.key.startswith("channels.search_")
        return
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    tokens = [w for w in re.split(channels._SPLIT, words.strip().lower()) if w]
    assert all(1 <= h.strength <= 2 * len(tokens) for h in hits)
    for hit in hits:
        keywords = {hit.complaint.id, *hit.complaint.keywords_zh, *hit.complaint.keywords_en}
        assert hit.matched and set(hit.matched) <= keywords


def test_caller_check_has_what_the_issue_asks():
    check = channels.caller_check()
    asked = "".join(f.text.zh for f in check.ask)
    for word in ("工号", "公司的全称", "授权委托书编号"):
        assert word in asked
    assert any("95188" in f.text.zh for f in check.confirm)
    signs = "".join(f.text.zh for f in check.scam_signs)
    for word in ("个人账户", "验证码", "逮捕", "支付宝以外"):
        assert word in signs
    arrest = next(f for f in check.scam_signs if f.id == "scam-arrest")
    assert arrest.basis == "statute" and (arrest.source, arrest.pin) == ("civil-procedure", "第114、118条") and "15日" in arrest.text.zh


@pytest.mark.parametrize("old, new, field", [
    ('channels = ["95188", "12378", "nifa", "12321"]', 'channels = ["95188", "12345"]', "channels"),
    ('id = "heimao"', 'id = "weibo"', "id"),
    ('rights = ["guideline-hours", "call-hours", "no-harassment"]', 'rights = ["guideline-hours", "no-such-right", "no-harassment"]', "rights[1]"),
])
def test_broken_channel_data_is_reported(data_copy, old, new, field):
    edit_text(data_copy / "channels.toml", old, new)
    with pytest.raises(DataFileError) as caught:
        channels.advice("off-hours")
    assert caught.value.params["file"] == "channels.toml" and caught.value.params["field"] == field


def test_unknown_key_in_channel_data_is_rejected(data_copy):
    edit_text(data_copy / "channels.toml", 'id = "12363"', 'id = "12363"\nphone = "x"')
    with pytest.raises(DataFileError) as caught:
        channels.all_channels()
    assert caught.value.params["reason"] == "unknown field"
