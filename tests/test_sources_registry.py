"""The registry of documents (data/sources.toml) and the checks that tie every fact to it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import edit_text


@pytest.mark.parametrize("file, old, new, line", [
    ("stages.toml", 'source = "pipl"\npin = "第44条"', 'source = "pipl-law"\npin = "第44条"',
     "数据文件 stages.toml 有误：条目 stages[2].actions[1]，字段 source：no source 'pipl-law' in sources.toml。"),
    ("sources.toml", 'id = "civil-code"', 'id = "pipl"',
     "数据文件 sources.toml 有误：条目 sources[1]，字段 id：duplicate id 'pipl'。"),
    ("sources.toml", 'title = { zh = "《中华人民共和国民法典》", en = "Civil Code of the People\'s Republic of China" }\n', "",
     "数据文件 sources.toml 有误：条目 sources[1]，字段 title：required field is missing。"),
    ("sources.toml", 'title = { zh = "《中华人民共和国民法典》", en = "Civil Code of the People\'s Republic of China" }',
     'title = { zh = "", en = "Civil Code" }',
     "数据文件 sources.toml 有误：条目 sources[1]，字段 title：a title in zh and en is required。"),
    ("stages.toml", 'source = "pipl"\npin = "第44条"\n', 'source = "pipl"\n',
     "数据文件 stages.toml 有误：条目 stages[2].actions[1]，字段 pin：a statute fact names the article it rests on, "
     "e.g. pin = \"第25条\"。"),
    ("rights.toml", 'source = "criminal-law"\npin = "第313条"', 'source = "pipl"\npin = "第313条"',
     "数据文件 sources.toml 有误：条目 sources[3]，字段 id：'criminal-law' is cited by no fact。"),
])
def test_a_broken_registry_is_one_line_naming_file_entry_and_field(run, data_copy, file, old, new, line):
    edit_text(data_copy / file, old, new)
    result = run("status", "--days", "45")
    assert (result.code, result.out) == (1, "")
    assert result.err.splitlines() == [line.removesuffix("。") + "。请修正该文件或重新安装 huabei。"]


def test_a_statute_fact_of_a_document_whose_articles_were_not_verified_needs_no_pin(run):
    doc = json.loads(run("complain", "--problem", "threat", "--json").out)
    assert doc["source"]["id"] == "consumer-finance-measures" and doc["source"]["pin"] is None


def test_every_fact_in_status_json_has_a_source_object_with_a_title_and_a_kind(run):
    doc = json.loads(run("status", "--days", "45", "--json").out)
    facts = [doc["stage"], *doc["happens"], *doc["actions"], *doc["rights"], *doc["thresholds"]]
    assert len(facts) > 10
    for fact in facts:
        assert set(fact["source"]) >= {"id", "title", "issuer", "number", "date", "url", "pin", "kind"}
        assert fact["source"]["title"] and fact["source"]["kind"]
    pipl = next(f for f in doc["actions"] if f["id"] == "s2-minimal-info")["source"]
    assert {k: pipl[k] for k in ("id", "title", "number", "date", "url", "pin", "kind")} == {
        "id": "pipl", "title": "《中华人民共和国个人信息保护法》", "number": "中华人民共和国主席令第九十一号",
        "date": "2021-08-20", "url": "https://flk.npc.gov.cn", "pin": "第44条", "kind": "law"}


def test_english_titles_keep_the_chinese_title_beside_them(run):
    out = run("status", "--days", "45", "--lang", "en").out
    assert "Personal Information Protection Law (《个人信息保护法》) Art. 44" in out  # the citation form
    assert "web article A complete guide to Huabei overdue collection calls (《花呗逾期本地电话催收全攻略》) section 2.3" in out
    assert "NFRA consumer complaint hotline 12378" in out and "(国家金融监督管理总局" not in out  # a service: English only
    doc = __import__("json").loads(run("sources", "pipl", "--json", "--lang", "en").out)
    assert (doc["title"], doc["title_zh"], doc["short_title"]) == (
        "Personal Information Protection Law of the People's Republic of China", "《中华人民共和国个人信息保护法》",
        "Personal Information Protection Law")


def test_a_fact_citing_a_law_or_a_state_council_regulation_is_statute(run):
    """docs/data.md: `statute` is a law, regulation or court rule; a State Council regulation (行政法规,
    《征信业管理条例》) is one. The 12363 channel cited its 第26条 as `regulator` while the same article
    was `statute` in credit.toml: one document, one basis."""
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.knowledge.books import BOOKS
    from huabei_assist.knowledge.citations import cited

    kb = Knowledge()
    statutes = {s.id for s in kb.sources.sources if s.kind == "law" or (s.kind == "regulation" and s.issuer.zh == "国务院")}
    assert "credit-regulation" in statutes
    facts = [(name, entry, fact) for name in BOOKS for entry, fact in cited(getattr(kb, name)) if fact.source in statutes]
    assert len(facts) >= 30
    assert [(name, entry, fact.basis) for name, entry, fact in facts if fact.basis != "statute"] == []
    channel = json.loads(run("channels", "12363", "--json").out)
    assert (channel["basis"], channel["source"]["id"], channel["source"]["pin"]) == ("statute", "credit-regulation", "第26条")
    for lang, line in (("zh", "[1] 《征信业管理条例》第26条（法规）"),
                       ("en", "[1] Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》) "
                              "Art. 26 (statute)")):
        lines = run("channels", "12363", "--lang", lang).out.splitlines()
        assert lines[lines.index("来源" if lang == "zh" else "Sources") + 2] == line
