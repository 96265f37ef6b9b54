"""Tab completion: the shell's TAB requests build the right command group; install and show in the user's language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def tab(line: str, shell: str = "bash") -> subprocess.CompletedProcess:
    """What huabei answers when `shell` asks it to complete `line` (as the installed script does)."""
    env = {**os.environ, "_HUABEI_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env.update(COMP_WORDS=line, COMP_CWORD=str(len(line.split()) - (0 if line.endswith(" ") else 1)))
    else:
        env["_TYPER_COMPLETE_ARGS"] = line
    return subprocess.run([sys.executable, "-m", "huabei_assist"], env=env, capture_output=True, text=True)


@pytest.mark.parametrize(("line", "expected"), [
    ("huabei sta", ["status"]),
    ("huabei c", ["credit", "calls", "channels", "complain"]),
    ("huabei status --d", ["--days"]),  # the status group is built: its options are there
    ("huabei calls log a", ["add"]),
    ("huabei credit o", ["objection"]),
    # an option's fixed values: from its metavar, or from data/ with their Chinese names
    ("huabei credit --method ", ["settle", "installment", "court", "结清", "分期", "法院"]),
    ("huabei status --lang e", ["en"]),
    ("huabei plan --kind n", ["negotiated"]),
    ("huabei calls log export --format ", ["json", "csv"]),
])
def test_bash_completes_commands_and_options(line, expected):
    answer = tab(line)
    assert answer.returncode == 0, answer.stderr
    assert sorted(answer.stdout.split()) == sorted(expected)


def test_zsh_completion_carries_the_help_in_the_users_language():
    answer = tab("huabei plan co", shell="zsh")
    assert answer.returncode == 0 and '"compare":"并列比较不同期数"' in answer.stdout


@pytest.fixture
def shell_is(monkeypatch):
    def _set(name):
        import typer._completion_shared as shared

        monkeypatch.setattr(shared, "_get_shell_name", lambda: name)

    return _set


def test_show_completion_prints_the_script_for_the_shell(run, shell_is):
    shell_is("bash")
    result = run("--show-completion")
    assert result.code == 0 and "_huabei_completion()" in result.out and "_HUABEI_COMPLETE=complete_bash" in result.out


def test_install_completion_writes_the_script_once(run, shell_is, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    shell_is("bash")
    for _ in range(2):
        result = run("--install-completion")
        assert result.code == 0
        assert result.out == f"已为 bash 安装 Tab 补全：{tmp_path}/.bash_completions/huabei.sh。重新打开终端后生效。\n"
    assert (tmp_path / ".bashrc").read_text().count("huabei.sh") == 1  # not added twice
    assert "_HUABEI_COMPLETE=complete_bash" in (tmp_path / ".bash_completions" / "huabei.sh").read_text()


@pytest.mark.parametrize(("shell", "shown"), [("tcsh", "tcsh"), (None, "?")])
def test_unknown_shell_is_one_clear_line(run, shell_is, shell, shown):
    shell_is(shell)
    result = run("--install-completion", "--lang", "en")
    assert result.code == 1
    assert result.err == (f"Cannot set up completion for the shell '{shown}': bash, zsh, fish, powershell are "
                          "supported. Run this from one of them.\n")


def test_help_lists_the_completion_options(run):
    out = run("--help").out
    assert "--install-completion" in out and "安装 Tab 补全" in out and "--show-completion" in out
