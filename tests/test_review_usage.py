"""Review: click's own parse errors are said in the user's language, naming the command."""

import pytest


@pytest.mark.parametrize(("args", "line"), [
    (["status", "--days", "3", "x", "y"],
     "多余的参数：x y。请去掉它们，或给带空格的值加引号。运行 `huabei status --help` 查看用法。"),
    (["status", "--days"], "--days 后面需要一个值。运行 `huabei status --help` 查看用法。"),
    (["status", "--days", "3", "--json=1"],
     "--json 是开关，不带值：请只写 --json。运行 `huabei status --help` 查看用法。"),
    (["verify", "95188", "--lang", "en"],
     "Unexpected extra argument(s): 95188. Remove them, or quote a value that has spaces. "
     "Run `huabei verify --help` for usage."),
    (["plan", "--amount"],
     "--amount 后面需要一个值。运行 `huabei plan --help` 查看用法。"),
])
def test_click_parse_errors_are_translated(run, args, line):
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.strip() == line


@pytest.mark.parametrize(("args", "line"), [
    (["plan", "--amount", "6000", "--periods", "12", "--income", "0"], "--income 必须大于 0，收到 0：请写实际的金额，例如 --income 1234.56。"),
    (["budget", "--income", "5000", "--bill", "-1"], "--bill 必须大于 0，收到 -1：请写实际的金额，例如 --bill 1234.56。"),
    (["status", "--days", "5", "--amount", "-20", "--lang", "en"], "--amount must be more than 0, got -20: give the sum itself, e.g. --amount 1234.56."),
])
def test_amount_errors_name_the_option(run, args, line):
    result = run(*args)
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == line


def test_batch_with_a_bad_header_prints_nothing_on_stdout(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text("amount,periods,foo\n5,3,1\n", encoding="utf-8")
    result = run("plan", "batch", str(scenarios), "--format", "csv")
    assert result.code == 2
    assert result.out == ""
    assert "'foo'" in result.err and len(result.err.strip().splitlines()) == 1


def test_batch_still_prints_the_header_for_an_empty_file(run, tmp_path):
    scenarios = tmp_path / "s.csv"
    scenarios.write_text("amount,periods\n", encoding="utf-8")
    result = run("plan", "batch", str(scenarios), "--format", "csv")
    assert result.code == 0 and result.out.startswith("row,amount,periods,")
