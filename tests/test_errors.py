"""Bad input: one clear line in the user's language, the right exit code, never a traceback."""

import shutil
from pathlib import Path

import pytest

from huabei_assist.errors import Reason, os_reason
from huabei_assist.i18n import t
from tests.conftest import REPO, edit_text


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["status", "--days", "-3"], "--days 不能为负数"),
        (["status", "--days", "abc"], "--days 必须是0到36525之间的整数，收到 'abc'。"),
        (["status", "--days", "4.5"], "--days 必须是0到36525之间的整数，收到 '4.5'。"),
        (["status", "--days", "5", "--since", "2026-10-01"], "--days 和 --since 只能给出一个：请删去其中之一。"),
        (["status"], "请给出 --days"),
        (["status", "--since", "2026-12-01", "--today", "2026-11-29"], "逾期第一天不能在未来"),
        (["status", "--since", "not a date"], "--since 的日期无法识别"),
        (["status", "--days", "5", "--today", "2026-13-45"], "--today 的日期无法识别"),
        (["status", "--days", "5", "--amount", "abc"], "--amount 需要一个金额，收到 'abc'。请写成 1234.56 或 1,234.56（可带 ¥ 或 元）。"),
        (["status", "--days", "5", "--amount", "-20"], "--amount 必须大于 0，收到 -20"),
        (["status", "--days", "5", "--amount", "0"], "--amount 必须大于 0，收到 0"),
        (["status", "--days", "5", "--fee-rate", "1.5"], "--fee-rate 的费率 '1.5' 不明确（是 1.5% 吗？）：请写成 1.5% 或 0.015。"),
        (["status", "--days", "5", "--lang", "fr"], "不支持的语言 'fr'"),
        (["status", "--dayz", "5"], "没有 --dayz 这个选项"),
        (["statsu"], "没有这个命令：statsu"),
    ],
)
def test_usage_errors_exit_2_with_one_line(run, args, needle):
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_usage_errors_in_english(run):
    result = run("status", "--days", "abc", "--lang", "en")
    assert result.code == 2
    assert result.err.strip() == "--days must be a whole number from 0 to 36525, got 'abc'."
    result = run("status", "--days", "-1", "--lang", "en")
    assert result.err.strip() == "--days cannot be negative (got -1); use --days 0 when not overdue."


def test_real_process_shows_no_traceback_and_exit_codes(run_process):
    bad = run_process("status", "--days", "abc")
    assert bad.code == 2 and "Traceback" not in bad.err and bad.out == ""
    ok = run_process("status", "--days", "45", "--json")
    assert ok.code == 0


def test_debug_mode_shows_the_traceback(run_process):
    result = run_process("status", "--days", "-1", env={"HUABEI_DEBUG": "1"})
    assert result.code == 2
    assert "Traceback" in result.err and "--days 不能为负数" in result.err


def test_broken_data_file_names_file_entry_and_field(run, data_copy):
    edit_text(data_copy / "stages.toml", 'basis = "platform"', 'basis = "rumour"')  # stages[0].happens[0]
    result = run("status", "--days", "3")
    assert result.code == 1
    line = result.err.strip()
    assert line.startswith("数据文件 stages.toml 有误：条目 stages[0].happens[0]，字段 basis：")
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1


def test_missing_field_and_unknown_field(run, data_copy):
    edit_text(data_copy / "product.toml", 'number = "95188"\n', "")
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1
    assert result.err.strip() == (
        "Data file product.toml is invalid: entry hotline, field number: required field is missing. "
        "Fix the file or reinstall huabei."
    )
    shutil.copy(REPO / "data" / "product.toml", data_copy / "product.toml")
    edit_text(data_copy / "rights.toml", 'id = "credit-notice"', 'id = "credit-notice"\ncolour = "red"')
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1 and "entry rights[0], field colour: unknown field" in result.err


def test_gap_between_stages_is_caught(run, data_copy):
    edit_text(data_copy / "stages.toml", "first_day = 31", "first_day = 32")
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1
    assert "entry stages[2], field first_day: must be the day after the previous stage's last_day" in result.err


def test_unknown_right_id_and_bad_toml(run, data_copy):
    edit_text(data_copy / "stages.toml", '"pipl-44-47"]', '"no-such-right"]')
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1 and "no right 'no-such-right' in rights.toml" in result.err
    (data_copy / "rights.toml").write_text("[[rights]\nbroken", encoding="utf-8")
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1 and result.err.startswith("Data file rights.toml is invalid: entry -, field -: not valid UTF-8 TOML")


def test_missing_data_file(run, data_copy):
    (data_copy / "stages.toml").unlink()
    result = run("status", "--days", "3", "--lang", "en")
    assert result.code == 1 and "Data file stages.toml is invalid" in result.err


def test_a_fixed_file_is_picked_up_again(run, data_copy):
    """The validated cache is keyed by the file, so a fix takes effect at once."""
    assert run("status", "--days", "3").code == 0
    edit_text(data_copy / "stages.toml", 'basis = "platform"', 'basis = "rumour"')
    assert run("status", "--days", "3").code == 1
    edit_text(data_copy / "stages.toml", 'basis = "rumour"', 'basis = "platform"')
    assert run("status", "--days", "3").code == 0


def test_missing_argument_is_named_as_in_help(run):
    result = run("letter")
    assert result.code == 2
    assert result.err.strip() == "缺少 KIND。运行 `huabei letter --help` 查看用法。"
    result = run("plan", "batch", "--lang", "en")
    assert result.code == 2 and result.err.strip() == "Missing FILE. Run `huabei plan batch --help` for usage."


# ------------------------------------------------------------------ the detail of a file error, in the user's language

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
