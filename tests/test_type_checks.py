"""The type checker runs in CI with the project's settings, and every exemption from it says why."""

import re
import tomllib

from tests.conftest import REPO

# `# type: ignore[code]` (one code or several) followed by `  # the reason`, on the same line.
_EXPLAINED = re.compile(r"# type: ignore\[[a-z-]+(?:, [a-z-]+)*\]  # \S")


def test_ci_runs_mypy_after_the_tests_from_the_same_venv():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m mypy" in ci
    assert ci.index('bash -c "$test_cmd"') < ci.index(".venv/bin/python -m mypy") < ci.index("run_cmd=")


def test_the_test_extra_installs_mypy_and_its_settings_cover_the_package():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert {re.split(r"[<>=]", dep)[0] for dep in project["project"]["optional-dependencies"]["test"]} >= {
        "mypy", "types-python-dateutil"}
    settings = project["tool"]["mypy"]
    assert settings["python_version"] == "3.11" and settings["packages"] == ["huabei_assist"]
    assert "ignore_missing_imports" not in settings and "ignore_errors" not in settings
    assert [o for o in settings["overrides"] if o.get("ignore_missing_imports")] == [
        {"module": ["chinese_calendar", "chinese_calendar.*"], "ignore_missing_imports": True}]


def test_every_type_ignore_names_its_error_code_and_a_reason():
    unexplained = [f"{path.relative_to(REPO)}:{number}"
                   for path in sorted((REPO / "huabei_assist").rglob("*.py"))
                   for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                   if "type: ignore" in line and not _EXPLAINED.search(line)]
    assert unexplained == []
