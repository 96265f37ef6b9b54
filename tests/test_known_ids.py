"""Chinese ids (issue 11 item 6): every value picked from a list has its Chinese name in data/, taken
wherever the id is (known_ids.pick), offered on TAB and listed in Chinese help; output keeps the id."""

from __future__ import annotations

import json

import pytest
import typer

from huabei_assist.cli.app import build
from huabei_assist.cli.options import completer
from huabei_assist.errors import InputError
from huabei_assist.known_ids import pick, pick_ids
from huabei_assist.knowledge.choices import CHOICES, entries
from tests.conftest import edit_text
from tests.test_completion import tab

# Every option or argument that takes a value of a list of data/: (command, parameter) -> the list.
ID_PARAMS = {
    ("waiver", "proof"): "waiver_proof",
    ("waiver", "group"): "waiver_group",
    ("channels", "channel_id"): "channel",
    ("complain", "problem"): "problem",
    ("letter", "kind"): "letter",
    ("playbook", "kind"): "playbook",
    ("sources", "kind"): "source_kind",
    ("payoff", "order"): "payoff_order",
    ("plan", "kind"): "plan_kind",
    ("credit", "method"): "credit_method",
    ("calls check", "kind"): "contact_kind",
    ("calls check", "flags"): "flag",
    ("calls log add", "kind"): "contact_kind",
    ("calls log add", "flags"): "flag",
    ("calls log edit", "kind"): "contact_kind",
    ("calls log edit", "flags"): "flag",
    ("debts add", "kind"): "debt_kind",
    ("debts edit", "kind"): "debt_kind",
    ("guide", "problems"): "guide_problem",
}
# What the other parameters take: free values (numbers, dates, sums, files, text) ...
FREE = {"N", "DATE", "DATETIME", "CNY", "RATE", "FILE", "FILE.ics", "TEXT", "NAME", "PATH", "HH:MM-HH:MM",
        "N,N,...", "CNY|N%", "ID", "[ID|WORD]", "[WORDS]..."}
# ... or a switch of the interface, not an id: the language, the output format, a file format.
SWITCHES = {"lang", "format"}  # (cli/shared_options.py names them so)


def _params():
    """(command path, parameter) for every option and argument that takes a value."""
    found = []

    def walk(command, path):
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())
        found.extend((path, param) for param in command.params if not getattr(param, "is_flag", False))

    walk(build(full=True), "")
    return found


def _offered(param, incomplete: str = "") -> set[str]:
    from typer._click import Context

    return {item.value for item in param.shell_complete(Context(build()), incomplete)}


def test_every_parameter_that_takes_a_listed_value_takes_its_chinese_name():
    seen = set()
    for path, param in _params():
        key = (path, param.name)
        if key in ID_PARAMS:
            seen.add(key)
            listed = entries(ID_PARAMS[key])
            assert _offered(param) == {e.id for e in listed} | {e.zh_name for e in listed}, key
        elif param.name not in SWITCHES:  # a new list-valued option must join ID_PARAMS (or be free text)
            assert param.metavar in FREE and not _offered(param), (key, param.metavar)
    assert seen == set(ID_PARAMS)  # each one still exists


@pytest.mark.parametrize("name", sorted(CHOICES))
def test_each_chinese_name_resolves_to_its_id_and_is_offered_on_tab(name):
    listed = entries(name)
    assert listed and len({e.zh_name for e in listed}) == len(listed)
    for entry in listed:
        assert entry.zh_name and any("\u4e00" <= c <= "\u9fff" for c in entry.zh_name), (name, entry.id)
        assert pick(listed, entry.zh_name, "x").id == entry.id
        assert pick(listed, f" {entry.zh_name} ", "x").id == entry.id  # spaces around ignored
        assert pick(listed, entry.id.upper(), "x").id == entry.id  # ids in any case
        assert (entry.zh_name, entry.id) in completer(name)(entry.zh_name[0])
        assert (entry.id, entry.zh_name) in completer(name)(entry.id[:2])


def test_a_flag_without_a_chinese_name_does_not_load(data_copy, run):
    edit_text(data_copy / "collection_rules.toml", 'zh_name = "辱骂"\n', "")
    result = run("calls", "check", "--insult", "--lang", "en")
    assert result.code == 1 and result.out == ""
    assert result.err == ("Data file collection_rules.toml is invalid: entry rules[2], field zh_name: required field "
                          "is missing. Fix the file or reinstall huabei.\n")


