"""`huabei guide`'s questions, driven through a pseudo-terminal (pexpect): answers typed, a wrong
answer said under its question, Ctrl-C midway (exit 130, one line, no file written)."""

from __future__ import annotations

import re
import sys

import pytest

pexpect = pytest.importorskip("pexpect")

DOWN = "\x1b[B"


@pytest.fixture
def spawn(tmp_path):
    import os

    env = {**os.environ, "HUABEI_HOME": str(tmp_path / "home"), "HUABEI_CACHE_DIR": str(tmp_path / "cache"),
           "TERM": "xterm", "NO_COLOR": "1"}
    env.pop("HUABEI_LANG", None)
    children = []

    def _spawn(*args: str):
        child = pexpect.spawn(sys.executable, ["-m", "huabei_assist", "guide", "--today", "2026-12-01", *args],
                              env=env, cwd=str(tmp_path), encoding="utf-8", timeout=30, dimensions=(50, 160))
        children.append(child)
        return child

    yield _spawn
    for child in children:
        child.close(force=True)


def test_answers_typed_make_the_page_and_the_pack(spawn, tmp_path):
    out = tmp_path / "guide.md"
    child = spawn("--lang", "en", "--out", str(out))
    child.expect_exact("A few questions")
    child.expect_exact("The first overdue day?")
    child.sendline("2026-13-40")  # no such date: said under the question, which stays open
    child.expect_exact("--since")
    child.send("\x15")  # clear the line (readline's Ctrl-U)
    child.sendline("2026-09-20")
    child.expect_exact("How much is overdue")
    child.sendline("4800")
    child.expect_exact("Monthly income")
    child.sendline("5000")
    child.expect_exact("Essential monthly spending")
    child.sendline("3000")
    child.expect_exact("What is happening?")
    child.send(" ")  # off-hours
    child.send(DOWN)
    child.send(" ")  # third-party
    child.send("\r")
    child.expect_exact("Do you have other debts")
    assert ("? What is happening? 2 ticked: Calls late at night or early in the morning (22:00-08:00), Calls to "
            "family, friends or work") in _lines(child.before)
    child.send("\r")  # the first choice: no
    child.expect_exact("Your name, for the letters?")
    child.sendline("Li Si")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Huabei overdue\\: the situation of Li Si on one page\n")  # the title holds a typed name
    assert re.search(r"\| Overdue fee so far +\| 175\.20 \[2\]", text)
    for expected in ("bill installment, 6 periods of 836.00, 2027-01-10 to 2027-06-10",
                     "removed after 2032-06-10", "# Appendix 1: 投诉书", "# Appendix 2: 要求停止联系第三人函",
                     "投诉人：Li Si"):
        assert expected in text, expected


def test_skipping_everything_still_gives_a_page(spawn):
    child = spawn("--lang", "en")
    child.expect_exact("The first overdue day?")
    child.sendline("")
    child.expect_exact("how many days overdue?")
    child.sendline("")
    for question in ("How much is overdue", "Monthly income"):
        child.expect_exact(question)
        child.sendline("")
    child.expect_exact("What is happening?")
    child.send("\r")
    child.expect_exact("Do you have other debts")
    assert "? What is happening? none" in _lines(child.before)
    child.send(DOWN + "\r")  # yes: told how to record them
    child.expect_exact("huabei debts add")
    child.expect_exact("1. Where you stand")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_every_word_of_the_questions_is_in_chinese(spawn):
    """questionary's own answer line ("done (2 selections)") is English: the guide says its own."""
    child = spawn()
    child.expect_exact("逾期第一天是哪天")
    child.sendline("2026-09-20")
    for question in ("逾期欠款多少元", "每月收入多少元"):
        child.expect_exact(question)
        child.sendline("")
    child.expect_exact("正在发生哪些事？")
    child.expect_exact("学生")  # the last choice: the list is drawn
    child.send(" " + DOWN + DOWN + " \r")  # off-hours, threat
    child.expect_exact("你还有其他债务吗")
    said = _lines(child.before)
    assert "? 正在发生哪些事？ 勾选了 2 项：深夜、清晨来电（22:00-08:00）、威胁、恐吓" in said
    child.send("\r")
    child.expect_exact("你的姓名，填进信件？")
    child.sendline("")
    child.expect(pexpect.EOF)
    transcript = _lines(child.before)
    child.close()
    assert child.exitstatus == 0 and "一、你现在的处境" in transcript
    assert not [line for line in said + transcript if re.search(r"done|selection|Answer|Cancel", line)]


def _lines(output: str) -> list[str]:
    """The pieces of text a stretch of terminal output draws: split where the cursor moves or the
    screen is cleared, colour and mode codes dropped."""
    pieces = re.sub(r"\x1b\[[0-9;?]*[ABCDHJK]|\r?\n", "\n", output)
    return [line.strip() for line in re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]|\r", "", pieces).split("\n") if line.strip()]


def test_ctrl_c_midway_exits_130_and_writes_nothing(spawn, tmp_path):
    out = tmp_path / "guide.html"
    child = spawn("--out", str(out))
    child.expect_exact("逾期第一天是哪天")
    child.sendline("2026-09-20")
    child.expect_exact("逾期欠款多少元")
    child.sendintr()
    child.expect(pexpect.EOF)
    said = child.before
    child.close()
    assert child.exitstatus == 130
    assert said.rstrip().endswith("已取消。") and said.count("已取消") == 1  # after the terminal's reset codes
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".huabei-")] == []
