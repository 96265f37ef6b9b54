"""cli/shared_options.py: --lang, --json, --format, --out and --force declared once, read before or
after the command name, listed in each command's help, refused in one line where a command has no use
for them; and help texts in the language of each run, in one process."""

import json

import pytest

STATUS = ("status", "--days", "45", "--today", "2026-12-01")
PLAN = ("plan", "--amount", "3000", "--periods", "3", "--start", "2027-01-01")


@pytest.mark.parametrize("option", [("--lang", "en"), ("--json",), ("--lang", "en", "--json")])
def test_a_shared_option_before_the_command_is_the_same_as_after(run, option):
    before, after = run(*option, *STATUS), run(*STATUS, *option)
    assert before.code == after.code == 0
    assert before.out == after.out and before.err == after.err == ""


def test_lang_before_the_command_sets_the_output_language(run):
    result = run("--lang", "en", *STATUS)
    assert result.out.splitlines()[0] == "Huabei overdue status"
    assert run(*STATUS).out.splitlines()[0] != "Huabei overdue status"


def test_json_before_the_command_is_the_commands_json(run):
    document = json.loads(run("--json", *STATUS).out)
    assert document["days_overdue"] == 45 and document["today"] == "2026-12-01"


def test_format_and_out_before_a_subcommand(run, tmp_path):
    assert run("--format", "csv", *PLAN).out == run(*PLAN, "--format", "csv").out
    assert run(*PLAN, "--format", "csv").out.splitlines()[0].count(",") >= 3
    target = tmp_path / "plan.csv"
    assert run("--out", str(target), *PLAN).code == 0
    first = target.read_text(encoding="utf-8")
    assert run("--out", str(target), *PLAN).code == 1  # exists: --force needed, wherever it stands
    assert run("--force", "--out", str(target), *PLAN).code == 0
    assert target.read_text(encoding="utf-8") == first


def test_the_last_of_two_values_counts(run):
    assert run("--lang", "zh", *STATUS, "--lang", "en").out == run("--lang", "en", *STATUS).out


@pytest.mark.parametrize("args, line", [
    ((*STATUS, "--out", "x.txt"),
     "huabei status does not take --out: it writes no file. Run `huabei status --help` to see its options."),
    (("--out", "x.txt", *STATUS),
     "huabei status does not take --out: it writes no file. Run `huabei status --help` to see its options."),
    (("--force", *STATUS),
     "huabei status does not take --force: it writes no file. Run `huabei status --help` to see its options."),
    (("--format", "csv", *STATUS),
     "huabei status does not take --format: it has one form of output (--json is available). "
     "Run `huabei status --help` to see its options."),
    ((*PLAN, "--format", "ics"),
     "Invalid value for --format: table | markdown | csv. Run `huabei plan --help` for usage."),
    (("--json",), "huabei does not take --json: it has no JSON output. Run `huabei --help` to see its options."),
])
def test_an_output_a_command_does_not_offer_is_one_usage_line(run, tmp_path, monkeypatch, args, line):
    monkeypatch.chdir(tmp_path)
    result = run("--lang", "en", *args)
    assert (result.code, result.out, result.err) == (2, "", line + "\n")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_each_command_lists_the_shared_options_it_offers():
    from huabei_assist.cli.app import build

    def shown(command):
        return {opt for p in command.params if not getattr(p, "hidden", False) for opt in p.opts}

    root = build(full=True)
    assert {"--lang", "--json", "--format", "--out", "--force"} <= shown(root)
    assert {"--lang", "--json"} <= shown(root.commands["status"])
    assert not {"--format", "--out", "--force"} & shown(root.commands["status"])
    assert {"--lang", "--json", "--format", "--out", "--force"} <= shown(root.commands["plan"])
    assert "--out" not in shown(root.commands["plan"].commands["compare"])
    export = root.commands["calls"].commands["log"].commands["export"]
    assert {"--format", "--out", "--force"} <= shown(export)
    assert next(p for p in export.params if "--format" in p.opts).metavar == "json|csv"


def test_help_follows_the_language_of_each_run_in_one_process(run):
    english = "Days overdue (the first overdue day is day 1)."
    chinese = "已逾期天数（逾期第一天记为第1天）。"
    first, second = run("--lang", "en", "status", "--help"), run("status", "--help")
    assert english in first.out and chinese not in first.out
    assert chinese in second.out and english not in second.out
    third, fourth = run("status", "--help"), run("status", "--help", "--lang", "en")
    assert chinese in third.out and english in fourth.out and "Options:" in fourth.out
    assert "--lang zh|en" in fourth.out and "Language: zh or en" in fourth.out


def test_help_words_follow_the_language_after_the_command_name(run):
    assert "Usage:" in run("plan", "compare", "--help", "--lang", "en").out
    assert "用法：" in run("plan", "compare", "--help").out