@pytest.mark.parametrize(("old", "new", "problem"), [
    ('zh_name = "协商"\n', 'zh_name = "negotiate"\n',
     "entry letters[0], field zh_name: 'negotiate' must be a Chinese name with no space or comma"),
    ('zh_name = "异议"\n', 'zh_name = "协商"\n', "entry letters[1], field zh_name: '协商' names two entries"),
    ('zh_name = "投诉"\n', 'zh_name = "投诉，信"\n',
     "entry letters[2], field zh_name: '投诉，信' must be a Chinese name with no space or comma"),
])
def test_chinese_names_are_checked_when_the_data_loads(data_copy, run, old, new, problem):
    edit_text(data_copy / "letters.toml", old, new)
    result = run("letter", "hardship", "--lang", "en")
    assert (result.code, result.err) == (1, f"Data file letters.toml is invalid: {problem}. Fix the file or reinstall "
                                             "huabei.\n")


def test_comma_lists_take_ids_and_chinese_names_in_the_data_order():
    flags = entries("flag")
    assert pick_ids(flags, ["辱骂,threat", "威胁、联系第三人"], "x") == ("third-party", "threat", "insult")
    with pytest.raises(InputError) as caught:
        pick_ids(flags, ["威胁,吓唬"], "calls.bad_flag")
    assert caught.value.exit_code == 2 and caught.value.params["value"] == "吓唬"


def test_playbook_by_its_chinese_name(run):
    chinese, english = run("playbook", "失业", "--today", "2026-01-05"), run("playbook", "job-loss", "--today", "2026-01-05")
    assert chinese.code == 0 and chinese.out == english.out
    assert chinese.out.splitlines()[:5] == ["行动方案：失业、收入中断", "========================", "",
                                            "情况  job-loss · 失业、收入中断", "今天  2026-01-05"]
    assert json.loads(run("playbook", "失业", "--json", "--today", "2026-01-05").out)["playbook"] == "job-loss"


def test_letter_by_its_chinese_name(run):
    result = run("letter", "协商", "--today", "2026-01-05")
    assert result.code == 0 and result.out == run("letter", "hardship", "--today", "2026-01-05").out
    assert result.out.splitlines()[0] == "信件：协商还款申请书"


def test_calls_check_takes_chinese_flags_and_kind(run):
    result = run("calls", "check", "--at", "2026-11-29 10:00", "--kind", "短信", "--flags", "威胁", "--lang", "en")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[3] == "The SMS at 2026-11-29 10:00: 1 finding(s), each with its basis below: Threats."
    at = next(i for i, line in enumerate(lines) if line.split() == ["Time", "2026-11-29", "10:00"])
    assert [line.split(None, 1) for line in lines[at + 1:at + 3]] == [["Kind", "SMS"], ["Flags", "Threats"]]
    doc = json.loads(run("calls", "check", "--at", "2026-11-29 10:00", "--flags", "威胁，辱骂", "--json").out)
    assert doc["kind"] == "call" and doc["flags"] == ["threat", "insult"]
    assert [v["rule"] for v in doc["violations"]] == ["threat", "insult"]


def test_the_evidence_log_stores_the_ids(run):
    assert run("calls", "log", "add", "--number", "13800000000", "--at", "2026-11-29 10:00", "--kind", "上门",
               "--flags", "辱骂,伪造文书").code == 0
    entry = json.loads(run("calls", "log", "show", "1", "--json").out)
    assert (entry["kind"], entry["flags"]) == ("visit", ["insult", "forged-document"])


def test_plan_kind_by_its_chinese_name(run):
    args = ("plan", "--amount", "3000", "--periods", "6", "--start", "2026-01-15")
    chinese = run(*args, "--kind", "分期")
    assert chinese.code == 0 and chinese.out == run(*args, "--kind", "installment").out
    assert json.loads(run(*args, "--kind", "分期", "--json").out)["kind"] == "installment"


