"""Help pages: click's own words in the interface language, and lines that fit the terminal."""

from __future__ import annotations

import re

import pytest

from huabei_assist.render.width import cell_width
from tests.test_output import _all_command_paths

CLICK_WORDS = ("Usage:", "Options:", "Commands:", "Arguments:", "Show this message and exit.", "[required]",
               "[default:", "[OPTIONS]", "COMMAND [ARGS]")


@pytest.fixture
def narrow_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")  # click: help width = min(columns, 80) - 2


def test_chinese_help_has_no_english_click_words(run, narrow_terminal):
    for path in [[], *_all_command_paths()]:
        out = run(*path, "--help").out
        assert out.startswith(f"用法：huabei {' '.join(path)}".rstrip()), path
        assert "选项：" in out and "-h, --help" in out and "显示此帮助并退出。" in out, path
        for word in CLICK_WORDS:
            assert word not in out, (path, word)


def test_chinese_usage_line_names_options_and_commands_in_chinese(run, narrow_terminal):
    assert run("--help").out.startswith("用法：huabei [选项] 命令 [参数]...\n")
    assert run("letter", "--help").out.startswith("用法：huabei letter [选项] {KIND}\n")  # Typer braces a required one
    assert run("--help", "--lang", "en").out.startswith("Usage: huabei [OPTIONS] COMMAND [ARGS]...\n")


def test_chinese_help_names_required_and_default_values(run, narrow_terminal):
    assert "[必填]" in run("letter", "--help").out and "参数：" in run("letter", "--help").out
    assert "[默认：settle]" in run("credit", "--help").out
    assert "命令：" in run("plan", "--help").out


def test_english_help_keeps_click_words(run, narrow_terminal):
    out = run("letter", "--help", "--lang", "en").out
    assert out.startswith("Usage: huabei letter [OPTIONS]")
    for word in ("Arguments:", "Options:", "[required]", "Show this message and exit."):
        assert word in out


def test_every_help_line_fits_an_80_column_terminal(run, narrow_terminal):
    for lang in ("zh", "en"):
        for path in [[], *_all_command_paths()]:
            out = run(*path, "--help", "--lang", lang).out
            widest = max(out.splitlines(), key=cell_width)
            assert cell_width(widest) <= 78, (lang, path, widest)


def listed_entries(lang: str) -> set[str]:
    """What a help page lists with {choices:NAME}: 'threat（威胁）' in zh, 'threat' in en."""
    from huabei_assist.knowledge.choices import CHOICES, entries

    return {f"{e.id}（{e.zh_name}）" if lang == "zh" else e.id for name in CHOICES for e in entries(name)}


def split_across_lines(text: str, words: set[str]) -> list[str]:
    """The words that a line break splits somewhere in `text`: found more often once the lines are joined."""
    joined = re.sub(r"\n *", "", text)
    return sorted(word for word in words if joined.count(word) > text.count(word))


def test_a_listed_name_is_never_split(run, narrow_terminal):
    """`calls check --flags` printed 'threat（威↵胁）': an entry of a list from data/ stays on one line,
    the lines break between entries; prose still breaks between characters."""
    for lang in ("zh", "en"):
        words = listed_entries(lang)
        for path in [[], *_all_command_paths()]:
            out = run(*path, "--help", "--lang", lang).out
            assert split_across_lines(out, words) == [], (lang, path)
            assert "\u2060" not in out, (lang, path)  # the mark that keeps a name whole is not printed
    lines = run("calls", "check", "--help").out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  --flags FLAGS"))
    assert lines[at:at + 3] == ["  --flags FLAGS         这次联系的情形，逗号分隔：third-party（联系第三人）、",
                                " " * 24 + "threat（威胁）、insult（辱骂）、",
                                " " * 24 + "forged-document（伪造文书）、"]
    assert split_across_lines("threat（威\n  胁）、insult", listed_entries("zh")) == ["threat（威胁）"]


def test_option_help_wraps_in_its_column(run, narrow_terminal):
    lines = run("credit", "--help").out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  --periods N"))
    assert lines[at] == "  --periods N                  分期尚未付清时：协议的总期数（与 --start 一起，"
    assert lines[at + 1] == " " * 31 + "用还款计划引擎算出最后一期）。"
    method = lines.index("  --method METHOD              结清方式：settle（结清）、installment（分期）、")
    assert lines[method + 1] == " " * 31 + "court（法院）。 [默认：settle]"  # a bracketed note is never split
