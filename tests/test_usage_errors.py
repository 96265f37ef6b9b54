"""Click's own parse errors (cli/usage_errors.py) are said in the user's language, naming the command."""

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