@pytest.mark.parametrize(("args", "line"), [
    (("playbook", "失恋"), "没有 '失恋' 这个行动方案。你是不是要找：job-loss（失业）？全部方案：job-loss（失业）、"
                          "identity-theft（身份盗用）、student（学生）、pregnant（怀孕）、illness（重病）。"),
    (("plan", "--amount", "100", "--periods", "3", "--kind", "分其"),
     "不认识的计划类型 '分其'。你是不是要用 installment（分期）？可选：installment（分期）、negotiated（协商）、minimum（最低还款）。"),
    (("calls", "check", "--flags", "威协", "--lang", "en"),
     "Unknown flag '威协'. Did you mean threat (威胁)? --flags takes third-party (联系第三人), threat (威胁), insult (辱骂), "
     "forged-document (伪造文书), posing-official (冒充公检法), fake-blacklist (编造黑名单), extra-fees (收取催收费), "
         "push-borrowing (诱导借新还旧), public-notice (公开张贴), private-channel (私人号码或社交账号), "
         "entering-home (擅自进入住所) (comma-separated)."),
    (("letter", "JOB"), "没有 'JOB' 这种信件。可用的信件：hardship（协商）、objection（异议）、complaint（投诉）、"
                       "stop-third-party（停止联系第三人）。"),
])
def test_an_unknown_value_is_one_usage_line_naming_the_closest(run, args, line):
    result = run(*args)
    assert (result.code, result.out, result.err) == (2, "", line + "\n")


def test_chinese_is_exact_and_ids_are_not(run):
    assert run("playbook", " JOB-LOSS ", "--today", "2026-01-05").code == 0
    assert run("playbook", "失业 ", "--today", "2026-01-05").code == 0
    assert run("playbook", "失", "--today", "2026-01-05").code == 2  # a part of a name is not the name


@pytest.mark.parametrize(("line", "expected"), [
    ("huabei playbook 失", ["失业"]),
    ("huabei playbook job", ["job-loss"]),
    ("huabei plan --kind 分", ["分期"]),
    ("huabei calls check --flags 威", ["威胁"]),
    ("huabei calls log add --flags 威胁,辱", ["威胁,辱骂"]),  # the word after the last comma
    ("huabei letter ", ["hardship", "协商", "objection", "异议", "complaint", "投诉", "stop-third-party", "停止联系第三人"]),
])
def test_tab_completes_ids_and_chinese_names(line, expected):
    answer = tab(line)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.split() == expected


def test_help_lists_the_chinese_names_in_chinese(run, run_process):
    zh = run("plan", "--help").out.splitlines()
    en = run_process("plan", "--help", "--lang", "en").out.splitlines()  # a process of its own: help texts
    # are still built at import (issue 11 item 4)
    at = next(i for i, line in enumerate(zh) if line.startswith("  --kind KIND"))
    assert "".join(line.strip() for line in zh[at:at + 2]) == (
        "--kind KIND" + " " * 18 + "计划类型：installment（分期）、negotiated（协商）、minimum（最低还款）。")
    at = next(i for i, line in enumerate(en) if line.startswith("  --kind KIND"))
    assert en[at] == "  --kind KIND                  Plan kind: installment, negotiated, minimum."


def test_the_lists_in_data_are_the_ones_the_code_computes_with():
    """The engine branches on these ids, and the stores' tables CHECK them: data/ names the same."""
    import re

    from huabei_assist.calls import store as calls_store
    from huabei_assist.debts import store as debts_store
    from huabei_assist.knowledge.credit_schema import METHODS
    from huabei_assist.payoff.debts import KINDS as DEBT_KINDS
    from huabei_assist.payoff.orders import ORDERS
    from huabei_assist.plans.schedule import KINDS as PLAN_KINDS

    def checked(schema: str) -> tuple[str, ...]:
        return tuple(re.findall(r"'([^']+)'", re.search(r"kind IN \(([^)]*)\)", schema).group(1)))

    def ids(name: str) -> tuple[str, ...]:
        return tuple(entry.id for entry in entries(name))

    assert ids("payoff_order") == ORDERS
    assert ids("debt_kind") == DEBT_KINDS == checked(debts_store._SCHEMA)
    assert ids("plan_kind") == PLAN_KINDS
    assert ids("credit_method") == METHODS
    assert ids("contact_kind") == calls_store.STORED_KINDS == checked(calls_store._SCHEMA)
