"""Docs cannot drift: every command is documented, and the README's commands are the ones CI runs."""

from pathlib import Path

from tests.conftest import REPO
from tests.test_output import _all_command_paths


def test_every_command_is_documented():
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "docs").glob("*.md"))
    missing = [" ".join(path) for path in _all_command_paths() if f"huabei {' '.join(path)}" not in docs]
    assert not missing, f"undocumented commands: {missing}"


def test_readme_has_the_two_setup_commands_ci_reads():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for marker in ("run-command", "test-command"):
        assert f"<!-- {marker} -->" in readme and f"<!-- /{marker} -->" in readme
        assert marker in ci
    assert "huabei status --days 45" in readme
    assert "pytest" in readme


def test_docs_index_links_exist():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("cli.md", "architecture.md", "data.md", "decisions.md"):
        assert f"docs/{name}" in readme and Path(REPO / "docs" / name).is_file()
