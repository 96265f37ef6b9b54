"""Review: the detail of a file error is said in the user's language (it was Python's English in zh)."""

import pytest

from huabei_assist.errors import Reason, os_reason
from huabei_assist.i18n import t


def test_os_reasons_are_translated_and_unknown_ones_kept():
    missing = os_reason(FileNotFoundError(2, "No such file or directory"))
    assert isinstance(missing, Reason)
    assert t("common.cannot_write", "zh", path="x", reason=missing) == "无法写入 x：文件或目录不存在。请检查路径和权限；原有文件未被改动。"
    assert os_reason(OSError(5, "Input/output error")) == "Input/output error"


def test_write_to_a_missing_folder_says_why_in_chinese(run, tmp_path):
    result = run("plan", "--amount", "6000", "--periods", "12", "--out", str(tmp_path / "no" / "plan.csv"))
    assert result.code == 1 and result.out == ""
    assert "文件或目录不存在" in result.err and "No such file" not in result.err


def test_write_to_a_directory_says_why_in_english(run, tmp_path):
    folder = tmp_path / "d.csv"
    folder.mkdir()
    result = run("calls", "log", "export", "--out", str(folder), "--lang", "en")
    assert result.code == 1 and result.out == ""
    assert result.err.strip() == f"Cannot write {folder}: it is a directory, not a file. Check the path and permissions; any existing file is unchanged."


@pytest.mark.parametrize(("content", "needle"), [
    (b"\xff\xfe", "不是 UTF-8 文本"),
    (b"{not json", "JSON 语法错误（第 1 行第 2 列）"),
    (b'{"format": "huabei-calls", "version": 1, "entries": [{"at": "soon", "number": "1", "kind": "call"}]}',
     "不是 ISO 格式的日期时间：'soon'"),
    (b'{"format": "huabei-calls", "version": 1, "entries": [{"at": "2026-11-29T10:00", "number": "1", "kind": "fax"}]}',
     "'fax' 不是 call, sms, visit, letter 之一"),
])
def test_import_reasons_in_chinese(run, tmp_path, content, needle):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = run("calls", "log", "import", str(bad))
    assert result.code == 2 and result.out == ""
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_batch_json_reasons_in_chinese(run, tmp_path):
    rows = tmp_path / "s.jsonl"
    rows.write_text('{"amount": "5", "periods": 3}\n{bad\n', encoding="utf-8")
    result = run("plan", "batch", str(rows), "--format", "csv")
    assert result.code == 1
    assert result.err.strip() == "第2行，字段 -：不是有效的JSON：第 2 个字符处有语法错误。"
