"""`huabei sources`: the registry listed, filtered, searched, one entry; and no output names FACTS.md."""

from __future__ import annotations

import json

import pytest

from tests.test_output import _all_command_paths


def test_list_has_every_entry_with_its_columns(run):
    result = run("sources")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[:2] == ["来源", "===="]
    assert lines[3].split() == ["编号", "标题", "发布者", "日期", "类别", "网址"]
    pipl = next(line for line in lines if line.startswith("pipl "))
    assert pipl.split() == ["pipl", "《中华人民共和国个人信息保护法》", "全国人民代表大会常务委员会", "2021-08-20", "法律",
                            "https://flk.npc.gov.cn"]
    doc = json.loads(run("sources", "--json").out)
    assert len(doc) == len([line for line in lines[5:] if line.strip()])
    assert doc[-1]["id"] == "seed-article" and doc[-1]["kind"] == "web_article" and doc[-1]["date"] is None


def test_kind_filter(run):
    doc = json.loads(run("sources", "--kind", "law", "--json").out)
    assert [s["id"] for s in doc] == ["pipl", "civil-code", "civil-procedure", "criminal-law"]
    doc = json.loads(run("sources", "--kind", "industry_guideline", "--json", "--lang", "en").out)
    assert [(s["id"], s["issuer"], s["date"]) for s in doc] == [
        ("cba-collection-guideline-2026", "China Banking Association", "2026-01-30")]


def test_a_word_searches_titles_in_both_languages(run):
    assert [s["id"] for s in json.loads(run("sources", "征信", "--json").out)] == ["credit-regulation", "pbccrc"]
    assert [s["id"] for s in json.loads(run("sources", "supreme", "--json").out)] == [
        "spc-finance-opinions-2017", "spc-dishonest-list"]
    assert [s["id"] for s in json.loads(run("sources", "法院", "--kind", "court_rule", "--json").out)] == [
        "spc-finance-opinions-2017", "spc-dishonest-list"]


def test_one_entry_and_the_facts_citing_it(run):
    result = run("sources", "credit-regulation", "--lang", "en")
    assert result.code == 0
    out = result.out
    assert out.splitlines()[0] == "Regulation on the Administration of the Credit Reporting Industry (《征信业管理条例》)"
    assert "Number         国务院令第631号" in out
    assert "Not verified   number, date in force (not checked against the document or an official site)" in out
    doc = json.loads(run("sources", "credit-regulation", "--json").out)
    assert doc["number"] == "国务院令第631号" and doc["unverified"] == ["number", "in_force"]
    citing = {(c["file"], c["entry"]): c["pin"] for c in doc["cited_by"]}
    assert citing[("rights.toml", "rights[3]")] == "第25条"
    assert citing[("credit.toml", "objection.complaint")] == "第26条"
    assert all(c["basis"] for c in doc["cited_by"])


def test_the_facts_citing_an_entry_show_their_figures_filled(run):
    """A data text names a figure ({complaint_days}, {window}); what cites a source shows the number."""
    ids = [s["id"] for s in json.loads(run("sources", "--json").out)]
    for source_id in ids:
        for lang in ("zh", "en"):
            texts = [c["text"] for c in json.loads(run("sources", source_id, "--json", "--lang", lang).out)["cited_by"]]
            assert not [text for text in texts if "{" in text], (source_id, lang)
    doc = json.loads(run("sources", "complaint-measures", "--json", "--lang", "en").out)
    assert any("within 15 days of receiving it, 30 if it is complex" in c["text"] for c in doc["cited_by"])


@pytest.mark.parametrize("word, line", [
    ("pipll", "没有编号为 'pipll' 的来源，标题中也没有这个词。你是不是要找：pipl？"),
    ("zzzz", "没有编号为 'zzzz' 的来源，标题中也没有这个词。全部编号："),
])
def test_an_unknown_id_is_a_usage_error_naming_the_closest(run, word, line):
    result = run("sources", word)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(line) and len(result.err.splitlines()) == 1


def test_an_unknown_kind_is_a_usage_error(run):
    result = run("sources", "--kind", "lw", "--lang", "en")
    assert result.code == 2
    assert result.err.startswith("There is no kind of source 'lw'. Did you mean law (法律)? The kinds are: law (法律), "
                                 "regulation (法规),")


# One valid run of every command path (tests.test_output._all_command_paths), in an order that works
# on an empty evidence log: add, then list, show, edit, export, import, delete.
def runs(tmp_path) -> list[list[str]]:
    batch = tmp_path / "rows.csv"
    batch.write_text("amount,periods\n3000,6\n3000,24\n", encoding="utf-8")
    exported = tmp_path / "log.json"
    return [
        ["status", "--days", "200", "--amount", "6000"],
        ["guide", "--days", "200", "--amount", "6000", "--income", "5000", "--spending", "2000", "--today", "2026-12-01",
         "--problems", "off-hours,third-party,threat,visit,lawyer-letter,court-paper,identity-theft,job-loss,illness,"
                       "pregnant,student"],
        ["plan", "--amount", "3000", "--periods", "6", "--start", "2026-12-01"],
        ["plan", "compare", "--amount", "3000", "--start", "2026-12-01"],
        ["plan", "batch", str(batch), "--start", "2026-12-01"],
        ["waiver", "--amount", "3000", "--days", "200"],
        ["budget", "--income", "5000", "--bill", "3000", "--start", "2026-12-01"],
        ["credit", "--paid", "2026-03-15", "--overdue-since", "2025-11-03", "--amount", "3000", "--today", "2026-04-01"],
        ["credit", "monitor", "--from", "2026-01-31"],
        ["credit", "objection", "--filed", "2026-02-10", "--today", "2026-02-20"],
        ["calls", "check", "--at", "2026-11-29 22:10", "--to-third-party", "--count-today", "5"],
        ["calls", "log", "add", "--number", "02112345678", "--at", "2026-11-29 22:10", "--flags", "third-party"],
        ["calls", "log", "list"],
        ["calls", "log", "show", "1"],
        ["calls", "log", "edit", "1", "--note", "again"],
        ["calls", "log", "export", "--out", str(exported)],
        ["calls", "log", "import", str(exported)],
        ["calls", "report", "--today", "2026-12-05"],
        ["calls", "log", "delete", "1", "--yes"],
        ["calls"], ["calls", "log"],
        ["channels"], ["channels", "12378"],
        ["complain", "--problem", "third-party"], ["complain", "骚扰"], ["complain"],
        ["verify"],
        ["letter", "objection", "--name", "张三", "--amount", "3000", "--today", "2026-12-01"],
        ["letter", "stop-third-party", "--today", "2026-12-01"],
        ["playbook", "job-loss", "--today", "2026-12-01"], ["playbook"],
        ["sources"], ["sources", "seed-article"], ["sources", "--kind", "law"],
        ["debts", "add", "花呗", "--kind", "huabei", "--amount", "3000", "--since", "2026-10-01"],
        ["debts", "list"], ["debts", "show", "花呗"], ["debts", "edit", "花呗", "--amount", "2800"],
        ["debts", "export", "--out", str(tmp_path / "debts.json")],
        ["payoff", "--budget", "1500", "--start", "2026-12-01"],
        ["debts", "remove", "花呗"],
        ["debts", "import", str(tmp_path / "debts.json")], ["debts"],
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_output_of_any_command_names_the_team_fact_sheet(run, tmp_path, lang):
    from tests.test_output import _all_command_paths

    paths = _all_command_paths()
    ran = set()
    for args in runs(tmp_path):
        for extra in ([], ["--json"]):
            once = args[:3] in (["calls", "log", "export"], ["calls", "log", "delete"]) or args[:2] in (
                ["debts", "add"], ["debts", "remove"], ["debts", "export"], ["debts", "import"])
            if once and extra:
                continue  # the export is a file; an entry is added, deleted or imported once
            result = run(*args, "--lang", lang, *extra)
            assert result.code == 0, (args, extra, result.err)
            text = result.out + result.err
            assert "FACTS.md" not in text and "种子文章" not in text and "the seed article" not in text, args
        ran.add(" ".join(max((p for p in paths if args[:len(p)] == p), key=len)))
    assert {" ".join(path) for path in paths} - ran == set()


def test_the_dossier_lists_the_documents_it_cites_in_full(run):
    run("calls", "log", "add", "--number", "02112345678", "--at", "2026-11-29 21:10", "--flags", "third-party,threat")
    out = run("calls", "report", "--today", "2026-12-05").out
    documents = out.split("## 所依据的文件")[1].split("##")[0]
    rows = [line for line in documents.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 3
    assert "《花呗逾期本地电话催收全攻略：应对流程、法律风险与信用修复指南》" in rows[0] and "网络文章" in rows[0]
    assert "《金融机构个人消费类贷款催收工作指引（试行）》" in rows[1] and "中国银行业协会" in rows[1] and "2026-01-30" in rows[1]
    assert "《消费金融公司管理办法》" in rows[2] and "国家金融监督管理总局令2024年第4号" in rows[2]
    assert "种子文章" not in out and "seed" not in out


def test_the_registry_as_csv(run):
    lines = run("sources", "--format", "csv", "--kind", "regulator_notice", "--lang", "en").out.splitlines()
    assert lines[0] == "ID,Title,Issuer,Date,Kind,Address"
    assert [line.split(",")[0] for line in lines[1:]] == ["pboc-apr-2021", "pboc-credit-repair-2025"]


def test_a_kind_is_named_from_the_edited_data_and_the_knowledge_given(run, data_copy, monkeypatch):
    """The kind's name comes from the run's knowledge base: the data dir's for the command, the one
    handed to the view for a script (once HUABEI_DATA_DIR is gone, only that book has the edit)."""
    from tests.conftest import edit_text
    from huabei_assist import sources as registry
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import render
    from huabei_assist.views.sources_view import source_view, sources_view

    edit_text(data_copy / "sources.toml", 'en = "regulation" }', 'en = "regulation (edited)" }')
    assert "Kind           regulation (edited)" in run("sources", "credit-regulation", "--lang", "en").out.splitlines()
    row = next(line for line in run("sources", "--lang", "en").out.splitlines() if line.startswith("credit-regulation "))
    assert _cells(row)[-2:] == ["regulation (edited)", "https://flk.npc.gov.cn"]
    kb = Knowledge(sources=Knowledge().sources)
    monkeypatch.delenv("HUABEI_DATA_DIR")
    entry = registry.lookup("credit-regulation", None, kb)
    assert "Kind           regulation (edited)" in render(source_view(entry, "en", kb=kb)).splitlines()
    assert "Kind           regulation" in render(source_view(entry, "en")).splitlines()  # the packaged name
    listed = render(sources_view(registry.find(None, "regulation", kb), "en", kb=kb)).splitlines()
    assert _cells(next(line for line in listed if line.startswith("credit-regulation ")))[-2:] == [
        "regulation (edited)", "https://flk.npc.gov.cn"]


def _cells(row: str) -> list[str]:
    """A plain table row's cells (two spaces or more apart)."""
    return [cell.strip() for cell in row.split("  ") if cell.strip()]
